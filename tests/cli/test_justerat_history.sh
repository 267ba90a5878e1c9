#!/bin/sh
# A justerat meeting keeps its attendance and quorum whatever the register
# of members says later (hostile18 A1). The seats and who served are read
# from the justering record: a vacant seat filled with a backdated --from,
# a seat given to another person, removed, or a seat added or ended with
# a date before the meeting leave "3 tjänstgör" as it was, for the whole
# protokoll and for an omedelbart justerad paragraph. The register itself
# refuses what would contradict a justerat protokoll (removing a seat that
# counted, handing it to someone else for that day, filling a vacancy
# from before a meeting where it was vacant) and warns, naming the
# meeting, when a correction reaches one.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-12
n() { expect_ok "$*" "$@"; }
M=UBN:2024-03-20
M2=UBN:2024-04-17

n init
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
olof=$("$NAMND" --tsv member list --committee UBN | awk -F'\t' '$4 == "Olof Ek" { print $1 }')
karin=$("$NAMND" --tsv member list --committee UBN | awk -F'\t' '$4 == "Karin Åberg" { print $1 }')
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

# The next meeting: § 2 justerad omedelbart, § 3 not.
export NAMND_TODAY=2024-04-17
n agenda add $M2 --kind information --title "Brådskande"
n agenda add $M2 --kind information --title "Övrigt"
n paragraph number $M2
for p in "Karin Åberg" "Olof Ek" "Sara Öhman"; do n attendance set $M2 "$p" närvarande; done
n justerare set $M2 "Olof Ek"
n paragraph set $M2 2 --decision "Beslut."
n paragraph set $M2 3 --decision "Noteras."
n justera $M2 --paragraph 2 --by "Olof Ek" --date 2024-04-17

export NAMND_TODAY=2024-04-20
run attendance quorum $M
has "before: four seats" "^Beslutförhet: 4 platser, minst 3 måste tjänstgöra\.$"
has "before: three serve" "^  § 1 +3 tjänstgör$"
q_before=$out
run attendance list $M
has "before: Erik serves for the vacant seat" "^Erik Ers \(M\) +ersättare +tjänstgör för Vakant \(M\)"
l_before=$out
run --tsv attendance quorum $M2
has "§ 2 before: 3 of 4" "^§§ 2–3	3	4	beslutför$"

unchanged() { # DESC: the justerat meeting's quorum and list as before
	run attendance quorum $M
	eq "$1: quorum of the justerat meeting" "$q_before" "$out"
	eq "$1: no warning about quorum" "" "$err"
	run attendance list $M
	eq "$1: attendance of the justerat meeting" "$l_before" "$out"
	run --tsv attendance quorum $M2
	has "$1: the omedelbart justerad § 2 as justerad" "^§§? 2(–3)?	3	4	beslutför$"
}

# A backdated fill of the vacant seat, over the meeting where Erik
# served for it: refused, naming the meeting and the first day possible.
expect_fail "fill from before the justerat meetings" 1 \
	"var vakant vid det justerade sammanträdet UBN 2024-04-17.*\(--from 2024-04-18\)" \
	member fill $seat "Nils Ny" --from 2024-03-01
# Also between the two meetings: § 2 of the next one is justerad.
expect_fail "fill from before the omedelbart justerad §" 1 \
	"justerade sammanträdet UBN 2024-04-17.*\(--from 2024-04-18\)" \
	member fill $seat "Nils Ny" --from 2024-04-01
# Giving the seat to someone else for the whole period, or removing it.
# (a vacant seat changes person only by member fill, schema 035)
expect_fail "the seat to another person" 1 "En vakant plats byter inte person i uppdraget: den tillsätts med namnd member fill" \
	member edit $seat --person "Nils Ny"
expect_fail "the vacant seat removed" 1 "kan inte tas bort.*--to.*UBN 2024-04-17" member rm $seat
expect_fail "Olof's seat removed" 1 "kan inte tas bort.*UBN 2024-04-17" member rm $olof
unchanged "after the refusals"
# Nor by another program (python's sqlite3, with a stand-in for the
# collation namnd registers).
raw() {
	/usr/bin/python3 - "$NAMND_DB" "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.create_collation('sv', lambda a, b: (a > b) - (a < b))
try:
    c.execute(sys.argv[2]); c.commit()
except sqlite3.Error as e:
    print(e); sys.exit(1)
PY
}
if res=$(raw "DELETE FROM membership WHERE id = $seat" 2>&1); then
	bad "another program removed the seat"; else
	case $res in *"justerat sammanträde"*) ok ;; *) bad "raw delete: $res" ;; esac; fi
if res=$(raw "UPDATE membership SET person_id = (SELECT id FROM person WHERE name = 'Nils Ny') WHERE id = $olof" 2>&1); then
	bad "another program gave Olof's seat away"; else
	case $res in *"justerat sammanträde"*) ok ;; *) bad "raw update: $res" ;; esac; fi

# What the register may still say, with a warning naming the meeting.
n member fill $seat "Nils Ny" --from 2024-04-18
run member add --committee UBN --vacant --party S --from 2024-01-01
eq "backdated vacant seat added" 0 "$rc"
case $err in *"varning: "*"justerat sammanträde (UBN 2024-04-17 och tidigare)"*) ok ;;
	*) bad "backdated vacant seat: no warning naming the meeting: $err" ;; esac
run member add --person "Erik Ers" --committee UBN --role ledamot --from 2024-01-02
eq "backdated ledamot added" 0 "$rc"
case $err in *"varning: "*"UBN 2024-04-17"*) ok ;; *) bad "backdated ledamot: no warning: $err" ;; esac
# But not an end before meetings she was at, as their protokoll shows
# (hostile20 F15): refused, naming the first.
run member edit $karin --to 2024-02-01
eq "the chair's term cannot end before meetings she chaired" 1 "$rc"
case $err in *"Karin Åberg var närvarande vid det justerade sammanträdet UBN 2024-03-20"*"--to tidigast 2024-03-20"*) ok ;;
	*) bad "ended term: not refused by the meeting: $err" ;; esac
run member add --person "Nils Ny" --committee UBN --role ledamot --from 2024-05-01
eq "a seat from after the meetings" 0 "$rc"
eq "no warning for it" "" "$err"
unchanged "after the register changed"

# What is not justerat follows the register: § 3 of the next meeting.
run --tsv attendance quorum $M2
has "§ 3 counts the seats as they are now" "^§ 3	[0-9]+	6	"
run attendance list $M2
has "the open meeting lists the seat added since" "^Vakant \(S\)"
n protokoll $M --verify
n utdrag $M2 2 --verify
finish
