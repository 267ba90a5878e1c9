#!/bin/sh
# An ärende's handlingar (beslutsunderlag, bilagor) and "Beslutet skickas
# till" in the UI (issue 11, item 1), before the meeting: U on Ärenden
# lists them; a adds, e changes, d removes either, each read back
# through the CLI (document list, recipient list).
. tests/e2e/lib.sh

demo_db
D="UBN 2024/81"
docs() { "$NAMND" --tsv document list --case "$D" | cut -f2,3 | tr '\t' '|'; }
rcpt() { "$NAMND" --tsv recipient list --case "$D" | cut -f2,3 | tr '\t' '|'; }
docs0=$(docs)
rcpt0=$(rcpt)
ui 80 24
keys Ä
see "Ärenden" "^ Ärenden · sorterade"
see "the footer offers the handlingar" "U Handlingar"
keys /
type_text "nämndplan budget 2025"
keys Enter
selected_is "the ärende" "^UBN 2024/81 "
keys U
see "its handlingar and recipients" "^ Handlingar och mottagare · UBN 2024/81 Nämndplan"
see "a document listed" "^Handling +2024-02-25 +Barnkonsekvensanalys"
see "a recipient listed" "^Skickas till +för vidare hantering +Kommunstyrelsen"

# A bilaga with a date; a wrong date stays in the field with the reason.
keys a
see "what to add" "Handling \(beslutsunderlag, bilaga\)"
keys Enter
type_text "Bilaga 1 Lokalförsörjningsplan"
keys Enter
type_text "2024-02-30"
keys Enter
see "the bad date refused at the field" "2024-02-30"
keys C-u
type_text "2024-03-01"
keys Enter
see "added" "Handlingen \"Bilaga 1 Lokalförsörjningsplan\" är tillagd\."
eq "the CLI lists it last" "$docs0
2024-03-01|Bilaga 1 Lokalförsörjningsplan" "$(docs)"

# A recipient for information, then changed to further handling.
keys a Down Enter
see "to whom" "Beslutet skickas till"
type_text "Skolförvaltningen"
keys Enter
see "purpose asked" "Syfte"
keys Down Enter
see "recipient added" "Beslutet skickas till Skolförvaltningen för kännedom\."
eq "the CLI lists the recipient" 1 "$(rcpt | grep -c '^för kännedom|Skolförvaltningen$')"
selected_is "the new row selected" "^Skickas till +för kännedom +Skolförvaltningen"
keys e
see "old value offered" "Beslutet skickas till: Skolförvaltningen"
keys C-u
type_text "Barn- och utbildningsförvaltningen"
keys Enter
see "the purpose picker starts on the old one" "│för kännedom"
keys Up Enter
see "changed" "Mottagaren är ändrad: Barn- och utbildningsförvaltningen\."
eq "the CLI shows the change" "1 0" "$(rcpt | grep -c '^för vidare hantering|Barn- och utbildningsförvaltningen$') $(rcpt | grep -c Skolförvaltningen)"

# Removed after asking.
keys d
see "asked first" "Ta bort Barn- och utbildningsförvaltningen ur \"Beslutet skickas till\"\? \(j/n\)"
keys j
see "removed" "Borttaget: Barn- och utbildningsförvaltningen\."
eq "the recipients as before (CLI)" "$rcpt0" "$(rcpt)"
# The document's title corrected in place (document edit).
keys Home
selected_is "first document" "^Handling +2024-02-25 +Tjänsteutlåtande"
keys e C-u
type_text "Tjänsteutlåtande, reviderat"
keys Enter Enter
see "document changed" "Handlingen är ändrad: Tjänsteutlåtande, reviderat\."
eq "the CLI shows the new title" "2024-02-25|Tjänsteutlåtande, reviderat" "$(docs | head -n 1)"
quit_ui
finish
