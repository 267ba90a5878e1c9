#!/bin/sh
# make bench, PDF part: the same documents as text and as PDF.
# - A protokoll of PDF_BENCH_PARAGRAPHS (50) paragraphs, each with an
#   account and a decision: wall time of `namnd protokoll` to text and to
#   PDF (median of PDF_BENCH_RUNS runs), and their ratio.
# - A protokoll of PDF_BENCH_PAGES (100) paragraphs, each § on a page of
#   its own (a page more for the first): peak memory (GNU time) and wall
#   time, text beside PDF.
# Needs no benchmark database: a fresh one in a temporary folder. Prints
# figures only; never fails on time.
set -u

BUILD=${BUILD:-build/release}
NAMND=$BUILD/namnd
case $NAMND in /*) ;; *) NAMND=$(pwd)/$NAMND ;; esac
PARAGRAPHS=${PDF_BENCH_PARAGRAPHS:-50}
PAGES=${PDF_BENCH_PAGES:-100}
RUNS=${PDF_BENCH_RUNS:-5}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
export NAMND_TODAY=2024-03-12 NAMND_DB="$DIR/pdf.db"

now_ms() {
	ns=$(date +%s%N 2>/dev/null)
	case $ns in
	*N* | '') echo $(($(date +%s) * 1000)) ;;
	*) echo $((ns / 1000000)) ;;
	esac
}
median() {
	sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
# wall ARGS…: median milliseconds of RUNS runs of namnd ARGS.
wall() {
	list=""
	i=0
	while [ $i -lt "$RUNS" ]; do
		t0=$(now_ms)
		"$NAMND" "$@" >/dev/null 2>"$DIR/err" || echo "pdf bench: namnd $* failed: $(cat "$DIR/err")" >&2
		t1=$(now_ms)
		list="$list $((t1 - t0))"
		i=$((i + 1))
	done
	# shellcheck disable=SC2086 # one number a line
	printf '%s\n' $list | median
}
# peak ARGS…: peak resident memory of namnd ARGS in MB, "-" without GNU time.
peak() {
	if [ -x /usr/bin/time ] && /usr/bin/time -f '%M' true >/dev/null 2>&1; then
		/usr/bin/time -f '%M' -o "$DIR/peak" "$NAMND" "$@" >/dev/null 2>&1
		awk '{ printf "%.1f", $1 / 1024 }' "$DIR/peak"
	else
		echo -
	fi
}
row() {
	awk -v l="$1" -v a="$2" -v b="$3" -v c="${4:-}" 'BEGIN {
		s = sprintf("  %-44s %10s %10s %8s", l, a, b, c); sub(/ +$/, "", s); print s }'
}

# gen_agenda N FILE: an agenda of N items with titles that wrap.
gen_agenda() {
	awk -v n="$1" 'BEGIN { print "Ärenden\tDnr\tFöredragande\tTid"
		for (i = 1; i <= n; i++)
			printf "%d\tÄrende %d om verksamhetens mål, ekonomi och uppföljning under året\t\t" \
				"Förvaltningschef\t\n", i, i }' >"$2"
}

# meeting DATE N: a meeting of N paragraphs, each with an account and a
# decision.
meeting() {
	"$NAMND" meeting add --committee UBN --date "$1" --time 08.00 >/dev/null
	gen_agenda "$2" "$DIR/a.tsv"
	"$NAMND" agenda import "UBN:$1" "$DIR/a.tsv" >/dev/null 2>&1 ||
		echo "pdf bench: agenda import of $2 items failed" >&2
	"$NAMND" paragraph number "UBN:$1" >/dev/null
	first=$(sqlite3 -readonly "$NAMND_DB" "SELECT min(p.number) FROM paragraph p JOIN meeting m \
		ON m.id = p.meeting_id WHERE m.date = '$1'" 2>/dev/null)
	i=0
	while [ $i -lt "$2" ]; do
		"$NAMND" paragraph set "UBN:$1" $((first + i)) --account "Förvaltningen \
redovisar ärendet. Underlaget har beretts i arbetsutskottet och remitterats \
till berörda verksamheter, som har lämnat synpunkter som arbetats in." \
			--decision "Nämnden beslutar att godkänna förvaltningens förslag." \
			>/dev/null || echo "pdf bench: paragraph $((first + i)) failed" >&2
		i=$((i + 1))
	done
}

"$NAMND" init >/dev/null
"$NAMND" setting set org_name "Exempelstads kommun" >/dev/null
"$NAMND" committee add --code UBN --name Utbildningsnämnden >/dev/null
"$NAMND" paragraph start --committee UBN --year 2024 --first 1 >/dev/null
meeting 2024-03-20 "$PARAGRAPHS"
meeting 2024-04-17 "$PAGES"

awk -v l="protokoll, $PARAGRAPHS paragraphs (ms, median of $RUNS)" \
	'BEGIN { printf "%-46s %10s %10s %8s\n", l, "text", "pdf", "pdf/text" }'
t=$(wall protokoll UBN:2024-03-20)
p=$(wall protokoll UBN:2024-03-20 --out "$DIR/p.pdf" --force)
row "wall time" "$t" "$p" "$(awk -v t="$t" -v p="$p" 'BEGIN { if (t > 0) printf "%.1f", p / t; else print "-" }')"
pages=$(pdfinfo "$DIR/p.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
row "pages" "" "${pages:--}"

awk -v l="protokoll, $PAGES paragraphs" 'BEGIN { printf "%-46s %10s %10s\n", l, "text", "pdf" }'
RUNS=1
t=$(wall protokoll UBN:2024-04-17)
p=$(wall protokoll UBN:2024-04-17 --out "$DIR/k.pdf" --force)
row "wall time (ms)" "$t" "$p"
row "peak memory (MB)" "$(peak protokoll UBN:2024-04-17)" \
	"$(peak protokoll UBN:2024-04-17 --out "$DIR/k.pdf" --force)"
pages=$(pdfinfo "$DIR/k.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
row "pages" "" "${pages:--}"
exit 0
