#!/bin/sh
# Utkast in the UI (issue 10, item 5): on Ärenden, n saves a new ärende
# as an utkast without a dnr (shown as "utkast N" where the dnr stands,
# first in the list); r registers it with the next number; d removes an
# utkast after a j/n, but not one that stood in a sent kallelse (the
# message says where and what to do). Every step is audited with the user.
. tests/e2e/lib.sh

demo_db
last=$(sql "SELECT max(dnr_number) FROM cases WHERE dnr_series = 'UBN' AND dnr_year = 2024")
# One utkast that stood in a sent kallelse, made with the CLI.
"$NAMND" case add --utkast --title "Stod i kallelsen" --committee UBN >/dev/null
shown=$(sql "SELECT max(id) FROM cases")
"$NAMND" agenda add UBN:2024-04-17 --case "$shown" --kind information >/dev/null
"$NAMND" meeting sent UBN:2024-04-17 >/dev/null
"$NAMND" agenda rm "$(sql "SELECT id FROM agenda_item WHERE case_id = $shown")" >/dev/null
eq "prepared: the utkast stood in a sent kallelse" 1 \
	"$(sql "SELECT count(*) FROM case_shown WHERE case_id = $shown")"

ui 80 24
keys Ä
see "Ärenden" "^ Ärenden"
see "the footer offers n for an utkast" "n Nytt utkast"
# At 80 columns the footer still holds what a registrator does with an
# ärende, makulera and ta bort too (Sortera and Importera fil give way).
see "the footer offers r" "r Registrera"
see "the footer offers m" "m Makulera"
see "the footer offers d" "d Ta bort"
see "the footer offers U" "U Handlingar"
keys n
see "title prompt" "Nytt utkast \(inget diarienummer än\), titel:"
type_text "Skolskjuts för Berga"
keys Enter
see "committee prompt" "Nämnd \(kod"
type_text "UBN"
keys Enter
# The row is read once the UI shows it saved (under ASan the save takes a
# moment after the key).
see "the utkast's form opens" "^ Ärende utkast [0-9]+ "
draft=$(sql "SELECT max(id) FROM cases")
eq "a new row" "$((shown + 1))" "$draft"
see "the form is the new row's" "^ Ärende utkast $draft "
see "said so" "Sparade utkast $draft; det har inget diarienummer än \(r i Ärenden registrerar det\)\."
eq "no number used: a placeholder, not a dnr" "1" \
	"$(sql "SELECT dnr_number < 0 FROM cases WHERE id = $draft")"
keys Escape Home
see "back in the list" "^ Ärenden"
selected_is "the utkast first, with utkast where the dnr stands" "^utkast $draft +Skolskjuts för Berga +utkast +UBN"

# r registers it: the prompt takes a dnr, empty gives the next one.
keys r
see "register prompt" "Registrera utkast $draft, diarienummer \(tom: nästa lediga\):"
keys Escape
eq "Esc registers nothing" "1" "$(sql "SELECT dnr_number < 0 FROM cases WHERE id = $draft")"
keys r
see "asked again" "Registrera utkast $draft, diarienummer"
keys Enter
see "registered with the next number" "Registrerade utkastet som ärende UBN 2024/$((last + 1))\."
eq "stored" "UBN|2024|$((last + 1))|2024-03-12" \
	"$(sql "SELECT dnr_series || '|' || dnr_year || '|' || dnr_number || '|' || registered FROM cases WHERE id = $draft")"
not_see "no longer among the utkast" "^utkast $draft "
keys End
selected_is "a registered ärende" "^UBN 2024/"
keys r
see "is not registered again" "Ärende UBN 2024/[0-9]+ är redan registrerat\."

# d removes an utkast never seen, after a question.
keys n
type_text "Felskrivet"
keys Enter Enter
see "a second utkast's form opens" "^ Ärende utkast [0-9]+ .*Felskrivet|^Titel +Felskrivet"
gone=$(sql "SELECT max(id) FROM cases")
eq "another new row" "$((draft + 1))" "$gone"
see "a second utkast" "^ Ärende utkast $gone "
keys Escape Home
selected_is "first in the list" "^utkast $gone +Felskrivet"
keys d
see "asked first" "Ta bort utkast $gone »Felskrivet«\? \(j/n\)"
keys n
eq "n keeps it" "1" "$(sql "SELECT count(*) FROM cases WHERE id = $gone")"
keys d
see "asked again" "Ta bort utkast $gone"
keys j
see "removed" "Utkast $gone är borttaget\."
eq "gone from the file" "0" "$(sql "SELECT count(*) FROM cases WHERE id = $gone")"

# One that stood in a sent kallelse is refused, saying where and how.
keys Home
selected_is "the one from the kallelse" "^utkast $shown +Stod i kallelsen"
keys d j
see "refused, naming the kallelse" "Utkastet $shown »Stod i kallelsen« har stått i kallelsen till UBN 2024-04-17"
eq "still there" "1" "$(sql "SELECT count(*) FROM cases WHERE id = $shown")"
quit_ui

eq "audited with the user: saved, registered, saved, removed" \
"$NAMND_USER|insert|$draft
$NAMND_USER|update|$draft
$NAMND_USER|insert|$gone
$NAMND_USER|delete|$gone" \
	"$(sql "SELECT who || '|' || action || '|' || row_id FROM audit_log WHERE tbl = 'cases' AND row_id IN ($draft, $gone) ORDER BY id")"
finish
