#!/bin/sh
# namnd gives SQLite its own allocator (src/store/sqlmem.c): small blocks
# from huge-page chunks, one free list per size. Whatever it does, the
# register must read and write exactly as with SQLite's own allocator:
# the same session run both ways (NAMND_SQLMEM=1 forces it, also in a
# sanitizer build; NAMND_SQLMEM=0 keeps SQLite's) prints the same and
# leaves the same register behind.
. tests/cli/lib.sh

# session DIR: a demo register, a diarium of 3000 ärenden brought in,
# and what a nämndsekreterare reads from it; every output into DIR.
session() {
	d=$1
	mkdir -p "$d"
	NAMND_DB="$d/r.db"
	export NAMND_DB
	{
		"$NAMND" demo
		"$NAMND" case import "$TMP/diarium.tsv"
		"$NAMND" overview
		"$NAMND" case list --limit 40
		"$NAMND" case list --limit 40 --sort title --reverse
		"$NAMND" search bäckeby
		"$NAMND" search --limit 5 förvaltningens
		"$NAMND" case show "UBN 2019/17"
		"$NAMND" protokoll UBNAU:2024-02-14
		"$NAMND" kallelse UBN:2024-03-20
		"$NAMND" attendance quorum UBN:2024-02-21
		"$NAMND" audit verify
		"$NAMND" report list
	} 2>&1 | sed "s|$d/||; /^Senaste länken:/d" >"$d/out"
	# (the newest link hashes the audit rows' times, which differ)
	sqlite3 "$NAMND_DB" "SELECT id, dnr_series, dnr_year, dnr_number, title, status, registered
		FROM cases ORDER BY id" >"$d/cases"
	sqlite3 "$NAMND_DB" "SELECT tbl, row_id, action, old, new FROM audit_log ORDER BY id" >"$d/audit"
}

awk 'BEGIN { OFS = "\t"; print "Diarienummer", "Ärendemening", "Handläggare", "Registrerad", "Status"
	for (i = 1; i <= 3000; i++) { y = 2015 + int((i - 1) / 500); n = (i - 1) % 500 + 1
		t = "Detaljplan för kvarteret " i " i Bäckeby, förvaltningens yttrande"
		if (i % 7 == 0) t = t " med en lång motivering" sprintf("%*s", i % 900, "") "slut"
		print "UBN " y "/" n, t, (i % 2 ? "Anna Berg" : "Olof Ek"),
			sprintf("%d-%02d-%02d", y, n % 12 + 1, n % 28 + 1), "registrerat" } }' >"$TMP/diarium.tsv"

NAMND_SQLMEM=1 session "$TMP/ours"
NAMND_SQLMEM=0 session "$TMP/sqlite"

if grep -q 'Sanitizer' "$TMP/ours/out" "$TMP/sqlite/out"; then
	bad "sanitizer report"; grep -h -A20 'Sanitizer' "$TMP/ours/out" "$TMP/sqlite/out" | head -40
else ok; fi
# The session did what it should, so that the comparison means something.
if grep -q '^namnd:' "$TMP/ours/out"; then bad "a command failed: $(grep '^namnd:' "$TMP/ours/out")"; else ok; fi
if grep -q 'Registrerade 3000 ärenden' "$TMP/ours/out"; then ok; else bad "import: $(grep -i registrer "$TMP/ours/out")"; fi
if grep -q 'Beslutande .*Henrik Östlund' "$TMP/ours/out"; then ok; else bad "protokoll"; fi
if grep -q 'Kedjan håller' "$TMP/ours/out"; then ok; else bad "audit verify"; fi
eq "ärenden in the register" 3000 "$(grep -c 'Detaljplan för kvarteret' "$TMP/ours/cases")"

for f in out cases; do
	if cmp -s "$TMP/ours/$f" "$TMP/sqlite/$f"; then ok; else
		bad "$f differs between the allocators:"; diff "$TMP/ours/$f" "$TMP/sqlite/$f" | head -20; fi
done
# The audit rows carry no time in these columns: equal as well.
if cmp -s "$TMP/ours/audit" "$TMP/sqlite/audit"; then ok; else
	bad "audit_log differs:"; diff "$TMP/ours/audit" "$TMP/sqlite/audit" | head -10; fi
finish
