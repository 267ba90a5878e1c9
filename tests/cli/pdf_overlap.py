#!/usr/bin/python3
"""No two words of a PDF print over each other (poppler's pdftotext -bbox
gives every word's box): for a sheet printed by LibreOffice, a wrapped
cell in a row too low for it runs into the next row.

  pdf_overlap.py FILE.pdf

Two words overlap when their boxes share more than a point across and
their tops are less than half a line apart (the boxes of a cell's
consecutive lines touch: a box is a little taller than the line spacing,
and printing scaled to the page brings them closer). Prints each such pair
and exits 1 when there is one."""
import re
import subprocess
import sys

xml = subprocess.run(["pdftotext", "-bbox", sys.argv[1], "-"], check=True,
                     capture_output=True, text=True).stdout
bad = 0
for page in xml.split("<page ")[1:]:
    words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        page)]
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            dx = min(a[2], b[2]) - max(a[0], b[0])
            dy = abs(a[1] - b[1])
            if dx > 1 and dy < 0.5 * min(a[3] - a[1], b[3] - b[1]):
                print("overlap: %r at (%.0f, %.0f) and %r at (%.0f, %.0f)" %
                      (a[4], a[0], a[1], b[4], b[0], b[1]))
                bad += 1
sys.exit(1 if bad else 0)
