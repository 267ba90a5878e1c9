#!/bin/sh
# namnd publish: the digital anslagstavla as a static site. The justerat
# protokoll of fixtures/protokoll.sh (anslag 2024-03-26, § 15 omedelbart
# justerad with its own anslag 2024-03-21) on the board until the
# take-down dates, then in the archive; a kallad meeting's public
# kallelse; the plan, the feed and the calendar. Pages checked by
# Python's html.parser and xml.etree (tests/site/check_site.py) and
# loaded in headless Chromium; sekretess left out; a personnummer in a
# paragraph stops the publish and leaves the old site as it was, or is
# masked when the setting says so.
. tests/cli/lib.sh
. tests/cli/fixtures/meeting.sh
. tests/cli/fixtures/protokoll.sh
CHECK="/usr/bin/python3 tests/site/check_site.py"
SITE=$TMP/www/anslagstavla
mkdir -p "$TMP/www"

# site_sum: one checksum over every file of the site, names and contents.
site_sum() { (cd "$SITE" && find . -type f | LC_ALL=C sort | xargs sha256sum) | sha256sum; }

# chromium_loads PAGE TEXT: headless Chromium loads the page without a
# console message and its DOM holds TEXT.
chromium_loads() {
	if ! command -v chromium >/dev/null 2>&1; then bad "chromium missing (make deps)"; return; fi
	timeout 120 chromium --headless --disable-gpu --no-sandbox --user-data-dir="$TMP/chromium" \
		--enable-logging=stderr --v=0 --dump-dom "file://$SITE/$1" \
		>"$TMP/dom.html" 2>"$TMP/chromium.err"
	if grep -q ':CONSOLE' "$TMP/chromium.err"; then
		bad "$1: console messages: $(grep ':CONSOLE' "$TMP/chromium.err")"
	elif ! grep -q -- "$2" "$TMP/dom.html"; then
		bad "$1: Chromium's DOM lacks '$2'"
	else ok; fi
}

fixture_protokoll
export NAMND_TODAY=2024-03-26
expect_ok "a meeting" meeting add --committee UBN --date 2024-04-17
expect_ok "its kallelse sent" meeting sent UBN:2024-04-17
expect_ok "a planned one" meeting add --committee UBN --date 2024-05-15
expect_ok "court" setting set appeal_court "Förvaltningsrätten i Göteborg"

before=$(fingerprint)
expect_ok "publish" publish --out "$SITE"
has "says what" "^Publicerade anslagstavlan i .*: 2 anslag uppe, 0 i arkivet, 1 kallelse, 3 sammanträden i kalendern\.$"
eq "publishing changes nothing in the database" "$before" "$(fingerprint)"
if $CHECK "$SITE" >"$TMP/check" 2>&1; then ok; else bad "site structure: $(cat "$TMP/check")"; fi
grep -q '^entries 3$' "$TMP/check" && ok || bad "feed: not 3 entries: $(cat "$TMP/check")"

idx=$(cat "$SITE/index.html")
for want in "12–16</h3>" "<th scope=\"row\">Anslaget sätts upp</th><td>2024-03-26</td>" \
	"<th scope=\"row\">Överklagandetiden går ut</th><td>2024-04-16</td>" \
	"<th scope=\"row\">Anslaget tas ned</th><td>2024-04-17</td>" \
	"<th scope=\"row\">Justerat</th><td>2024-03-25</td>" \
	"<th scope=\"row\">Förvaringsplats</th><td>Kommunkansliet, Stadshuset</td>" \
	"$(sqlite3 -readonly "$NAMND_DB" "SELECT protocol_sha256 FROM meeting WHERE date = '2024-03-20'")" \
	"href=\"protokoll/ubn-2024-03-20.html\"" "href=\"protokoll/ubn-2024-03-20-p15.html\"" \
	"<th scope=\"row\">Överklagandetiden går ut</th><td>2024-04-11</td>" \
	"laglighetsprövning" "Förvaltningsrätten i Göteborg inom tre veckor" \
	"href=\"kallelse/ubn-2024-04-17.html\""; do
	case $idx in *"$want"*) ok ;; *) bad "index.html lacks: $want" ;; esac
done
case $idx in *2024-05-15*) bad "a kallelse not sent is published" ;; *) ok ;; esac
[ -f "$SITE/kallelse/ubn-2024-04-17.html" ] && ok || bad "no kallelse page"
[ ! -e "$SITE/kallelse/ubn-2024-05-15.html" ] && ok || bad "a planned meeting's kallelse"
grep -q "2024-05-15" "$SITE/plan.html" && ok || bad "plan lacks the planned meeting"
grep -q "BEGIN:VEVENT" "$SITE/sammantraden.ics" && ok || bad "no calendar"
grep -q "Handlingsplan för digitalisering av grundskolan" "$SITE/protokoll/ubn-2024-03-20.html" \
	&& ok || bad "protokoll page lacks § 14"
# The public protokoll as PDF too, opened by poppler-utils.
for f in ubn-2024-03-20 ubn-2024-03-20-p15; do
	if pdfinfo "$SITE/protokoll/$f.pdf" >"$TMP/info" 2>&1 && grep -q '^Pages: *[1-9]' "$TMP/info"; then
		ok; else bad "protokoll/$f.pdf: $(cat "$TMP/info")"; fi
done
pdftotext "$SITE/protokoll/ubn-2024-03-20.pdf" - 2>/dev/null | grep -q "Handlingsplan för digitalisering" \
	&& ok || bad "the PDF lacks § 14"

for p in index.html anslag/ubn-2024-03-20.html protokoll/ubn-2024-03-20.html \
	kallelse/ubn-2024-04-17.html plan.html arkiv.html; do
	chromium_loads "$p" "<h1>"
done

# Open data: valid against the schemas in tests/opendata, references
# resolving, and saying what the protokoll says.
if /usr/bin/python3 tests/opendata/validate.py "$SITE" >"$TMP/od" 2>&1; then ok; else
	bad "open data: $(cat "$TMP/od")"; fi
od_facts() {
	/usr/bin/python3 - "$SITE" <<'PY'
import json, sys
d = sys.argv[1] + "/data/"
m = json.load(open(d + "meeting.json"))["data"]
ubn = [x for x in m if x["id"].endswith("#ubn-2024-03-20")][0]
items = {i["number"]: i for i in ubn["agendaItem"]}
v = items["§ 14"]["namnd:voteEvent"]
print("counts", " ".join("%s=%d" % (c["option"], c["value"]) for c in v["counts"]), v["result"])
print("reservation", items["§ 14"]["namnd:reservations"][0]["name"])
r = items["§ 15"]["namnd:recusals"][0]
print("jäv", r["name"], "->", r["replacedBy"], "immediate", items["§ 15"]["namnd:immediate"])
print("paper", items["§ 14"]["namnd:reference"],
      [p["reference"] for p in json.load(open(d + "paper.json"))["data"]])
print("justering", ubn["namnd:justering"]["date"], ubn["namnd:justering"]["sha256"])
print("anslag", ubn["namnd:anslag"]["posted"], ubn["namnd:anslag"]["appealEnds"], ubn["namnd:anslag"]["takedown"])
print("start", ubn["start"], ubn["end"])
print("planned", [x["start"] for x in m if x["id"].endswith("#ubn-2024-05-15")][0])
PY
}
od_facts >"$TMP/facts" 2>&1
SHA=$(sqlite3 -readonly "$NAMND_DB" "SELECT protocol_sha256 FROM meeting WHERE date = '2024-03-20'")
cat >"$TMP/want" <<X
counts yes=3 no=1 abstain=1 pass
reservation Olof Ek
jäv Mia Nyström -> Anna Berg immediate True
paper UBN 2024/1 ['UBN 2024/1', 'UBN 2024/2', 'UBN 2024/3']
justering 2024-03-25 $SHA
anslag 2024-03-26 2024-04-16 2024-04-17
start 2024-03-20T08:30:00+01:00 2024-03-20T10:05:00+01:00
planned 2024-05-15T08:30:00+02:00
X
if cmp -s "$TMP/want" "$TMP/facts"; then ok; else bad "open data facts:"; diff "$TMP/want" "$TMP/facts"; fi
grep -q "@" "$SITE/data/person.json" && bad "e-mail addresses in person.json" || ok

# Idempotent: the same data on the same day gives the same bytes, and no
# temporary folder is left beside the site.
sum1=$(site_sum)
expect_ok "publish again" publish --out "$SITE"
eq "the same site" "$sum1" "$(site_sum)"
eq "nothing left beside it" "anslagstavla" "$(ls -A "$TMP/www")"

# Take-down: § 15's notice leaves the board on 2024-04-12, the
# protokoll's on 2024-04-17; both stay in the archive.
export NAMND_TODAY=2024-04-12
expect_ok "publish on 04-12" publish --out "$SITE"
has "one up, one archived" ": 1 anslag uppe, 1 i arkivet,"
case $(cat "$SITE/index.html") in *"ubn-2024-03-20-p15"*) bad "§ 15 still up on its take-down day" ;; *) ok ;; esac
grep -q 'href="anslag/ubn-2024-03-20-p15.html"' "$SITE/arkiv.html" && ok || bad "archive lacks § 15"
grep -q "Anslaget togs ned 2024-04-12" "$SITE/anslag/ubn-2024-03-20-p15.html" && ok || bad "taken-down note"
export NAMND_TODAY=2024-04-17
expect_ok "publish on 04-17" publish --out "$SITE"
has "none up" ": 0 anslag uppe, 2 i arkivet,"
grep -q "Inga anslag är uppsatta just nu" "$SITE/index.html" && ok || bad "empty board not said"
grep -q "laglighetsprövning" "$SITE/index.html" && ok || bad "appeal text gone with the notices"
if $CHECK "$SITE" >"$TMP/check" 2>&1; then ok; else bad "site structure later: $(cat "$TMP/check")"; fi

# Sekretess and personnummer: Socialnämnden's § 1 is confidential (a
# personnummer in it is never published), § 2 is public.
expect_ok "SN" committee add --code SN --name Socialnämnden
expect_ok "SN chair" person add --name "Bo Ek" --party S
expect_ok "SN member" member add --person "Bo Ek" --committee SN --role ordförande --from 2023-01-01
expect_ok "SN ledamot" person add --name "Ann Lo" --party M
expect_ok "SN ledamot 2" member add --person "Ann Lo" --committee SN --role ledamot --from 2023-01-01
export NAMND_TODAY=2024-04-10
sn_meeting() { # DATE FIRST-ACCOUNT CONFIDENTIAL
	expect_ok "SN meeting $1" meeting add --committee SN --date "$1"
	expect_ok "SN case" case add --committee SN --title "Ansökan om bistånd $1"
	dnr=$(sqlite3 -readonly "$NAMND_DB" "SELECT dnr_series || ' ' || dnr_year || '/' || dnr_number FROM cases ORDER BY id DESC LIMIT 1" | sed 's/^ //')
	expect_ok "SN item" agenda add "SN:$1" --case "$dnr"
	expect_ok "SN item 2" agenda add "SN:$1" --kind information --title "Information om verksamheten"
	expect_ok "SN numbers" paragraph number "SN:$1"
	n=$(sqlite3 -readonly "$NAMND_DB" "SELECT min(number) FROM paragraph p JOIN meeting m ON m.id = p.meeting_id WHERE m.date = '$1'")
	expect_ok "SN account" paragraph set "SN:$1" "$n" --account "$2" --decision "Nämnden beviljar ansökan." \
		--confidential "$3"
	expect_ok "SN decision 2" paragraph set "SN:$1" $((n + 1)) --decision "Nämnden noterar informationen."
	expect_ok "SN present" attendance set "SN:$1" "Bo Ek" närvarande
	expect_ok "SN present 2" attendance set "SN:$1" "Ann Lo" närvarande
	expect_ok "SN justerare" justerare set "SN:$1" "Ann Lo"
	expect_ok "SN justera" justera "SN:$1" --by "Bo Ek" --by "Ann Lo"
	expect_ok "SN anslag" anslag "SN:$1" --date 2024-04-10
}
sn_meeting 2024-04-03 "Sökanden, 811228-9874, ansöker om bistånd." ja
expect_ok "publish with a confidential paragraph" publish --out "$SITE"
page=$(cat "$SITE/protokoll/sn-2024-04-03.html")
case $page in *9874*) bad "the confidential paragraph's personnummer is published" ;; *) ok ;; esac
case $page in *"Ansökan om bistånd"*) bad "the confidential paragraph's title is published" ;; *) ok ;; esac
case $page in *"Sekretess"*) ok ;; *) bad "no word of sekretess" ;; esac
case $page in *"Information om verksamheten"*) ok ;; *) bad "the public paragraph is missing" ;; esac
pdftotext "$SITE/protokoll/sn-2024-04-03.pdf" - 2>/dev/null >"$TMP/sn.txt"
grep -q "Information om verksamheten" "$TMP/sn.txt" && ok || bad "the public PDF lacks § 2"
grep -q "9874\|Ansökan om bistånd" "$TMP/sn.txt" && bad "the confidential paragraph in the PDF" || ok
grep -rq 9874 "$SITE/data" && bad "a personnummer in the open data" || ok
/usr/bin/python3 -c 'import json, sys
m = json.load(open(sys.argv[1] + "/data/meeting.json"))["data"]
sn = [x for x in m if x["id"].endswith("#sn-2024-04-03")][0]
print(json.dumps(sn["agendaItem"][0], ensure_ascii=False, sort_keys=True))' "$SITE" >"$TMP/secret"
case $(cat "$TMP/secret") in *'"name": "Sekretess"'*'"public": false'*) ok ;;
	*) bad "the confidential item in open data: $(cat "$TMP/secret")" ;; esac
case $(cat "$TMP/secret") in *resolutionText*|*bistånd*) bad "details of a confidential item: $(cat "$TMP/secret")" ;; *) ok ;; esac
if /usr/bin/python3 tests/opendata/validate.py "$SITE" >"$TMP/od" 2>&1; then ok; else
	bad "open data with sekretess: $(cat "$TMP/od")"; fi

sum1=$(site_sum)
sn_meeting 2024-04-08 "Sökanden, 19811228-9874, ansöker om bistånd." nej
expect_fail "a personnummer stops the publish" 1 \
	"Ett personnummer står i protokollet SN 2024-04-08, §.3  Ansökan om bistånd 2024-04-08, under \"Ärendet\": \"Sökanden, ÅÅMMDD-XXXX, ansöker" \
	publish --out "$SITE"
case $err in *9874*) bad "the message repeats the number: $err" ;; *) ok ;; esac
eq "the old site is left whole" "$sum1" "$(site_sum)"
eq "no half-built site beside it" "anslagstavla" "$(ls -A "$TMP/www")"
expect_fail "a policy that is not one" 1 "personnummer ska vara \"stoppa\".*inte \"ja\"" \
	setting set personnummer ja
expect_ok "mask instead" setting set personnummer maskera
expect_ok "publish masked" publish --out "$SITE"
page=$(cat "$SITE/protokoll/sn-2024-04-08.html")
case $page in *9874*) bad "masked, yet the number is there" ;; *"Sökanden, ÅÅMMDD-XXXX, ansöker"*) ok ;;
	*) bad "no mask in the page" ;; esac
pdftotext "$SITE/protokoll/sn-2024-04-08.pdf" - 2>/dev/null >"$TMP/sn2.txt"
grep -q 9874 "$TMP/sn2.txt" && bad "masked page, yet the number in the PDF" || ok
grep -q "ÅÅMMDD-XXXX" "$TMP/sn2.txt" && ok || bad "no mask in the PDF"

# Only ever a folder namnd wrote, an empty one or a new one.
mkdir "$TMP/mine"
echo "viktigt" >"$TMP/mine/fil.txt"
expect_fail "a folder of one's own" 1 "Mappen .*mine finns redan och är ingen anslagstavla" \
	publish --out "$TMP/mine"
eq "its file is kept" "viktigt" "$(cat "$TMP/mine/fil.txt")"
mkdir "$TMP/empty"
expect_ok "an empty folder" publish --out "$TMP/empty/"
[ -f "$TMP/empty/index.html" ] && ok || bad "empty folder not filled"
expect_fail "a missing parent" 4 "Mappen .*/nej finns inte" publish --out "$TMP/nej/site"
expect_fail "no --out" 2 "ange mappen" publish
finish
