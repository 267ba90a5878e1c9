#!/bin/sh
# An uppdrag cannot be moved off a justerat meeting its person was at
# (hostile20 F15): member edit --from later than that meeting, or --to
# earlier, is refused naming the meeting and the limit, by the CLI and
# the same check the UI's form runs, and nothing changes. Before, it went
# through with a warning, and the register then said the seat was vacant
# at a meeting whose protokoll lists its holder as beslutande.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-12
n() { expect_ok "$*" "$@"; }
M=UBN:2024-03-20
n committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 18.00
for p in "Karin Åberg:S" "Olof Ek:M" "Sara Öhman:SD" "Erik Ers:M"; do
	n person add --name "${p%%:*}" --party "${p##*:}"
done
n member add --person "Karin Åberg" --committee UBN --role ordförande --from 2024-01-01
n member add --person "Olof Ek" --committee UBN --role ledamot --from 2024-01-01
n member add --person "Sara Öhman" --committee UBN --role ledamot --from 2024-01-01
n member add --person "Erik Ers" --committee UBN --role ersättare --order 1 --from 2024-01-01
id() { "$NAMND" --tsv member list --committee UBN | awk -F'\t' -v p="$1" '$4 == p { print $1 }'; }
olof=$(id "Olof Ek"); sara=$(id "Sara Öhman"); erik=$(id "Erik Ers")
n meeting add --committee UBN --date 2024-03-20
n agenda add $M --kind information --title "Information"
n paragraph number $M
n attendance set $M "Karin Åberg" närvarande
n attendance set $M "Olof Ek" närvarande
n attendance absent $M "Sara Öhman" --ersattare ingen
n attendance set $M "Erik Ers" tjänstgörande --for "Sara Öhman"
n justerare set $M "Olof Ek"
n paragraph set $M 1 --decision "Informationen noteras."
export NAMND_TODAY=2024-03-25
n justera $M --date 2024-03-25 --by "Olof Ek"
export NAMND_TODAY=2024-04-20
before=$(fingerprint)

expect_fail "a later start for one who was there" 1 \
	'Olof Ek var närvarande vid det justerade sammanträdet UBN 2024-03-20 i uppdrag '"$olof"', som protokollet visar; uppdraget kan inte börja efter den dagen \(--from senast 2024-03-20\)' \
	member edit "$olof" --from 2024-04-01
expect_fail "an earlier end for one who was there" 1 \
	'uppdraget kan inte sluta före den dagen \(--to tidigast 2024-03-20\)' \
	member edit "$olof" --to 2024-03-19
expect_fail "the ersättare who served" 1 \
	'Erik Ers var tjänstgörande ersättare vid det justerade sammanträdet UBN 2024-03-20' \
	member edit "$erik" --from 2024-03-21
eq "nothing changed" "$before" "$(fingerprint)"

# What the meeting does not contradict still goes.
expect_ok "the day itself is still inside" member edit "$olof" --to 2024-03-20
expect_ok "and open again" member edit "$olof" --to ''
expect_ok "Sara was absent: her uppdrag may end before" member edit "$sara" --to 2024-03-10
expect_ok "an earlier start" member edit "$olof" --from 2023-12-01
finish
