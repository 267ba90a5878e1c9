#!/bin/sh
# make bench: generate the benchmark database once (when $BENCH_DB does
# not exist), then time the store through benchrun and the real binary.
# Prints figures only; never fails on time.
set -u

BENCH_DB=${BENCH_DB:-build/bench.db}
BENCH_YEARS=${BENCH_YEARS:-20}
BENCH_CASES=${BENCH_CASES:-1000000}
BENCH_PARAGRAPHS=${BENCH_PARAGRAPHS:-200000}
BUILD=${BUILD:-build/release}
RUNS=5

# Milliseconds since the epoch; GNU date has %N, others get whole seconds.
now_ms() {
	ns=$(date +%s%N 2>/dev/null)
	case $ns in
	*N* | '') echo $(($(date +%s) * 1000)) ;;
	*) echo $((ns / 1000000)) ;;
	esac
}

size_mb() {
	wc -c <"$1" | awk '{ printf "%.1f", $1 / 1e6 }'
}

# Print a label padded to 46 columns (code points, not bytes: å ä ö).
pad() {
	n=$(printf '%s' "$1" | LC_ALL=C tr -d '\200-\277' | wc -c)
	printf '%s' "$1"
	while [ "$n" -lt 46 ]; do printf ' '; n=$((n + 1)); done
}

median() { # numbers on stdin, one a line
	sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

if [ ! -e "$BENCH_DB" ]; then
	echo "bench: generating $BENCH_DB: $BENCH_YEARS years, $BENCH_CASES ärenden, $BENCH_PARAGRAPHS paragraphs"
	mkdir -p "$(dirname "$BENCH_DB")"
	t0=$(now_ms)
	if ! "$BUILD/bench/benchgen" "$BENCH_DB" "$BENCH_YEARS" "$BENCH_CASES" "$BENCH_PARAGRAPHS"; then
		echo "bench: benchgen failed" >&2
		exit 1
	fi
	t1=$(now_ms)
	# Let the kernel write the new file out first, so the timings below
	# do not compete with gigabytes of writeback.
	sync
	awk -v ms=$((t1 - t0)) 'BEGIN { printf "%-46s %10.1f\n", "generation time (s)", ms / 1000 }'
	printf '%-46s %10s\n' "generated file size (MB)" "$(size_mb "$BENCH_DB")"
else
	echo "bench: using existing $BENCH_DB (remove it to generate a new one)"
fi
echo

"$BUILD/bench/benchrun" "$BENCH_DB" || echo "bench: benchrun reported an error" >&2
echo

# The real binary, start to exit: what a user of 'namnd case list' waits,
# each beside the floor of any command: a process that opens the file and
# asks SQLite nothing (target: at most twice that).
NAMND=$BUILD/namnd
CLI_RUNS=9
ms_of() { # wall time of one run of a command
	t0=$(now_ms)
	"$@" >/dev/null 2>&1 || echo "bench: $* failed" >&2
	t1=$(now_ms)
	echo $((t1 - t0))
}
# Each run of the command is followed by one of the floor, so that both
# see the same load (the machine is shared); medians of CLI_RUNS.
cli_time() { # label, then the namnd arguments after --db
	label=$1
	shift
	list=""
	flist=""
	i=0
	while [ $i -lt $CLI_RUNS ]; do
		list="$list $(ms_of "$NAMND" --db "$BENCH_DB" "$@")"
		flist="$flist $(ms_of sqlite3 "$BENCH_DB" 'select 1')"
		i=$((i + 1))
	done
	# shellcheck disable=SC2086 # one number a line
	med=$(printf '%s\n' $list | median)
	# shellcheck disable=SC2086
	max=$(printf '%s\n' $list | sort -n | tail -n 1)
	# shellcheck disable=SC2086
	f=$(printf '%s\n' $flist | median)
	pad "$label"
	awk -v m="$med" -v x="$max" -v f="$f" \
		'BEGIN { printf " %10s %10s  floor %8s  ratio %6.1f\n", m, x, f, f ? m / f : 0 }'
}
printf '%-46s %10s %10s\n' "namnd binary, wall time (ms; $CLI_RUNS runs each)" median max
echo "  (floor: sqlite3 FILE 'select 1', run after each; target ratio <= 2)"
cli_time "--version (no database)" --version
cli_time "case list --limit 24" case list --limit 24
cli_time "case list --limit 24 --sort title --reverse" case list --limit 24 --sort title --reverse
cli_time "search förvaltningen" search förvaltningen
cli_time "overview" overview
DNR=$(sqlite3 "$BENCH_DB" "SELECT dnr_series || ' ' || dnr_year || '/' || dnr_number FROM cases WHERE id >= (SELECT max(id) / 3 FROM cases) ORDER BY id LIMIT 1")
cli_time "case show $DNR" case show "$DNR"
cli_time "dnr 2023/1 (no lookup)" dnr 2023/1

# Bulk registration: 100 000 ärenden from a diarium export into a new
# database, beside sqlite3 .import of the same file into a bare table.
IMP=$(dirname "$BENCH_DB")/import-bench
rm -rf "$IMP"
mkdir -p "$IMP"
awk 'BEGIN { OFS = "\t"; print "Diarienummer", "Ärendemening", "Handläggare", "Registrerad", "Status"
	split("Anna Berg,Olof Ek,Pia Holmqvist,Jonas Åberg,Sara Öst", h, ",")
	split("Pågående,Avslutad,registrerat,beslutat", s, ",")
	for (i = 1; i <= 100000; i++) { y = 2005 + int((i - 1) / 5000); n = (i - 1) % 5000 + 1
		print "UBN " y "/" n, "Detaljplan för kvarteret " i " i Bäckeby, förvaltningens yttrande",
			h[i % 5 + 1], sprintf("%d-%02d-%02d", y, n % 12 + 1, n % 28 + 1), s[i % 4 + 1] } }' \
	>"$IMP/diarium.tsv"
"$NAMND" --db "$IMP/imp.db" init >/dev/null 2>&1
"$NAMND" --db "$IMP/imp.db" committee add --code UBN --name Utbildningsnämnden >/dev/null 2>&1
printf 'create table t (a, b, c, d, e);\n.mode tabs\n.import %s t\n' "$IMP/diarium.tsv" >"$IMP/floor.sql"
# With GNU time: wall, CPU (user + system) and peak memory of the one
# run; CPU is what the import itself costs when the machine is shared.
if [ -x /usr/bin/time ] && /usr/bin/time -f '%e' true >/dev/null 2>&1; then
	/usr/bin/time -f '%e %U %S %M' -o "$IMP/time" "$NAMND" --db "$IMP/imp.db" case import \
		"$IMP/diarium.tsv" >/dev/null 2>&1 || echo "bench: case import failed" >&2
	/usr/bin/time -f '%e %U %S' -o "$IMP/ftime" sqlite3 "$IMP/floor.db" <"$IMP/floor.sql"
	read -r w u s kb <"$IMP/time"
	read -r fw fu fs <"$IMP/ftime"
	pad "case import, 100 000 ärenden (ms)"
	awk -v a="$w" -v f="$fw" 'BEGIN { printf " %10d  floor %8d  ratio %6.1f\n", a * 1000, f * 1000, f ? a / f : 0 }'
	pad "  CPU, user + system (ms)"
	awk -v a="$u" -v b="$s" -v f="$fu" -v g="$fs" 'BEGIN { c = (a + b) * 1000; d = (f + g) * 1000
		printf " %10d  floor %8d  ratio %6.1f\n", c, d, d ? c / d : 0 }'
	pad "  peak memory (MB)"
	awk -v kb="$kb" 'BEGIN { printf " %10.1f\n", kb / 1024 }'
else
	t0=$(now_ms)
	"$NAMND" --db "$IMP/imp.db" case import "$IMP/diarium.tsv" >/dev/null 2>&1 || echo "bench: case import failed" >&2
	t1=$(now_ms)
	sqlite3 "$IMP/floor.db" <"$IMP/floor.sql"
	t2=$(now_ms)
	pad "case import, 100 000 ärenden (ms)"
	awk -v a=$((t1 - t0)) -v f=$((t2 - t1)) 'BEGIN { printf " %10d  floor %8d  ratio %6.1f\n", a, f, f ? a / f : 0 }'
fi
pad "  searchable at once: search backeby"
"$NAMND" --db "$IMP/imp.db" --tsv search --limit 1 backeby | cut -f3
rm -rf "$IMP"

# Peak memory of the binary, with GNU time when it is there.
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
	for args in "case list --limit 24" "search förvaltningen"; do
		# shellcheck disable=SC2086 # split args on purpose
		kb=$(/usr/bin/time -v "$NAMND" --db "$BENCH_DB" $args 2>&1 >/dev/null |
			sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p')
		if [ -n "$kb" ]; then
			pad "namnd $args, peak memory (MB)"
			awk -v kb="$kb" 'BEGIN { printf " %10.1f\n", kb / 1024 }'
		fi
	done
else
	echo "namnd peak memory: skipped (no GNU /usr/bin/time -v)"
fi

# The terminal UI on the same database: first screen and page-down.
echo
BENCH_DB=$BENCH_DB BUILD=$BUILD sh tests/bench/ui_bench.sh

# The month report: export time and memory beside Python's XlsxWriter
# (needs no benchmark database).
echo
BUILD=$BUILD sh tests/bench/report_bench.sh

# Documents as PDF beside text: a 50-paragraph protokoll's time, a
# 100-page protokoll's peak memory (needs no benchmark database).
echo
BUILD=$BUILD sh tests/bench/pdf_bench.sh
exit 0
