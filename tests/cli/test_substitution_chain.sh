#!/bin/sh
# Substitution chains (issue 12, item 3): Anna Berg serves for Olof Ek
# for §§ 1–2 and leaves; Lars Ek serves for Anna Berg from § 3, so he holds
# Olof Ek's seat there. The quorum counts the seat at every §, the
# protokoll lists both in Olof Ek's place in the body's order (compared
# with the hand-written golden file tests/golden/protokoll_chain_head.txt),
# and a second ersättare for the same seat along the chain is refused.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-20
n() { expect_ok "$*" "$@"; }
M=UBN:2024-03-20

n init
n setting set org_name "Exempelstads kommun"
n committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 18.00
for p in "Karin Åberg:S" "Olof Ek:M" "Sara Öhman:SD" "Per Lind:S" "Lars Ek:M" "Anna Berg:M"; do
	n person add --name "${p%%:*}" --party "${p##*:}"
done
n member add --person "Karin Åberg" --committee UBN --role ordförande --from 2024-01-01
n member add --person "Olof Ek" --committee UBN --role ledamot --from 2024-01-01
n member add --person "Sara Öhman" --committee UBN --role ledamot --from 2024-01-01
for p in "Per Lind" "Lars Ek" "Anna Berg"; do
	n member add --person "$p" --committee UBN --role ersättare --from 2024-01-01
done
n meeting add --committee UBN --date 2024-03-20
for i in 1 2 3; do
	n agenda add $M --kind information --title "Information $i"
done
n paragraph number $M
n attendance set $M "Karin Åberg" närvarande
n attendance set $M "Sara Öhman" närvarande
n attendance set $M "Anna Berg" "tjänstgörande ersättare" --for "Olof Ek" --to 2
n attendance set $M "Lars Ek" "tjänstgörande ersättare" --for "Anna Berg" --from 3

run attendance list $M
has "the seat is held at every §" "^  §§ 1–3 +3 tjänstgör$"
"$NAMND" protokoll $M 2>"$TMP/err" | head -n 11 > "$TMP/head.txt"
if cmp -s tests/golden/protokoll_chain_head.txt "$TMP/head.txt"; then ok; else
	bad "protokoll head differs:"; diff tests/golden/protokoll_chain_head.txt "$TMP/head.txt"; fi

expect_fail "two for one seat along the chain" 1 "Både Lars Ek och Per Lind tjänstgör för Olof Ek \(vid § 3\)" attendance set $M "Per Lind" "tjänstgörande ersättare" --for "Anna Berg" --from 3
expect_fail "overlapping the one served for" 1 "Både Anna Berg och Per Lind tjänstgör för Olof Ek \(vid § 2\)" attendance set $M "Per Lind" "tjänstgörande ersättare" --for "Anna Berg" --from 2 --to 2
n person add --name "Eva Holm" --title förvaltningschef
expect_fail "for one who holds no seat" 1 "Per Lind kan bara tjänstgöra för en ledamot i nämnden, eller för en ersättare som tjänstgör för en ledamot" attendance set $M "Per Lind" "tjänstgörande ersättare" --for "Eva Holm"
finish
