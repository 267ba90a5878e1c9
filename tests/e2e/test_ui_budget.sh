#!/bin/sh
# The nämndplan's budget table in the UI (issue 11: budget import, list,
# show and rm beside the Månadsrapport): from the Månadsrapport, b opens
# the body's Budget; the seed's table imported from a file with the
# Månadsrapport's path prompt, a table pasted into the editor (a bad one
# refused with its row and column, nothing stored, and offered again),
# a stored year replaced only when the user says so, the years stepped
# and picked, one written out, one removed after a question. What the
# UI stored is read back with namnd budget show and budget list.
. tests/e2e/lib.sh

SEED=tests/data/seed_budget_2023.tsv
GOLDEN=tests/data/seed_budget_2023.txt

"$NAMND" init >/dev/null 2>&1 || bad "init"
"$NAMND" committee add --code UBN --name Utbildningsnämnden >/dev/null 2>&1 || bad "committee"

# The editor: keeps what it was given (to see what is offered again),
# then leaves the table of $TMP/paste.tsv in its place.
cat >"$TMP/ed.sh" <<ED
#!/bin/sh
cp "\$1" "$TMP/offered.txt"
cat "$TMP/paste.tsv" >"\$1"
ED
chmod +x "$TMP/ed.sh"
export VISUAL="$TMP/ed.sh"

ui 80 24
keys R
see "Månadsrapport" "^ Månadsuppföljning · Utbildningsnämnden \(UBN\)"
see "the footer names the budget" "b Budget"
keys b
see "Budget opens on the same body" "^ Budget · Utbildningsnämnden \(UBN\)"
see "nothing imported yet" "Ingen budgettabell för UBN ännu \(i importerar en fil eller en"
see "footer" "i Importera"

# --- From a file: the seed -------------------------------------------------
keys i
see "file or paste" "Från en fil \(CSV, TSV eller text\)"
keys Enter
see "the Månadsrapport's file prompt" "Importera fil \(CSV eller TSV\): *$"
type_text "$PWD/$SEED"
keys Enter
see "imported" "Importerade budgettabellen 2023–2024: 13 områden \(tkr\)\."
see "title with the years and unit" "^ Budget · Utbildningsnämnden · 2023–2024 \(tkr\)"
see "the headings with their years" "^Verksamhet +Prognos 2023 +Budget 2023 +Budget 2024$"
see "an area" "^Komvux +-12 577 +-12 577 +-12 533$"
see "Totalt last, computed" "^Totalt +-954 463 +-954 463 +-1 010 299$"
see "the table's comment" "^Kommentar till tabell: 5,0 mkr ska från utvecklingsreserv"
"$NAMND" budget show --committee UBN --year 2023 >"$TMP/show.txt" 2>&1
if cmp -s "$GOLDEN" "$TMP/show.txt"; then ok; else bad "budget show after the UI's import:
$(diff "$GOLDEN" "$TMP/show.txt")"; fi

# --- Pasted: a bad table is refused whole and offered again ------------------
printf 'tkr\t2025\t\t2026\nOmråde\tPrognos\tBudget\tBudget\nFörskola\t-200 000\t-201.000\t-205 500\n' \
	>"$TMP/paste.tsv"
before=$(fingerprint)
keys i
see "file or paste again" "Klistra in tabellen"
keys Down Enter
see "the errors listed" "^ Import av inklistrad tabell till UBN: ingenting importerades"
see "with row and column" "Rad 3, kolumn 3 \(Budget 2025\)"
eq "nothing stored" "$before" "$(fingerprint)"
keys Escape
see "back on the budget" "^ Budget · Utbildningsnämnden · 2023–2024"
if grep -q "Klistra in nämndplanens budgettabell" "$TMP/offered.txt"; then ok; else
	bad "the first paste did not start from the help: $(cat "$TMP/offered.txt")"; fi

printf 'Verksamhet tkr\t2025\t\t2026\n\tPrognos\tBudget\tBudget\nFörskola\t-200 000\t-201 000\t-205 500\nGrundskola\t-380 000\t-381 500\t-390 000\nTotalt\t-580 000\t-582 500\t-595 500\n' \
	>"$TMP/paste.tsv"
keys i Down Enter
see "pasted table imported" "Importerade budgettabellen 2025–2026: 2 områden \(tkr\)\."
if grep -q -- "-201\.000" "$TMP/offered.txt"; then ok; else
	bad "the refused paste was not offered again: $(cat "$TMP/offered.txt")"; fi
see "the new year shown" "^ Budget · Utbildningsnämnden · 2025–2026 \(tkr\)"
see "its total" "^Totalt +-580 000 +-582 500 +-595 500$"
"$NAMND" budget list --committee UBN >"$TMP/list.txt" 2>&1
if grep -qE '^UBN +2025 +2 +tkr' "$TMP/list.txt" && grep -qE '^UBN +2023 +13 +tkr' "$TMP/list.txt"
then ok; else bad "budget list after the paste: $(cat "$TMP/list.txt")"; fi

# --- A stored year: replaced only when confirmed ---------------------------------
before=$(fingerprint)
keys i Enter
see "file prompt" "Importera fil \(CSV eller TSV\): *$"
type_text "$PWD/$SEED"
keys Enter
see "asks before replacing" "Det finns redan en budgettabell för UBN 2023\. Ersätta den\?"
keys n
see "kept" "Ingenting importerades\."
eq "the stored year kept" "$before" "$(fingerprint)"

# --- Years: stepped and picked ---------------------------------------------------
keys Left
see "the older year" "^ Budget · Utbildningsnämnden · 2023–2024"
keys Left
see "no older one" "Det finns ingen tidigare budgettabell för UBN\."
keys p
see "the years to pick" "2025–2026"
keys Home Enter
see "picked" "^ Budget · Utbildningsnämnden · 2025–2026"

# --- Written out: text, as the CLI's --out writes it ------------------------------
keys x
see "export prompt" "Fil \(\.txt, \.xlsx eller \.pdf\): .*budget-UBN-2025\.pdf"
keys C-u
type_text "$TMP/budget2025.txt"
keys Enter
see "written" "Skrev budgettabellen 2025–2026 till .*budget2025\.txt\."
if grep -qE '^Grundskola +-380 000 +-381 500 +-390 000$' "$TMP/budget2025.txt"; then ok; else
	bad "the written table: $(cat "$TMP/budget2025.txt")"; fi

# --- Removed after a question ------------------------------------------------------
keys d
see "asks" "Ta bort budgettabellen 2025–2026 för UBN\? \(j/n\)"
keys j
see "removed" "Budgettabellen 2025–2026 är borttagen\."
see "the remaining year shown" "^ Budget · Utbildningsnämnden · 2023–2024"
"$NAMND" budget list --committee UBN >"$TMP/list.txt" 2>&1
if grep -qE '^UBN +2023 ' "$TMP/list.txt" && ! grep -q 2025 "$TMP/list.txt"; then ok; else
	bad "budget list after removing: $(cat "$TMP/list.txt")"; fi
"$NAMND" budget show --committee UBN --year 2025 >/dev/null 2>"$TMP/err"
if grep -q "Det finns ingen budgettabell för UBN 2025" "$TMP/err"; then ok; else
	bad "2025 still there: $(cat "$TMP/err")"; fi

keys q
see "back on the Månadsrapport" "^ Månadsuppföljning · Utbildningsnämnden \(UBN\)"
quit_ui
finish
