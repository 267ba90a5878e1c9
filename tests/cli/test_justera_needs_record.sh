#!/bin/sh
# Another program cannot mark a meeting or a paragraph justerat with plain
# UPDATEs (hostile19 F12, schema 041): justerad_on is set only where the
# justering's record exists, which namnd's justering writes first. The
# file is left as it was, and namnd justerar it afterwards as usual.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-12
n() { expect_ok "$*" "$@"; }
# py SQL: another program (python's sqlite3, with a stand-in for namnd's
# collation) runs SQL and commits; prints "ok" or the error.
py() {
	/usr/bin/python3 - "$NAMND_DB" "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.create_collation('sv', lambda a, b: (a > b) - (a < b))
try:
    c.execute(sys.argv[2]); c.commit(); print('ok')
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

# hostile19 F12's two UPDATEs, by python and by the sqlite3 shell.
before=$(fingerprint)
case $(py "UPDATE paragraph SET justerad_on = '2024-04-18' WHERE meeting_id = $m2 AND number = 3") in
*"kan inte markeras justerad utan det"*) ok ;; *) bad "a paragraph justerad by another program" ;; esac
case $(py "UPDATE meeting SET justerad_on = '2024-04-18', protocol_sha256 = NULL WHERE id = $m2") in
*"namnd justera"*"kan inte markeras justerat utan det"*) ok ;; *) bad "a meeting justerat by another program" ;; esac
if res=$(sqlite3 "$NAMND_DB" "UPDATE meeting SET justerad_on = '2024-04-18' WHERE id = $m2" 2>&1); then
	bad "the sqlite3 shell justerade the meeting"; else
	case $res in *"namnd justera"*) ok ;; *) bad "sqlite3 shell message: $res" ;; esac; fi
case $(py "INSERT INTO meeting (committee_id, date, start_time, justerad_on) VALUES (1, '2024-04-01', '18:00', '2024-04-02')") in
*"namnd justera"*) ok ;; *) bad "a meeting inserted justerat by another program" ;; esac
eq "the file is as it was" "$before" "$(fingerprint)"
run paragraph list $M2
hasnt "§ 3 not justerad" "^ *3 .*justerad"
# namnd justerar it as usual; its record and checksum hold.
n justera $M2 --by "Olof Ek" --date 2024-04-20
n protokoll $M2 --verify
eq "§ 3 justerad with the meeting" "2024-04-20" \
	"$(sqlite3 -readonly "$NAMND_DB" "SELECT justerad_on FROM paragraph WHERE meeting_id = $m2 AND number = 3")"
eq "its record written" 1 "$(sqlite3 -readonly "$NAMND_DB" "SELECT count(*) FROM protocol_record WHERE meeting_id = $m2 AND number = 0")"
n protokoll $M --verify
n utdrag $M2 2 --verify
n audit verify
finish
