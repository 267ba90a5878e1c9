"""The month report workbook of namnd's report_xlsx.c written with Python's
XlsxWriter, for `make bench` to compare time and memory. Same sheet: the
header block, the total row and the deviations as formulas with cached
results, the same formats, frozen heading, autofilter, page set-up, and
constant_memory. Reads the same database with Python's sqlite3.

Usage: /usr/bin/python3 report_xlsxwriter.py DB CODE YEAR MONTH OUT.xlsx"""
import datetime
import sqlite3
import sys

import xlsxwriter

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
LABELS = ["Budget (ack)", "Utfall (ack)", "Avvikelse (ack)", "Budget (helår)",
          "Prognos (helår)", "Avvikelse prognos"]
NUM = "#,##0;[Red]-#,##0"
HEAD_ROW = 6
FIRST = HEAD_ROW + 2


def main(db, code, year, month, out):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    rid, name, unit, comment = con.execute(
        "SELECT r.id, c.name, r.unit, r.comment FROM month_report r JOIN committee c "
        "ON c.id = r.committee_id WHERE c.code = ? AND r.year = ? AND r.month = ?",
        (code, int(year), int(month))).fetchone()
    total = con.execute(
        "SELECT budget_ack, utfall_ack, avvikelse_ack, budget_year, prognos_year, "
        "avvikelse_prognos FROM month_report_total WHERE report_id = ?", (rid,)).fetchone()
    nlines, width, groups = con.execute(
        "SELECT count(*), max(length(area)), sum(is_group) FROM month_report_line "
        "WHERE report_id = ?", (rid,)).fetchone()

    wb = xlsxwriter.Workbook(out, {"constant_memory": True})
    wb.set_properties({"title": "Månadsuppföljning %s %s-%s" % (code, year, month),
                       "subject": "Budgetuppföljning för " + name, "author": "namnd",
                       "category": "Månadsuppföljning", "comments": "Skapad av namnd"})
    title = wb.add_format({"bold": True, "font_size": 14})
    label = wb.add_format({"bold": True})
    head = wb.add_format({"bold": True, "bottom": 1, "bg_color": "#DDE4EE",
                          "text_wrap": True, "align": "right", "valign": "bottom"})
    head_left = wb.add_format({"bold": True, "bottom": 1, "bg_color": "#DDE4EE",
                               "text_wrap": True, "valign": "bottom"})
    text = wb.add_format()
    bold = wb.add_format({"bold": True})
    sub = wb.add_format({"indent": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    num = wb.add_format({"num_format": NUM})
    num_bold = wb.add_format({"num_format": NUM, "bold": True})
    num_total = wb.add_format({"num_format": NUM, "bold": True, "top": 1, "bottom": 1})
    text_total = wb.add_format({"bold": True, "top": 1, "bottom": 1})

    ws = wb.add_worksheet("%04d-%02d" % (int(year), int(month)))
    last = FIRST + nlines - 1
    ws.set_column(0, 0, min(max((width or 0) + 2, 14), 60))
    ws.set_column(1, 6, 15)
    ws.set_column(7, 7, 12, wrap)
    ws.freeze_panes(HEAD_ROW + 1, 1)
    ws.autofilter(HEAD_ROW, 0, last, 7)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(HEAD_ROW)
    ws.set_footer("&L&A&RSida &P av &N")

    ws.write_string(0, 0, "Månadsuppföljning per %s %s" % (MONTHS[int(month) - 1], year), title)
    ws.write_string(1, 0, "Nämnd", label)
    ws.write_string(1, 1, "%s (%s)" % (name, code))
    ws.write_string(2, 0, "Period", label)
    ws.write_string(2, 1, "%04d-%02d" % (int(year), int(month)))
    ws.write_string(3, 0, "Datum", label)
    ws.write_datetime(3, 1, datetime.datetime(2024, 3, 12), date)
    ws.write_string(4, 0, "Belopp i", label)
    ws.write_string(4, 1, unit)
    if comment:
        ws.write_string(5, 0, "Kommentar", label)
        ws.write_string(5, 1, comment)
    ws.write_string(HEAD_ROW, 0, "Verksamhet", head_left)
    for k, lab in enumerate(LABELS):
        ws.write_string(HEAD_ROW, k + 1, lab, head)
    ws.write_string(HEAD_ROW, 7, "Kommentar", head_left)

    fn = "SUBTOTAL(9," if groups else "SUM("
    r = HEAD_ROW + 1
    ws.write_string(r, 0, "Totalt", text_total)
    for k in range(6):
        col = "BCDEFG"[k]
        if k in (2, 5):
            f = "=%s%d-%s%d" % ("BCDEFG"[k - 1], r + 1, "BCDEFG"[k - 2], r + 1)
        else:
            f = "=%s%s%d:%s%d)" % (fn, col, FIRST + 1, col, last + 1)
        ws.write_formula(r, k + 1, f, num_total, total[k] / 100)
    ws.write_blank(r, 7, None, text_total)

    r = FIRST
    for area, cmt, is_group, in_group, children, *v in con.execute(
            "SELECT area, comment, is_group, parent_id IS NOT NULL, "
            "CASE WHEN is_group THEN (SELECT count(*) FROM month_report_line c "
            "WHERE c.parent_id = f.id) ELSE 0 END, budget_ack, utfall_ack, avvikelse_ack, "
            "budget_year, prognos_year, avvikelse_prognos FROM month_report_figures f "
            "WHERE report_id = ? ORDER BY position", (rid,)):
        nf = num_bold if is_group else num
        ws.write_string(r, 0, area, bold if is_group else sub if in_group else text)
        for k in range(6):
            col = "BCDEFG"[k]
            if k in (2, 5):
                ws.write_formula(r, k + 1, "=%s%d-%s%d" % ("BCDEFG"[k - 1], r + 1,
                                                          "BCDEFG"[k - 2], r + 1), nf, v[k] / 100)
            elif is_group:
                ws.write_formula(r, k + 1, "=SUBTOTAL(9,%s%d:%s%d)" % (col, r + 2, col,
                                                                      r + 1 + children), nf, v[k] / 100)
            elif v[k] is None:
                ws.write_blank(r, k + 1, None, nf)
            else:
                ws.write_number(r, k + 1, v[k] / 100, nf)
        if cmt:
            ws.write_string(r, 7, cmt, wrap)
        r += 1
    wb.close()


if __name__ == "__main__":
    main(*sys.argv[1:6])
