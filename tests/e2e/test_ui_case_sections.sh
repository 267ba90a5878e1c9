#!/bin/sh
# The tjänsteutlåtande's own sections in the UI (issue 11, item 1;
# namnd section add/edit/rm/list/show): a third kind of row on the
# Handlingar och mottagare screen (U on Ärenden), the heading on the line
# editor and the text in $VISUAL; the selected section's text is shown
# under the list. Each change is read back through the CLI.
. tests/e2e/lib.sh

demo_db
D="UBN 2024/81"
# The headings, in order; the last section's id; a section as shown.
headings() { "$NAMND" --tsv section list --case "$D" | cut -f2; }
last_id() { "$NAMND" --tsv section list --case "$D" | tail -n 1 | cut -f1; }
shown() { "$NAMND" section show "$1"; }
headings0=$(headings)
docs0=$("$NAMND" --tsv document list --case "$D")
ED_MODE="$TMP/ed.mode"
cat >"$TMP/ed.sh" <<ED
#!/bin/sh
case \$(cat '$ED_MODE') in
first) printf 'Förslaget påverkar barn i förskola och skola.\\nBarnens synpunkter har inhämtats genom elevråden.\\n' >"\$1" ;;
second) printf 'Förslaget påverkar barn i förskola och skola.\\nElevråden har yttrat sig.\\n' >"\$1" ;;
empty) : >"\$1" ;;
fail) exit 1 ;;
same) : ;;
esac
ED
chmod +x "$TMP/ed.sh"
export VISUAL="$TMP/ed.sh"
ui 80 24
keys Ä
see "Ärenden" "^ Ärenden · sorterade"
keys /
type_text "nämndplan budget 2025"
keys Enter
selected_is "the ärende" "^UBN 2024/81 "
keys U
see "its handlingar" "^ Handlingar och mottagare · UBN 2024/81 Nämndplan"

# Added: the kind picked, the heading typed, the text from the editor.
keys a
see "a section is one of the kinds" "│Avsnitt i tjänsteutlåtandet \(rubrik och text\)"
echo first >"$ED_MODE"
keys Down Down Enter
see "heading asked" "Avsnittets rubrik:"
type_text "Barnkonsekvensanalys"
keys Enter
see "added" "Avsnittet \"Barnkonsekvensanalys\" är tillagt i tjänsteutlåtandet\."
selected_is "the new row selected" "^Avsnitt +Barnkonsekvensanalys"
see "its text under the list" "^ Barnens synpunkter har inhämtats genom elevråden\."
first=$(last_id)
eq "the CLI lists it last" "$headings0
Barnkonsekvensanalys" "$(headings)"
eq "the CLI shows its text, line by line" "Rubrik  Barnkonsekvensanalys
Text    Förslaget påverkar barn i förskola och skola.
        Barnens synpunkter har inhämtats genom elevråden." "$(shown "$first" | sed 1d)"

# A second one whose editor is left empty: added without text.
keys a
echo empty >"$ED_MODE"
keys Down Down Enter
type_text "Samverkan"
keys Enter
see "added without text" "Avsnittet \"Samverkan\" är tillagt i tjänsteutlåtandet utan text \(e skriver den\)\."
see "the empty text said" "\(ingen text än: e skriver den\)"
eq "the CLI lists both in order" "$headings0
Barnkonsekvensanalys
Samverkan" "$(headings)"

# Changed: the heading kept, the text rewritten.
keys k
selected_is "back on the first" "^Avsnitt +Barnkonsekvensanalys"
echo second >"$ED_MODE"
keys e
see "old heading offered" "Avsnittets rubrik: Barnkonsekvensanalys"
keys Enter
see "changed" "Avsnittet är ändrat: Barnkonsekvensanalys\."
see "the new text shown" "^ Elevråden har yttrat sig\."
eq "the CLI shows the new text" "Text    Förslaget påverkar barn i förskola och skola.
        Elevråden har yttrat sig." "$(shown "$first" | sed 1,2d)"
# A failing editor changes nothing; an unchanged text and heading neither.
echo fail >"$ED_MODE"
keys e Enter
see "the editor's failure said" "Redigeraren avslutades med fel \(status 1\); texten är oförändrad"
echo same >"$ED_MODE"
keys e Enter
see "nothing to change" "Avsnittet är oförändrat\."
# The heading alone changed, the text kept.
keys e C-u
type_text "Barnrättsperspektiv"
keys Enter
see "renamed" "Avsnittet är ändrat: Barnrättsperspektiv\."
eq "the CLI shows the new heading and the old text" "Rubrik  Barnrättsperspektiv
Text    Förslaget påverkar barn i förskola och skola.
        Elevråden har yttrat sig." "$(shown "$first" | sed 1d)"

# Removed after asking.
keys j
selected_is "on the empty one" "^Avsnitt +Samverkan"
keys d
see "asked first" "Ta bort avsnittet \"Samverkan\" ur tjänsteutlåtandet, med dess text\? \(j/n\)"
keys j
see "removed" "Borttaget: Samverkan\."
eq "the other sections as they were (CLI)" "$headings0
Barnrättsperspektiv" "$(headings)"
eq "the documents untouched" "$docs0" "$("$NAMND" --tsv document list --case "$D")"
quit_ui
finish
