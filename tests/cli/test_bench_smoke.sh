#!/bin/sh
# The benchmark tools at a tiny size, so they cannot rot between `make
# bench` runs: the generator fills what it says, the runner reads it.
# No timing is asserted.
. tests/cli/lib.sh
BENCH=${BUILD:-build/release}/bench
DB="$TMP/bench.db"
if NAMND_TODAY=2024-03-12 "$BENCH/benchgen" "$DB" 2 3000 400 > "$TMP/gen.out" 2>&1; then ok; else bad "benchgen: $(tail -5 "$TMP/gen.out")"; fi
eq "as many ärenden as asked" 3000 "$(sqlite3 -readonly "$DB" 'SELECT count(*) FROM cases')"
eq "as many paragraphs as asked" 400 "$(sqlite3 -readonly "$DB" 'SELECT count(*) FROM paragraph')"
eq "dnr counters match the register" 0 "$(sqlite3 -readonly "$DB" "SELECT count(*) FROM dnr_counter d WHERE last <> (SELECT max(dnr_number) FROM cases c WHERE c.dnr_series = d.series AND c.dnr_year = d.year)")"
eq "every ärende is searchable" 3000 "$(sqlite3 -readonly "$DB" 'SELECT count(*) FROM search_index WHERE rowid % 2 = 0')"
if "$BENCH/benchgen" "$DB" 2 10 10 > /dev/null 2>&1; then bad "benchgen overwrote an existing database"; else ok; fi
if "$BENCH/benchrun" "$DB" > "$TMP/run.out" 2>&1; then ok; else bad "benchrun: $(tail -5 "$TMP/run.out")"; fi
out=$(cat "$TMP/run.out")
has "first screen timed" "^cases by dnr, first screen +[0-9.]+ +[0-9.]+ +24$"
has "search timed" "^search "
has "peak memory reported" "^peak memory"
has "search pages beside their floor" '^search "förvaltningen", next page +[0-9.]+ +[0-9.]+ +[0-9]+ +floor +[0-9.]+ +ratio +[0-9.]+$'
has "dnr lookup beside its floor" '^lookup dnr ".*" +[0-9.]+ +[0-9.]+ +1 +floor'
has "overview beside its floor" '^overview \(meetings \+ newest ärenden\) +[0-9.]+ .*floor' 
# The UI bench on the small database: both figures reported.
BENCH_DB="$DB" UI_RUNS=1 UI_PAGES=2 BUILD=${BUILD:-build/release} sh tests/bench/ui_bench.sh >"$TMP/ui.out" 2>&1
out=$(cat "$TMP/ui.out")
has "UI start timed" "^start to first screen \(1 runs\) +[0-9.]+ +[0-9.]+$"
has "UI page-down timed" "^page down in Ärenden \(2 pages\) +[0-9.]+ +[0-9.]+$"
# The month report bench at 200 lines: both writers ran and were measured.
REPORT_BENCH_LINES=200 BUILD=${BUILD:-build/release} sh tests/bench/report_bench.sh >"$TMP/rep.out" 2>&1
out=$(cat "$TMP/rep.out")
has "month report bench heading" "^month report export, 200 lines +namnd +XlsxWriter$"
has "both writers timed" "^  wall time \(s\) +[0-9.]+ +[0-9.]+$"
has "both writers' memory" "^  peak memory \(MB\) +[0-9.]+ +[0-9.]+$"
has "import timed" "^  import of the same file: wall time \(s\) +[0-9.]+"
# The PDF bench at 3 and 4 paragraphs: text and PDF timed, memory and the
# PDF's pages (a page per § and one for the first page) reported.
PDF_BENCH_PARAGRAPHS=3 PDF_BENCH_PAGES=4 PDF_BENCH_RUNS=1 BUILD=${BUILD:-build/release} \
	sh tests/bench/pdf_bench.sh >"$TMP/pdf.out" 2>&1
out=$(cat "$TMP/pdf.out")
has "pdf bench heading" "^protokoll, 3 paragraphs \(ms, median of 1\) +text +pdf +pdf/text$"
has "text and pdf timed, ratio" "^  wall time +[0-9.]+ +[0-9.]+ +[0-9.]+$"
has "pages of the small one" "^  pages +4$"
has "peak memory of both" "^  peak memory \(MB\) +[0-9.]+ +[0-9.]+$"
has "pages of the long one" "^  pages +5$"
hasnt "no failure" "failed"
finish
