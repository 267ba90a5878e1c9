#!/bin/sh
# A justerat meeting keeps the rules it was justerat under (issue 12):
# the body's kind, justering days, anslag, appeal period and quorum rule
# are kept in the justering record (version 5), so changing the body's
# rules or kind afterwards leaves that meeting's deadlines, its anslag
# (document and published page) and its quorum as they were, while a
# meeting not yet justerat follows the new rules.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-12
n() { expect_ok "$*" "$@"; }
M=UBN:2024-03-20

n init
n setting set org_name "Exempelstads kommun"
n committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 18.00
for p in "Karin Åberg:S" "Olof Ek:M" "Sara Öhman:SD"; do
	n person add --name "${p%%:*}" --party "${p##*:}"
done
n member add --person "Karin Åberg" --committee UBN --role ordförande --from 2024-01-01
n member add --person "Olof Ek" --committee UBN --role ledamot --from 2024-01-01
n member add --person "Sara Öhman" --committee UBN --role ledamot --from 2024-01-01
n meeting add --committee UBN --date 2024-03-20
n meeting add --committee UBN --date 2024-04-17
n agenda add $M --kind information --title "Information"
n paragraph number $M
n attendance set $M "Karin Åberg" närvarande
n attendance set $M "Olof Ek" närvarande
n attendance absent $M "Sara Öhman" --ersattare ingen
n justerare set $M "Olof Ek"
n paragraph set $M 1 --decision "Informationen noteras."
export NAMND_TODAY=2024-03-25
n justera $M --date 2024-03-25 --by "Olof Ek"
n anslag $M --date 2024-03-26

run deadlines $M
before_deadlines=$out
has "under the kommunallag" "^Regler +kommunallagen \(nämnd\): beslutförhet, justering inom 14 dagar, anslag, överklagandetid"
has "the appeal period" "^Överklagandetiden går ut +2024-04-16 tisdag$"
has "a justerat meeting: the rules said to be those it was justerat under" "^Regler +.*överklagandetid.* \(sparade när protokollet justerades\)$"
run attendance quorum $M
before_quorum=$out
"$NAMND" anslag $M > "$TMP/anslag_before.txt" 2>/dev/null
grep -qE "^Överklagandetiden går ut +2024-04-16$" "$TMP/anslag_before.txt" && ok || bad "the anslag names the last day to appeal: $(cat "$TMP/anslag_before.txt")"
export NAMND_TODAY=2024-03-27
n publish --out "$TMP/site1"
[ -f "$TMP/site1/anslag/ubn-2024-03-20.html" ] && ok || bad "the anslag is published"

# The body's rules change, then its kind.
export NAMND_TODAY=2024-04-02
n committee edit UBN --appeal nej --justering-days 30 --quorum nej
run deadlines UBN:2024-04-17
has "the next meeting follows the new rules" "^Regler +kommunallagen \(nämnd, ändrade för organet\): ingen regel om beslutförhet, justering inom 30 dagar, anslag, ingen överklagandetid"
hasnt "a meeting not yet justerat: the body's rules as they are" "sparade när protokollet justerades"
run deadlines $M
eq "the justerat meeting's deadlines unchanged" "$before_deadlines" "$out"
run attendance quorum $M
eq "its quorum unchanged" "$before_quorum" "$out"
n committee edit UBN --kind samverkansråd --appeal "" --justering-days "" --quorum ""
run deadlines UBN:2024-04-17
has "the next meeting: a samverkansråd's rules" "^Regler +egna regler \(samverkansråd\): ingen regel om beslutförhet, ingen justeringsfrist, inget anslag"
run deadlines $M
eq "the justerat meeting's deadlines still unchanged" "$before_deadlines" "$out"
"$NAMND" anslag $M > "$TMP/anslag_after.txt" 2>/dev/null
if cmp -s "$TMP/anslag_before.txt" "$TMP/anslag_after.txt"; then ok; else
	bad "the anslag changed:"; diff "$TMP/anslag_before.txt" "$TMP/anslag_after.txt"; fi
n publish --out "$TMP/site2"
A=anslag/ubn-2024-03-20.html
if cmp -s "$TMP/site1/$A" "$TMP/site2/$A"; then ok; else
	bad "the published anslag changed: $(diff "$TMP/site1/$A" "$TMP/site2/$A" | head -10)"; fi
n protokoll $M --verify
finish
