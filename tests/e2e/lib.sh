# Helpers for the end-to-end tests: each test drives the real binary in
# a private tmux server (tmux -L, no config), sends keys and reads the
# screen with capture-pane. Waiting is a bounded poll for expected text;
# no test asserts on time. Sources tests/cli/lib.sh for ok/bad/finish.
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
# $TMP/ui.err.
ui() {
	w=$1 h=$2
	shift 2
	rm -f "$TMP/ui.rc" "$TMP/ui.err"
	tm kill-session -t ui 2>/dev/null
	# The script is built from the test's own values only; the tmux
	# server's environment is that of its first command, so the
	# variables a test may change are passed here.
	: >"$TMP/ui.sh"
	for v in NAMND_DB NAMND_TODAY NAMND_USER NO_COLOR XDG_CONFIG_HOME VISUAL EDITOR TMPDIR \
		 NAMND_TUI_TIMING; do
		if eval "[ -n \"\${$v+x}\" ]"; then
			eval "printf '%s\\n' \"export $v='\$$v'\"" >>"$TMP/ui.sh"
		else
			printf 'unset %s\n' "$v" >>"$TMP/ui.sh"
		fi
	done
	printf '%s\n' "cd '${UI_CWD:-$PWD}' && '$NAMND' $* 2>'$TMP/ui.err'; echo \$? >'$TMP/ui.rc'" >>"$TMP/ui.sh"
	tm -u new-session -d -s ui -x "$w" -y "$h" \
		"env TERM=screen LC_ALL=C.UTF-8 LANG=C.UTF-8 sh '$TMP/ui.sh'"
}

# keys KEY…: send tmux key names (Enter, Escape, Down, C-w, …) or text.
keys() { tm send-keys -t ui "$@"; }
# type TEXT: send text literally.
type_text() { tm send-keys -t ui -l -- "$1"; }

snap() { screen=$(tm capture-pane -p -t ui 2>/dev/null); }

# wait_for PATTERN: poll the screen (at most ~15 s) until a line matches
# the extended regular expression; false when it never does.
wait_for() {
	i=0
	while [ $i -lt 150 ]; do
		snap
		if printf '%s\n' "$screen" | grep -qE -- "$1"; then
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# see DESC PATTERN: the screen comes to show PATTERN.
see() {
	if wait_for "$2"; then ok; else bad "$1: '$2' never appeared; screen:
$screen"; fi
}

# not_see DESC PATTERN: the current screen (after a see) lacks PATTERN.
not_see() {
	snap
	if printf '%s\n' "$screen" | grep -qE -- "$2"; then bad "$1: unexpected '$2'; screen:
$screen"; else ok; fi
}

# selected: the text of the row drawn in reverse video (the selection,
# with NO_COLOR), from the screen with attributes, below the title line.
# (capture-pane drops trailing spaces: patterns never end in one.)
selected() {
	tm capture-pane -p -e -t ui | sed 1d | grep -a "$(printf '\033')\[[0-9;]*7m" |
		sed "s/$(printf '\033')\[[0-9;]*m//g" | head -n 1
}

# selected_is DESC ERE: the selection comes to match (bounded poll).
selected_is() {
	i=0
	while [ $i -lt 150 ]; do
		cur=$(selected)
		if printf '%s\n' "$cur" | grep -qE -- "$2"; then
			ok
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	bad "$1: the selected row is '$cur', not /$2/"
	return 1
}

# moved_from ROW: wait (bounded) until the selection is another row and
# print it (empty when it never moves).
moved_from() {
	i=0
	while [ $i -lt 150 ]; do
		cur=$(selected)
		if [ "$cur" != "$1" ]; then
			printf '%s\n' "$cur"
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
}

# row_after ROW: the screen line below the one starting with ROW's text.
row_after() {
	snap
	printf '%s\n' "$screen" | grep -A1 -F -- "$1" | sed -n 2p
}

# quit_ui: the program ends cleanly (exit 0, no sanitizer report).
quit_ui() {
	keys Q
	i=0
	while [ ! -s "$TMP/ui.rc" ] && [ $i -lt 150 ]; do
		sleep 0.1
		i=$((i + 1))
	done
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
