"""Checks a month report workbook with an independent reader (openpyxl).

Usage: /usr/bin/python3 report_xlsx_check.py CASE FILE
Prints "ok DESC" or "FAIL: DESC ..." per check; test_report_xlsx.sh counts
them. Expected values are the seed's figures (tests/data/seed_2023-10.tsv),
written here by hand."""
import sys

import openpyxl

results = []


def check(desc, got, want):
    if got == want:
        results.append("ok " + desc)
    else:
        results.append("FAIL: %s: got %r, want %r" % (desc, got, want))


def seed_month(path):
    wb = openpyxl.load_workbook(path)
    vals = openpyxl.load_workbook(path, data_only=True)
    check("one sheet named by the period", wb.sheetnames, ["2023-10"])
    ws, wv = wb["2023-10"], vals["2023-10"]

    # Header block.
    check("title", ws["A1"].value, "Månadsuppföljning per oktober 2023")
    check("committee", (ws["A2"].value, ws["B2"].value), ("Nämnd", "Utbildningsnämnden (UBN)"))
    check("period", (ws["A3"].value, ws["B3"].value), ("Period", "2023-10"))
    check("date is a date cell", (ws["A4"].value, str(ws["B4"].value)[:10], ws["B4"].number_format),
          ("Datum", "2024-03-12", "yyyy-mm-dd"))
    check("unit", (ws["A5"].value, ws["B5"].value), ("Belopp i", "tkr"))
    check("column headings", [c.value for c in ws[7]],
          ["Verksamhet", "Budget (ack)", "Utfall (ack)", "Avvikelse (ack)", "Budget (helår)",
           "Prognos (helår)", "Avvikelse prognos", "Kommentar"])

    # The total row: live formulas with cached results.
    check("total label", ws["A8"].value, "Totalt")
    check("total formulas", [ws.cell(8, c).value for c in range(2, 8)],
          ["=SUM(B9:B21)", "=SUM(C9:C21)", "=C8-B8", "=SUM(E9:E21)", "=SUM(F9:F21)", "=F8-E8"])
    check("total cached results", [wv.cell(8, c).value for c in range(2, 8)],
          [-795480, -792815, 2665, -952414, -952414, 0])

    # Lines: source figures as numbers, deviations as formulas.
    check("first area", [ws.cell(9, c).value for c in range(1, 8)],
          ["Utvecklingsreserv", -6892, 223, "=C9-B9", -8478, -8078, "=F9-E9"])
    check("first area cached", [wv.cell(9, c).value for c in (4, 7)], [7115, 400])
    check("Grundskola köpta cached deviations", [wv.cell(14, c).value for c in (1, 4, 7)],
          ["Grundskola köpta, sålda, skolskjuts", -1636, -800])
    check("last area", [ws.cell(21, c).value for c in (1, 2, 3, 5, 6)],
          ["Komvux", -10463, -11066, -12577, -12577])
    check("last area deviation formula and result", (ws["D21"].value, wv["D21"].value),
          ("=C21-B21", -603))
    check("nothing after the last area", ws.cell(22, 1).value, None)
    check("every deviation cell is a formula",
          all(str(ws.cell(r, c).value).startswith("=") for r in range(8, 22) for c in (4, 7)), True)

    # Formats and layout.
    # Costs are negative: only a negative deviation is red.
    check("number format with thousands, negatives black", ws["B9"].number_format,
          "#,##0;-#,##0")
    check("deviation format, negatives red", ws["D9"].number_format, "#,##0;[Red]-#,##0")
    check("prognosis deviation red too", ws["G9"].number_format, "#,##0;[Red]-#,##0")
    check("total format", ws["B8"].number_format, "#,##0;-#,##0")
    check("total deviation format", ws["D8"].number_format, "#,##0;[Red]-#,##0")
    check("total bold", ws["B8"].font.b, True)
    check("frozen below the heading, area column kept", ws.freeze_panes, "B8")
    check("autofilter over the table", ws.auto_filter.ref, "A7:H21")
    check("area column fitted", ws.column_dimensions["A"].width > 30, True)
    check("A4", ws.page_setup.paperSize in (9, "9"), True)
    check("landscape", ws.page_setup.orientation, "landscape")
    check("fit to one page wide", (ws.sheet_properties.pageSetUpPr.fitToPage,
                                   ws.page_setup.fitToWidth in (None, 1, "1"),
                                   ws.page_setup.fitToHeight in (0, "0")), (True, True, True))
    check("heading repeated on every page", ws.print_title_rows, "$7:$7")

    # The chart.
    check("one chart", len(ws._charts), 1)
    if ws._charts:
        ch = ws._charts[0]
        check("bar chart", (ch.tagname, ch.type), ("barChart", "bar"))
        # Below the table (rows 9-21, a blank row) on a page of its own, so
        # the printed page is as wide as the table, not table and chart.
        check("chart below the table", (ch.anchor._from.row, ch.anchor._from.col), (23, 0))
        check("page break before the chart", [b.id for b in ws.row_breaks.brk], [23])
        refs = [s.val.numRef.f for s in ch.series]
        check("series are the deviations", refs,
              ["'2023-10'!$D$9:$D$21", "'2023-10'!$G$9:$G$21"])
        check("categories are the areas", ch.series[0].cat.strRef.f if ch.series[0].cat.strRef
              else ch.series[0].cat.numRef.f, "'2023-10'!$A$9:$A$21")

    # Document properties.
    p = wb.properties
    check("document title", p.title, "Månadsuppföljning UBN 2023-10")
    check("document subject", p.subject, "Budgetuppföljning för Utbildningsnämnden")
    check("document company", wb.properties.creator, "Exempelstads kommun")
    check("document category", p.category, "Månadsuppföljning")
    check("created on the export date", str(p.created)[:10], "2024-03-12")


def strings(path):
    """Area names and comments that look like formulas stay text."""
    wb = openpyxl.load_workbook(path)
    ws = wb[wb.sheetnames[0]]
    found = {}
    for row in ws.iter_rows(min_row=9):
        a = row[0]
        found[a.value] = (a.data_type, row[7].value, row[7].data_type)
    check("formula-like area is a string", found.get("=SUM(A1:A2)", (None,))[0], "s")
    check("formula-like comment is a string",
          found.get("=SUM(A1:A2)", (None, None, None))[1:], ("=1+1", "s"))
    check("plus-sign area is a string", found.get("+46 Projekt", (None,))[0], "s")


def groups(path):
    wb = openpyxl.load_workbook(path)
    vals = openpyxl.load_workbook(path, data_only=True)
    ws, wv = wb[wb.sheetnames[0]], vals[wb.sheetnames[0]]
    check("group row sums its sub-areas", (ws["A9"].value, ws["B9"].value, wv["B9"].value),
          ("Förskola", "=SUBTOTAL(9,B10:B11)", -150))
    check("total skips group subtotals", (ws["B8"].value, wv["B8"].value),
          ("=SUBTOTAL(9,B9:B12)", -160))
    check("sub-area indented", ws["A10"].alignment.indent, 1)
    check("group row bold", ws["A9"].font.b, True)


def trend(path):
    wb = openpyxl.load_workbook(path)
    vals = openpyxl.load_workbook(path, data_only=True)
    check("a sheet per month and a trend sheet", wb.sheetnames, ["2023-09", "2023-10", "Trend"])
    ws, wv = wb["Trend"], vals["Trend"]
    check("trend headings", [c.value for c in ws[5]],
          ["Verksamhet", "Utfall (ack) 2023-09", "Utfall (ack) 2023-10",
           "Prognos (helår) 2023-09", "Prognos (helår) 2023-10"])
    check("trend total formulas", [c.value for c in ws[6]][1:],
          ["=SUM(B7:B19)", "=SUM(C7:C19)", "=SUM(D7:D19)", "=SUM(E7:E19)"])
    check("trend total results", [c.value for c in wv[6]][1:], [-792749, -792815, -952414, -952414])
    check("trend Komvux per month", [c.value for c in ws[19]], ["Komvux", -11000, -11066, -12577, -12577])
    check("September's own sheet", vals["2023-09"]["D21"].value, -537)


def areas(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb["Trend"]
    check("areas: latest month's order, then the gone ones in their order",
          [[c.value for c in row] for row in ws.iter_rows(min_row=7, max_row=ws.max_row)],
          [["Charlie", -21, -41, -23, -43],
           ["Delta", None, -31, None, -33],
           ["Alfa", -11, -22, -121, -125],
           ["Eko", -2, None, -4, None],
           ["Bravo", -6, None, -8, None]])
    check("areas: the total covers every area", ws["B6"].value, -40)
    formulas = openpyxl.load_workbook(path)["Trend"]
    check("areas: total formula", formulas["C6"].value, "=SUM(C7:C11)")

CASES = {"seed": seed_month, "strings": strings, "groups": groups, "trend": trend, "areas": areas}

if __name__ == "__main__":
    try:
        CASES[sys.argv[1]](sys.argv[2])
    except Exception as e:  # an unreadable file is a failure, not a crash
        results.append("FAIL: %s: %s: %r" % (sys.argv[1], sys.argv[2], e))
    print("\n".join(results))
