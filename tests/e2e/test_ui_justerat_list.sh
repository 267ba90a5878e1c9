#!/bin/sh
# The Närvaro screen of a justerat meeting shows who was there as the
# protokoll says (hostile19 F1, F2): attendance rows changed behind the
# locks by another program, and a person renamed or re-partied since,
# do not reach it; its title and its rows agree.
. tests/e2e/lib.sh
export NAMND_TODAY=2024-03-12
c() { "$NAMND" "$@" >/dev/null 2>"$TMP/c.err" || bad "namnd $*: $(cat "$TMP/c.err")"; }
M=UBN:2024-03-20
c init
c committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 18.00
for p in "Karin Åberg:S" "Olof Ek:M" "Sara Öhman:SD" "Erik Ers:M"; do
	c person add --name "${p%%:*}" --party "${p##*:}"
done
c member add --person "Karin Åberg" --committee UBN --role ordförande --from 2024-01-01
c member add --person "Olof Ek" --committee UBN --role ledamot --from 2024-01-01
c member add --person "Sara Öhman" --committee UBN --role ledamot --from 2024-01-01
c member add --committee UBN --vacant --party M --from 2024-01-01
c member add --person "Erik Ers" --committee UBN --role ersättare --order 1 --from 2024-01-01
c meeting add --committee UBN --date 2024-03-20
c agenda add $M --kind information --title "Information"
c paragraph number $M
c attendance set $M "Karin Åberg" närvarande
c attendance set $M "Olof Ek" närvarande
c attendance absent $M "Sara Öhman" --ersattare ingen
c attendance set $M "Erik Ers" tjänstgörande --for "Vakant (M)"
c justerare set $M "Olof Ek"
c paragraph set $M 1 --decision "Informationen noteras."
export NAMND_TODAY=2024-03-25
c justera $M --date 2024-03-25 --by "Olof Ek"
# Another program (the stock sqlite3 shell) swaps Olof's and Sara's
# attendance behind the locks; then Olof is renamed and re-partied.
sqlite3 "$NAMND_DB" "SELECT sql || ';' FROM sqlite_master WHERE name IN
	('attendance_lock_update', 'attendance_audit_update')" >"$TMP/trig.sql"
sqlite3 "$NAMND_DB" "DROP TRIGGER attendance_lock_update; DROP TRIGGER attendance_audit_update;
	UPDATE attendance SET status = 'närvarande' WHERE status = 'frånvarande';
	UPDATE attendance SET status = 'frånvarande' WHERE id = 2;"
sqlite3 "$NAMND_DB" <"$TMP/trig.sql"
c person edit "Olof Ek" --name "Olof Eklund" --party KD

ui 100 30
see "Översikt" "Utbildningsnämnden \(UBN\)"
keys A
see "Sammanträden" "^ Sammanträden"
keys Enter
see "Sammanträde" "^ UBN 2024-03-20"
keys n
see "Närvaro" "^ Närvaro · UBN 2024-03-20 · tjänstgör 3 av 4 · beslutför"
see "Olof present, as justerad" "^Olof Ek +M +ledamot +närvarande"
see "Sara absent, as justerad" "^Sara Öhman +SD +ledamot +frånvarande"
see "Erik for the vacant seat" "^Erik Ers +M +ersättare +tjänstgör för Vakant \(M\)"
not_see "no new name" "Eklund"
keys Q
finish
