#!/bin/sh
# The justering record is covered by the checks (hostile18 A3). What the
# canonical text's checksum does not hold (the body's rules and the seats
# kept at justering) is compared by `protokoll --verify` and `utdrag
# --verify` with the copy the audit chain took when the record was
# written, and a change past the lock triggers is logged and reported by
# `audit verify`. Attacked as the hostile tester did: the stock sqlite3
# shell drops the lock trigger, rewrites the rules, recreates it.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-12
n() { expect_ok "$*" "$@"; }
M=UBN:2024-03-20
M2=UBN:2024-04-17

n init
n committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 18.00
for p in "Karin Åberg:S" "Olof Ek:M" "Sara Öhman:SD"; do
	n person add --name "${p%%:*}" --party "${p##*:}"
done
for p in "Karin Åberg:ordförande" "Olof Ek:ledamot" "Sara Öhman:ledamot"; do
	n member add --person "${p%%:*}" --committee UBN --role "${p##*:}" --from 2024-01-01
done
n meeting add --committee UBN --date 2024-03-20
n meeting add --committee UBN --date 2024-04-17
n agenda add $M --kind information --title "Information"
n paragraph number $M
for p in "Karin Åberg" "Olof Ek" "Sara Öhman"; do n attendance set $M "$p" närvarande; done
n justerare set $M "Olof Ek"
n paragraph set $M 1 --decision "Informationen noteras."
export NAMND_TODAY=2024-03-25
n justera $M --date 2024-03-25 --by "Olof Ek"
n anslag $M --date 2024-03-26
export NAMND_TODAY=2024-04-17
n agenda add $M2 --kind information --title "Brådskande"
n paragraph number $M2
for p in "Karin Åberg" "Olof Ek" "Sara Öhman"; do n attendance set $M2 "$p" närvarande; done
n justerare set $M2 "Olof Ek"
n paragraph set $M2 2 --decision "Beslut."
n justera $M2 --paragraph 2 --by "Olof Ek" --date 2024-04-17

export NAMND_TODAY=2024-04-20
eq "each record is copied into the audit chain" 2 \
	"$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM audit_log WHERE tbl = 'protocol_record' AND action = 'insert' AND hash IS NOT NULL")"
n protokoll $M --verify
n utdrag $M2 2 --verify
n audit verify
has "the chain holds" "^Kedjan håller\.$"
cp "$NAMND_DB" "$TMP/clean.db"

# The hostile tester's attack: justering days 14 -> 30, by sqlite3.
TR=$(sqlite3 "$NAMND_DB" "SELECT sql FROM sqlite_master WHERE name = 'protocol_record_update'")
sqlite3 "$NAMND_DB" "DROP TRIGGER protocol_record_update;
  UPDATE protocol_record SET body = replace(body, 's13:kommunallagen'||char(10)||'i1'||char(10)||'i14'||char(10),
                                                  's13:kommunallagen'||char(10)||'i1'||char(10)||'i30'||char(10)) WHERE number = 0;
  $TR;" || bad "the attack itself failed"
run deadlines $M
has "the attack took (justering within 30 days now)" "^Justering senast +2024-04-19"
expect_fail "protokoll --verify sees it" 1 \
	"det justerade protokollet går inte att lita på: det som sparades vid justeringen har ändrats eller tagits bort förbi låset" \
	protokoll $M --verify
run audit verify
eq "audit verify fails" 1 "$rc"
has "audit verify names it" "det som sparades vid justeringen av sammanträde [0-9]+ har ändrats förbi låset"

# The same with the audit trigger dropped too: the copy still differs.
cp "$TMP/clean.db" "$NAMND_DB"
TA=$(sqlite3 "$NAMND_DB" "SELECT sql FROM sqlite_master WHERE name = 'protocol_record_audit_update'")
sqlite3 "$NAMND_DB" "DROP TRIGGER protocol_record_update; DROP TRIGGER protocol_record_audit_update;
  UPDATE protocol_record SET body = replace(body, 's13:kommunallagen'||char(10)||'i1'||char(10)||'i14'||char(10)||'i1'||char(10)||'i1'||char(10),
                                                  's13:kommunallagen'||char(10)||'i1'||char(10)||'i14'||char(10)||'i1'||char(10)||'i0'||char(10)) WHERE number = 2;
  $TR; $TA;" || bad "the second attack itself failed"
n utdrag $M2 2 --canonical
run deadlines $M2
has "the attack took (no appeal period for § 2)" "^Överklagandetiden går ut +– \(ingen överklagandetid\)$"
expect_fail "utdrag --verify sees it" 1 \
	"det justerade utdraget går inte att lita på: .*stämmer inte med kopian i granskningsloggen" \
	utdrag $M2 2 --verify
n protokoll $M --verify

# Removing the record past its lock.
cp "$TMP/clean.db" "$NAMND_DB"
sqlite3 "$NAMND_DB" "DROP TRIGGER protocol_record_delete; DELETE FROM protocol_record WHERE number = 2;" ||
	bad "the third attack itself failed"
expect_fail "utdrag --verify sees it gone" 1 "har tagits bort" utdrag $M2 2 --verify
run audit verify
eq "audit verify fails" 1 "$rc"
has "audit verify names the removal" "det som sparades vid justeringen av sammanträde [0-9]+ har tagits bort förbi låset"
finish
