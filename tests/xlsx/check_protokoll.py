"""Reads the protokoll, the utdrag of § 15 and the anslag written by
test_protokoll.sh with openpyxl (an independent reader) and checks their
content against tests/golden/protokoll_*.txt's facts.
Usage: /usr/bin/python3 check_protokoll.py PROTOKOLL.xlsx UTDRAG.xlsx ANSLAG.xlsx SHA SHA15"""
import sys
import openpyxl

errors = []
NB = "\u00a0"
P, PP = "§" + NB, "§§" + NB


def rows(path, title):
    wb = openpyxl.load_workbook(path)
    if title not in wb.sheetnames:
        errors.append("%s: no sheet %r (has %r)" % (path, title, wb.sheetnames))
        return None, []
    ws = wb[title]
    out = []
    for row in ws.iter_rows():
        vals = [c.value for c in row if c.value is not None]
        for c in row:
            if c.value is None or c.data_type == "s":
                continue
            # Vote counts (the cell right of a Ja:/Nej:/Avstår: row's
            # names) are numbers Excel can sum; everything else is text.
            if (c.data_type == "n" and isinstance(c.value, int)
                    and row[0].value in ("Ja:", "Nej:", "Avstår:")
                    and c.column == 3):
                continue
            errors.append("%s %s is %r, not text" % (title, c.coordinate, c.data_type))
        out.append(vals)
    return ws, out


def field(rows_, label):
    """The value beside a label, and the values continuing it below."""
    for i, r in enumerate(rows_):
        if r and r[0] == label:
            vals = [r[-1]] if len(r) > 1 else []
            for nxt in rows_[i + 1:]:
                if len(nxt) != 1 or nxt[0] in labels:
                    break
                vals.append(nxt[0])
            return vals
    errors.append("no field %r" % label)
    return []


labels = {"Plats och tid", "Beslutande", "Ersättare", "Övriga", "Frånvarande",
          "Utses att justera", "Justeringens plats och tid", "Paragrafer"}


def want(what, got, expected):
    if got != expected:
        errors.append("%s: expected %r, got %r" % (what, expected, got))


def texts(rows_):
    return [v for r in rows_ for v in r]


protokoll, pr = rows(sys.argv[1], "Protokoll")
if protokoll is not None:
    want("header", pr[0], ["EXEMPELSTADS KOMMUN", "PROTOKOLL"])
    want("header 2", pr[1], ["Utbildningsnämnden", "2024-03-20"])
    want("plats och tid", field(pr, "Plats och tid"),
         ["Sammanträdesrum Älven, Stadshuset, kl. 08.30–10.05"])
    want("beslutande", field(pr, "Beslutande"), [
        # The body's order (ordförande, vice, Sara Öhman, Lars Berg, Mia
        # Nyström); a serving ersättare in the seat of the one replaced.
        "Karin Åberg (S), ordförande", "Olof Ek (M), 1:e vice ordförande",
        "Rasmus Tell (SD), tjänstgörande ersättare för Sara Öhman (SD)",
        "Lars Berg (S), " + PP + "14–16",
        "Per Lind (S), tjänstgörande ersättare för Lars Berg (S), " + PP + "12–13",
        "Mia Nyström (V)"])
    want("ersättare", field(pr, "Ersättare"), ["Anna Berg (M)"])
    want("övriga", field(pr, "Övriga"),
         ["Maria Nord, nämndsekreterare", "Eva Holm, förvaltningschef, " + P + "14"])
    want("frånvarande", field(pr, "Frånvarande"),
         ["Sara Öhman (SD)", "Lars Berg (S), " + PP + "12–13"])
    want("justerare", field(pr, "Utses att justera"), ["Olof Ek"])
    want("justering", field(pr, "Justeringens plats och tid"), ["Stadshuset, 2024-03-25"])
    want("paragrafer", field(pr, "Paragrafer"), [PP + "12–16"])
    signs = [r for r in pr if len(r) == 2 and r[0] in ("Sekreterare", "Ordförande", "Justerande")]
    want("signatures", signs, [["Sekreterare", "Maria Nord"], ["Ordförande", "Karin Åberg"],
                               ["Justerande", "Olof Ek"]])
    all_text = texts(pr)
    want("checksum", "Kontrollsumma (SHA-256) för protokollets kanoniska text:\n" + sys.argv[4]
         in all_text, True)
    heads = [t for t in all_text if isinstance(t, str) and t.startswith(P)]
    want("paragraph headings", heads, [
        P + "12  Upprop", P + "13  Val av justerare",
        P + "14  Handlingsplan för digitalisering av grundskolan 2024–2026",
        P + "15  Yttrande till Skolinspektionen över Gläntans Montessori AB",
        P + "16  Redovisning av delegeringsbeslut 2024"])
    votes = [r for r in pr if r and r[0] in ("Ja:", "Nej:", "Avstår:")]
    want("omröstning", votes, [
        ["Ja:", "Karin Åberg (S), Rasmus Tell (SD), Lars Berg (S)", 3],
        ["Nej:", "Olof Ek (M)", 1], ["Avstår:", "Mia Nyström (V)", 1]])
    for t in ("Omröstningsresultat: 3 ja, 1 nej, 1 avstår.",
              "Olof Ek (M) reserverar sig mot beslutet med följande motivering:",
              "Planen saknar finansiering.",
              "Mia Nyström (V): Vänsterpartiet vill se en uppföljning till hösten.",
              "Mia Nyström (V) anmäler jäv och deltar inte i handläggningen. "
              "Anna Berg (M) tjänstgör i stället.",
              "Paragrafen justerades omedelbart 2024-03-20.",
              "För vidare hantering: Skolinspektionen",
              "Karin Åberg (S) yrkar bifall till förvaltningens förslag.\n"
              "Olof Ek (M) yrkar avslag."):
        if t not in all_text:
            errors.append("protokoll lacks %r" % t)
    # Each paragraph starts a new printed page.
    breaks = len(protokoll.row_breaks.brk) if protokoll.row_breaks else 0
    want("page breaks", breaks, 5)
    want("A4", str(protokoll.page_setup.paperSize), "9")

utdrag, ur = rows(sys.argv[2], "Protokollsutdrag")
if utdrag is not None:
    want("utdrag header", ur[0], ["EXEMPELSTADS KOMMUN", "PROTOKOLLSUTDRAG"])
    labels = {"Plats och tid", "Paragraf", "Justerat"}
    want("utdrag paragraf", field(ur, "Paragraf"), [P + "15"])
    want("utdrag justerat", field(ur, "Justerat"), ["2024-03-20"])
    want("utdragsbestyrkande", [r for r in ur if r and r[0] == "Utdragsbestyrkande"],
         [["Utdragsbestyrkande", "Maria Nord"]])
    want("utdrag checksum", "Kontrollsumma (SHA-256) för paragrafens kanoniska text:\n"
         + sys.argv[5] in texts(ur), True)
    want("only § 15", [t for t in texts(ur) if t.startswith(P) and "  " in t],
         [P + "15  Yttrande till Skolinspektionen över Gläntans Montessori AB"])

anslag, ar = rows(sys.argv[3], "Anslag")
if anslag is not None:
    want("anslag header", ar[0], ["EXEMPELSTADS KOMMUN", "ANSLAG / BEVIS"])
    facts = {r[0]: r[1] for r in ar if len(r) == 2}
    for k, v in (("Organ", "Utbildningsnämnden"), ("Sammanträdesdatum", "2024-03-20"),
                 ("Paragrafer", PP + "12–16"), ("Justerat", "2024-03-25"),
                 ("Anslaget sätts upp", "2024-03-26"),
                 ("Överklagandetiden går ut", "2024-04-16"),
                 ("Anslaget tas ned", "2024-04-17"),
                 ("Förvaringsplats", "Kommunkansliet, Stadshuset")):
        want("anslag " + k, facts.get(k), v)
    want("anslag checksum", "Kontrollsumma (SHA-256) för protokollets kanoniska text:\n"
         + sys.argv[4] in texts(ar), True)

for e in errors:
    print("xlsx:", e)
sys.exit(1 if errors else 0)
