#!/bin/sh
# A signal that ends the UI (SIGHUP, SIGQUIT, SIGTERM, SIGINT) gives the
# terminal back as it was: echo and line editing on, off the alternate
# screen, the cursor shown; `stty -a` run in the same terminal afterwards
# says so. An edit in progress (a prompt half typed, the external editor
# running) is not saved.
. tests/e2e/lib.sh

demo_db

# sig_ui NAME: start the UI through a wrapper that records its pid and,
# once it has ended, its exit status and `stty -a` of the same terminal,
# then keeps the pane open so it can be read.
REAL=$NAMND
cat >"$TMP/wrap.sh" <<SH
#!/bin/sh
ulimit -c 0
sh -c 'echo \$\$ >"$TMP/pid"; exec "$REAL" "\$@"' sh "\$@"
echo \$? >"$TMP/sig.rc.tmp"
stty -a >"$TMP/stty" 2>&1
mv "$TMP/sig.rc.tmp" "$TMP/sig.rc"
exec cat
SH
chmod +x "$TMP/wrap.sh"
sig_ui() {
	rm -f "$TMP/pid" "$TMP/sig.rc" "$TMP/stty"
	NAMND="$TMP/wrap.sh" ui 80 24
	see "$1: the UI is up" "^Nämnd / utskott"
}

# after_signal NAME STATUS: the UI ended with STATUS and left the terminal
# sane.
after_signal() {
	if poll test -s "$TMP/sig.rc"; then ok; else bad "$1: the UI did not end"; return; fi
	eq "$1: ended by the signal" "$2" "$(cat "$TMP/sig.rc")"
	st=$(cat "$TMP/stty")
	case " $st " in
	*" -echo "*) bad "$1: echo is off after the UI ended: $st" ;;
	*" echo "*) ok ;;
	*) bad "$1: no echo in stty -a: $st" ;;
	esac
	case " $st " in
	*" -icanon "*) bad "$1: the terminal is left in raw/cbreak mode: $st" ;;
	*" icanon "*) ok ;;
	*) bad "$1: no icanon in stty -a: $st" ;;
	esac
	if poll pane_is '#{alternate_on}' 0; then ok; else bad "$1: left on the alternate screen"; fi
	if poll pane_is '#{cursor_flag}' 1; then ok; else bad "$1: the cursor is left hidden"; fi
	if grep -q Sanitizer "$TMP/ui.err" 2>/dev/null; then
		bad "$1: sanitizer report:"
		cat "$TMP/ui.err"
	fi
}

pane_is() { [ "$(tm display-message -p -t ui "$1")" = "$2" ]; }

# While the UI waits for a key.
for s in QUIT:131 HUP:129 TERM:143 INT:130; do
	sig=${s%%:*}
	sig_ui "SIG$sig"
	kill -"$sig" "$(cat "$TMP/pid")"
	after_signal "SIG$sig" "${s#*:}"
done

# A title half typed is not saved.
n=$(sql "SELECT count(*) FROM cases")
sig_ui "half-typed title"
keys Ä
see "Ärenden" "^ Ärenden"
keys a
type_text "Halvskrivet ärende"
see "typing the title" "titel: Halvskrivet ärende$"
kill -HUP "$(cat "$TMP/pid")"
after_signal "SIGHUP in a prompt" 129
eq "no ärende saved from the half-typed prompt" "$n" "$(sql "SELECT count(*) FROM cases")"

# The external editor writes a text and the program gets SIGTERM while
# it runs: the text is not saved, the editor's file is removed, and the
# terminal is restored by the main loop (endwin), not the handler.
mkdir -p "$TMP/edtmp"
export TMPDIR="$TMP/edtmp"
cat >"$TMP/ed.sh" <<ED
#!/bin/sh
printf 'Text som aldrig sparas\\n' >"\$1"
kill -TERM "\$(cat '$TMP/pid')"
ED
chmod +x "$TMP/ed.sh"
export VISUAL="$TMP/ed.sh"
before=$(sql "SELECT proposal FROM cases ORDER BY id LIMIT 1")
sig_ui "editor"
keys Ä
see "Ärenden" "^ Ärenden"
keys Enter
see "the form" "^ Ärende "
keys End k k
selected_is "on Förslag till beslut" "^Förslag till beslut"
keys Enter
after_signal "SIGTERM while the editor runs" 143
eq "the editor's text is not saved" "$before" "$(sql "SELECT proposal FROM cases ORDER BY id LIMIT 1")"
eq "the editor's file is removed" "" "$(ls "$TMP/edtmp")"

finish
