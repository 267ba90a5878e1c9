#!/bin/sh
# The UI's screen: it opens on the Översikt, adapts to resizing, asks for
# a larger window below 80×24, aligns Swedish text by display width,
# shows a stored escape sequence as harmless text, and draws no colour
# when NO_COLOR is set.
. tests/e2e/lib.sh

demo_db
ui 80 24
see "opens on the Översikt" "^ namnd — Exempelstads kommun .* 2024-03-12  testare"
see "committees listed" "Utbildningsnämnden \(UBN\) +2024-03-20 13\.00 +planerat"
see "footer names the keys" "^ Enter Öppna +Ä Ärenden +M Nämndens +A Alla sammanträden +P Personer +R Rapport$"
see "and wraps to a second line rather than hide Q" "^ / Sök +(L Pröva loggen +)?\? Hjälp +: Skärmar +Q Avsluta$"
# Esc on the top screen asks before quitting; n keeps the program open.
keys Escape
see "Esc on the Översikt asks" "Avsluta namnd\? \(j/n\)"
keys n
see "n keeps it open" "^ namnd — Exempelstads kommun"
if [ -s "$TMP/ui.rc" ]; then bad "the program ended after Esc and n"; else ok; fi
keys q
see "q asks too" "Avsluta namnd\? \(j/n\)"
keys Escape
not_see "Esc at the question does not quit" "Avsluta namnd\?"
if [ -s "$TMP/ui.rc" ]; then bad "the program ended after q and Esc"; else ok; fi

# Resize: smaller than 80×24 shows a message instead of the screen.
tm resize-window -t ui -x 79 -y 24
see "79 columns is too narrow" "Gör fönstret större"
see "the size is named" "minst 80×24, nu 79×24"
not_see "no half-drawn list when too small" "Utbildningsnämnden"
tm resize-window -t ui -x 80 -y 23
see "23 lines is too low" "minst 80×24, nu 80×23"
keys j Enter
settle
tm resize-window -t ui -x 40 -y 10
see "40×10 still says so" "minst 80×24, nu 40×10"
tm resize-window -t ui -x 80 -y 24
see "back at 80×24 the Översikt returns" "Utbildningsnämnden \(UBN\)"
not_see "keys pressed while too small did nothing" "Föredragningslistan|Nr +Ärende"
see "and nothing was opened blind" "^ namnd — Exempelstads kommun"
tm resize-window -t ui -x 140 -y 40
see "a wider window has the footer on one line" "R Rapport +/ Sök +(L Pröva loggen +)?\? Hjälp +: Skärmar +Q Avsluta"
look
n=$(printf '%s\n' "$screen" | wc -l)
eq "all 40 lines in use" 40 "$n"
tm resize-window -t ui -x 80 -y 24
quit_ui

# Swedish text aligns by display width: the status column starts at the
# same column for a title of å ä ö and for a plain ASCII title.
rm -f "$NAMND_DB"
"$NAMND" committee add --code UBN --name "Utbildningsnämnden" >/dev/null
"$NAMND" case add --committee UBN --title "Åtgärdsplan för ökad måluppfyllelse i förskoleklass år två" >/dev/null
"$NAMND" case add --committee UBN --title "Plain ASCII title" >/dev/null
"$NAMND" case add --committee UBN --title "Ärende om ÅÄÖ åäö éü" >/dev/null
ui 80 24
see "Översikt" "Utbildningsnämnden \(UBN\)"
keys Ä
see "Ärenden opens with Ä" "^ Ärenden · sorterade efter diarienummer"
see "long Swedish title cut with an ellipsis" "Åtgärdsplan för ökad måluppfyllelse i fö… registrerat"
look
col() { # the column where "registrerat" starts on the line matching $1
	line=$(printf '%s\n' "$screen" | grep -E -- "$1" | head -n 1)
	prefix=${line%%registrerat*}
	printf '%s' "$prefix" | wc -m
}
a=$(col "Plain ASCII title")
b=$(col "Åtgärdsplan")
c=$(col "Ärende om ÅÄÖ")
eq "status column after a truncated Swedish title" "$a" "$b"
eq "status column after a short Swedish title" "$a" "$c"
if [ "$a" -gt 40 ]; then ok; else bad "status column found ($a)"; fi
quit_ui

# A title stored by another program with escape sequences: shown as
# text, never obeyed (no colour change, no window title change).
/usr/bin/python3 - "$NAMND_DB" <<'PY' || bad "could not store the escape title"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
# What the triggers and indexes of a namnd file need, as another program
# writing to it would provide.
db.create_collation("sv", lambda a, b: (a > b) - (a < b))
db.create_function("nd_user", 0, lambda: "annat program")
db.execute("UPDATE cases SET title = 'Farlig\x1b[31mRÖD\x1b[0m\x1b]2;KAPAD\x07 titel' "
           "WHERE title = 'Plain ASCII title'")
db.commit()
PY
ui 80 24
keys Ä
see "the ESC title is listed" "Farlig\[31mRÖD\[0m\]2;KAPAD titel"
title=$(tm display-message -p -t ui '#{pane_title}')
case $title in *KAPAD*) bad "the pane title was changed by stored text: $title" ;; *) ok ;; esac
look -e
attrs=$(printf '%s\n' "$screen" | grep -a "RÖD")
case $attrs in *"$(printf '\033')[31m"*) bad "stored text turned the screen red: $attrs" ;; *) ok ;; esac
see "columns after it still aligned" "Farlig.* registrerat +UBN"
# NO_COLOR: no colour sequences anywhere on the screen.
look -e
if has_line "$ESC\[[0-9;]*3[0-7]m"; then
	bad "colours drawn although NO_COLOR is set"
else
	ok
fi
quit_ui

# With colours allowed, an overdue deadline stands out in colour.
rm -f "$NAMND_DB"
demo_db
unset NO_COLOR
ui 80 24
see "overdue justering shown" "justering +FÖRSENAD"
see_attr "overdue row coloured" "FÖRSENAD" "$ESC\[.*3[0-9].*m"
# Esc and j at the question end the program cleanly.
keys Escape
see "asked" "Avsluta namnd\? \(j/n\)"
keys j
poll test -s "$TMP/ui.rc"
eq "Esc, j: the program ended with status 0" 0 "$(cat "$TMP/ui.rc" 2>/dev/null)"
finish
