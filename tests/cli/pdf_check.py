#!/usr/bin/python3
"""Checks a PDF of namnd against the same document's text rendering, with
poppler-utils as the independent reader (never namnd itself):

  pdf_check.py FILE.pdf FILE.txt [--pages N] [--title T] [--author A]
               [--page-text N:TEXT]... [--absent TEXT]...

FILE.txt is the text rendering at --width 400, so that each of its lines is
one unit of the document (a paragraph, a table row, a field) unbroken.

- pdfinfo: A4, "Tagged: yes", the number of pages, title and author.
- pdffonts: every font embedded, every font DejaVu.
- pdfinfo -struct-text (what a screen reader reads, in the tagged order):
  every line of the text, in order, each part of it (a cell, a label, a
  value) found whole (spaces, dashes and dots aside: the PDF draws
  signature lines instead of dots and may break a word with a hyphen).
- pdftotext -layout (what a copy from a viewer gives): every part of every
  line in order, or where the PDF wraps a cell otherwise than the text
  (their words interleave with the next cell's), each of its words (in
  pdftotext -raw, which keeps a cell's lines together, when the text
  broke a word the PDF breaks elsewhere).
- --page-text N:TEXT: page N's pdftotext holds TEXT (a page number "2 (6)",
  a repeated table header).
- --absent TEXT: nowhere in the PDF's text.
- pikepdf (qpdf) for what PDF/A-2b and a screen reader look for in the
  file's structure: the catalog's /Lang (sv-SE) and /MarkInfo, the XMP
  packet declaring PDF/A-2b with the same title, author and dates as the
  document information, an sRGB output intent (its ICC profile opened by
  lcms2 and mapping colours as lcms2's own sRGB does), the trailer's /ID,
  and no structural problem qpdf finds.
Prints what is wrong and exits 1; silent and 0 when all holds."""
import collections
import ctypes
import re
import subprocess
import sys

import pikepdf

args = sys.argv[1:]
if len(args) < 2:
    sys.exit(__doc__)
pdf, txt = args[0], args[1]
opts = collections.defaultdict(list)
i = 2
while i < len(args):
    opts[args[i]].append(args[i + 1])
    i += 2
errors = []


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


info = {}
for line in run("pdfinfo", pdf).splitlines():
    k, _, v = line.partition(":")
    info[k.strip()] = v.strip()
if info.get("Tagged") != "yes":
    errors.append("pdfinfo: Tagged is %r, not yes" % info.get("Tagged"))
if "(A4)" not in info.get("Page size", ""):
    errors.append("pdfinfo: page size %r is not A4" % info.get("Page size"))
for n in opts["--pages"]:
    if info.get("Pages") != n:
        errors.append("pdfinfo: %s pages, expected %s" % (info.get("Pages"), n))
for t in opts["--title"]:
    if info.get("Title") != t:
        errors.append("pdfinfo: title %r, expected %r" % (info.get("Title"), t))
for a in opts["--author"]:
    if info.get("Author") != a:
        errors.append("pdfinfo: author %r, expected %r" % (info.get("Author"), a))

fonts = run("pdffonts", pdf).splitlines()[2:]
if not fonts:
    errors.append("pdffonts: no fonts")
for f in fonts:
    cols = f.split()
    # name type… encoding emb sub uni object ID: emb is the 5th from the end
    if cols[-5] != "yes":
        errors.append("pdffonts: not embedded: %s" % f)
    if "DejaVu" not in cols[0]:
        errors.append("pdffonts: not DejaVu: %s" % f)

with open(txt, encoding="utf-8") as fh:
    text_lines = [l for l in fh.read().splitlines() if l.strip()]


def squeeze(s):
    return re.sub(r"[\s\-–.\u00ad]", "", s)


# The structure tree's text: the quoted strings in order.
struct = run("pdfinfo", "-struct-text", pdf)
strings = re.findall(r'^\s*"(.*)"$', struct, re.M)
stream = squeeze("".join(strings))


def in_order(stream, missing):
    """A line's parts (table cells, label and value: what two or more
    spaces part) found in stream in order; a line may start before the end
    of the line above, where the text wraps a label or a cell that the PDF
    wraps elsewhere. missing(part, line) is called for a part not found."""
    pos = 0
    for l in text_lines:
        start, at = None, pos
        for part in re.split(r"\s{2,}", l.strip()):
            want = squeeze(part)
            if not want:
                continue
            k = stream.find(want, at)
            if k < 0:
                missing(part, l)
                continue
            if start is None:
                start = k
            at = k + len(want)
        if start is not None:
            pos = start


in_order(stream, lambda part, l: errors.append(
    "struct-text: %r of %r not found (in order)" % (part, l)))

layout = run("pdftotext", "-layout", pdf, "-")


def words(s):
    return [w for w in re.split(r"\s+", s) if w and not re.fullmatch(r"[\-–.]+", w)]


# Each part of each line, where the PDF has it whole (spaces, dashes and
# dots aside), in order; a part the PDF wraps otherwise than the text (its
# words then interleave with the next cell's) word by word, anywhere.
flat = squeeze(layout)
raw = squeeze(run("pdftotext", "-raw", pdf, "-"))


def missing_words(part, l):
    for w in words(part):
        if squeeze(w) and squeeze(w) not in flat and squeeze(w) not in raw:
            errors.append("pdftotext: %r (of %r) is missing" % (w, l))


in_order(flat, missing_words)

for spec in opts["--page-text"]:
    n, _, t = spec.partition(":")
    page = run("pdftotext", "-layout", "-f", n, "-l", n, pdf, "-")
    if t not in page:
        errors.append("page %s does not hold %r:\n%s" % (n, t, page))
for t in opts["--absent"]:
    if t in layout:
        errors.append("pdftotext: %r should not be there" % t)


def archive_checks():
    """PDF/A-2b's pieces, read by qpdf (pikepdf) and lcms2."""
    with pikepdf.open(pdf) as p:
        for problem in p.check():
            errors.append("qpdf: %s" % problem)
        root = p.Root
        if str(root.get("/Lang", "")) != "sv-SE":
            errors.append("catalog: /Lang is %r, not sv-SE" % root.get("/Lang"))
        if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
            errors.append("catalog: /MarkInfo /Marked is not true")
        ids = p.trailer.get("/ID")
        if ids is None or len(ids) != 2 or len(bytes(ids[0])) != 16:
            errors.append("trailer: no /ID of two 16-byte strings")
        meta = p.open_metadata()
        if meta.pdfa_status != "2B":
            errors.append("XMP: PDF/A status %r, not 2B" % meta.pdfa_status)
        info = p.docinfo
        if meta.get("dc:title") != str(info.get("/Title")):
            errors.append("XMP: dc:title %r, /Title %r" % (meta.get("dc:title"),
                                                           str(info.get("/Title"))))
        if "/Author" in info and meta.get("dc:creator") != [str(info.Author)]:
            errors.append("XMP: dc:creator %r, /Author %r" % (meta.get("dc:creator"),
                                                              str(info.Author)))
        if "/Subject" in info and meta.get("dc:description") != str(info.Subject):
            errors.append("XMP: dc:description differs from /Subject")
        created = str(info.get("/CreationDate", ""))
        m = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z", created)
        want = m and "%s-%s-%sT%s:%s:%sZ" % m.groups()
        if not want or meta.get("xmp:CreateDate") != want:
            errors.append("XMP: xmp:CreateDate %r, /CreationDate %r" %
                          (meta.get("xmp:CreateDate"), created))
        intents = root.get("/OutputIntents", [])
        if len(intents) != 1 or str(intents[0].get("/S")) != "/GTS_PDFA1":
            errors.append("catalog: no /GTS_PDFA1 output intent")
            return
        icc = bytes(intents[0].DestOutputProfile.read_bytes())
    lc = ctypes.CDLL("liblcms2.so.2")
    lc.cmsOpenProfileFromMem.restype = ctypes.c_void_p
    lc.cmsOpenProfileFromMem.argtypes = [ctypes.c_char_p, ctypes.c_uint32]
    lc.cmsCreate_sRGBProfile.restype = ctypes.c_void_p
    lc.cmsCreateTransform.restype = ctypes.c_void_p
    lc.cmsCreateTransform.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p,
                                      ctypes.c_uint32, ctypes.c_uint32, ctypes.c_uint32]
    lc.cmsDoTransform.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p,
                                  ctypes.c_uint32]
    lc.cmsGetColorSpace.argtypes = [ctypes.c_void_p]
    lc.cmsGetColorSpace.restype = ctypes.c_uint32
    h = lc.cmsOpenProfileFromMem(icc, len(icc))
    if not h or lc.cmsGetColorSpace(h) != 0x52474220:  # 'RGB '
        errors.append("output intent: lcms2 cannot read the ICC profile as RGB")
        return
    rgb8 = (4 << 16) | (3 << 3) | 1  # TYPE_RGB_8
    t = lc.cmsCreateTransform(h, rgb8, lc.cmsCreate_sRGBProfile(), rgb8, 1, 0)
    for px in [(255, 255, 255), (128, 128, 128), (199, 0, 0), (0, 0, 0), (40, 90, 200)]:
        out = ctypes.create_string_buffer(3)
        lc.cmsDoTransform(t, bytes(px), out, 1)
        if any(abs(a - b) > 1 for a, b in zip(px, out.raw)):
            errors.append("output intent: %r maps to %r, not sRGB" % (px, tuple(out.raw)))


archive_checks()

for e in errors:
    print(e)
sys.exit(1 if errors else 0)
