#!/usr/bin/python3
"""The colour a PDF prints a text in, read by poppler-utils alone:

  pdf_colour.py FILE.pdf PAGE TEXT…

For each TEXT (its words in a row, as pdftotext -bbox finds them on PAGE)
prints "TEXT=red", "TEXT=black" or "TEXT=missing", one a line: the ink in
its box on the page rendered by pdftoppm at 72 dpi (a pixel a point) is
red when its pixels are clearly redder than they are green and blue."""
import re
import subprocess
import sys

pdf, page, texts = sys.argv[1], sys.argv[2], sys.argv[3:]
xml = subprocess.run(["pdftotext", "-bbox", "-f", page, "-l", page, pdf, "-"],
                     check=True, capture_output=True, text=True).stdout
words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', xml)]
ppm = subprocess.run(["pdftoppm", "-r", "72", "-f", page, "-l", page, pdf],
                     check=True, capture_output=True).stdout
# Binary PPM: "P6\nW H\n255\n" then RGB bytes.
head = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", ppm)
width, height = int(head.group(1)), int(head.group(2))
pixels = ppm[head.end():]


def ink(box):
    x0, y0, x1, y1 = (int(v) for v in box)
    red = dark = 0
    for y in range(max(y0, 0), min(y1 + 1, height)):
        for x in range(max(x0, 0), min(x1 + 1, width)):
            r, g, b = pixels[(y * width + x) * 3:(y * width + x) * 3 + 3]
            if r + g + b > 600:
                continue  # paper
            if r > g + 60 and r > b + 60:
                red += 1
            else:
                dark += 1
    return "red" if red > dark else "black"


for t in texts:
    want = t.split()
    for i in range(len(words) - len(want) + 1):
        if [w[4] for w in words[i:i + len(want)]] == want:
            run = words[i:i + len(want)]
            box = (min(w[0] for w in run), min(w[1] for w in run),
                   max(w[2] for w in run), max(w[3] for w in run))
            print("%s=%s" % (t, ink(box)))
            break
    else:
        print("%s=missing" % t)
