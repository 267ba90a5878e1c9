#!/bin/sh
# Nothing out of reach at 80×24 (issue 11, items 5 and 6): every screen's
# footer may not hold all its actions, so `?` must list every action the
# screen takes, each with a key that does it there (the bindings in
# force). The actions are read from the UI's own tables (each screen's
# tscreen_ops and its action array, as tests/cli/test_parity.sh does),
# so a new action is checked without touching this test. Long messages
# and questions wrap to more lines instead of being cut.
. tests/e2e/lib.sh

# screen name <TAB> keys-file name of each action it takes.
awk '
/X\([A-Z_]+, *"/ {
	id = $0; sub(/.*X\(/, "", id); sub(/,.*/, "", id)
	nm = $0; sub(/^[^"]*"/, "", nm); sub(/".*/, "", nm)
	name["ACT_" id] = nm
}
/static const enum tui_action [a-z_]+\[\] = \{/ {
	arr = $0; sub(/.*tui_action /, "", arr); sub(/\[.*/, "", arr)
	inarr = 1; list[FILENAME, arr] = ""; next
}
inarr {
	line = $0
	while (match(line, /ACT_[A-Z_]+/)) {
		a = substr(line, RSTART, RLENGTH)
		if (a != "ACT_NONE") list[FILENAME, arr] = list[FILENAME, arr] " " a
		line = substr(line, RSTART + RLENGTH)
	}
	if ($0 ~ /\};/) inarr = 0
	next
}
/static const struct tscreen_ops [a-z_]+ = \{/ { inops = 1; sname = ""; sarr = ""; next }
inops && /\.name = "/ { sname = $0; sub(/^[^"]*"/, "", sname); sub(/".*/, "", sname) }
inops && /\.actions = / { sarr = $0; sub(/.*\.actions = /, "", sarr); sub(/,.*/, "", sarr) }
inops && /^\};/ { inops = 0; ops[++nops] = sname SUBSEP FILENAME SUBSEP sarr }
END {
	for (i = 1; i <= nops; i++) {
		split(ops[i], p, SUBSEP)
		n = split(list[p[2], p[3]], acts, " ")
		for (k = 1; k <= n; k++) if (acts[k] in name) print p[1] "\t" name[acts[k]]
	}
}' src/tui/tui.h src/tui/*.c | sort -u >"$TMP/actions"
n=$(grep -c "^Protokoll	" "$TMP/actions")
if [ "$n" -gt 15 ]; then ok; else bad "the Protokoll's actions were not read from the tables ($n)"; fi
checked=""

# help_lists SCREEN: on the screen now shown, ? opens its help at 80×24;
# every action SCREEN takes is listed under "Den här skärmen" with at
# least one key (a key the screen gives another action is not shown).
help_lists() {
	keys '?'
	see "help for $1" "^ Hjälp · $1"
	# The help is a list taller than the window: read it page by page
	# until the general section begins.
	: >"$TMP/help"
	pages=0
	while :; do
		look
		printf '%s\n' "$screen" | sed '1,2d' >>"$TMP/help"
		pages=$((pages + 1))
		has_line "^ +Överallt" && break
		[ $pages -ge 6 ] && break
		keys PgDn
	done
	awk '/^ +Den här skärmen/ { on = 1; next } /^ +Överallt/ { on = 0 } on' "$TMP/help" |
		sort -u >"$TMP/section"
	missing=""
	for a in $(awk -F'\t' -v s="$1" '$1 == s { print $2 }' "$TMP/actions"); do
		# Columns: keys (18), what it does (26), the keys-file name.
		line=$(grep -E " $a\$" "$TMP/section" | head -n 1)
		if [ -z "$line" ]; then
			missing="$missing $a(absent)"
		elif [ -z "$(printf '%s' "$line" | cut -c1-18 | tr -d ' ')" ]; then
			missing="$missing $a(no key)"
		fi
	done
	if [ -z "$missing" ]; then ok; else bad "help for $1 at 80×24 lacks:$missing
$(cat "$TMP/section")"; fi
	checked="$checked|$1"
	keys Escape
	see "back from the help of $1" "^ [^H]"
}

demo_db
mkdir -p "$TMP/docs"
export XDG_DOCUMENTS_DIR="$TMP/docs"
ui 80 24
see "Översikt" "Utbildningsnämnden \(UBN\)"
help_lists "Översikt"
keys Ä
see "Ärenden" "^ Ärenden · sorterade"
help_lists "Ärenden"
keys Enter
see "an ärende's form" "^ Ärende UBN "
help_lists "Uppgifter"
keys Escape U
see "an ärende's handlingar" "^ Handlingar och mottagare · UBN "
help_lists "Handlingar och mottagare"
keys Escape Escape
see "Översikt again" "^ namnd — Exempelstads kommun"
keys M
see "the body's meetings" "^ Sammanträden"
help_lists "Sammanträden"
keys Enter
see "a meeting" "^ [A-Z]+ 2024-"
help_lists "Sammanträde"
keys c
see "the check" "^ Kontroll före utskick"
help_lists "Kontroll före utskick"
keys Escape n
see "Närvaro" "^ Närvaro"
help_lists "Närvaro"
keys Escape
keys D
see "Delegeringsbeslut" "^ Delegeringsbeslut · "
help_lists "Delegeringsbeslut"
keys Escape
see "back to the meeting" "^ [A-Z]+ 2024-"
keys Escape Escape
see "Översikt again" "^ namnd — Exempelstads kommun"
# The AU's last meeting has a protokoll with an omröstning (§ 9).
keys End Enter
see "Protokoll" "^ UBNAU 2024-02-14 · §§ 1–13"
help_lists "Protokoll"
keys T
see "Roller" "^ Roller · UBNAU 2024-02-14"
help_lists "Roller"
keys Escape
see "Protokoll again" "^ UBNAU 2024-02-14 · §§ 1–13"
keys j j j j j j j j o
see "Omröstning" "^ Omröstning"
help_lists "Omröstning"
keys Escape U
see "Underlag och expediering" "Underlag och expediering"
help_lists "Underlag och expediering"
keys Escape Escape P
see "Personer" "^ Personer"
help_lists "Personer och ledamöter"
keys S
see "Sök asks for words" "Sök efter:"
type_text "budget"
keys Enter
see "Sök" "^ Sök"
help_lists "Sök"
keys R
see "Månadsrapport" "Månadsuppföljning|Månadsrapport"
help_lists "Månadsrapport"
keys b
see "Budget" "^ Budget"
help_lists "Budget"

# Every screen with actions of its own was opened above, except the two
# message lists that only scroll (import messages), and the help itself.
for s in $(cut -f1 "$TMP/actions" | sort -u | tr ' ' '_'); do
	s=$(printf '%s' "$s" | tr '_' ' ')
	case "|$checked|" in *"|$s|"*) continue ;; esac
	case $s in Hjälp | Meddelanden | Importmeddelanden) continue ;; esac
	bad "the screen '$s' was not checked at 80×24"
done

quit_ui

# A long question wraps to more lines rather than being cut: removing an
# agenda item names it with its whole title.
long="Yttrande över remiss om ändrade föreskrifter för fritidshemmets verksamhet, elevhälsans organisation och skolskjutsarnas upphandling i kommunens norra delar inklusive Bäckeby"
"$NAMND" agenda add UBN:2024-03-20 --kind stående --title "$long" >/dev/null || bad "agenda add"
ui 80 24
keys j
selected_is "the UBN row" "^Utbildningsnämnden \(UBN\)"
keys Enter
see "the meeting" "^ UBN 2024-03-20"
selected_is "the long item" "Yttrande över remiss"
keys d
see "the question begins" "Ta bort punkt 1 »Yttrande över remiss"
see "and ends on a later line, whole" "norra delar inklusive Bäckeby«\? \(j/n\)"
keys n
see "n keeps it" "Avbrutet; ingenting ändrades"
eq "still there" 1 "$(sql "SELECT count(*) FROM agenda_item WHERE title LIKE 'Yttrande över remiss%'")"
quit_ui
finish
