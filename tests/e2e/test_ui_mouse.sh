#!/bin/sh
# The mouse (issue 11, item 10), where the terminal reports it: a click
# selects the row under it (never runs a command), the wheel moves the
# selection, and "mus av" in the keys file leaves the mouse to the
# terminal. The clicked row is the one a key then acts on, read back
# through the CLI.
. tests/e2e/lib.sh

# click COL ROW / wheel up|down COL ROW: X10 mouse reports (what ncurses
# asks a screen-like terminal for), each read by the UI as one key: a
# click is a press and a release, a wheel notch one press.
mouse_report() {
	e2e_sent=$((e2e_sent + 1))
	tm send-keys -t ui -l -- "$(printf '\033[M%b%b%b' "\\0$(printf '%o' "$1")" \
		"\\0$(printf '%o' $(($2 + 33)))" "\\0$(printf '%o' $(($3 + 33)))")"
}
click() { mouse_report 32 "$1" "$2"; mouse_report 35 "$1" "$2"; }
wheel() { if [ "$1" = up ]; then mouse_report 96 "$2" "$3"; else mouse_report 97 "$2" "$3"; fi; }

demo_db
M=UBNAU:2024-03-13
items() { "$NAMND" --tsv agenda list $M | cut -f4; }
before=$(items)
n0=$(printf '%s\n' "$before" | grep -c .)
ui 80 24
see "Översikt" "Utbildningsnämndens arbetsutsko"
# The Översikt: a click on the AU's row, then Enter opens its meeting.
look
y=$(printf '%s\n' "$screen" | grep -n "^Utbildningsnämndens arbetsutsko" | head -n 1 | cut -d: -f1)
click 3 $((y - 1))
selected_is "a click selects the row under it" "^Utbildningsnämndens arbetsutsko"
not_see "and opens nothing" "^ UBNAU 2024-03-13"
keys Enter
see "Enter opens the clicked row" "^ UBNAU 2024-03-13"
# The agenda: click the fourth row, d removes that one.
look
line=$(printf '%s\n' "$screen" | sed -n 6p)
click 10 5
selected_is "the fourth agenda row" "^$(printf '%s' "$line" | cut -c1-20 | sed 's/[][().*+?^$|\\]/\\&/g')"
third=$(printf '%s\n' "$before" | sed -n 4p)
keys d
see "removing the clicked row is asked" "Ta bort punkt .*$third"
keys j
see "removed" "Punkten är borttagen\."
after=$(items)
eq "the CLI: the clicked item is gone, the others stay" \
	"$(printf '%s\n' "$before" | sed 4d)" "$after"
# The wheel moves the selection down and up, three rows a notch.
keys Home
selected_is "first row" "^A +Upprop"
wheel down 10 8
look
selection
first_down=$sel
eq "the wheel moved three rows down" "$(printf '%s\n' "$after" | sed -n 4p | cut -c1-15)" \
	"$(printf '%s' "$first_down" | sed 's/^[^ ]* *//' | cut -c1-15)"
wheel up 10 8
selected_is "and back up" "^A +Upprop"
# A click below the list selects nothing and changes nothing.
click 10 22
selected_is "still on the first row" "^A +Upprop"
quit_ui

# The terminal is asked to report the mouse (tmux knows what its pane
# asked for) unless the keys file says "mus av".
mouse_flag() { tm display-message -p -t ui '#{mouse_standard_flag}#{mouse_button_flag}#{mouse_any_flag}' | tr -d 0 | grep -c 1; }
ui 80 24
see "Översikt" "Utbildningsnämndens arbetsutsko"
eq "by default the UI takes the mouse" 1 "$(mouse_flag)"
quit_ui
mkdir -p "$XDG_CONFIG_HOME/namnd"
printf 'mus av\n' >"$XDG_CONFIG_HOME/namnd/keys"
ui 80 24
see "Översikt" "Utbildningsnämndens arbetsutsko"
eq "with mus av it leaves the mouse to the terminal" 0 "$(mouse_flag)"
quit_ui
printf 'mus kanske\n' >"$XDG_CONFIG_HOME/namnd/keys"
ui 80 24
see "a wrong value is named" "rad 1: \"mus\" tar \"av\" eller"
see "with the value" "\"på\", inte \"kanske\""
quit_ui
finish
