#!/bin/sh
# Månadsuppföljning: the seed's table imported as pasted, shown as the
# hand-written golden text, mismatches reported, bad files refused with
# row and column and the database left as it was.
. tests/cli/lib.sh

SEED=tests/data/seed_2023-10.tsv
GOLDEN=tests/data/seed_2023-10.txt

expect_ok "init" init
expect_ok "committee" committee add --code UBN --name Utbildningsnämnden

# --- The seed, pasted as it is -------------------------------------------
expect_ok "import the seed" report import --committee UBN --period 2023-10 "$SEED"
has "UTF-8, tab" '^Teckenkodning: UTF-8; avgränsare: tabb\.$'
has "total row checked" '^Totalraden \(rad 2\) stämmer med summan av områdena\.$'
has "13 areas" '^Importerade månadsuppföljningen 2023-10: 13 områden \(tkr\)\.$'
eq "no mismatch reported" "" "$err"

eq "exact: Komvux budget in hundredths of tkr" "-1046300" \
	"$(sqlite3 "$NAMND_DB" "SELECT budget_ack FROM month_report_line WHERE area = 'Komvux'")"
eq "exact: utvecklingsreserv utfall" "22300" \
	"$(sqlite3 "$NAMND_DB" "SELECT utfall_ack FROM month_report_line WHERE area = 'Utvecklingsreserv'")"
eq "deviations are not stored" "0" \
	"$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM pragma_table_info('month_report_line') WHERE name LIKE 'avv%'")"
eq "the view reproduces the seed's deviation" "-80000" \
	"$(sqlite3 "$NAMND_DB" "SELECT avvikelse_prognos FROM month_report_figures WHERE area = 'Grundskola köpta, sålda, skolskjuts'")"
eq "the view reproduces the seed's total" "-79548000|-79281500|266500|-95241400|-95241400|0" \
	"$(sqlite3 "$NAMND_DB" "SELECT budget_ack, utfall_ack, avvikelse_ack, budget_year, prognos_year, avvikelse_prognos FROM month_report_total")"

# Each line has its audit row, written by the import in one statement
# with what the trigger writes for a line another program adds (the
# same fields, in the same order), in the chain.
eq "one audit row per line, one after the other" "13 13" \
	"$(sqlite3 "$NAMND_DB" "SELECT count(*) || ' ' || (max(id) - min(id) + 1) FROM audit_log WHERE tbl = 'month_report_line' AND action = 'insert' AND who = 'testare'")"
eq "with the line's values" "Komvux -1046300" \
	"$(sqlite3 "$NAMND_DB" "SELECT json_extract(a.new, '\$.area') || ' ' || json_extract(a.new, '\$.budget_ack') FROM audit_log a JOIN month_report_line l ON l.id = a.row_id WHERE a.tbl = 'month_report_line' AND l.area = 'Komvux'")"
python3 - "$NAMND_DB" <<'PYEOF'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("INSERT INTO month_report_line (report_id, position, area, budget_ack) "
            "SELECT id, 99, 'Från ett annat program', -100 FROM month_report")
con.commit()
PYEOF
lkeys() { sqlite3 "$NAMND_DB" "SELECT group_concat(key, ',') FROM (SELECT j.key FROM audit_log a, json_each(a.new) j WHERE a.tbl = 'month_report_line' AND a.row_id = (SELECT id FROM month_report_line WHERE area = '$1') ORDER BY j.id)"; }
eq "the import's audit rows have the trigger's fields" "$(lkeys 'Från ett annat program')" "$(lkeys Komvux)"
expect_ok "the audit chain holds" audit verify
sqlite3 "$NAMND_DB" "PRAGMA foreign_keys = ON; DELETE FROM month_report_line WHERE area = 'Från ett annat program'"

run report show --committee UBN --period 2023-10
if [ "$rc" -eq 0 ] && printf '%s\n' "$out" | diff -u "$GOLDEN" - >"$TMP/diff"; then ok; else
	bad "report show differs from $GOLDEN: $(cat "$TMP/diff")"; fi
expect_ok "export text" report export --committee UBN --period 2023-10 --out "$TMP/r.txt"
if cmp -s "$GOLDEN" "$TMP/r.txt"; then ok; else bad "exported text differs from $GOLDEN"; fi

expect_ok "list" report list --committee UBN
has "listed" '^UBN +2023-10 +13 +tkr +2024-03-12'

# Pasted from the clipboard: standard input.
run report import --committee UBN --period 2019-10 - <"$SEED"
eq "import from standard input" 0 "$rc"
has "stdin imported" '^Importerade månadsuppföljningen 2019-10: 13 områden'
eq "no source file recorded" "" \
	"$(sqlite3 "$NAMND_DB" "SELECT coalesce(source, '') FROM month_report WHERE year = 2019")"

# A comment given at import is stored without control characters.
esc=$(printf 'Prognos\033[31m i balans')
expect_ok "import with a comment" report import --committee UBN --period 2019-11 \
	--comment "$esc" "$SEED"
eq "control characters stripped" "Prognos[31m i balans" \
	"$(sqlite3 "$NAMND_DB" "SELECT comment FROM month_report WHERE year = 2019 AND month = 11")"
head -c 20001 /dev/zero | tr '\0' 'x' >"$TMP/long.txt"
expect_fail "comment too long" 1 'Kommentaren är längre än 20000 tecken' \
	report import --committee UBN --period 2019-12 --comment-file "$TMP/long.txt" "$SEED"

# --- Comments ----------------------------------------------------------------
expect_ok "report comment" report comment --committee UBN --period 2023-10 \
	--text "Positiv avvikelse för perioden."
expect_ok "line comment" report comment --committee UBN --period 2023-10 \
	--area Komvux --text "Vakanser under hösten."
expect_fail "comment on an unknown area" 3 'inget område "Komvuxx"' \
	report comment --committee UBN --period 2023-10 --area Komvuxx --text x
run report show --committee UBN --period 2023-10
has "report comment shown" '^Positiv avvikelse för perioden\.$'
has "line comment shown" '^Komvux: Vakanser under hösten\.$'
# Long comments wrap at the table's width (the seed's table is 92 columns),
# so the text pastes into the tjänsteutlåtande as one block.
long="Utbildningsnämnden har för perioden en positiv avvikelse mot budget. Prognosen för helåret är en budget i balans: underskottet för skolskjuts vägs upp av utvecklingsreserven."
expect_ok "long report comment" report comment --committee UBN --period 2023-10 --text "$long"
expect_ok "long line comment" report comment --committee UBN --period 2023-10 \
	--area Komvux --text "Vakanser under hösten inom vuxenutbildningen, som väntas bestå till vårterminen då två nya lärare börjar."
run report show --committee UBN --period 2023-10
widest=$(printf '%s\n' "$out" | /usr/bin/python3 -c "import sys; print(max(len(l.rstrip('\n')) for l in sys.stdin))")
eq "no line wider than the table" 92 "$widest"
has "report comment wrapped at a space" '^Utbildningsnämnden har för perioden en positiv avvikelse mot budget\. Prognosen för helåret$'
has "line comment wrapped" '^Komvux: Vakanser under hösten inom vuxenutbildningen, som väntas bestå till vårterminen då$'

# --- Mismatches: reported, figures stored as in the file ---------------------
# Row 3 (Utvecklingsreserv) claims Avvikelse 7 116; the total row claims
# Utfall -792 800.
sed -e 's/^Utvecklingsreserv\t-6 892\t223\t7 115/Utvecklingsreserv\t-6 892\t223\t7 116/' \
    -e 's/^Utbildning\t-795 480\t-792 815/Utbildning\t-795 480\t-792 800/' "$SEED" >"$TMP/off.tsv"
expect_ok "import with mismatches" report import --committee UBN --period 2023-11 "$TMP/off.tsv"
case $err in
*'Rad 3 (Utvecklingsreserv), kolumn 4 ("Avvikelse Budget (ack)"): filen har 7 116, beräknat 7 115.'*) ok ;;
*) bad "deviation mismatch not reported: $err" ;; esac
case $err in
*'Rad 2 (Totalt), kolumn 3 ("Utfall tkr (ack)"): filen har -792 800, beräknat -792 815.'*) ok ;;
*) bad "total mismatch not reported: $err" ;; esac
case $err in
*'Rad 2 (Totalt), kolumn 4 ("Avvikelse Budget (ack)"): filen har 2 665, beräknat 2 665'*)
	bad "a matching cell was reported" ;;
*) ok ;; esac
eq "source figures stored as in the file" "22300" \
	"$(sqlite3 "$NAMND_DB" "SELECT l.utfall_ack FROM month_report_line l JOIN month_report r ON r.id = l.report_id WHERE r.year = 2023 AND r.month = 11 AND l.area = 'Utvecklingsreserv'")"

expect_ok "export two months as text" report export --committee UBN --period 2023-10 \
	--to 2023-12 --out "$TMP/two.txt"
has "months without a report are skipped" '\(2 månader\)'
eq "one table per month" 2 "$(grep -c '^Månadsuppföljning per' "$TMP/two.txt")"

# --- Other shapes of file --------------------------------------------------------
# Semicolons, columns in another order, no-break and narrow no-break
# spaces, U+2212 minus with a space after it ("− 1 000"), "tkr" in cells, CRLF, a title line above the header,
# no total row, a comment column.
printf 'Månadsuppföljning\r\nPrognos (helår);Område;Utfall (ack);Budget (helår);Budget (ack);Kommentar\r\n' >"$TMP/semi.csv"
printf '\342\210\222 1\302\240000 tkr;Ledning;\342\210\222 400;\342\210\222 1\342\200\257000;\342\210\222 500;"Vakans; sjukskrivning"\r\n' >>"$TMP/semi.csv"
printf '2 000,50;Komvux;1 000;2 000;900;\r\n' >>"$TMP/semi.csv"
expect_ok "semicolon file" report import --committee UBN --period 2022-01 "$TMP/semi.csv"
has "semicolon noted" 'avgränsare: semikolon'
has "no total row noted" 'ingen totalrad'
eq "columns found in any order" "Ledning|-50000|-40000|-100000|-100000|10000|0|Vakans; sjukskrivning" \
	"$(sqlite3 "$NAMND_DB" "SELECT area, budget_ack, utfall_ack, budget_year, prognos_year, avvikelse_ack, avvikelse_prognos, f.comment FROM month_report_figures f JOIN month_report r ON r.id = f.report_id WHERE r.year = 2022 AND area = 'Ledning'")"
run report show --committee UBN --period 2022-01
has "decimals shown for all when one has them" '^Totalt +400,00 +600,00 +200,00 +1 000,00 +1 000,50 +0,50$'

# Groups: an area with sub-areas, from a Grupp column.
printf 'Grupp\tOmråde\tBudget (ack)\tUtfall (ack)\tBudget (helår)\tPrognos (helår)\n' >"$TMP/group.tsv"
printf 'Förskola\tFörskola centralt\t-100\t-90\t-120\t-120\n' >>"$TMP/group.tsv"
printf 'Förskola\tFörskola köpta\t-50\t-60\t-60\t-70\n' >>"$TMP/group.tsv"
printf '\tKomvux\t-10\t-10\t-12\t-12\n' >>"$TMP/group.tsv"
expect_ok "grouped file" report import --committee UBN --period 2021-02 "$TMP/group.tsv"
run report show --committee UBN --period 2021-02
has "group line sums its areas" '^Förskola +-150 +-150 +0 +-180 +-190 +-10$'
has "sub-area indented" '^  Förskola centralt +-100 +-90 +10 '
has "total counts areas once" '^Totalt +-160 +-160 +0 +-192 +-202 +-10$'

# Many groups: 70 groups of two areas and a lone area after each, 280
# lines, so that groups and their areas are saved in different batches
# of lines; each area still belongs to its own group.
awk 'BEGIN { OFS = "\t"; print "Grupp", "Område", "Budget (ack)", "Utfall (ack)", "Budget (helår)", "Prognos (helår)"
	for (g = 1; g <= 70; g++) {
		print "Grupp " g, "Område " g "a", -g, -g, -2 * g, -2 * g
		print "Grupp " g, "Område " g "b", -1, -2, -3, -4
		print "", "Ensamt " g, -5, -5, -5, -5 } }' >"$TMP/groups.tsv"
expect_ok "a file of 70 groups" report import --committee UBN --period 2021-03 --allow-area-changes "$TMP/groups.tsv"
eq "each area under its own group, in the file's order" "140|140|280" \
	"$(sqlite3 "$NAMND_DB" "SELECT count(*), sum(g.area = 'Grupp ' || replace(replace(replace(l.area, 'Område ', ''), 'a', ''), 'b', '')), (SELECT count(*) FROM month_report_line x WHERE x.report_id = r.id) FROM month_report r JOIN month_report_line l ON l.report_id = r.id JOIN month_report_line g ON g.id = l.parent_id AND g.is_group AND g.report_id = r.id WHERE r.year = 2021 AND r.month = 3")"
eq "and by its position" "0" \
	"$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM month_report r JOIN month_report_line l ON l.report_id = r.id WHERE r.year = 2021 AND r.month = 3 AND l.position <> (SELECT count(*) FROM month_report_line x WHERE x.report_id = r.id AND x.id <= l.id)")"
run report show --committee UBN --period 2021-03
has "group 69 sums its two areas" '^Grupp 69 +-70 +-71 +-1 +-141 +-142 +-1$'
has "the total counts each area once" '^Totalt +-2 905 +-2 975 +-70 +-5 530 +-5 600 +-70$'
eq "one audit row per line" 280 \
	"$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM audit_log a JOIN month_report_line l ON l.id = a.row_id JOIN month_report r ON r.id = l.report_id WHERE a.tbl = 'month_report_line' AND a.action = 'insert' AND r.year = 2021 AND r.month = 3")"
expect_ok "the audit chain holds" audit verify

# Windows-1252, as Excel on Windows saves "CSV (semikolonavgränsad)".
printf 'Omr\345de;Budget (ack);Utfall (ack);Budget (hel\345r);Prognos (hel\345r)\r\n' >"$TMP/cp1252.csv"
printf 'F\366rskola k\366pta, s\345lda;-21 107;-20 125;-25 285;-25 285\r\n' >>"$TMP/cp1252.csv"
expect_ok "Windows-1252 file" report import --committee UBN --period 2020-03 "$TMP/cp1252.csv"
has "encoding noted" '^Teckenkodning: Windows-1252 \(omkodad till UTF-8\); avgränsare: semikolon\.$'
eq "text converted to UTF-8" "Förskola köpta, sålda" \
	"$(sqlite3 "$NAMND_DB" "SELECT area FROM month_report_line l JOIN month_report r ON r.id = l.report_id WHERE r.year = 2020")"

# --- Bad input: refused with row and column, nothing stored -------------------
before=$(fingerprint)
unchanged() {
	if [ "$(fingerprint)" = "$before" ]; then ok; else bad "$1: database changed"; fi
}
# bad_cell DESC VALUE PATTERN: Komvux's Utfall (row 15, column 3) replaced.
bad_cell() {
	sed "s/^Komvux\t-10 463\t-11 066/Komvux\t-10 463\t$2/" "$SEED" >"$TMP/bad.tsv"
	expect_fail "$1" 1 "Rad 15, kolumn 3 \\(\"Utfall tkr \\(ack\\)\"\\): $3" \
		report import --committee UBN --period 2023-12 "$TMP/bad.tsv"
	case $err in *'inget har importerats'*) ok ;; *) bad "$1: no summary: $err" ;; esac
	unchanged "$1"
}
bad_cell "point as separator" '1.234,5' '"1\.234,5" är inget giltigt tal: punkt används inte'
bad_cell "groups of two" '12 34' '"12 34" är inget giltigt tal: siffrorna ska grupperas tre och tre'
bad_cell "double minus" '--5' '"--5" är inget giltigt tal: två tecken före talet'
bad_cell "text in a number column" 'ej klart' '"ej klart" är inget giltigt tal: det innehåller annat än siffror'

cut -f1-5,7 "$SEED" >"$TMP/nocol.tsv"
expect_fail "missing column" 1 'Rad 1: kolumnen Prognos \(helår\) saknas i rubrikraden\.' \
	report import --committee UBN --period 2023-12 "$TMP/nocol.tsv"
unchanged "missing column"

sed 's/^Elevhälsa\t/Komvux\t/' "$SEED" >"$TMP/dup.tsv"
expect_fail "duplicated area" 1 'Rad 15, kolumn 1: området "Komvux" finns redan på rad 11\.' \
	report import --committee UBN --period 2023-12 "$TMP/dup.tsv"
unchanged "duplicated area"
# The same area typed twice with another case is still one area twice.
sed 's/^Elevhälsa\t/KOMVUX\t/' "$SEED" >"$TMP/dupcase.tsv"
expect_fail "duplicated area, other case" 1 'Rad 15, kolumn 1: området "Komvux" finns redan på rad 11, skrivet "KOMVUX"\.' \
	report import --committee UBN --period 2023-12 "$TMP/dupcase.tsv"
unchanged "duplicated area, other case"

grep -v '^Komvux' "$SEED" >"$TMP/gone.tsv"
expect_fail "area gone since last month" 1 \
	'Området "Komvux" fanns i månadsuppföljningen för 2023-11 men saknas i filen\. Ange --allow-area-changes' \
	report import --committee UBN --period 2023-12 "$TMP/gone.tsv"
unchanged "area gone"

: >"$TMP/empty.tsv"
expect_fail "empty file" 1 'empty\.tsv: Filen är tom\.' \
	report import --committee UBN --period 2023-12 "$TMP/empty.tsv"
unchanged "empty file"

{ head -n 3 "$SEED"; printf 'Komvux\t'; head -c 1048576 /dev/zero | tr '\0' 'x'; printf '\t1\t1\t1\t1\t1\n'; } >"$TMP/big.tsv"
expect_fail "1 MB cell" 1 'Rad 4, kolumn 2: cellen är 1048576 byte; högst 65536' \
	report import --committee UBN --period 2023-12 "$TMP/big.tsv"
unchanged "1 MB cell"

expect_fail "period exists" 1 'Det finns redan en månadsuppföljning för UBN 2023-10; ange --replace' \
	report import --committee UBN --period 2023-10 "$SEED"
expect_fail "bad period" 1 'Perioden "2023-13" ska skrivas ÅÅÅÅ-MM' \
	report import --committee UBN --period 2023-13 "$SEED"
expect_fail "report of a period not imported" 3 'Det finns ingen månadsuppföljning för UBN 2022-05' \
	report show --committee UBN --period 2022-05
unchanged "period checks"

# The same file is accepted when told the areas changed, or replaced.
expect_ok "area change allowed" report import --committee UBN --period 2023-12 \
	--allow-area-changes "$TMP/gone.tsv"
has "one area gone, in the singular" "^1 område från 2023-11 finns inte längre med\.$"
grep -v '^Elevhälsa' "$TMP/gone.tsv" >"$TMP/gone2.tsv"
expect_fail "two areas gone" 1 'Området "[^"]*" \(och 1 område till\) fanns i månadsuppföljningen för 2023-11' \
	report import --committee UBN --period 2023-12 --replace "$TMP/gone2.tsv"
expect_ok "replace a period" report import --committee UBN --period 2023-10 --replace "$SEED"
eq "replaced, not doubled" "1" \
	"$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM month_report WHERE year = 2023 AND month = 10")"

finish
