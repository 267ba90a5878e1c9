#!/bin/sh
# A paragraph's beslutsunderlag and expediering (U on the Protokoll), and
# the documents after the meeting exported from the Protokoll (x): the
# protokoll, an utdrag of chosen paragraphs, the anslag, the beslutslista.
# The file's ending picks the format (.txt, .xlsx, .pdf) and an ending
# namnd does not write is refused by name; an existing file is only overwritten on a yes. What
# the UI wrote is read with independent readers and compared with the
# CLI's documents.
. tests/e2e/lib.sh

demo_db
q() { sql "$1"; }
M=UBNAU:2024-02-14
P9="(SELECT p.id FROM paragraph p JOIN meeting m ON m.id = p.meeting_id WHERE m.date = '2024-02-14' AND p.number = 9)"
ui 80 24
keys A /
type_text "2024-02-14"
keys Enter Enter
see "the meeting" "^ UBNAU 2024-02-14 08\.30"
# The meeting's exports reach the documents after it too.
keys x
see "offered where exports live" "│Protokoll, utdrag, anslag eller beslutslista …"
keys Down Down Down Down Enter
see "the protokoll's documents" "│Beslutslista"
keys Down Down Down Down Enter C-u
type_text "$TMP/fran-sammantradet.txt"
keys Enter
see "written from the meeting" "Skrev beslutslistan till $TMP/fran-sammantradet\.txt\."
"$NAMND" beslutslista "$M" >"$TMP/cli_bl.txt"
if cmp -s "$TMP/fran-sammantradet.txt" "$TMP/cli_bl.txt"; then ok; else bad "the meeting's beslutslista differs from the CLI's"; fi
keys o
see "Protokoll" "^ UBNAU 2024-02-14 · §§ 1–13 · ej justerat"
keys j j j j j j j j
selected_is "on § 9" "^ +9 Revidering av riktlinjer"

# Underlag and expediering of § 9.
keys U
see "the paragraph's underlag" "^ Underlag och expediering · § 9 · UBN 2024/22"
see "its documents" "^Beslutsunderlag +2024-01-20 +Tjänsteutlåtande"
see "who gets it" "^Skickas till +för vidare hantering +Utbildningsnämnden"
keys a
see "what to add" "Lägg till"
keys Enter
see "title asked" "Handlingens titel:"
type_text "Yttrande från trafiknämnden"
keys Enter
see "date asked" "Handlingens datum \(ÅÅÅÅ-MM-DD, tomt: inget\):"
type_text "2024-13-01"
keys Enter
see "a bad date is refused, naming it" "2024-13-01"
eq "nothing stored" "0" "$(q "SELECT count(*) FROM case_document WHERE title = 'Yttrande från trafiknämnden'")"
keys a Enter
type_text "Yttrande från trafiknämnden"
keys Enter
type_text "2024-01-25"
keys Enter
see "added" "Beslutsunderlaget \"Yttrande från trafiknämnden\" är tillagt\."
see "listed" "^Beslutsunderlag +2024-01-25 +Yttrande från trafiknämnden"
keys a Down Down Enter
see "recipient asked" "Mottagare:"
type_text "Skolskjutssamordnaren"
keys Enter
see "recipient added" "Skolskjutssamordnaren får beslutet för kännedom\."
keys a Down Down Enter
type_text "Fel mottagare"
keys Enter
see "a wrong one added" "^Skickas till +för kännedom +Fel mottagare"
keys End
selected_is "the last row" "Fel mottagare"
keys d
see "asked first" "Ta bort Fel mottagare ur expedieringen\? \(j/n\)"
keys j
see "removed" "Borttaget: Fel mottagare\."
not_see "gone from the list" "Fel mottagare$"
eq "expediering stored" "för kännedom|Skolskjutssamordnaren
för vidare hantering|Utbildningsnämnden" \
	"$(q "SELECT purpose || '|' || recipient FROM paragraph_recipient WHERE paragraph_id = $P9 ORDER BY recipient")"
keys Escape
see "back on the Protokoll" "^ UBNAU 2024-02-14 · §§ 1–13"
see "the detail shows the expediering" "Skickas till: Skolskjutssamordnaren \(för kännedom\)"

# An utdrag of two chosen paragraphs, as text.
keys x
see "what to export" "│Protokollsutdrag \(valda paragrafer\)"
keys Down Down Enter
see "paragraphs asked, the selected one offered" "Utdrag av paragraf \(t\.ex\. 12, 14–15\): 9"
type_text ", 6"
keys Enter
see "a file name offered" "Fil \(\.txt[^)]*\): protokollsutdrag-UBNAU-2024-02-14-9-m\.fl\.txt"
keys C-u
type_text "$TMP/utdrag.txt"
keys Enter
see "written" "Skrev utdraget till $TMP/utdrag\.txt\."
"$NAMND" utdrag "$M" 9 6 >"$TMP/cli_utdrag.txt"
if cmp -s "$TMP/utdrag.txt" "$TMP/cli_utdrag.txt"; then ok; else bad "the UI's utdrag differs from namnd utdrag $M 9 6"; fi
NB=$(printf '\302\240') # § and its number are kept together
for want in "Paragrafer     §${NB}9, §${NB}6" "§${NB}9  Revidering av riktlinjer för skolskjuts" \
	"§${NB}6  Framtida organisation av Bäckeby skola" "- Yttrande från trafiknämnden 2024-01-25" \
	"För kännedom: Skolskjutssamordnaren" "Utdragsbestyrkande"; do
	if grep -qF -- "$want" "$TMP/utdrag.txt"; then ok; else bad "utdrag lacks '$want'"; fi
done

# The protokoll as xlsx, read by openpyxl.
keys x Enter
see "file asked" "Fil \(\.txt[^)]*\): protokoll-UBNAU-2024-02-14\.txt"
keys C-u
type_text "$TMP/protokoll.xlsx"
keys Enter
see "xlsx written" "Skrev protokollet till $TMP/protokoll\.xlsx\."
got=$(/usr/bin/python3 -c '
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None))
' "$TMP/protokoll.xlsx" 2>&1)
for want in "Revidering av riktlinjer för skolskjuts" "Yttrande från trafiknämnden 2024-01-25"; do
	if printf '%s\n' "$got" | grep -qF -- "$want"; then ok; else bad "xlsx lacks '$want': $got"; fi
done

# An ending namnd does not write is refused by name; nothing written.
keys x Down Down Down Down Enter
see "beslutslista offered" "Fil \(\.txt[^)]*\): beslutslista-UBNAU-2024-02-14\.txt"
keys C-u
type_text "$TMP/beslutslista.docx"
keys Enter
see "refused by its ending" "Filändelsen \"\.docx\" kan inte skrivas; välj \.txt"
if [ -e "$TMP/beslutslista.docx" ]; then bad "a .docx file was written"; else ok; fi
keys x Down Down Down Down Enter C-u
type_text "$TMP/beslutslista"
keys Enter
see "no ending refused" "Filnamnet \".*beslutslista\" saknar ändelse"

# Overwrite only on a yes.
echo "keep me" >"$TMP/beslutslista.txt"
keys x Down Down Down Down Enter C-u
type_text "$TMP/beslutslista.txt"
keys Enter
see "overwrite asked" "beslutslista\.txt finns redan\. Skriva över den\? \(j/n\)"
keys n
see "left alone" "Avbrutet; ingenting ändrades\."
eq "the file kept" "keep me" "$(cat "$TMP/beslutslista.txt")"
keys x Down Down Down Down Enter C-u
type_text "$TMP/beslutslista.txt"
keys Enter j
see "written on a yes" "Skrev beslutslistan till $TMP/beslutslista\.txt\."
"$NAMND" beslutslista "$M" >"$TMP/cli_beslutslista.txt"
if cmp -s "$TMP/beslutslista.txt" "$TMP/cli_beslutslista.txt"; then ok; else bad "the UI's beslutslista differs from the CLI's"; fi

# PDF, from the ending as well; read by poppler's pdftotext.
keys x Down Down Down Down Enter
see "pdf offered" "Fil \(\.txt, \.xlsx eller \.pdf\)"
keys C-u
type_text "$TMP/beslutslista.pdf"
keys Enter
see "pdf written" "Skrev beslutslistan till $TMP/beslutslista\.pdf\."
if pdftotext "$TMP/beslutslista.pdf" - 2>/dev/null | grep -qF "UBN 2024/22"; then ok; else
	bad "the UI's pdf beslutslista lacks UBN 2024/22"; fi

# The anslag before justering: the store's refusal, no file.
keys x Down Down Down Enter C-u
type_text "$TMP/anslag.txt"
keys Enter
see "no anslag before justering" "Anslaget för sammanträdet kan inte skrivas: protokollet är inte justerat\."
if [ -e "$TMP/anslag.txt" ]; then bad "an anslag was written before justering"; else ok; fi
quit_ui

# Read back through the CLI: the protokoll lists the new underlag.
out=$("$NAMND" protokoll "$M")
for want in "Yttrande från trafiknämnden 2024-01-25" "För kännedom: Skolskjutssamordnaren"; do
	if printf '%s\n' "$out" | grep -qF -- "$want"; then ok; else bad "protokoll lacks '$want'"; fi
done
finish
