#!/bin/sh
# The Närvaro screen of a justerat meeting shows who was there as the
# protokoll says (hostile19 F1, F2): attendance rows changed behind the
# locks by another program, and a person renamed or re-partied since,
# do not reach it; its title and its rows agree.
. tests/e2e/lib.sh
. tests/cli/fixtures/justerat_vacant.sh
c() { "$NAMND" "$@" >/dev/null 2>"$TMP/c.err" || bad "namnd $*: $(cat "$TMP/c.err")"; }
fixture_justerat_vacant c
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
