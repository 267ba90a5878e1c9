#!/bin/sh
# A vacant seat (issue 12, item 3): Utbildningsnämnden has four seats, one
# of them the Moderates' with nobody in it ("Vakant (M)", registered
# second). It counts among the seats for the quorum, the kallelse names it
# in the body's order, the protokoll on a line of its own, not among the
# Beslutande, with the §§ it stood empty when an ersättare served in it
# for some (hostile pass 18, C1; compared with the hand-written
# golden files tests/golden/kallelse_vacant_head.txt,
# protokoll_vacant_head.txt and protokoll_vacant_served_head.txt), nobody
# is recorded as attending for it, an ersättare may serve in it, and
# putting a person in it from a day leaves the earlier meeting's seat
# vacant, the justerat protokoll unchanged.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-12
n() { expect_ok "$*" "$@"; }
same() { # DESC GOLDEN FILE
	if cmp -s "$2" "$3"; then ok; else bad "$1 differs:"; diff "$2" "$3"; fi
}
M=UBN:2024-03-20

n init
n setting set org_name "Exempelstads kommun"
n committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 18.00
for p in "Karin Åberg:S" "Olof Ek:M" "Sara Öhman:SD" "Per Lind:S" "Lars Ek:M" "Eva Holm:M"; do
	n person add --name "${p%%:*}" --party "${p##*:}"
done
n member add --person "Karin Åberg" --committee UBN --role ordförande --from 2024-01-01
n member add --committee UBN --vacant --party M --from 2024-01-01
has "the seat is added" "^Lade till vakant plats \(M\), uppdrag 2\.$"
n member add --person "Sara Öhman" --committee UBN --role ledamot --from 2024-01-01
n member add --person "Olof Ek" --committee UBN --role ledamot --from 2024-01-01
n member add --person "Per Lind" --committee UBN --role ersättare --from 2024-01-01
n member add --person "Lars Ek" --committee UBN --role ersättare --from 2024-01-01
expect_fail "a vacant seat has a party" 1 "fältet \"parti\" måste anges" member add --committee UBN --vacant
expect_fail "a vacant seat is a ledamot's" 2 "en vakant plats tar --committee, --party och --from, inte --role" member add --committee UBN --vacant --party M --role ersättare

run member list --committee UBN
has "listed as a seat" "^2 +UBN +ledamot +Vakant +M +2024-01-01–$"
run person list
hasnt "not in the person register" "Vakant"

n meeting add --committee UBN --date 2024-03-20
for i in 1 2 3; do
	n agenda add $M --kind information --title "Information $i"
done
"$NAMND" kallelse $M 2>"$TMP/err" | head -n 12 > "$TMP/kallelse.txt"
same "kallelse head" tests/golden/kallelse_vacant_head.txt "$TMP/kallelse.txt"
run check $M
hasnt "no e-mail is missed for a seat with nobody in it" "Vakant"

# Nobody sits in it: no attendance, no förhinder.
n paragraph number $M
expect_fail "no attendance for a vacant seat" 1 "Vakant \(M\) är en vakant plats: ingen sitter på den, och närvaro antecknas inte för den" attendance set $M "Vakant (M)" närvarande
expect_fail "nor by its id" 1 "Vakant \(M\) är en vakant plats" attendance set $M 7 frånvarande
expect_fail "no förhinder for it" 1 "Vakant \(M\) är en vakant plats: ingen sitter på den som kan anmäla förhinder" meeting absent $M "Vakant (M)"
expect_fail "no vacant seat of S" 3 "Utbildningsnämnden har ingen vakant plats för S den 2024-03-20" attendance set $M "Per Lind" tjänstgörande --for "Vakant (S)"

# The quorum is of four seats, the vacant one among them.
n attendance set $M "Karin Åberg" närvarande
n attendance set $M "Sara Öhman" närvarande
n attendance absent $M "Olof Ek" --ersattare "Per Lind"
run attendance quorum $M
has "four seats, three serve" "^Beslutförhet: 4 platser, minst 3 måste tjänstgöra\.$"
has "three serve at every §" "^  §§ 1–3 +3 tjänstgör$"
"$NAMND" protokoll $M 2>"$TMP/err" | head -n 10 > "$TMP/protokoll.txt"
same "protokoll head, the seat vacant" tests/golden/protokoll_vacant_head.txt "$TMP/protokoll.txt"

# An ersättare serves in it for §§ 1-2: four serve there.
n attendance set $M "Lars Ek" tjänstgörande --for "Vakant (M)" --to 2
run attendance quorum $M
has "four serve at §§ 1-2" "^  §§ 1–2 +4 tjänstgör$"
has "three at § 3" "^  § 3 +3 tjänstgör$"
"$NAMND" protokoll $M 2>"$TMP/err" | head -n 11 > "$TMP/protokoll.txt"
same "protokoll head, an ersättare in the seat" tests/golden/protokoll_vacant_served_head.txt "$TMP/protokoll.txt"
# Served from § 2 only, or at § 2 only: empty at the other §§.
cp "$NAMND_DB" "$TMP/other.db"
(
	NAMND_DB="$TMP/other.db"
	n attendance rm $M "Lars Ek"
	n attendance set $M "Lars Ek" tjänstgörande --for "Vakant (M)" --from 2
	run protokoll $M
	has "from § 2: empty at § 1" "^Vakanta platser +Vakant \(M\), §.1$"
	n attendance rm $M "Lars Ek"
	n attendance set $M "Lars Ek" tjänstgörande --for "Vakant (M)" --from 2 --to 2
	run protokoll $M
	has "at § 2 only: empty at §§ 1 and 3" "^Vakanta platser +Vakant \(M\), §.1, §.3$"
	hasnt "never among the Beslutande" "^ +Vakant \(M\)"
	finish
) || bad "the seat served for part of the meeting"

# Justerat: the record keeps the seat. Eva Holm takes it from 1 April;
# the justerat protokoll still says so, and the April kallelse names her.
n justerare set $M "Sara Öhman"
for i in 1 2 3; do
	n paragraph set $M $i --decision "Informationen noteras."
done
export NAMND_TODAY=2024-03-25
n justera $M --date 2024-03-25 --by "Sara Öhman"
n protokoll $M --verify
"$NAMND" protokoll $M > "$TMP/before.txt" 2>/dev/null
n member fill 2 "Eva Holm" --from 2024-04-01
has "filled" "^Platsen är tillsatt: uppdrag 7\.$"
run member list --committee UBN
has "the vacancy ends the day before" "^2 +UBN +ledamot +Vakant +M +2024-01-01–2024-03-31$"
has "her seat from the day" "^7 +UBN +ledamot +Eva Holm +M +2024-04-01–$"
"$NAMND" protokoll $M > "$TMP/after.txt" 2>/dev/null
same "the justerat protokoll unchanged" "$TMP/before.txt" "$TMP/after.txt"
out=$(cat "$TMP/after.txt")
has "justerat: the seat on its own line" "^Vakanta platser +Vakant \(M\), §.3$"
hasnt "and not among the Beslutande" "^ +Vakant \(M\)$"
n protokoll $M --verify
n meeting add --committee UBN --date 2024-04-17
run kallelse UBN:2024-04-17
has "the April kallelse names her" "^           Eva Holm \(M\)$"
hasnt "and no vacant seat" "Vakant"
expect_fail "fill takes a vacant seat" 1 "Uppdrag 3 är ingen vakant plats" member fill 3 "Eva Holm"
finish
