#!/bin/sh
# Bodies and their rules (issue 12, item 1): a body's kind decides which
# rules apply (quorum, justering deadline, anslag, appeal), each can be
# set per body, and check and deadlines say which rules they applied.
# Compared with the hand-written golden files
# tests/golden/deadlines_samverkansrad*.txt and check_samverkansrad.txt.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-12
n() { expect_ok "$*" "$@"; }
same() { # DESC GOLDEN: the last output equals the golden file
	if printf '%s\n' "$out" | cmp -s "$2" -; then ok; else
		bad "$1 differs:"; printf '%s\n' "$out" | diff "$2" -; fi
}

n init
# A samverkansråd (seed 003's SRO between VästKom and the region): no
# quorum, justering deadline, anslag or appeal under the kommunallag.
n committee add --code SRO --name "Politiskt samrådsorgan" --kind samverkansråd
run committee show SRO
has "rules shown" "^Regler +egna regler$"
has "no quorum rule" "^Beslutförhet +nej$"
has "no justering deadline" "^Justeringsfrist +ingen$"
has "no anslag" "^Anslag +nej$"
n meeting add --committee SRO --date 2024-03-20
run deadlines SRO:2024-03-20
same "samverkansråd's deadlines" tests/golden/deadlines_samverkansrad.txt
run --tsv deadlines SRO:2024-03-20
has "tsv: the rules" "^Regler	egna regler \(samverkansråd\): "
has "tsv: no justering date" "^Justering senast	$"

# Three seats, two with förhinder and no ersättare: under the
# kommunallag no quorum (an error), in the samverkansråd none is needed.
for p in "Helén Eliasson" "Marina Johansson" "Miguel Odhner" "Johanna Karlsson Deucher"; do
	n person add --name "$p" --email "x@example.se"
done
n member add --person "Helén Eliasson" --committee SRO --role ordförande --from 2023-01-01
n member add --person "Marina Johansson" --committee SRO --role ledamot --from 2023-01-01
n member add --person "Miguel Odhner" --committee SRO --role ledamot --from 2023-01-01
n member add --person "Johanna Karlsson Deucher" --committee SRO --role sekreterare --from 2023-01-01
n meeting absent SRO:2024-03-20 "Marina Johansson"
n meeting absent SRO:2024-03-20 "Miguel Odhner"
run check SRO:2024-03-20
eq "check passes the samverkansråd" 0 "$rc"
same "samverkansråd's check" tests/golden/check_samverkansrad.txt
# The same body set to the kommunallag's quorum: the check finds it.
n committee edit SRO --quorum ja
run check SRO:2024-03-20
eq "quorum set: an error" 1 "$rc"
has "quorum set: said so" "^Regler: egna regler \(samverkansråd, ändrade för organet\): beslutförhet, "
has "quorum set: the finding" "^FEL +sammanträdet: Med anmälda förhinder \(2 av 3 ledamöter\)"
n committee edit SRO --quorum ""
run check SRO:2024-03-20
eq "back to the kind's rule" 0 "$rc"

# A decision item without a dnr: normal in a samverkansråd (no error),
# an error where the body's rules require one.
n meeting add --committee SRO --date 2024-04-17
n agenda add SRO:2024-04-17 --kind stående --title "Val av vice ordförande" --decision ja --role Ordförande
run --tsv check SRO:2024-04-17
hasnt "no dnr required" "dnr_saknas"
n committee edit SRO --dnr-required ja
run --tsv check SRO:2024-04-17
eq "dnr required: an error" 1 "$rc"
has "dnr required: the finding" "^fel	[0-9]+	punkt 1	dnr_saknas	Beslutspunkten saknar diarienummer"
n committee edit SRO --dnr-required ""
run committee show SRO
has "back to the kind" "^Diarienummer krävs +nej$"

# Quorum at the meeting: counted, but not held against the body.
n meeting absent SRO:2024-03-20 "Marina Johansson" --remove
n meeting absent SRO:2024-03-20 "Miguel Odhner" --remove
n agenda add SRO:2024-03-20 --kind information --title "Vad är SRO?"
n attendance set SRO:2024-03-20 "Helén Eliasson" närvarande
n attendance absent SRO:2024-03-20 "Marina Johansson" --ersattare ingen
n attendance absent SRO:2024-03-20 "Miguel Odhner" --ersattare ingen
n paragraph number SRO:2024-03-20
run attendance quorum SRO:2024-03-20
has "no quorum rule said" "^Beslutförhet: organet har ingen regel om beslutförhet \(3 platser\)"
hasnt "never EJ BESLUTFÖR" "EJ BESLUTFÖR"
eq "no warning" "" "$err"
run --tsv attendance quorum SRO:2024-03-20
has "tsv: no rule" "^§ 1	1	3	ingen regel$"

# No anslag can be recorded, and no anslag document is made.
n justerare set SRO:2024-03-20 "Helén Eliasson"
n paragraph set SRO:2024-03-20 1 --decision "SRO noterar informationen."
export NAMND_TODAY=2024-04-30
expect_ok "justering 41 days later: no deadline to be late for" justera SRO:2024-03-20 --date 2024-04-30 --by "Helén Eliasson"
hasnt "not late" "efter fristen"
expect_fail "no anslag to record" 1 "Organet har inget anslag enligt sina regler \(samverkansråd, egna regler\)" anslag SRO:2024-03-20 --date 2024-04-30
expect_fail "no anslag document" 1 "Organet har inget anslag" anslag SRO:2024-03-20

# Set to have an anslag but still no appeal period. The meeting justerat
# without one keeps its rules (frozen at justering). One justerat after
# the change has an anslag that says when it comes down, and nowhere a
# last day to appeal.
n committee edit SRO --anslag ja
expect_fail "justerat without an anslag: still none" 1 "Protokollet justerades utan anslag, enligt organets regler då \(samverkansråd, egna regler\)" anslag SRO:2024-03-20 --date 2024-04-30
n meeting add --committee SRO --date 2024-04-24
n agenda add SRO:2024-04-24 --kind information --title "Lägesrapport"
n paragraph number SRO:2024-04-24
n attendance set SRO:2024-04-24 "Helén Eliasson" närvarande
n justerare set SRO:2024-04-24 "Helén Eliasson"
n paragraph set SRO:2024-04-24 2 --decision "SRO noterar lägesrapporten."
n justera SRO:2024-04-24 --date 2024-04-30 --by "Helén Eliasson"
n anslag SRO:2024-04-24 --date 2024-04-30
run anslag SRO:2024-04-24
has "anslag: up" "^Anslaget sätts upp +2024-04-30$"
has "anslag: down after 21 days" "^Anslaget tas ned +2024-05-22$"
hasnt "anslag: no appeal" "Överklagande"
n publish --out "$TMP/site"
if grep -q "verklaga beslut i protokollet" "$TMP/site/anslag/"*.html; then bad "published anslag names a last day to appeal"; else ok; fi
if grep -q '"appealEnds"' "$TMP/site/data/"*.json 2>/dev/null; then bad "open data has appealEnds"; else ok; fi
if grep -q '"takedown":"2024-05-22"' "$TMP/site/data/"*.json 2>/dev/null; then ok; else bad "open data lacks the takedown"; fi
n committee edit SRO --anslag ""

# Set per body: a justering deadline of 30 days and an anslag, still no
# appeal period (none can be set without an anslag).
export NAMND_TODAY=2024-03-12
n meeting add --committee SRO --date 2024-03-20 --time 14.00
M2=$("$NAMND" --tsv meeting list --committee SRO | awk -F'\t' '$4 == "14.00" { print $1 }')
expect_fail "appeal without anslag" 1 "Fältet \"överklagandetid\": \"ja\" går inte när organet inte har anslag" committee edit SRO --appeal ja
run committee show SRO
has "refused whole" "^Överklagandetid +nej$"
n committee edit SRO --anslag ja --justering-days 30
run deadlines "$M2"
same "deadlines as set" tests/golden/deadlines_samverkansrad_set.txt
expect_fail "justering days checked" 1 "justeringsfrist" committee edit SRO --justering-days 91

# A nämnd keeps the kommunallag's rules; a förbundsstyrelse follows its
# förbundsordning, the kommunallag's rules until set otherwise.
n committee add --code UBN --name Utbildningsnämnden
n meeting add --committee UBN --date 2024-03-20
run deadlines UBN:2024-03-20
has "nämnd: the law" "^Regler +kommunallagen \(nämnd\): beslutförhet, justering inom 14 dagar, anslag, överklagandetid, diarienummer på beslutspunkter$"
has "nämnd: justering" "^Justering senast +2024-04-03 onsdag$"
has "nämnd: appeal" "^Överklagandetiden går ut +2024-04-26 fredag$"
n committee add --code VKS --name "VästKom Styrelse" --kind förbundsstyrelse
run committee show VKS
has "förbundsordning" "^Regler +förbundsordningen$"
has "förbund: justering" "^Justeringsfrist +14 dagar$"
n committee add --code LG --name "Ledningsgruppen" --kind ledningsgrupp
run committee show LG
has "ledningsgrupp is a kind" "^Anslag +nej$"
expect_fail "unknown kind named" 1 "Fältet \"typ\" kan inte vara \"styrgrupp\"" committee add --code X --name X --kind styrgrupp

# Every rule change is in the audit log.
eq "audit has the rules" "30" "$(sqlite3 "$NAMND_DB" "SELECT json_extract(new, '\$.rule_justering_days') FROM audit_log WHERE tbl = 'committee' AND row_id = 1 ORDER BY id DESC LIMIT 1" 2>/dev/null || echo none)"

# A file made by the previous schema opens and upgrades: its bodies keep
# their kinds and get the rules of their kind.
/usr/bin/python3 - "$TMP/old.db" <<'PY'
import sqlite3, sys
sys.path.insert(0, 'tests/cli')
from old_schema import made_by
con = made_by(sys.argv[1], 19)
con.execute("INSERT INTO committee (id, code, name, kind) VALUES (1, 'SRO', 'Samråd', 'samverkansråd')")
con.execute("INSERT INTO committee (id, code, name) VALUES (2, 'UBN', 'Utbildningsnämnden')")
try:
    con.execute("INSERT INTO committee (code, name, kind) VALUES ('LG', 'L', 'ledningsgrupp')")
    print("old schema took a ledningsgrupp")
except sqlite3.IntegrityError:
    pass
con.commit()
PY
run --db "$TMP/old.db" committee show SRO
has "upgraded: samverkansråd's rules" "^Justeringsfrist +ingen$"
run --db "$TMP/old.db" committee show UBN
has "upgraded: nämnd's rules" "^Justeringsfrist +14 dagar$"
eq "upgraded to the latest version" "$SCHEMA_LATEST" "$(sqlite3 "$TMP/old.db" 'PRAGMA user_version')"
expect_ok "ledningsgrupp after the upgrade" --db "$TMP/old.db" committee add --code LG --name Ledningsgruppen --kind ledningsgrupp
eq "file is sound" ok "$(/usr/bin/python3 -c '
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.create_collation("sv", lambda a, b: (a > b) - (a < b))
print(con.execute("PRAGMA integrity_check").fetchone()[0])' "$TMP/old.db")"
# SQLite's own shell (another program) can still set a body's rule.
if sqlite3 "$TMP/old.db" "UPDATE committee SET rule_anslag = 1 WHERE code = 'SRO'"; then ok; else bad "another program cannot set a rule"; fi

finish
