#!/bin/sh
# A paragraph justerad omedelbart keeps its rules as a justerat protokoll
# does (hostile18 A2): after the body's rules or kind change, its anslag
# (appeal date and all) and deadlines are as they were, deadlines says the
# rules are those kept when it was justerad, and publish puts it up. A
# notice whose anslag cannot be made does not stop publish: the rest goes
# up and that one is named with the reason. The Översikt judges an
# overdue anslag of a justerat meeting by the rules it was justerat under.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-12
n() { expect_ok "$*" "$@"; }
M=UBN:2024-03-20
M2=UBN:2024-04-17

n init
n setting set org_name "Exempelstads kommun"
n committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 18.00
n committee add --code KFN --name Kulturnämnden --place Sessionssalen --time 18.00
for p in "Karin Åberg:S" "Olof Ek:M" "Sara Öhman:SD"; do
	n person add --name "${p%%:*}" --party "${p##*:}"
done
for k in UBN KFN; do
	n member add --person "Karin Åberg" --committee $k --role ordförande --from 2024-01-01
	n member add --person "Olof Ek" --committee $k --role ledamot --from 2024-01-01
	n member add --person "Sara Öhman" --committee $k --role ledamot --from 2024-01-01
done
n meeting add --committee UBN --date 2024-03-20
n meeting add --committee UBN --date 2024-04-17
n meeting add --committee KFN --date 2024-03-21
for m in $M KFN:2024-03-21; do
	n agenda add $m --kind information --title "Information"
	n paragraph number $m
	for p in "Karin Åberg" "Olof Ek" "Sara Öhman"; do n attendance set $m "$p" närvarande; done
	n justerare set $m "Olof Ek"
done
n paragraph set $M 1 --decision "Informationen noteras."
n paragraph set KFN:2024-03-21 1 --decision "Informationen noteras."
export NAMND_TODAY=2024-03-25
n justera $M --date 2024-03-25 --by "Olof Ek"
n justera KFN:2024-03-21 --date 2024-03-25 --by "Olof Ek"
n anslag $M --date 2024-03-26

# The Översikt: KFN's protokoll is justerat, its anslag (due two days
# after) not up. The body then drops the anslag: the meeting was
# justerat under a rule that had one, so it is still overdue.
export NAMND_TODAY=2024-03-29
run overview
has "anslag overdue" "^  KFN +2024-03-21 18\.00 +anslag +FÖRSENAD 03-27$"
n committee edit KFN --anslag nej --justering-days 30
run overview
has "still overdue under the rules it was justerat under" "^  KFN +2024-03-21 18\.00 +anslag +FÖRSENAD 03-27$"

# § 2 of the next meeting, justerad omedelbart and posted.
export NAMND_TODAY=2024-04-17
n agenda add $M2 --kind information --title "Brådskande"
n paragraph number $M2
for p in "Karin Åberg" "Olof Ek" "Sara Öhman"; do n attendance set $M2 "$p" närvarande; done
n justerare set $M2 "Olof Ek"
n paragraph set $M2 2 --decision "Beslut."
n justera $M2 --paragraph 2 --by "Olof Ek" --date 2024-04-17
export NAMND_TODAY=2024-04-18
n anslag $M2 --paragraph 2 --date 2024-04-18
"$NAMND" anslag $M2 --paragraph 2 > "$TMP/a2_before.txt" 2>&1
grep -qE "^Överklagandetiden går ut +2024-05-10$" "$TMP/a2_before.txt" && ok ||
	bad "the anslag of § 2 names the last day to appeal: $(cat "$TMP/a2_before.txt")"
run deadlines $M2
has "§ 2 has its own section" "^§ 2, omedelbart justerad 2024-04-17$"
has "its appeal period" "^Överklagandetiden går ut +2024-05-10 fredag$"
d_before=$(printf '%s\n' "$out" | sed -n '/^§ 2,/,$p')
n publish --out "$TMP/site1"

# The body's rules change, then its kind.
n committee edit UBN --appeal nej --justering-days 30 --kind samverkansråd
"$NAMND" anslag $M2 --paragraph 2 > "$TMP/a2_after.txt" 2>&1
if cmp -s "$TMP/a2_before.txt" "$TMP/a2_after.txt"; then ok; else
	bad "the anslag of § 2 changed:"; diff "$TMP/a2_before.txt" "$TMP/a2_after.txt"; fi
run deadlines $M2
has "the meeting not justerat follows the new rules" "^Regler +egna regler \(samverkansråd, ändrade för organet\)"
has "§ 2: the rules kept when it was justerad" "^Regler +kommunallagen \(nämnd\): .*överklagandetid.* \(sparade när paragrafen justerades\)$"
eq "§ 2's deadlines unchanged" "$d_before" "$(printf '%s\n' "$out" | sed -n '/^§ 2,/,$p')"
n publish --out "$TMP/site2"
eq "publish warns of nothing" "" "$err"
A=anslag/ubn-2024-04-17-p2.html
if [ -f "$TMP/site2/$A" ] && cmp -s "$TMP/site1/$A" "$TMP/site2/$A"; then ok; else
	bad "the published anslag of § 2 changed or is missing"; fi
n utdrag $M2 2 --verify

# One notice that cannot be made (its record damaged by another program
# past the lock) is left out and named; the rest goes up.
/usr/bin/python3 - "$NAMND_DB" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.create_collation('sv', lambda a, b: (a > b) - (a < b))
c.executescript("DROP TRIGGER protocol_record_update; "
                "UPDATE protocol_record SET body = 'x' WHERE number = 2;")
c.commit()
PY
run publish --out "$TMP/site3"
eq "publish goes on past one bad notice" 0 "$rc"
has "and says what it published" "^Publicerade anslagstavlan i "
case $err in *"varning: hoppade över anslaget UBN 2024-04-17 § 2: "*"skadat"*) ok ;;
	*) bad "the skipped notice is not named with its reason: $err" ;; esac
case $err in *"1 av 2 anslag kunde inte göras"*) ok ;; *) bad "no count of skipped: $err" ;; esac
[ -f "$TMP/site3/anslag/ubn-2024-03-20.html" ] && ok || bad "the meeting's anslag is published"
[ ! -f "$TMP/site3/$A" ] && ok || bad "the damaged one is not"
finish
