"""Reads the föredragningslista and the kallelse of test_kallelse.sh with
openpyxl (an independent reader): cells, strings, widths, print setup.
Usage: /usr/bin/python3 check_agenda.py LISTA.xlsx KALLELSE.xlsx"""
import sys
import openpyxl

errors = []


def want(ws, ref, value):
    got = ws[ref].value
    if got != value:
        errors.append("%s!%s: expected %r, got %r" % (ws.title, ref, value, got))


lista = openpyxl.load_workbook(sys.argv[1])["Föredragningslista"]
want(lista, "A1", "EXEMPELSTADS KOMMUN")
want(lista, "E1", "FÖREDRAGNINGSLISTA")
want(lista, "A2", "Utbildningsnämndens arbetsutskott")
want(lista, "E2", "2023-12-06")
for col, head in zip("ABCDE", ("Nr", "Ärende", "Dnr", "Föredragande", "Tid")):
    want(lista, col + "4", head)
    if not lista[col + "4"].font.b:
        errors.append("header %s4 not bold" % col)
for ref, v in (("A5", "A"), ("B5", "Upprop"), ("E5", "08.00–08.03"),
               ("A7", "1"), ("B7", "Fastställande av föredragningslistan"),
               ("C7", "UBN 2023/1"), ("D7", None), ("E7", "08.05–08.10"),
               ("D10", "Förvaltningschef Verksamhetschefer Controller"),
               ("B13", "[sekretess] Remiss - Samverkansavtal familjecentraler och "
                       "familjecentralsliknande verksamheter i VGR"),
               ("A15", None), ("B15", "Fika"), ("E15", "09.50–10.05"),
               ("A16", "9"), ("B16", "[sekretess] Systematiskt brandskyddsarbete 2023"),
               ("A21", "14"), ("B23", "Beslutsomgång p. 3-14"), ("E23", "11.30–11.50")):
    want(lista, ref, v)
if lista.max_row != 23:
    errors.append("lista has %d rows, expected 23" % lista.max_row)
# Every cell is text: numbers and times are not turned into values.
for row in lista.iter_rows():
    for c in row:
        if c.value is not None and c.data_type != "s":
            errors.append("%s is %r, not a string" % (c.coordinate, c.data_type))
if not lista["B13"].alignment.wrap_text or not lista["D10"].alignment.wrap_text:
    errors.append("titles and presenters are not wrapped")
# Widths: text widths + 2; titles capped at 50.
for col, w in (("A", 4), ("B", 52), ("C", 14), ("D", 23), ("E", 13)):
    got = lista.column_dimensions[col].width
    if int(got) != w:
        errors.append("lista column %s: width %r, expected %d" % (col, got, w))
if str(lista.print_title_rows).replace("$", "") != "4:4":
    errors.append("repeated rows %r, expected 4:4" % lista.print_title_rows)
if str(lista.page_setup.paperSize) != "9" or lista.page_setup.orientation != "portrait":
    errors.append("not A4 portrait: %r %r" % (lista.page_setup.paperSize,
                                              lista.page_setup.orientation))
if not lista.sheet_properties.pageSetUpPr.fitToPage:
    errors.append("not fitted to the page width")

kallelse = openpyxl.load_workbook(sys.argv[2])["Kallelse"]
want(kallelse, "E1", "KALLELSE")
want(kallelse, "A4", "Tid")
want(kallelse, "C4", "onsdag 6 december 2023 kl. 08.00")
want(kallelse, "A7", "Ledamöter")
want(kallelse, "C7", "Karin Åberg (S), ordförande")
want(kallelse, "C8", "Olof Ek (M), 1:e vice ordförande")
want(kallelse, "A10", "Ersättare")
want(kallelse, "A12", "Övriga")
want(kallelse, "C13", "Jonas Falk, controller")
want(kallelse, "A15", "Förhinder anmäls till Maria Nord, nämndsekreterare, "
     "maria.nord@exempelstad.se, telefon 0123-456 78. Ersättare kallas då i tur.")
want(kallelse, "A19", "Karin Åberg\nOrdförande")
want(kallelse, "A21", "FÖREDRAGNINGSLISTA")
want(kallelse, "B22", "Ärende")
# A title starting with '=' stays a string, never a formula.
want(kallelse, "B32", "=SUM(A1:A9) Internkontrollplan")
if kallelse["B32"].data_type != "s":
    errors.append("B32 stored as %r, not a string" % kallelse["B32"].data_type)
if str(kallelse.print_title_rows).replace("$", "") != "22:22":
    errors.append("kallelse repeated rows %r" % kallelse.print_title_rows)

for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
