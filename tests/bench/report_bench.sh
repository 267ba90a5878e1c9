#!/bin/sh
# make bench, month report part: time and peak memory to export month
# reports of REPORT_BENCH_LINES lines (default 10 000 and 100 000) as
# .xlsx, side by side with the same workbook written by Python's
# XlsxWriter (tests/bench/report_xlsxwriter.py) in the same run, and the
# import of the same file. Needs no benchmark database: each size gets a
# fresh one in a temporary folder. Prints figures only; never fails on time.
set -u

BUILD=${BUILD:-build/release}
NAMND=$BUILD/namnd
case $NAMND in /*) ;; *) NAMND=$(pwd)/$NAMND ;; esac
LINES=${REPORT_BENCH_LINES:-10000 100000}
PY=/usr/bin/python3
TWIN=tests/bench/report_xlsxwriter.py
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
export NAMND_TODAY=2024-03-12

if ! [ -x /usr/bin/time ] || ! /usr/bin/time -f '%e' true >/dev/null 2>&1; then
	echo "month report bench: skipped (needs GNU /usr/bin/time)"
	exit 0
fi

# measure OUT CMD…: runs CMD, leaves "seconds peak_kB" in OUT, or "- -"
# when it failed (its messages go to stderr).
measure() {
	out=$1
	shift
	if /usr/bin/time -f '%e %M %U %S' -o "$out" "$@" >"$DIR/cmd.out" 2>"$DIR/cmd.err"; then
		:
	else
		echo "month report bench: $* failed: $(tail -3 "$DIR/cmd.err")" >&2
		echo "- - - -" >"$out"
	fi
}

row() { # label, namnd value, XlsxWriter value
	awk -v l="$1" -v a="$2" -v b="$3" 'BEGIN { printf "  %-44s %10s %10s\n", l, a, b }'
}
cpu() { awk -v u="$1" -v s="$2" 'BEGIN { if (u == "-") print "-"; else printf "%.2f", u + s }'; }
mb() { awk -v kb="$1" 'BEGIN { if (kb == "-") print "-"; else printf "%.1f", kb / 1024 }'; }
size_mb() { [ -f "$1" ] && wc -c <"$1" | awk '{ printf "%.1f", $1 / 1e6 }' || echo -; }

for n in $LINES; do
	tsv=$DIR/r$n.tsv
	db=$DIR/r$n.db
	# Areas "Område 000001" … with figures that vary, a total row first.
	awk -v n="$n" 'BEGIN {
		print "Verksamhet\tBudget (ack)\tUtfall (ack)\tAvvikelse (ack)\tBudget (helår)\tPrognos (helår)\tAvvikelse prognos\tKommentar"
		for (i = 1; i <= n; i++) {
			b = -(1000 + (i * 7919) % 900000); u = b + (i * 104729) % 20001 - 10000
			y = int(b * 12 / 10); p = y + (i % 7) * 100 - 300
			c = (i % 10 == 0) ? "Kommentar till rad " i : ""
			printf "Område %06d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\n", i, b, u, u - b, y, p, p - y, c
		}
	}' >"$tsv"
	NAMND_DB=$db "$NAMND" init >/dev/null
	NAMND_DB=$db "$NAMND" committee add --code UBN --name Utbildningsnämnden >/dev/null

	measure "$DIR/imp" env NAMND_DB="$db" "$NAMND" report import --committee UBN \
		--period 2023-10 "$tsv"
	measure "$DIR/c" env NAMND_DB="$db" "$NAMND" report export --committee UBN \
		--period 2023-10 --out "$DIR/c$n.xlsx"
	measure "$DIR/py" "$PY" "$TWIN" "$db" UBN 2023 10 "$DIR/py$n.xlsx"
	read -r ci ki ui si <"$DIR/imp"
	read -r cs ck us ss <"$DIR/c"
	read -r ps pk up sp <"$DIR/py"

	awk -v l="month report export, $n lines" 'BEGIN { printf "%-46s %10s %10s\n", l, "namnd", "XlsxWriter" }'
	row "wall time (s)" "$cs" "$ps"
	row "peak memory (MB)" "$(mb "$ck")" "$(mb "$pk")"
	row "file size (MB)" "$(size_mb "$DIR/c$n.xlsx")" "$(size_mb "$DIR/py$n.xlsx")"
	row "import of the same file: wall time (s)" "$ci" ""
	row "import of the same file: peak memory (MB)" "$(mb "$ki")" ""
	row "import time / export time (target <= 1)" \
		"$(awk -v i="$ci" -v x="$cs" 'BEGIN { if (i == "-" || x == "-" || x == 0) print "-"; else printf "%.2f", i / x }')" ""
	# CPU (user + system): on a shared machine the steadier figure.
	row "export CPU, user + system (s)" "$(cpu "$us" "$ss")" "$(cpu "$up" "$sp")"
	row "import CPU, user + system (s)" "$(cpu "$ui" "$si")" ""
	row "import CPU / export CPU" \
		"$(awk -v a="$ui" -v b="$si" -v c="$us" -v d="$ss" 'BEGIN { if (a == "-" || c == "-" || c + d == 0) print "-"; else printf "%.2f", (a + b) / (c + d) }')" ""
done
exit 0
