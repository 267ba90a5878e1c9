"""Reads the xlsx of test_doc's basic document with openpyxl (an
independent reader) and checks cells, strings, widths and print setup.
Usage: /usr/bin/python3 check_doc_basic.py FILE.xlsx"""
import sys
import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Kallelse"]
errors = []


def want(ref, value):
    got = ws[ref].value
    if got != value:
        errors.append("%s: expected %r, got %r" % (ref, value, got))


# Header block: left text over A:C, the document's name at the right.
want("A1", "EXEMPELSTADS KOMMUN")
want("D1", "KALLELSE")
want("A2", "Utbildningsnämndens arbetsutskott")
want("D2", "2024-03-20")
# Label–value rows: labels span A:B (A alone is too narrow), values C:D.
want("A4", "Tid")
want("C4", "onsdag 20 mars 2024 kl. 08.30")
want("A5", "Plats")
want("A7", "Ledamöter")
want("C7", "Karin Åberg (S), ordförande")
want("A8", None)
want("C8", "Olof Ek (M)")
want("A11", "Förhinder anmäls till Maria Nord, nämndsekreterare, "
     "maria.nord@exempelstad.se, telefon 0123-456 78.")
want("A13", "Karin Åberg\nOrdförande")
want("A15", "FÖREDRAGNINGSLISTA")
for ref, v in (("A16", "Nr"), ("B16", "Ärende"), ("C16", "Föredragande"), ("D16", "Tid")):
    want(ref, v)
want("A17", "A")
want("B17", "Upprop")
want("D17", "08.30–08.35")
want("B18", "Handlingsplan för digitalisering av grundskolan 2024–2026")
want("C18", "Verksamhetsutvecklare")
want("B19", "Fika")
want("C19", None)
# A title that looks like a formula is a string, not a formula.
want("B20", "=SUM(A1:A2)")
if ws["B20"].data_type != "s":
    errors.append("B20 is stored as %r, not a string" % ws["B20"].data_type)
if "A1:C1" not in [str(r) for r in ws.merged_cells.ranges]:
    errors.append("header not merged over A1:C1: %s" % ws.merged_cells.ranges)
if not ws["B18"].alignment.wrap_text:
    errors.append("titles are not wrapped")
if not ws["A16"].font.b:
    errors.append("the header row is not bold")
# Widths: the text widths plus 2 (Ärende capped at 50).
for col, w in (("A", 4), ("B", 52), ("C", 18), ("D", 13)):
    got = ws.column_dimensions[col].width
    if int(got) != w:
        errors.append("column %s: width %r, expected %d" % (col, got, w))
# A4 portrait, one page wide, the table header repeated on every page.
if str(ws.page_setup.paperSize) != "9":
    errors.append("paper size %r, not A4 (9)" % ws.page_setup.paperSize)
if ws.page_setup.orientation != "portrait":
    errors.append("orientation %r" % ws.page_setup.orientation)
# fitToWidth 1 is the default and may be left out of the file.
if not ws.sheet_properties.pageSetUpPr.fitToPage:
    errors.append("not fitted to the page")
if str(ws.page_setup.fitToWidth) not in ("1", "None") or str(ws.page_setup.fitToHeight) != "0":
    errors.append("fit %r x %r" % (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight))
if str(ws.print_title_rows).replace("$", "") != "16:16":
    errors.append("repeated rows %r" % ws.print_title_rows)

for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
