#!/bin/sh
# namnd agenda import: the seed's own agenda table pasted from Word, its two
# impossible time slots reported with their lines, the corrected table
# giving the same kallelse as the meeting built item by item; Excel's
# Windows-1252 CSV; and every bad file refused with nothing imported.
. tests/cli/lib.sh
. tests/fixtures/seed_meeting.sh
GOLDEN=$(pwd)/tests/golden
DATA=$(pwd)/tests/data
M=UBNAU:2023-12-06

seed_register
before=$(fingerprint)
expect_fail "the seed as written" 1 "Ingenting lades in: 2 fel i filen" agenda import $M "$DATA/seed_agenda_raw.tsv"
if printf '%s\n' "$err" | grep -qx 'namnd: Rad 9: tiden "09.20-09.10" slutar innan den börjar.'; then ok; else bad "end before start: $err"; fi
if printf '%s\n' "$err" | grep -q '^namnd: Rad 10: tiden "09-10-09.15" går inte att läsa'; then ok; else bad "unreadable time: $err"; fi
eq "nothing imported" "$before" "$(fingerprint)"

expect_ok "the corrected seed" agenda import $M "$DATA/seed_agenda.tsv"
has "says how many and how it read the file" "^Lade in 19 punkter\. Teckenkodning: UTF-8; avgränsare: tabb\.$"
if printf '%s\n' "$err" | grep -qx 'namnd: obs: Rad 11: punkten börjar 09.15, före föregående punkts slut 09.35; tiderna räknas från punkternas längd.'; then ok; else bad "overlap reported: $err"; fi
"$NAMND" kallelse $M >"$TMP/k.txt"
if cmp -s "$TMP/k.txt" "$GOLDEN/kallelse_seed.txt"; then ok; else bad "imported kallelse differs:"; diff "$GOLDEN/kallelse_seed.txt" "$TMP/k.txt" | head; fi
"$NAMND" agenda export $M >"$TMP/a.txt"
if cmp -s "$TMP/a.txt" "$GOLDEN/agenda_seed.txt"; then ok; else bad "imported list differs"; fi
run --tsv agenda list $M
has "a dnr without series is the committee's ärende" "	3	ärende	Månadsuppföljning 2023	UBN 2023/109	Controller	08.15–08.20	5$"
has "untimed A and B share the gap before 08.05" "	A	procedur	Upprop			08.00–08.03	3$"
has "the decision round" "		beslutsomgång	Beslutsomgång p. 3-14			11.30–11.50	20$"

before=$(fingerprint)
expect_fail "an agenda is not overwritten" 1 "har redan 19 punkter; ingenting lades in" agenda import $M "$DATA/seed_agenda.tsv"
eq "unchanged" "$before" "$(fingerprint)"

# Excel's "CSV (semikolonavgränsad)": Windows-1252, no header, times with
# ':' and an en dash (0x96), a person as föredragande.
expect_ok "another meeting" meeting add --committee UBNAU --date 2024-01-17
printf '1;F\344rdplan f\366r \345ret;UBN 2023/422;Maria Nord;08:00\22608:20\r\n;Lunch;;;08:20\22609:00\r\n2;\326vriga fr\345gor;;;09:00\22609:10\r\n' >"$TMP/excel.csv"
expect_ok "Windows-1252 CSV" agenda import UBNAU:2024-01-17 "$TMP/excel.csv"
has "encoding and delimiter named" "Teckenkodning: Windows-1252 \(omkodad till UTF-8\); avgränsare: semikolon\."
run --tsv agenda list UBNAU:2024-01-17
has "converted title, person as föredragande" "	1	ärende	Färdplan för året	UBN 2023/422	Maria Nord	08.00–08.20	20$"
has "a break" "		paus	Lunch			08.20–09.00	40$"
has "standing item" "	2	stående	Övriga frågor			09.00–09.10	10$"
# --replace swaps the list in one go; a header in another order.
printf 'Tid,Ärende,Nr\n"09.00-09.30","Budget, prognos och uppföljning",1\n' >"$TMP/header.csv"
expect_ok "replace with a header in another order" agenda import UBNAU:2024-01-17 "$TMP/header.csv" --replace
has "one item, in the singular" "^Lade in 1 punkt\. "
expect_fail "a list of one item is not overwritten" 1 "Föredragningslistan har redan 1 punkt; ingenting lades in" \
	agenda import UBNAU:2024-01-17 "$TMP/header.csv"
run --tsv agenda list UBNAU:2024-01-17
eq "replaced: one item" 1 "$(printf '%s\n' "$out" | grep -c .)"
has "quoted comma kept, information item" "	1	information	Budget, prognos och uppföljning			08.00–08.30	30$"

# Bad files: a Swedish message with the line, nothing imported.
bad_file() { # DESC PATTERN CONTENT (printf format)
	printf "$3" >"$TMP/bad.tsv"
	before=$(fingerprint)
	expect_fail "$1" "${4:-1}" "$2" agenda import UBNAU:2024-01-17 "$TMP/bad.tsv" --replace
	eq "$1: nothing imported" "$before" "$(fingerprint)"
}
bad_file "empty file" "Filen är tom" ""
bad_file "blank lines only" "Filen är tom" "\n\n  \n"
bad_file "ragged rows" "Rad 3 har 4 kolumner men rad 2 har 5; alla rader ska ha lika många" \
	"Nr\tÄrende\tDnr\tFöredragande\tTid\n1\tA\t\t\t08.00-08.10\n2\tB\t\t08.10-08.20\n"
bad_file "no header, four columns" "Rad 1: utan rubrikrad väntas fem kolumner \(Nr, Ärende, Dnr, Föredragande, Tid\), inte 4" \
	"1\tA\t\t08.00-08.10\n"
bad_file "header only" "bara en rubrikrad" "Nr\tÄrende\tTid\n"
bad_file "unknown dnr" "Rad 2: diarienumret \"UBN 2023/999\" finns inte i diariet" \
	"Nr\tÄrende\tDnr\n1\tOkänt\tUBN 2023/999\n"
bad_file "not a dnr" "Rad 3: \"dnr saknas\" är inget diarienummer" \
	"Nr\tÄrende\tDnr\n1\tA\t\n2\tB\tdnr saknas\n"
bad_file "missing title" "Rad 2: ärendet \(rubriken\) saknas" "Nr\tÄrende\tTid\n1\t\t08.00-08.05\n"
bad_file "bad number" "Rad 2: numret \"1a\" är varken en bokstav" "Nr\tÄrende\n1a\tX\n"
bad_file "runs past midnight" "skulle föredragningslistan sluta kl\. 01\.00 nästa dag" \
	"Nr\tÄrende\tTid\n1\tLång punkt\t08.00-20.00\n2\tSen punkt\t10.00-15.00\n"
bad_file "an xlsx is not a table" "Excel-arbetsbok" "PK\003\004xxxx"
bad_file "not text" "nolltecken" "Nr\tÄrende\n1\tA\000B\n"
head -c 1100000 /dev/zero | tr '\0' 'x' >"$TMP/big"
printf 'Nr\tÄrende\n1\t' | cat - "$TMP/big" >"$TMP/bigcell.tsv"
before=$(fingerprint)
expect_fail "a 1 MB cell" 1 "Rad 2, kolumn 2: cellen är" agenda import UBNAU:2024-01-17 "$TMP/bigcell.tsv" --replace
eq "1 MB cell: nothing imported" "$before" "$(fingerprint)"
expect_fail "missing file, said in Swedish" 4 "Kan inte läsa filen .*saknas\.tsv: filen eller mappen finns inte\.$" \
	agenda import UBNAU:2024-01-17 "$TMP/saknas.tsv"
expect_fail "a folder is not a file" 4 "Kan inte läsa filen .*: det är en mapp, inte en fil\.$" \
	agenda import UBNAU:2024-01-17 "$TMP"
expect_fail "missing --FIELD-file, in Swedish" 2 "kan inte läsa filen .*saknas\.txt: filen eller mappen finns inte" \
	meeting edit UBNAU:2024-01-17 --notes-file "$TMP/saknas.txt"
expect_fail "usage" 2 "namnd agenda import SAMMANTRÄDE FIL" agenda import UBNAU:2024-01-17
finish
