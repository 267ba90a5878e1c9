#!/bin/sh
# People and ärenden are picked, never typed in full (issue 11, item 2):
# the list narrows as part of a name is typed (case and å ä ö folded),
# Enter with nothing listed keeps the picker open, and the keys typed
# after it edit the search line instead of running as commands. The
# result is read back through the CLI.
. tests/e2e/lib.sh

demo_db
"$NAMND" person add --name "Åsa Örnsköld" --party C >/dev/null || bad "person add"
ui 80 24
see "Översikt" "Utbildningsnämnden \(UBN\)"
keys P
see "Personer" "^ Personer"
keys Tab
see "a body's members" "^ Ledamöter · "
look
body=$(printf '%s\n' "$screen" | sed -n '1s/.*(\([A-ZÅÄÖ]*\)).*/\1/p')
members=$(sql "SELECT count(*) FROM membership")
keys a
see "the person picker" "Nytt uppdrag: skriv en del av personens namn"
see "the register listed before anything is typed" "│Ahmed Karimi"
type_text "ORNSK"
see "found without å and ö, in capitals" "│Åsa Örnsköld \(C\)"
not_see "the others are gone" "│Henrik Östlund"
type_text "zz"
see "nothing matches" "ingen träff"
keys Enter
see "Enter with nothing listed stays in the picker" "Sök: ORNSKzz"
# These would be commands on the screen below (remove, quit).
keys d Q
see "keys after it go to the search line" "Sök: ORNSKzzdQ"
if [ -s "$TMP/ui.rc" ]; then bad "Q ended the program from inside the picker"; else ok; fi
keys BSpace BSpace BSpace BSpace
see "the hit is back" "│Åsa Örnsköld \(C\)"
keys Enter
see "then the role" "Roll"
keys Enter
see "stored" "Uppdraget är inlagt\."
see "listed among the members" "Åsa Örnsköld"
quit_ui
eq "one membership more, none removed by the d typed in the picker" \
	"$((members + 1))" "$(sql "SELECT count(*) FROM membership")"
got=$("$NAMND" --tsv member list --committee "$body" | grep -c "Åsa Örnsköld")
eq "the CLI lists her membership of $body" 1 "$got"

# The Ärenden list filtered by a handläggare picked by part of her name.
ui 80 24
keys Ä
see "Ärenden" "^ Ärenden · sorterade"
keys f Down Enter
see "the handläggare picker" "Handläggare: skriv en del av namnet"
see "all handläggare is the first choice" "│Alla handläggare"
type_text "sjoqv"
see "Sjöqvist found" "│Emelie Sjöqvist"
not_see "Alla handläggare narrowed away" "│Alla handläggare"
keys Escape
see "Esc changes nothing" "Avbrutet; ingenting ändrades"
not_see "no filter set" "handläggare Emelie"
quit_ui
finish
