#!/bin/sh
# A justerat protokoll is a record: what its protokoll, utdrag, anslag
# and beslutslista say is fixed at justering. After it, a party change,
# a new name for the body or the organisation, other settings and a
# changed membership leave every document byte-identical (text, and the
# xlsx cells as openpyxl reads them) and --verify passing. Party is
# dated: a protokoll not yet justerat shows the party held on its day.
. tests/cli/lib.sh
. tests/cli/fixtures/raw.sh
. tests/cli/fixtures/meeting.sh
. tests/cli/fixtures/protokoll.sh
q() { sqlite3 -readonly "$NAMND_DB" "$1"; }

fixture_protokoll
mid=$(q "SELECT id FROM meeting WHERE date = '2024-03-20'")
cp "$NAMND_DB" "$TMP/old.db"

cells() { # XLSX: every cell of every sheet, as openpyxl reads them
	/usr/bin/python3 - "$1" <<'PY'
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                print(ws.title, c.coordinate, repr(c.value))
PY
}
snapshot() { # DIR: every document of the meeting, text and xlsx
	mkdir -p "$1"
	"$NAMND" protokoll $MEETING > "$1/protokoll.txt"
	"$NAMND" utdrag $MEETING 14 > "$1/utdrag14.txt"
	"$NAMND" utdrag $MEETING 15 > "$1/utdrag15.txt"
	"$NAMND" anslag $MEETING > "$1/anslag.txt"
	"$NAMND" anslag $MEETING --paragraph 15 > "$1/anslag15.txt"
	"$NAMND" beslutslista $MEETING > "$1/beslutslista.txt"
	"$NAMND" protokoll $MEETING --canonical > "$1/canonical.txt"
	for d in protokoll beslutslista anslag; do
		"$NAMND" $d $MEETING --out "$1/$d.xlsx" >/dev/null && cells "$1/$d.xlsx" > "$1/$d.cells"
		rm -f "$1/$d.xlsx"
	done
	"$NAMND" utdrag $MEETING 15 --out "$1/u15.xlsx" >/dev/null && cells "$1/u15.xlsx" > "$1/u15.cells"
	rm -f "$1/u15.xlsx"
}
snapshot "$TMP/before"
grep -q "Olof Ek (M)" "$TMP/before/protokoll.txt" && ok || bad "the protokoll names Olof Ek (M)"
grep -q "EXEMPELSTADS KOMMUN" "$TMP/before/protokoll.txt" && ok || bad "the protokoll names the organisation"
grep -q "Utbildningsnämnden" "$TMP/before/anslag.txt" && ok || bad "the anslag names the body"
grep -q "Kommunkansliet, Stadshuset" "$TMP/before/anslag.txt" && ok || bad "the anslag names the archive"
[ -s "$TMP/before/u15.cells" ] && ok || bad "the utdrag as xlsx"

# Everything the documents take from outside the protokoll changes.
export NAMND_TODAY=2024-04-02
expect_ok "party" person edit "Olof Ek" --party KD
expect_ok "party of a justerare's jäv ersättare" person edit "Anna Berg" --party L
expect_ok "title" person edit "Maria Nord" --title Nämndsekreterare
expect_ok "body" committee edit UBN --name "Barn- och utbildningsnämnden"
expect_ok "organisation" setting set org_name "Nya Exempelstads kommun"
expect_ok "archive" setting set archive_place "Arkivet"
expect_ok "anslag place" setting set anslag_place "Digital anslagstavla"
chair=$(q "SELECT m.id FROM membership m JOIN person p ON p.id = m.person_id WHERE p.name COLLATE BINARY = 'Karin Åberg'")
expect_ok "membership" member edit "$chair" --role ledamot
# Not ended before the meeting she chaired (hostile20 F15), but after it.
expect_fail "membership not ended before the meeting" 1 "Karin Åberg var närvarande vid det justerade sammanträdet" \
	member edit "$chair" --to 2024-01-31
expect_ok "membership ended" member edit "$chair" --to 2024-04-01
expect_ok "new secretary" member add --person "Eva Holm" --committee UBN --role sekreterare --from 2023-01-01
snapshot "$TMP/after"
for f in protokoll.txt utdrag14.txt utdrag15.txt anslag.txt anslag15.txt beslutslista.txt \
	canonical.txt protokoll.cells beslutslista.cells anslag.cells u15.cells; do
	if cmp -s "$TMP/before/$f" "$TMP/after/$f"; then ok; else
		bad "$f changed after justering:"; diff "$TMP/before/$f" "$TMP/after/$f"; fi
done
expect_ok "verify after the changes" protokoll $MEETING --verify
has "checksum holds" "Kontrollsumman stämmer"
expect_ok "verify § 15 after the changes" utdrag $MEETING 15 --verify
has "checksum of § 15 holds" "Kontrollsumman stämmer"

# The record cannot be changed or removed, by any program.
for stmt in "UPDATE protocol_record SET body = body || 'x'" "DELETE FROM protocol_record" \
	"INSERT OR REPLACE INTO protocol_record (meeting_id, number, body) SELECT meeting_id, number, 'x' FROM protocol_record"; do
	if res=$(sqlite3 "$NAMND_DB" "$stmt" 2>&1); then bad "record changed: $stmt"; else
		case $res in *"Protokollet är justerat"*) ok ;; *) bad "record: $stmt: $res" ;; esac
	fi
done

# Party is dated: a meeting held before the change, not yet justerat,
# shows the party of its day; one held after shows the new one.
expect_ok "earlier meeting" meeting add --committee UBN --date 2024-03-27 --time 18.00
early=$(q "SELECT id FROM meeting WHERE date = '2024-03-27'")
expect_ok "later meeting" meeting add --committee UBN --date 2024-04-10 --time 18.00
late=$(q "SELECT id FROM meeting WHERE date = '2024-04-10'")
for m in $early $late; do
	expect_ok "present" attendance set $m "Olof Ek" närvarande
done
expect_ok "draft of the earlier meeting" protokoll $early
has "the earlier meeting shows the old party" "Olof Ek \(M\)"
expect_ok "draft of the later meeting" protokoll $late
has "the later meeting shows the new party" "Olof Ek \(KD\)"
eq "the change is dated" "M|2024-04-02" "$(q "SELECT h.party, h.until FROM person_party h JOIN person p ON p.id = h.person_id WHERE p.name COLLATE BINARY = 'Olof Ek'")"

# A file made before records (a copy of this one taken right after the
# justering, as schema version 12 left it: no records, no party history,
# no signatures, an audit log without its chain)
# is upgraded: each justerat protokoll whose rows still give its
# checksum gets its record.
/usr/bin/python3 - "$TMP/old.db" <<'PY' && ok || bad "made a version-12 file"
import sys
sys.path.insert(0, 'tests/cli')
from old_schema import connect, migration_text, undo_after
con = connect(sys.argv[1])
# What migrations after 14 made is undone first, read from their files
# (tables, views, triggers, indexes made; columns added), newest first.
undo_after(con, 14)
# Then what 13 and 14 made, by hand.
con.executescript("""
DROP TRIGGER IF EXISTS protocol_record_delete; DELETE FROM protocol_record; DROP TABLE protocol_record;
DROP TABLE person_party; DROP TABLE justering_signature;
DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;
ALTER TABLE audit_log DROP COLUMN hash;
PRAGMA user_version = 12;
""")
PY
NAMND_DB="$TMP/old.db" expect_ok "the upgraded file's protokoll verifies" protokoll $MEETING --verify
NAMND_DB="$TMP/old.db" expect_ok "and § 15" utdrag $MEETING 15 --verify
eq "the upgrade recorded the protokoll and § 15" "0 15" "$(sqlite3 -readonly "$TMP/old.db" "SELECT group_concat(number, ' ') FROM (SELECT number FROM protocol_record WHERE meeting_id = $mid ORDER BY number)")"
eq "the upgraded file is at the current version" "$SCHEMA_LATEST" "$(sqlite3 -readonly "$TMP/old.db" "PRAGMA user_version")"
finish
