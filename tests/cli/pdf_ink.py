#!/usr/bin/python3
"""How much ink a printed page has between two words, read by poppler
alone (pdftotext -bbox for the words, pdftoppm for the page):

  pdf_ink.py FILE.pdf PAGE ABOVE BELOW

Prints the number of inked pixels (at 72 dpi, across the whole width)
from the bottom of the first word ABOVE to the top of the last word BELOW
on PAGE, or "missing" when a word is not there. pdftotext also reports
text a viewer clips away (LibreOffice exports a chart on the pages it
does not print on), so what is on a page is judged by its pixels."""
import re
import subprocess
import sys

pdf, page, above, below = sys.argv[1:5]
xml = subprocess.run(["pdftotext", "-bbox", "-f", page, "-l", page, pdf, "-"],
                     check=True, capture_output=True, text=True).stdout
boxes = re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
                   xml)
tops = [float(b[1]) for b in boxes if b[2] == above]
bottoms = [float(b[0]) for b in boxes if b[2] == below]
if not tops or not bottoms:
    print("missing")
    sys.exit(0)
y0, y1 = int(tops[0]) + 2, int(bottoms[-1]) - 2
ppm = subprocess.run(["pdftoppm", "-r", "72", "-f", page, "-l", page, pdf],
                     check=True, capture_output=True).stdout
head = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", ppm)
width, height = int(head.group(1)), int(head.group(2))
px = ppm[head.end():]
ink = 0
for y in range(max(y0, 0), min(y1, height)):
    row = px[y * width * 3:(y + 1) * width * 3]
    ink += sum(1 for x in range(width) if sum(row[x * 3:x * 3 + 3]) < 600)
print(ink)
