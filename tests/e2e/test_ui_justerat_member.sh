#!/bin/sh
# Personer, a committee's uppdrag, and a justerat meeting (hostile19 F14):
# d on a seat that counted at a justerat meeting is refused naming that
# meeting and the UI's own way to end it (no CLI command); a correction
# backdated over a justerat meeting is saved with the CLI's warning.
. tests/e2e/lib.sh
. tests/cli/fixtures/justerat_vacant.sh
c() { "$NAMND" "$@" >/dev/null 2>"$TMP/c.err" || bad "namnd $*: $(cat "$TMP/c.err")"; }
fixture_justerat_vacant c
export NAMND_TODAY=2024-04-20
seats=$(sql "SELECT count(*) FROM membership")

to_row() { # PATTERN: move the selection to the row matching it
	n=0
	while [ $n -lt 8 ]; do
		selection
		if printf '%s\n' "$sel" | grep -qE -- "$1"; then break; fi
		keys j
		n=$((n + 1))
	done
	selected_is "on $1" "$1"
}

ui 160 30
see "Översikt" "Utbildningsnämnden \(UBN\)"
keys P
see "Personer" "^ Personer"
keys Tab
see "members" "^ Ledamöter · Utbildningsnämnden \(UBN\)"
to_row "^ledamot +Vakant"
keys d
see "asked" "Ta bort uppdraget"
keys j
see "refused, naming the meeting and the UI's way" \
	"Kan inte ta bort uppdraget: det gällde vid det justerade sammanträdet UBN 2024-03-20"
see "how to end it here" "Enter på uppdraget och fältet Till"
not_see "no CLI command" "namnd member"
eq "the seat stays" "$seats" "$(sql "SELECT count(*) FROM membership")"

# Sara's term ended before the justerat meeting, where she was absent:
# saved, with the CLI's warning.
keys Home
to_row "^ledamot +Sara Öhman"
keys Enter
see "the uppdrag" "Uppdrag"
to_row "^Till"
keys Enter
type_text "2024-02-01"
keys Enter
see "saved with the CLI's warning" \
	"Sparat: till\. Obs: ändringen gäller en dag då nämnden hade ett justerat sammanträde \(UBN 2024-03-20\)"
eq "stored" "2024-02-01" "$(sql "SELECT valid_to FROM membership m JOIN person p ON p.id = m.person_id WHERE p.name COLLATE BINARY = 'Sara Öhman'")"
# Karin's, who chaired it, cannot end before it (hostile20 F15).
keys Escape
see "back at the list" "^ Ledamöter · Utbildningsnämnden \(UBN\)"
keys Home
to_row "^ordförande +Karin Åberg"
keys Enter
see "her uppdrag" "Uppdrag"
to_row "^Till"
keys Enter
type_text "2024-02-01"
keys Enter
see "refused, naming the meeting" "Karin Åberg var närvarande vid det justerade sammanträdet UBN 2024-03-20"
eq "not stored" "" "$(sql "SELECT coalesce(valid_to, '') FROM membership WHERE role = 'ordförande'")"
keys Q
finish
