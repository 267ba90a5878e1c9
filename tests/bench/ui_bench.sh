#!/bin/sh
# The terminal UI on a database (BENCH_DB): how long from start to the
# first drawn screen, and what one page-down in Ärenden costs (reading
# the next screenful by keyset and drawing it). The UI runs in a private
# tmux server at 80×24 and logs its own timings (NAMND_TUI_TIMING):
# program start to the first screen on the terminal, and key read to the
# redrawn screen. Prints figures only; never fails on time.
set -u

BENCH_DB=${BENCH_DB:-build/bench.db}
BUILD=${BUILD:-build/release}
UI_RUNS=${UI_RUNS:-5}
UI_PAGES=${UI_PAGES:-20}
NAMND=$BUILD/namnd
case $NAMND in /*) ;; *) NAMND=$(pwd)/$NAMND ;; esac
case $BENCH_DB in /*) ;; *) BENCH_DB=$(pwd)/$BENCH_DB ;; esac

if ! command -v tmux >/dev/null 2>&1; then
	echo "ui: skipped (no tmux)"
	exit 0
fi
TMP=$(mktemp -d)
SOCK="namnd-bench-$$"
tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$TMP"' EXIT

# Poll (bounded) until file has at least n lines matching pattern.
count() { # file pattern
	c=$(grep -c -- "$2" "$1" 2>/dev/null)
	echo "${c:-0}"
}
wait_lines() { # file pattern n
	i=0
	while [ "$(count "$1" "$2")" -lt "$3" ] && [ $i -lt 600 ]; do
		sleep 0.05
		i=$((i + 1))
	done
}

start() { # log file
	tm new-session -d -s ui -x 80 -y 24 \
		"env TERM=screen LC_ALL=C.UTF-8 NO_COLOR=1 NAMND_TUI_TIMING='$1' '$NAMND' --db '$BENCH_DB'" || echo "ui: tmux failed" >&2
	wait_lines "$1" '^first_draw_ms ' 1
}

stop() {
	tm send-keys -t ui Q
	i=0
	while tm has-session -t ui 2>/dev/null && [ $i -lt 200 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	tm kill-session -t ui 2>/dev/null
}

median_max() { # numbers on stdin: "median max"
	sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%.3f %.3f", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[NR]; else printf "- -" }'
}

row() { # label, "median max"
	set -- "$1" $2
	n=$(printf '%s' "$1" | LC_ALL=C tr -d '\200-\277' | wc -c)
	printf '%s' "$1"
	while [ "$n" -lt 46 ]; do printf ' '; n=$((n + 1)); done
	printf ' %10s %10s\n' "$2" "$3"
}

printf '%-46s %10s %10s\n' "terminal UI at 80x24 (ms; tmux)" median max
: >"$TMP/first"
r=0
while [ $r -lt "$UI_RUNS" ]; do
	log="$TMP/start$r.log"
	start "$log"
	sed -n 's/^first_draw_ms //p' "$log" >>"$TMP/first"
	stop
	r=$((r + 1))
done
row "start to first screen ($UI_RUNS runs)" "$(median_max <"$TMP/first")"

# One session: open Ärenden, then page down UI_PAGES times, one key at a
# time (each logged before the next is sent).
log="$TMP/pages.log"
start "$log"
tm send-keys -t ui Ä
wait_lines "$log" '^key_' 1
before=$(count "$log" '^key_')
p=1
while [ $p -le "$UI_PAGES" ]; do
	tm send-keys -t ui PgDn
	wait_lines "$log" '^key_' $((before + p))
	p=$((p + 1))
done
stop
# The first key_ line is Ä (opening Ärenden); the rest are the pages.
grep '^key_' "$log" | sed -n '1s/^key_[0-9]*_ms //p' >"$TMP/open"
grep '^key_' "$log" | sed -n '2,$s/^key_[0-9]*_ms //p' >"$TMP/pages"
row "open Ärenden (first screenful)" "$(median_max <"$TMP/open")"
row "page down in Ärenden ($(wc -l <"$TMP/pages") pages)" "$(median_max <"$TMP/pages")"
exit 0
