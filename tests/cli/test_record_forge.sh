#!/bin/sh
# A justering record no other program can forge (hostile20 F6): another
# program (python's sqlite3, no trigger dropped) writes a record made on
# a copy, then the flags and the checksum. namnd chains the audit copy
# of every record it writes; the forged one's copy stands outside the
# chain, and --verify and audit verify say the protokoll cannot be
# trusted, naming why. What namnd justerade itself is never flagged.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-12
n() { expect_ok "$*" "$@"; }
# py SQL...: another program (python's sqlite3, with a stand-in for
# namnd's collation) runs each statement and commits; prints "ok" or the
# error.
py() {
	/usr/bin/python3 - "$NAMND_DB" "$@" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.create_collation('sv', lambda a, b: (a > b) - (a < b))
for s in sys.argv[2:]:
    try:
        c.execute(s); c.commit(); print('ok')
    except sqlite3.Error as e:
        print(e)
PY
}
M=UBN:2024-03-20
M2=UBN:2024-04-17
n init
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
for p in "Karin Åberg" "Olof Ek" "Sara Öhman"; do n attendance set $M "$p" närvarande; done
n justerare set $M "Olof Ek"
n paragraph set $M 1 --decision "Informationen noteras."
export NAMND_TODAY=2024-03-25
n justera $M --date 2024-03-25 --by "Olof Ek"
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
m2=$(sqlite3 -readonly "$NAMND_DB" "SELECT id FROM meeting WHERE date = '2024-04-17'")

# What namnd justerade itself holds: its records' copies are chained.
n protokoll $M --verify
n utdrag $M2 2 --verify
n audit verify
cp "$NAMND_DB" "$TMP/clean.db"

# F6 (b): a real-looking record made on a copy, where the § says
# something the register never did.
cp "$NAMND_DB" "$TMP/src.db"
NAMND_DB="$TMP/src.db" n paragraph set $M2 3 --decision "Nämnden beviljar förvaltningschefen 5 mnkr."
NAMND_DB="$TMP/src.db" n justera $M2 --by "Olof Ek" --date 2024-04-18
body=$(sqlite3 -readonly "$TMP/src.db" "SELECT quote(body) FROM protocol_record WHERE meeting_id = $m2 AND number = 0")
sha=$(sqlite3 -readonly "$TMP/src.db" "SELECT protocol_sha256 FROM meeting WHERE id = $m2")
eq "the forger's three statements" "ok ok ok" "$(py \
	"INSERT INTO protocol_record (meeting_id, number, body) VALUES ($m2, 0, $body)" \
	"UPDATE paragraph SET justerad_on = '2024-04-18' WHERE meeting_id = $m2 AND number = 3" \
	"UPDATE meeting SET justerad_on = '2024-04-18', protocol_sha256 = '$sha', status = 'justerat' WHERE id = $m2" | tr '\n' ' ' | sed 's/ $//')"
expect_fail "--verify: a record another program wrote" 1 \
	"går inte att lita på: det som sparades vid justeringen skrevs inte av namnd.*utanför kedjan" \
	protokoll $M2 --verify
expect_fail "utdrag --verify of a forged §" 1 "går inte att lita på|ingen lagrad kontrollsumma" \
	utdrag $M2 3 --verify
expect_fail "audit verify fails on the forged record" 1 "granskningsloggen har ändrats" audit verify
has "audit verify names it" "sammanträde $m2 skrevs av ett annat program än namnd \\(utanför kedjan\\)"
# The protokoll namnd justerade itself still holds.
n protokoll $M --verify
n utdrag $M2 2 --verify

# Addendum to F6: the copy the insert trigger wrote is the forger's too;
# an unchained copy planted beside namnd's own does not hide namnd's.
cp "$TMP/clean.db" "$NAMND_DB"
m1=$(sqlite3 -readonly "$NAMND_DB" "SELECT id FROM meeting WHERE date = '2024-03-20'")
eq "a copy planted in the log" ok "$(py "INSERT INTO audit_log (who, tbl, row_id, action, new) SELECT '', tbl, row_id, action, json_set(new, '\$.body', 'x') FROM audit_log WHERE tbl = 'protocol_record' AND row_id = $m1 AND action = 'insert'")"
n protokoll $M --verify

# F11: a stray record for a meeting (or a §) not justerat bricks nothing.
# Readers ignore it, another program may remove it, and namnd's
# justering replaces it inside its own transaction.
cp "$TMP/clean.db" "$NAMND_DB"
eq "stray records of a meeting and a § not justerade" "ok ok" "$(py \
	"INSERT INTO protocol_record (meeting_id, number, body) VALUES ($m2, 0, 'x')" \
	"INSERT INTO protocol_record (meeting_id, number, body) VALUES ($m2, 99, 'y')" | tr '\n' ' ' | sed 's/ $//')"
n protokoll $M2
has "the draft protokoll, not the stray record" "Noteras\."
n review $M2
n justera $M2 --by "Olof Ek" --date 2024-04-20
eq "namnd's own record replaced the stray ones" 1 \
	"$(sqlite3 -readonly "$NAMND_DB" "SELECT count(*) FROM protocol_record WHERE meeting_id = $m2 AND number <> 2 AND body LIKE 'namnd%'")"
eq "the § 99 stray is gone" 0 \
	"$(sqlite3 -readonly "$NAMND_DB" "SELECT count(*) FROM protocol_record WHERE meeting_id = $m2 AND number = 99")"
n protokoll $M2 --verify
n utdrag $M2 2 --verify
n audit verify
# Another program may remove a stray record, never a justerad one.
cp "$TMP/clean.db" "$NAMND_DB"
eq "a stray record removed by another program" "ok ok" "$(py \
	"INSERT INTO protocol_record (meeting_id, number, body) VALUES ($m2, 0, 'x')" \
	"DELETE FROM protocol_record WHERE meeting_id = $m2 AND number = 0" | tr '\n' ' ' | sed 's/ $//')"
case $(py "DELETE FROM protocol_record WHERE meeting_id = $m1 AND number = 0") in
*"kan inte tas bort"*) ok ;; *) bad "a justerat record removed by another program" ;; esac
case $(py "DELETE FROM protocol_record WHERE meeting_id = $m2 AND number = 2") in
*"kan inte tas bort"*) ok ;; *) bad "an omedelbart justerad §'s record removed by another program" ;; esac
finish
