#!/bin/sh
# The secretary's main path: from the Översikt to a meeting, build its
# föredragningslista from the register (search and pick), add a standing
# item and a break, reorder, set times and föredragande, remove an item
# after confirming, and export the kallelse (text) and the
# föredragningslista (xlsx, read back by openpyxl) to chosen files.
. tests/e2e/lib.sh

demo_db
# UBN requires a föredragande for every item, so the check warns of one
# missing (by default it does not: committee edit --presenter-required).
"$NAMND" committee edit UBN --presenter-required ja >/dev/null 2>&1 || bad "presenter rule"
M=UBN:2024-03-20
eq "the meeting starts with an empty agenda" "" "$("$NAMND" --tsv agenda list $M)"
ui 80 24
see "Översikt" "Utbildningsnämnden \(UBN\) +2024-03-20 13\.00"
keys j
selected_is "the UBN row selected" "^Utbildningsnämnden \(UBN\)"
keys Enter
see "Sammanträde opens" "^ UBN 2024-03-20 13\.00 · planerat · 0 punkter · Sessionssal"
see "empty agenda explained" "Föredragningslistan är tom"
see "footer keys" "a Lägg till +s Stående punkt +p Paus"

keys a
see "the ärende picker" "Lägg till ärende: skriv en del av dnr eller rubrik"
type_text "månadsuppf"
see "hits narrow as one types" "UBN 2024/107 +Månadsuppföljning per januari 2024 \(klart för beslut\)"
type_text " janu"
see "the hit" "UBN 2024/107 +Månadsuppföljning per januari 2024 \(klart för beslut\)"
not_see "other months are gone" "Månadsuppföljning per februari"
keys Enter
see "added" "Lade till ärende UBN 2024/107\."
see "listed with its time" "^1 +Månadsuppföljning per januari 2024 +UBN 2024/107 +13\.00–13\.05"
see "the check before sending counts" "^─ Kontroll före utskick: 0 fel, 3 varningar"
see "the item's finding first" "^ · punkt 1: Föredragande saknas\."

keys a
type_text "namndplan 2025"
see "second pick (å ä ö may be typed plain)" "UBN 2024/81 +Nämndplan med budget 2025"
keys Enter
see "second item after the first" "^2 +Nämndplan med budget 2025.* +UBN 2024/81 +13\.05–13\.10"

keys s
type_text "Information från förvaltningschefen"
keys Enter
see "standing item" "^3 +Information från förvaltningschefen +13\.10–13\.15"
keys p
see "break prompt with a default" "Paus, minuter: 15"
keys BSpace BSpace
type_text "10"
keys Enter
see "break without a number" "^ +Paus +13\.15–13\.25"

# The break moves up above the standing item; times follow.
keys K
see "break moved up" "^ +Paus +13\.10–13\.20"
see "standing item after it" "^3 +Information från förvaltningschefen +13\.20–13\.25"
selected_is "the moved break stays selected" "Paus"

# Duration and föredragande of the Nämndplan.
keys k
selected_is "on the Nämndplan" "^2 +Nämndplan"
keys t
see "duration prompt" "Längd i minuter: 5"
keys BSpace
type_text "30"
keys Enter
see "times recomputed" "^2 +Nämndplan.* +13\.05–13\.35"
see "the rest follows" "^ +Paus +13\.35–13\.45"
keys f
see "föredragande: a person, a role or none" "Roll \(t\.ex\. Controller\)"
keys Down Enter
type_text "Controller"
keys Enter
see "föredragande as a role" "UBN 2024/81 +Controller +13\.05–13\.35"
keys J
see "moved down past the break" "^ +Paus +13\.05–13\.15"

# All findings in a list; Enter goes to the item.
keys c
see "findings listed" "^ Kontroll före utskick · UBN 2024-03-20"
see "with where and what" "^varning +punkt 1 +Föredragande saknas\."
not_see "the item with a föredragande has none" "punkt 2 .*Föredragande saknas"
keys Enter
see "back on the agenda" "^ UBN 2024-03-20 13\.00"
selected_is "Enter on the finding selects punkt 1" "^1 +Månadsuppföljning"

# The store agrees (read through the CLI's script output).
run --tsv agenda list $M
got=$(printf '%s\n' "$out" | cut -f2,4,6,7 | tr '\t' '|')
eq "agenda in the database" "1|Månadsuppföljning per januari 2024||13.00–13.05
|Paus||13.05–13.15
2|Nämndplan med budget 2025 – Utbildningsnämnden|Controller|13.15–13.45
3|Information från förvaltningschefen||13.45–13.50" "$got"

# Remove the standing item: asked first.
keys End
keys d
see "confirmation" "Ta bort punkt 3 »Information från förvaltningschefen«\? \(j/n\)"
keys j
see "removed" "Punkten är borttagen\."
n=$("$NAMND" --tsv agenda list $M | wc -l)
eq "three items left" 3 "$n"

# Export the kallelse as text to a chosen file.
keys x
see "export choices" "Kallelse, offentlig version"
keys Enter
see "file prompt with a default name" "Fil \(\.txt, \.xlsx eller \.pdf\): .*/kallelse-UBN-2024-03-20\.txt$"
keys C-e C-u
type_text "$TMP/ut/kallelse.txt"
keys Enter
see "a missing folder is reported at the field" "Mappen .*ut finns inte"
see "the path stays for correcting" "Fil \(\.txt, \.xlsx eller \.pdf\): .*ut/kallelse\.txt$"
if [ -e "$TMP/ut/kallelse.txt" ]; then bad "file written into a missing folder"; else ok; fi
mkdir "$TMP/ut"
keys Enter
see "written" "Skrev kallelsen till .*kallelse\.txt\."
k="$TMP/ut/kallelse.txt"
if grep -q "Utbildningsnämnden" "$k" && grep -q "2024-03-20\|20 mars 2024" "$k"; then ok; else bad "kallelse names the committee and day: $(head -20 "$k")"; fi
grep -n "Månadsuppföljning per januari 2024\|Paus\|Nämndplan med budget 2025\|Information från" "$k" >"$TMP/order"
if grep -q "Information från" "$TMP/order"; then bad "removed item in the kallelse"; else ok; fi
first=$(sed -n 1p "$TMP/order"); second=$(sed -n 2p "$TMP/order"); third=$(sed -n 3p "$TMP/order")
case "$first|$second|$third" in
*Månadsuppföljning*13.00*13.05*"|"*Paus*13.05*13.15*"|"*Nämndplan*13.15*13.45*) ok ;;
*) bad "kallelse items in order with times: $first | $second | $third" ;;
esac

# The föredragningslista as xlsx, read back by openpyxl.
keys x j j
see "third choice" "Föredragningslista"
keys Enter C-e C-u
type_text "$TMP/ut/lista.xlsx"
keys Enter
see "xlsx written" "Skrev föredragningslistan till .*lista\.xlsx\."
/usr/bin/python3 - "$TMP/ut/lista.xlsx" >"$TMP/cells" 2>&1 <<'PY' || bad "openpyxl could not read the xlsx: $(cat "$TMP/cells")"
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
for row in ws.iter_rows(values_only=True):
    cells = [str(c) for c in row if c is not None]
    if cells:
        print("|".join(cells))
PY
if grep -q "Nämndplan med budget 2025 – Utbildningsnämnden|UBN 2024/81|Controller|13.15–13.45" "$TMP/cells"; then ok; else bad "xlsx row for the Nämndplan: $(cat "$TMP/cells")"; fi
quit_ui
finish
