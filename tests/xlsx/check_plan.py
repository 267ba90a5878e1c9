"""Reads the sammanträdesplan of test_plan_export.sh with openpyxl.
Usage: /usr/bin/python3 check_plan.py PLAN.xlsx"""
import sys
import openpyxl

ws = openpyxl.load_workbook(sys.argv[1])["Sammanträdesplan"]
errors = []


def want(ref, value):
    if ws[ref].value != value:
        errors.append("%s: expected %r, got %r" % (ref, value, ws[ref].value))


want("A1", "EXEMPELSTADS KOMMUN")
want("F1", "SAMMANTRÄDESPLAN")
want("A2", "Utbildningsnämnden")
want("F2", "2024")
for col, head in zip("ABCDEF", ("Datum", "Dag", "Tid", "Organ", "Plats", "Kallelse senast")):
    want(col + "4", head)
rows = [
    ("2024-01-17", "onsdag", "08.00", "Utbildningsnämndens arbetsutskott",
     "Sammanträdesrum Älven, Stadshuset", "2024-01-10"),
    ("2024-01-24", "onsdag", "13.00", "Utbildningsnämnden", "Sessionssalen, Stadshuset",
     "2024-01-17"),
]
for r, values in enumerate(rows, start=5):
    for col, v in zip("ABCDEF", values):
        want("%s%d" % (col, r), v)
        if ws["%s%d" % (col, r)].data_type != "s":
            errors.append("%s%d is not a string" % (col, r))
want("A10", "2024-03-20")
want("A11", None)
# Widths: Datum 10, Dag 6, Tid 5, Organ 33, Plats 33, Kallelse senast 10; + 2.
for col, w in zip("ABCDEF", (12, 8, 7, 35, 35, 12)):
    got = ws.column_dimensions[col].width
    if int(got) != w:
        errors.append("column %s: width %r, expected %d" % (col, got, w))
if str(ws.print_title_rows).replace("$", "") != "4:4":
    errors.append("repeated rows %r" % ws.print_title_rows)
if str(ws.page_setup.paperSize) != "9":
    errors.append("paper %r" % ws.page_setup.paperSize)
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
