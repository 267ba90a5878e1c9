#!/bin/sh
# Smaller holes (issue 10, item 8): every import caps its file size with
# a message naming what it reads; a UTF-16 file without BOM is named as
# such; exporting over an existing file needs --force and keeps the
# file's mode; a failed or killed export leaves no temporary file; a
# database on read-only media opens read-only and can be read; a title
# made only of invisible characters is refused, naming the field.
. tests/cli/lib.sh

expect_ok "demo" demo
Z=$(printf '\342\200\213\302\240')   # a zero-width space and an NBSP

# Import caps, each with what the file was read as.
head -c 5000000 /dev/zero | tr '\0' 'a' >"$TMP/big.tsv"
expect_fail "agenda import: 4 MB" 1 "big.tsv är för stor för en föredragningslista: högst 4 MB läses" \
	agenda import UBN:2024-03-20 "$TMP/big.tsv"
head -c 17000000 /dev/zero | tr '\0' 'a' >"$TMP/bigger.tsv"
expect_fail "report import: 16 MB" 1 "bigger.tsv är för stor för en månadsuppföljning: högst 16 MB läses" \
	report import --committee UBN --period 2024-02 "$TMP/bigger.tsv"
expect_fail "budget import: 16 MB" 1 "bigger.tsv är för stor för en budget: högst 16 MB läses" \
	budget import --committee UBN --year 2024 "$TMP/bigger.tsv"
rm -f "$TMP/bigger.tsv"
# A month report past the agenda's 4 MB still reads: a large organisation
# reporting every ansvar (100 000 lines are some 6 MB).
awk 'BEGIN { print "Verksamhet\tBudget (ack)\tUtfall (ack)\tAvvikelse (ack)\tBudget (helår)\tPrognos (helår)\tAvvikelse prognos\tKommentar"
	c = sprintf("%1100s", ""); gsub(/ /, "x", c)
	for (i = 1; i <= 4000; i++) printf "Område %05d\t-%d\t-%d\t0\t-%d\t-%d\t0\t%s\n", i, i, i, i, i, c }' >"$TMP/large.tsv"
expect_ok "report import: 4.5 MB" report import --committee UBN --period 2019-05 "$TMP/large.tsv"
has "all 4000 areas" "^Importerade månadsuppföljningen 2019-05: 4000 områden"
run report show --committee UBN --period 2019-05
has "the last area with its figures" "^Område 04000 +-4( 000)? +-4( 000)? +0 "
rm -f "$TMP/large.tsv"
truncate -s 129M "$TMP/huge.tsv"
expect_fail "case import: 128 MB" 1 "huge.tsv är för stor för en diarieexport: högst 128 MB läses" \
	case import "$TMP/huge.tsv" --dry-run
rm -f "$TMP/huge.tsv"
"$NAMND" agenda import UBN:2024-03-20 - <"$TMP/big.tsv" >/dev/null 2>"$TMP/err.txt"
rc=$?
if [ "$rc" -eq 1 ] && grep -q "standard in är för stor för en föredragningslista" "$TMP/err.txt"; then
	ok; else bad "from standard in: exit $rc: $(cat "$TMP/err.txt")"; fi

# UTF-16 without a BOM is named, with its byte order.
printf 'Diarienummer\tTitel\nUBN 2024/900\tEtt ärende\n' | iconv -f UTF-8 -t UTF-16LE >"$TMP/le.tsv"
printf 'Diarienummer\tTitel\nUBN 2024/900\tEtt ärende\n' | iconv -f UTF-8 -t UTF-16BE >"$TMP/be.tsv"
expect_fail "case import: UTF-16 LE without BOM" 1 \
	"Filen är UTF-16-text \(little endian\) utan byte order mark \(BOM\)" case import "$TMP/le.tsv"
expect_fail "case import: UTF-16 BE without BOM" 1 \
	"Filen är UTF-16-text \(big endian\) utan byte order mark \(BOM\)" case import "$TMP/be.tsv"
printf 'Nr\tÄrende\tDnr\tFöredragande\tTid\n1\tRubrik\t\t\t13.00-13.10\n' | iconv -f UTF-8 -t UTF-16LE >"$TMP/agenda16.tsv"
expect_fail "agenda import: UTF-16 without BOM" 1 "UTF-16-text \(little endian\) utan byte order mark" \
	agenda import UBN:2024-03-20 "$TMP/agenda16.tsv"
printf 'Rubrik ur fil\n' | iconv -f UTF-8 -t UTF-16LE >"$TMP/title16.txt"
expect_fail "--title-file: UTF-16 without BOM" 2 "title16.txt är UTF-16-text \(little endian\) utan byte order mark" \
	case add --title-file "$TMP/title16.txt"

# Exporting over a file: refused without --force; with it, the file
# keeps its mode (a shared folder's group rights).
mkdir "$TMP/exp"
expect_ok "first export" kallelse UBN:2024-03-20 --out "$TMP/exp/k.txt"
chmod 640 "$TMP/exp/k.txt"
echo "mitt eget" >"$TMP/exp/k.txt"
expect_fail "over a file: --force needed" 1 "Filen .*/exp/k.txt finns redan; lägg till --force" \
	kallelse UBN:2024-03-20 --out "$TMP/exp/k.txt"
eq "the file is untouched" "mitt eget" "$(cat "$TMP/exp/k.txt")"
expect_ok "with --force" kallelse UBN:2024-03-20 --out "$TMP/exp/k.txt" --force
has "written" "Skrev kallelsen"
if grep -q "mitt eget" "$TMP/exp/k.txt"; then bad "--force did not write"; else ok; fi
eq "the mode is kept" 640 "$(stat -c %a "$TMP/exp/k.txt")"
touch "$TMP/exp/plan.ics" "$TMP/exp/r.txt" "$TMP/exp/b.txt"
expect_fail "meeting plan --out .ics" 1 "finns redan; lägg till --force" \
	meeting plan --committee UBN --year 2024 --out "$TMP/exp/plan.ics"
expect_fail "report export" 1 "finns redan; lägg till --force" \
	report export --committee UBN --period 2024-01 --out "$TMP/exp/r.txt"
expect_fail "budget show --out" 1 "finns redan; lägg till --force" \
	budget show --committee UBN --year 2024 --out "$TMP/exp/b.txt"

# A killed export (the file size limit, 96 blocks of 512 bytes as sh
# counts them, above what the database needs and below the protokoll's
# PDF, ends the program with SIGXFSZ in the middle of writing the PDF) and a failing one (the signal ignored:
# the write fails) leave no temporary file behind.
held=$(sqlite3 -readonly "$NAMND_DB" "SELECT id FROM meeting WHERE EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = meeting.id) ORDER BY date DESC LIMIT 1")
mkdir "$TMP/kill"
# The database has nothing to write (the limit holds for every file the
# program writes): whatever a first reading stores is stored, and the
# WAL is checkpointed.
"$NAMND" protokoll "$held" >/dev/null 2>&1
sqlite3 "$NAMND_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
(trap '' XFSZ; ulimit -f 96; exec "$NAMND" protokoll "$held" --out "$TMP/kill/p.pdf") >"$TMP/out.txt" 2>"$TMP/err.txt"
rc=$?
if [ "$rc" -ne 0 ] && grep -q "Kunde inte skriva" "$TMP/err.txt"; then ok; else
	bad "failing export: exit $rc: $(cat "$TMP/err.txt")"; fi
eq "failed: nothing left in the folder" "" "$(ls -A "$TMP/kill")"
sqlite3 "$NAMND_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
(ulimit -f 96; exec "$NAMND" protokoll "$held" --out "$TMP/kill/p.pdf") >/dev/null 2>&1
rc=$?
eq "killed by the file size limit" 153 "$rc"
eq "killed: nothing left in the folder" "" "$(ls -A "$TMP/kill")"

# A database on read-only media: a folder and a file no one may write
# (as root, permissions do not hold: the check runs as nobody).
as_reader() { "$@"; }
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
	as_reader() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
fi
mkdir "$TMP/ro" "$TMP/rw"
chmod 777 "$TMP/rw"
sqlite3 "$NAMND_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$NAMND_DB" "$TMP/ro/namnd.db"
chmod 444 "$TMP/ro/namnd.db"
chmod 555 "$TMP/ro"
ro() { as_reader "$NAMND" --db "$TMP/ro/namnd.db" "$@" >"$TMP/out" 2>"$TMP/err"; rc=$?; out=$(cat "$TMP/out"); err=$(cat "$TMP/err"); }
ro case list --limit 3
eq "read-only: case list works" 0 "$rc"
has "read-only: rows" "^UBN 20"
ro case show "UBN 2024/88"
has "read-only: case show" "^Titel +Internkontrollplan 2025"
ro kallelse UBN:2024-03-20 --out "$TMP/rw/k.txt"
eq "read-only: export works" "0" "$rc"
ro case add --title "Nytt"
eq "read-only: a write fails" 4 "$rc"
case $err in *"är skrivskyddad"*"öppnades bara för läsning"*) ok ;; *) bad "read-only write message: $err" ;; esac
eq "read-only: nothing made in the folder" "namnd.db" "$(ls -A "$TMP/ro")"
chmod 755 "$TMP/ro"

# Titles of invisible characters only are refused, naming the field.
expect_fail "ärende title" 1 'Fältet "titel" består bara av blanksteg eller osynliga tecken \(U\+200B U\+00A0\)' \
	case add --title "$Z"
expect_fail "agenda item title" 1 'Fältet "rubrik" består bara av blanksteg eller osynliga tecken' \
	agenda add UBN:2024-03-20 --kind information --title "$Z"
expect_fail "meeting place" 1 'Fältet "plats" består bara av blanksteg eller osynliga tecken' \
	meeting edit UBN:2024-03-20 --place "$Z"
printf 'Nr\tÄrende\tDnr\tFöredragande\tTid\n1\tRiktig rubrik\t\t\t13.00-13.10\n2\t%s\t\t\t13.10-13.20\n' "$Z" >"$TMP/inv.tsv"
expect_fail "agenda import row" 1 "Rad 3: rubriken består bara av osynliga tecken" \
	agenda import UBN:2024-03-20 "$TMP/inv.tsv"

finish
