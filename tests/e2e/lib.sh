# Helpers for the end-to-end tests: each test drives the real binary in
# a private tmux server (tmux -L, no config), sends keys and reads the
# screen with capture-pane. Sources tests/cli/lib.sh for ok/bad/finish.
#
# When to look: the UI logs each key it reads and each time it waits for
# the next one with its screen drawn (NAMND_TUI_TIMING, "read CODE" and
# "idle" lines). keys and type_text count what they send; every check
# first waits until the UI has read that many keys and is idle again, so
# it sees the screen the keys led to, however slow the machine. Positive
# checks then still poll (tmux shows the output a moment later), negative
# and one-off reads take a screen that two captures agree on. Waits are
# bounded by E2E_WAIT seconds, generous because they cost nothing when
# the UI is quick; no test asserts on time and none sleeps to wait.
. tests/cli/lib.sh
export LC_ALL=C.UTF-8 LANG=C.UTF-8
export NO_COLOR=1
export XDG_CONFIG_HOME="$TMP/config"
unset VISUAL EDITOR
SOCK="namnd-e2e-$$"
screen=""

tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$TMP"' EXIT

if ! command -v tmux >/dev/null 2>&1; then
	echo "e2e: tmux missing (apt-get install tmux)"
	echo "cli: 0 passed, 1 failed"
	exit 1
fi

# ui W H [ARGS…]: start namnd (no command: the UI) in a W×H window, in
# the folder UI_CWD (default: here; relative file names the UI writes
# land there). Its exit status lands in $TMP/ui.rc, its stderr in
# $TMP/ui.err, its key log in $e2e_log (the test's NAMND_TUI_TIMING when
# it sets one, else a fresh file per start).
ui() {
	w=$1 h=$2
	shift 2
	rm -f "$TMP/ui.rc" "$TMP/ui.err"
	tm kill-session -t ui 2>/dev/null
	e2e_starts=$((e2e_starts + 1))
	e2e_log=${NAMND_TUI_TIMING:-$TMP/ui.keys.$e2e_starts}
	e2e_from=0
	[ -f "$e2e_log" ] && e2e_from=$(wc -l <"$e2e_log")
	e2e_sent=0
	# The script is built from the test's own values only; the tmux
	# server's environment is that of its first command, so the
	# variables a test may change are passed here.
	: >"$TMP/ui.sh"
	for v in NAMND_DB NAMND_TODAY NAMND_USER NO_COLOR XDG_CONFIG_HOME XDG_DOCUMENTS_DIR HOME VISUAL EDITOR TMPDIR; do
		if eval "[ -n \"\${$v+x}\" ]"; then
			eval "printf '%s\\n' \"export $v='\$$v'\"" >>"$TMP/ui.sh"
		else
			printf 'unset %s\n' "$v" >>"$TMP/ui.sh"
		fi
	done
	printf '%s\n' "export NAMND_TUI_TIMING='$e2e_log'" >>"$TMP/ui.sh"
	printf '%s\n' "cd '${UI_CWD:-$PWD}' && '$NAMND' $* 2>'$TMP/ui.err'; echo \$? >'$TMP/ui.rc'" >>"$TMP/ui.sh"
	tm -u new-session -d -s ui -x "$w" -y "$h" \
		"env TERM=screen LC_ALL=C.UTF-8 LANG=C.UTF-8 sh '$TMP/ui.sh'"
}
e2e_starts=0
e2e_sent=0

# key_count ARG: how many keys the UI reads for one send-keys argument:
# one for a key name, else one per character of the text tmux sends.
key_count() {
	case $1 in
	Enter | Escape | Tab | BTab | BSpace | Space | Up | Down | Left | Right | \
	Home | End | PgUp | PgDn | PPage | NPage | DC | IC | F[1-9] | F1[0-2] | C-? | S-*)
		echo 1 ;;
	M-?) echo 2 ;; # Esc, then the key
	?) echo 1 ;;
	*) printf '%s' "$1" | wc -m ;;
	esac
}

# keys KEY…: send tmux key names (Enter, Escape, Down, C-w, …) or text.
keys() {
	for e2e_k in "$@"; do
		e2e_sent=$((e2e_sent + $(key_count "$e2e_k")))
	done
	tm send-keys -t ui "$@"
}
# type TEXT: send text literally.
type_text() {
	e2e_sent=$((e2e_sent + $(printf '%s' "$1" | wc -m)))
	tm send-keys -t ui -l -- "$1"
}

# poll CMD…: run CMD until it succeeds, for at most E2E_WAIT seconds of
# naps (after a failure only a few: the test has failed already and
# should end). The naps grow from 10 to 100 ms: the UI is often done
# within a few milliseconds.
E2E_WAIT=${E2E_WAIT:-30}
poll() {
	e2e_limit=$E2E_WAIT
	[ "$fail" -gt 0 ] && e2e_limit=3
	e2e_waited=0
	e2e_nap=1
	while ! "$@"; do
		[ $e2e_waited -ge $((e2e_limit * 100)) ] && return 1
		sleep "0.$(printf '%02d' $e2e_nap)"
		e2e_waited=$((e2e_waited + e2e_nap))
		e2e_nap=$((e2e_nap * 2))
		[ $e2e_nap -gt 10 ] && e2e_nap=10
	done
	return 0
}

# caught_up: the UI has read every key sent to it and, the screen drawn,
# waits for the next (or it has ended). Sets e2e_got to the keys read.
caught_up() {
	e2e_state=$(awk -v from="$e2e_from" 'NR > from { if (/^read /) r++; last = $0 }
		END { print r + 0, (last == "idle") }' "$e2e_log" 2>/dev/null)
	e2e_got=${e2e_state%% *}
	e2e_got=${e2e_got:-0}
	[ -s "$TMP/ui.rc" ] && return 0
	[ "$e2e_got" -ge "$e2e_sent" ] && [ "${e2e_state#* }" = 1 ]
}

# settle: wait until the UI has handled every key sent (caught_up).
settle() {
	if ! poll caught_up; then
		bad "the UI has not handled the keys sent: $e2e_got of $e2e_sent read, its log ends '$(tail -n 1 "$e2e_log" 2>/dev/null)'"
		e2e_sent=$e2e_got
		return 1
	fi
	if [ "$e2e_got" -gt "$e2e_sent" ]; then
		bad "the UI read $e2e_got keys, the test counted $e2e_sent sent (key_count)"
		e2e_sent=$e2e_got
	fi
}

snap() { screen=$(tm capture-pane -p -t ui 2>/dev/null); }

# look [-e]: once the UI has handled the keys, the screen it drew (in
# $screen; -e: with attributes), when two captures in a row agree.
look() {
	settle
	e2e_shown=$(tm capture-pane -p "$@" -t ui 2>/dev/null)
	poll same_again "$@"
	screen=$e2e_shown
}
same_again() {
	e2e_was=$e2e_shown
	e2e_shown=$(tm capture-pane -p "$@" -t ui 2>/dev/null)
	[ "$e2e_shown" = "$e2e_was" ]
}

# has_line ERE: a line of $screen matches.
has_line() { printf '%s\n' "$screen" | grep -qaE -- "$1"; }
# shows ERE: the screen now has a line matching.
shows() { snap; has_line "$1"; }

# wait_for PATTERN: poll the screen until a line matches the extended
# regular expression; false when it never does.
wait_for() { poll shows "$1"; }

# see DESC PATTERN: once the keys are handled, the screen comes to show
# PATTERN.
see() {
	settle
	if wait_for "$2"; then ok; else bad "$1: '$2' never appeared; screen:
$screen"; fi
}

# not_see DESC PATTERN: the screen the keys sent led to lacks PATTERN.
not_see() {
	look
	if has_line "$2"; then bad "$1: unexpected '$2'; screen:
$screen"; else ok; fi
}

# line_is DESC N ERE: line N of the screen comes to match ERE.
line_is() {
	settle
	if poll line_matches "$2" "$3"; then ok; else bad "$1: line $2 is '$e2e_line', not /$3/"; fi
}
line_matches() {
	snap
	e2e_line=$(printf '%s\n' "$screen" | sed -n "$1p")
	printf '%s\n' "$e2e_line" | grep -qE -- "$2"
}

# see_attr DESC ROW ERE [last]: the first (or last) screen line matching
# the ERE ROW, with its attributes as escape sequences (capture-pane -e),
# comes to match ERE. ($ESC is the escape character.)
see_attr() {
	settle
	if poll attr_matches "$2" "$3" "${4:-first}"; then ok; else bad "$1: '$e2e_line'"; fi
}
attr_matches() {
	e2e_line=$(tm capture-pane -p -e -t ui 2>/dev/null | grep -aE -- "$1" |
		if [ "$3" = last ]; then tail -n 1; else head -n 1; fi)
	printf '%s\n' "$e2e_line" | grep -qaE -- "$2"
}
# shellcheck disable=SC2034 # for the tests' patterns
ESC=$(printf '\033')

# selected: the text of the row drawn in reverse video (the selection,
# with NO_COLOR), from the screen with attributes, below the title line.
# (capture-pane drops trailing spaces: patterns never end in one.)
selected() {
	tm capture-pane -p -e -t ui | sed 1d | grep -a "$(printf '\033')\[[0-9;]*7m" |
		sed "s/$(printf '\033')\[[0-9;]*m//g" | head -n 1
}

# selected_is DESC ERE: once the keys are handled, the selection comes to
# match.
selected_is() {
	settle
	if poll selection_matches "$2"; then ok; else bad "$1: the selected row is '$e2e_cur', not /$2/"; return 1; fi
}
selection_matches() {
	e2e_cur=$(selected)
	printf '%s\n' "$e2e_cur" | grep -qE -- "$1"
}

# selection: once the keys are handled, the selected row (in $sel).
selection() {
	look -e
	# shellcheck disable=SC2034 # the tests' result
	sel=$(selected)
}

# row_after ROW: the screen line below the one starting with ROW's text
# (after a selection or look: the UI has caught up).
row_after() {
	snap
	printf '%s\n' "$screen" | grep -A1 -F -- "$1" | sed -n 2p
}

# quit_ui: the program ends cleanly (exit 0, no sanitizer report).
quit_ui() {
	keys Q
	poll test -s "$TMP/ui.rc"
	rcv=$(cat "$TMP/ui.rc" 2>/dev/null)
	if [ "$rcv" = 0 ]; then ok; else bad "UI exit status '$rcv': $(cat "$TMP/ui.err" 2>/dev/null)"; fi
	if grep -q Sanitizer "$TMP/ui.err" 2>/dev/null; then
		bad "sanitizer report from the UI:"
		cat "$TMP/ui.err"
	fi
}

# sql QUERY: read the database with SQLite's own shell, not namnd.
sql() { sqlite3 -readonly "$NAMND_DB" "$1"; }

# A demo database dated 2024-03-12 (NAMND_TODAY from tests/cli/lib.sh).
demo_db() { "$NAMND" demo >/dev/null 2>&1 || bad "demo database"; }
