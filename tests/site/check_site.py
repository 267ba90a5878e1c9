"""Checks a published anslagstavla (namnd publish) with Python's own
html.parser and xml.etree, not with namnd: every page is HTML5 in Swedish
with landmarks, one h1, headings in order, table headers with scope, no
script, and every link resolves (to a file, and to an id for a #part);
the Atom feed parses and its entries link to pages that exist.

Usage: check_site.py DIR   (prints problems, exits 1 when there are any)"""
import html.parser
import os
import sys
import urllib.parse
import xml.etree.ElementTree as ET

root = os.path.abspath(sys.argv[1])
problems = []
ids = {}      # page -> set of ids
links = []    # (page, href)


class Page(html.parser.HTMLParser):
    def __init__(self, name):
        super().__init__(convert_charrefs=True)
        self.name = name
        self.tags = []
        self.h1 = 0
        self.last_level = 1
        self.lang = None
        self.ids = set()
        self.stack = []
        self.table_th = []
        self.landmarks = set()

    def problem(self, what):
        problems.append("%s: %s" % (self.name, what))

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            if a["id"] in self.ids:
                self.problem("id twice: " + a["id"])
            self.ids.add(a["id"])
        if tag == "html":
            self.lang = a.get("lang")
        if tag in ("header", "nav", "main", "footer"):
            self.landmarks.add(tag)
        if tag == "script" or any(k.startswith("on") for k in a):
            self.problem("script or event handler: <%s>" % tag)
        if tag == "img" and not a.get("alt"):
            self.problem("img without alt")
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            level = int(tag[1])
            if level == 1:
                self.h1 += 1
            elif level > self.last_level + 1:
                self.problem("h%d after h%d" % (level, self.last_level))
            self.last_level = level
        if tag == "table":
            self.table_th.append(0)
        if tag == "th":
            if self.table_th:
                self.table_th[-1] += 1
            if a.get("scope") not in ("col", "row", "colgroup", "rowgroup"):
                self.problem("th without scope")
        if tag == "a" and "href" in a:
            links.append((self.name, a["href"]))
        if tag == "link" and "href" in a:
            links.append((self.name, a["href"]))

    def handle_endtag(self, tag):
        if tag == "table":
            if self.table_th and self.table_th.pop() == 0:
                self.problem("a table without header cells")

    def handle_decl(self, decl):
        if decl.lower() != "doctype html":
            self.problem("doctype is " + decl)
        self.tags.append("doctype")


pages = []
for dirpath, _, files in os.walk(root):
    for f in files:
        if f.endswith(".html"):
            pages.append(os.path.relpath(os.path.join(dirpath, f), root))
if "index.html" not in pages:
    problems.append("no index.html")
for name in sorted(pages):
    text = open(os.path.join(root, name), encoding="utf-8").read()
    p = Page(name)
    p.feed(text)
    p.close()
    ids[name] = p.ids
    if "doctype" not in p.tags:
        p.problem("no <!DOCTYPE html>")
    if p.lang != "sv":
        p.problem('lang is %r, not "sv"' % p.lang)
    if p.h1 != 1:
        p.problem("%d h1 elements" % p.h1)
    for lm in ("header", "nav", "main", "footer"):
        if lm not in p.landmarks:
            p.problem("no <%s>" % lm)
    if '<meta charset="utf-8">' not in text:
        p.problem("no charset")

# The feed.
feed = os.path.join(root, "feed.xml")
A = "{http://www.w3.org/2005/Atom}"
try:
    f = ET.parse(feed).getroot()
    if f.tag != A + "feed":
        problems.append("feed.xml: root is %s" % f.tag)
    for need in ("title", "id", "updated", "author"):
        if f.find(A + need) is None:
            problems.append("feed.xml: no " + need)
    for e in f.findall(A + "entry"):
        for need in ("title", "id", "updated", "link"):
            if e.find(A + need) is None:
                problems.append("feed.xml: an entry without " + need)
        link = e.find(A + "link")
        if link is not None:
            links.append(("feed.xml", link.get("href")))
    print("entries", len(f.findall(A + "entry")))
except ET.ParseError as err:
    problems.append("feed.xml: %s" % err)

for page, href in links:
    u = urllib.parse.urlsplit(href)
    if u.scheme or u.netloc:
        problems.append("%s: link out of the site: %s" % (page, href))
        continue
    target = os.path.normpath(os.path.join(os.path.dirname(page), u.path)) if u.path else page
    if not os.path.isfile(os.path.join(root, target)):
        problems.append("%s: link to a missing file: %s" % (page, href))
    elif u.fragment and u.fragment not in ids.get(target, set()):
        problems.append("%s: link to a missing id: %s" % (page, href))

print("pages", len(pages))
if problems:
    print("\n".join(problems))
    sys.exit(1)
