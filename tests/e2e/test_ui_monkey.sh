#!/bin/sh
# Any key in any state leaves the program running and the data sound: a
# fixed pseudo-random stream of keys (the same every run) goes to the UI
# on the demo database in batches; before the next batch the UI must have
# read the last one (its key log, NAMND_TUI_TIMING). The window shrinks
# below 80×24 now and then. Quitting is allowed (Esc on the Översikt
# starts it again); a crash, a sanitizer report or broken references in
# the database are not.
. tests/e2e/lib.sh

demo_db
export VISUAL=true # long texts come back unchanged
# Exports typed at random land in a folder of the test's own.
UI_CWD="$TMP/work"
mkdir -p "$UI_CWD"
here=$(ls -A)
export NAMND_TUI_TIMING="$TMP/keys.log"
KEYS="j k j k Enter Enter Escape q Tab Space BSpace Up Down Left Right PgUp PgDn Home End
a b c d e f g h i l m n o p r s t u v w x y z A B J K M P R S Ä ? : / 1 2 5 0 - . ,
C-w C-u C-a C-e C-l Enter Escape j j j k Enter"
set -f
# shellcheck disable=SC2086 # the key names are words
set -- $KEYS
awk -v n="$#" 'BEGIN { srand(20240312); for (i = 0; i < 1500; i++) print int(rand() * n) + 1 }' >"$TMP/seq"

reads() {
	c=$(grep -c '^read ' "$NAMND_TUI_TIMING" 2>/dev/null)
	echo "${c:-0}"
}
# batch_read: the UI has read the batch (or ended).
batch_read() { [ "$(reads)" -ge "$want" ] || [ -s "$TMP/ui.rc" ]; }
starts=0
sent=0
start_ui() {
	starts=$((starts + 1))
	ui 80 24
	wait_for "namnd — Exempelstads kommun" || bad "UI start $starts"
	base=$(reads)
}
: >"$NAMND_TUI_TIMING"
start_ui
batch=""
count=0
while read -r k; do
	eval "key=\${$k}"
	batch="$batch $key"
	count=$((count + 1))
	[ $count -lt 12 ] && continue
	# shellcheck disable=SC2086 # one key name a word
	keys $batch 2>/dev/null
	sent=$((sent + count))
	want=$((base + count))
	poll batch_read
	base=$(reads)
	batch=""
	count=0
	if [ $((sent % 240)) -eq 0 ] && [ ! -s "$TMP/ui.rc" ]; then
		tm resize-window -t ui -x 70 -y 20 2>/dev/null
		tm resize-window -t ui -x 80 -y 24 2>/dev/null
	fi
	if [ -s "$TMP/ui.rc" ]; then
		rcv=$(cat "$TMP/ui.rc")
		if [ "$rcv" != 0 ] || grep -q Sanitizer "$TMP/ui.err"; then
			bad "UI died after $sent keys (exit $rcv): $(cat "$TMP/ui.err")"
			break
		fi
		start_ui
	fi
done <"$TMP/seq"
if [ ! -s "$TMP/ui.rc" ]; then
	snap
	if [ -n "$screen" ]; then ok; else bad "no screen after $sent keys"; fi
	tm kill-session -t ui
fi
echo "monkey: $sent keys sent, $(grep -c '^read ' "$NAMND_TUI_TIMING") read, $starts starts"
# The data: references intact (SQLite's own check; the triggers' and
# indexes' collation is namnd's, so a plain BINARY one stands in), and
# namnd still reads every list.
/usr/bin/python3 - "$NAMND_DB" >"$TMP/fk" 2>&1 <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.create_collation("sv", lambda a, b: (a > b) - (a < b))
print(db.execute("PRAGMA foreign_key_check").fetchall())
PY
eq "foreign keys hold" "[]" "$(cat "$TMP/fk")"
for v in "case list" "meeting list" "person list" "committee list"; do
	# shellcheck disable=SC2086 # the verb and noun are words
	expect_ok "namnd $v after the keys" --tsv $v
done
eq "nothing written where the tests run" "$here" "$(ls -A)"
finish
