#!/bin/sh
# Ajourneringar (issue 12, item 4): a meeting adjourned kl. 10.15-10.30
# says so under Plats och tid (the head compared with the hand-written
# golden file tests/golden/protokoll_ajournering_head.txt); bad times are
# refused by name; the justerat protokoll keeps them in its record and
# checksum, and the database refuses any change after the justering.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-20
n() { expect_ok "$*" "$@"; }
M=UBN:2024-03-20

n init
n committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 08.30
n person add --name "Karin Åberg" --party S
n member add --person "Karin Åberg" --committee UBN --role ordförande --from 2023-01-01
# The ordförande justerar with another ledamot, not as the justerare.
n person add --name "Olof Ek" --party M
n member add --person "Olof Ek" --committee UBN --role ledamot --from 2023-01-01
n meeting add --committee UBN --date 2024-03-20
n meeting edit $M --end 12.00
n agenda add $M --kind information --title "Skolvalet"
run protokoll $M
has "no ajournering, no words" "^Plats och tid +Sessionssalen, kl\. 08\.30–12\.00$"
n paragraph number $M
n attendance set $M "Karin Åberg" närvarande
n attendance set $M "Olof Ek" närvarande
n meeting adjourn $M --from 11.45 --to 11.50
n meeting adjourn $M --from 10.15 --to 10:30
"$NAMND" protokoll $M 2>"$TMP/err" | head -n 6 > "$TMP/head.txt"
if cmp -s tests/golden/protokoll_ajournering_head.txt "$TMP/head.txt"; then ok; else
	bad "protokoll head differs:"; diff tests/golden/protokoll_ajournering_head.txt "$TMP/head.txt"; fi

expect_fail "overlap" 1 "Ajourneringen kl\. 10\.20–10\.40 går in i den som redan är antecknad kl\. 10\.15–10\.30" meeting adjourn $M --from 10.20 --to 10.40
expect_fail "end before start" 1 "Fältet \"till\": ajourneringen slutar kl\. 10\.10, inte efter att den börjar kl\. 11\.00" meeting adjourn $M --from 11.00 --to 10.10
expect_fail "not a time" 1 "Fältet \"från\": \"25\.00\" är ingen tid" meeting adjourn $M --from 25.00 --to 25.10
expect_fail "no end" 2 "namnd meeting adjourn" meeting adjourn $M --from 11.00
# Within the meeting (kl. 08.30-12.00), nothing stored otherwise.
before=$(fingerprint)
expect_fail "before the meeting began" 1 "Fältet \"från\": ajourneringen kl\. 07\.00 börjar innan sammanträdet började kl\. 08\.30\." meeting adjourn $M --from 07.00 --to 07.30
expect_fail "across its start" 1 "börjar innan sammanträdet började kl\. 08\.30" meeting adjourn $M --from 08.00 --to 08.45
expect_fail "after the meeting ended" 1 "Fältet \"till\": ajourneringen slutar kl\. 12\.30, efter att sammanträdet slutade kl\. 12\.00\." meeting adjourn $M --from 12.10 --to 12.30
eq "nothing stored" "$before" "$(fingerprint)"
n meeting adjourn $M --from 11.00 --to 11.10
n meeting adjourn $M --from 11.00 --remove
expect_fail "remove one not there" 3 "Det finns ingen ajournering kl\. 11\.00" meeting adjourn $M --from 11.00 --remove
run protokoll $M
has "three would be listed with commas; two with och" "^ +och 11\.45–11\.50$"

# Justerat: in the record and the checksum, and locked.
n paragraph set $M 1 --decision "Informationen noteras."
n justerare set $M "Olof Ek"
n justera $M --by "Olof Ek"
n protokoll $M --verify
run protokoll $M --canonical
has "in the canonical text" "^ajournering: 10:15-10:30, 11:45-11:50$"
expect_fail "locked: add" 1 "Protokollet är justerat: ajourneringarna kan inte ändras" meeting adjourn $M --from 09.00 --to 09.10
expect_fail "locked: remove" 1 "Protokollet är justerat: ajourneringarna kan inte ändras" meeting adjourn $M --from 10.15 --remove
if sqlite3 "$NAMND_DB" "DELETE FROM adjournment" 2>/dev/null; then bad "another program removed an ajournering of a justerat protokoll"; else ok; fi
"$NAMND" protokoll $M 2>"$TMP/err" | head -n 6 > "$TMP/head2.txt"
if cmp -s tests/golden/protokoll_ajournering_head.txt "$TMP/head2.txt"; then ok; else
	bad "justerat protokoll head differs:"; diff tests/golden/protokoll_ajournering_head.txt "$TMP/head2.txt"; fi
eq "audited" "10:15" "$(sqlite3 "$NAMND_DB" "SELECT json_extract(new, '\$.start_time') FROM audit_log WHERE tbl = 'adjournment' AND action = 'insert' ORDER BY id LIMIT 1 OFFSET 1")"
finish
