#!/bin/sh
# member edit --from of a person's seat that filled a vacancy (hostile19
# F4): moved back over a justerat meeting where the seat was vacant, it
# is refused as member fill refuses it, with the same message naming the
# meeting and the first day allowed, and nothing changes. Moved where no
# justerat meeting is crossed, the vacancy's end moves with it, so the
# register never holds the seat twice.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-12
n() { expect_ok "$*" "$@"; }
M=UBN:2024-03-20
M2=UBN:2024-04-17
n committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 18.00
for p in "Karin Åberg:S" "Olof Ek:M" "Sara Öhman:SD" "Erik Ers:M" "Nils Ny:M"; do
	n person add --name "${p%%:*}" --party "${p##*:}"
done
n member add --person "Karin Åberg" --committee UBN --role ordförande --from 2024-01-01
n member add --person "Olof Ek" --committee UBN --role ledamot --from 2024-01-01
n member add --person "Sara Öhman" --committee UBN --role ledamot --from 2024-01-01
n member add --committee UBN --vacant --party M --from 2024-01-01
seat=$("$NAMND" --tsv member list --committee UBN | awk -F'\t' '$4 == "Vakant" { print $1 }')
n member add --person "Erik Ers" --committee UBN --role ersättare --order 1 --from 2024-01-01
n meeting add --committee UBN --date 2024-03-20
n meeting add --committee UBN --date 2024-04-17
n agenda add $M --kind information --title "Information"
n paragraph number $M
n attendance set $M "Karin Åberg" närvarande
n attendance set $M "Olof Ek" närvarande
n attendance absent $M "Sara Öhman" --ersattare ingen
n attendance set $M "Erik Ers" tjänstgörande --for "Vakant (M)"
n justerare set $M "Olof Ek"
n paragraph set $M 1 --decision "Informationen noteras."
export NAMND_TODAY=2024-03-25
n justera $M --date 2024-03-25 --by "Olof Ek"
export NAMND_TODAY=2024-04-17
n agenda add $M2 --kind information --title "Brådskande"
n paragraph number $M2
for p in "Karin Åberg" "Olof Ek" "Sara Öhman"; do n attendance set $M2 "$p" närvarande; done
n justerare set $M2 "Olof Ek"
n paragraph set $M2 2 --decision "Beslut."
n justera $M2 --paragraph 2 --by "Olof Ek" --date 2024-04-17
export NAMND_TODAY=2024-04-20

run member fill $seat "Nils Ny" --from 2024-03-01
eq "member fill from before is refused" 1 "$rc"
fill_err=$err
n member fill $seat "Nils Ny" --from 2024-04-18
nils=$("$NAMND" --tsv member list --committee UBN | awk -F'\t' '$4 == "Nils Ny" { print $1 }')
before=$(fingerprint)
run member edit $nils --from 2024-03-01
eq "edit --from back over the justerat meetings refused" 1 "$rc"
eq "the same message as member fill" "$fill_err" "$err"
case $err in *"var vakant vid det justerade sammanträdet UBN 2024-04-17"*"(--from 2024-04-18)"*) ok ;;
	*) bad "the refusal does not name the meeting and the first day: $err" ;; esac
eq "nothing changed" "$before" "$(fingerprint)"
run member edit $nils --from 2024-04-17
eq "to the justerat meeting's own day: refused" 1 "$rc"

# Moved where no justerat meeting is crossed: the vacancy's end moves.
n member edit $nils --from 2024-05-01
eq "vacancy ends the day before (later)" "2024-04-30" \
	"$(sqlite3 "$NAMND_DB" "SELECT valid_to FROM membership WHERE id = $seat")"
n member edit $nils --from 2024-04-19
eq "vacancy ends the day before (earlier)" "2024-04-18" \
	"$(sqlite3 "$NAMND_DB" "SELECT valid_to FROM membership WHERE id = $seat")"
run --tsv member list --committee UBN
eq "one M seat on 2024-04-19" 1 "$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM membership m JOIN person p ON p.id = m.person_id WHERE p.party = 'M' AND m.role = 'ledamot' AND m.committee_id = 1 AND m.valid_from <= '2024-04-19' AND (m.valid_to IS NULL OR m.valid_to >= '2024-04-19') AND (p.vacant = 1 OR m.id = $nils)")"

# A body with no justerat meeting: back to the vacancy's first day, the
# person holds the seat for all of it, as member fill in place does.
n committee add --code KFN --name Kulturnämnden
n member add --committee KFN --vacant --party S --from 2024-01-01
kseat=$("$NAMND" --tsv member list --committee KFN | awk -F'\t' '$4 == "Vakant" { print $1 }')
n member fill $kseat "Sara Öhman" --from 2024-02-01
sara=$("$NAMND" --tsv member list --committee KFN | awk -F'\t' '$4 == "Sara Öhman" { print $1 }')
n member edit $sara --from 2024-01-01
run --tsv member list --committee KFN
hasnt "the vacancy is gone" "Vakant"
has "her seat from the first day" "Sara Öhman.*2024-01-01"
finish
