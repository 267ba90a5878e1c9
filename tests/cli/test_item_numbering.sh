#!/bin/sh
# Plain item numbers per meeting (issue 12, item 2): a body set to
# `--numbering punkt` numbers its items 1, 2, 3 … starting again at each
# meeting, and every document says "Punkt 4", never "§": the text
# protokoll (compared with the hand-written golden file
# tests/golden/protokoll_items.txt), the beslutslista, the utdrag, the
# xlsx (read by openpyxl) and the PDF (read by pdftotext). An item
# without an ärende prints no dnr. The numbering is kept in the justering
# record: a later change of the body's numbering does not reach a
# justerat protokoll, and its checksum still verifies.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-14
n() { expect_ok "$*" "$@"; }
M1=SRV:2024-02-01
M2=SRV:2024-03-14

n init
n setting set org_name "Exempelstads kommun"
n committee add --code SRV --name "Samverkansrådet för vård och omsorg" --kind samverkansråd \
	--place "Stadshuset, rum Ekorren" --time 13.00
n committee edit SRV --numbering punkt
run committee show SRV
has "the body's numbering is shown" "^Numrering +punkter per sammanträde$"
expect_fail "an unknown numbering is named" 1 "numrering" committee edit SRV --numbering löpande
n person add --name "Karin Åberg" --party S --org "Exempelstads kommun"
n person add --name "Lars Ström" --org "Region Norrdalen"
n person add --name "Olof Ek" --party M --org "Exempelstads kommun"
n person add --name "Eva Holm" --title förvaltningschef --org "Exempelstads kommun"
n person add --name "Maria Nord" --title nämndsekreterare
n member add --person "Karin Åberg" --committee SRV --role ordförande --from 2024-01-01
n member add --person "Lars Ström" --committee SRV --role "1:e vice ordförande" --from 2024-01-01
n member add --person "Olof Ek" --committee SRV --role ledamot --from 2024-01-01
n member add --person "Maria Nord" --committee SRV --role sekreterare --from 2024-01-01
n case add --dnr "SRV 2024/3" --committee SRV --title "Gemensam rutin för utskrivning från sjukhus" \
	--status "klart för beslut" --registered 2024-01-15

# The first meeting: items 1-3.
n meeting add --committee SRV --date 2024-02-01
n agenda add $M1 --kind procedur --title "Mötets öppnande"
n agenda add $M1 --kind information --title "Presentation av rådet"
n agenda add $M1 --kind stående --title "Övriga frågor"
run paragraph number $M1
has "numbered as items" "^Punkterna är numrerade 1–3\.$"

# The second starts again at 1.
n meeting add --committee SRV --date 2024-03-14
n meeting edit $M2 --end 15.00
n agenda add $M2 --kind procedur --title "Mötets öppnande"
n agenda add $M2 --kind procedur --title "Val av justerare"
n agenda add $M2 --kind information --title "Lägesrapport om hemsjukvården" --presenter "Eva Holm"
n agenda add $M2 --case "SRV 2024/3"
n agenda add $M2 --kind stående --title "Övriga frågor"
run paragraph number $M2
has "the next meeting starts again at 1" "^Punkterna är numrerade 1–5\.$"
run paragraph list $M2
has "listed as items" "^p\. 4 +Gemensam rutin för utskrivning från s.* SRV 2024/3"
hasnt "no § in the list" "§"
eq "the first meeting keeps its numbers" "1 2 3" "$(sqlite3 -readonly "$NAMND_DB" "SELECT group_concat(number, ' ') FROM (SELECT p.number FROM paragraph p JOIN meeting m ON m.id = p.meeting_id WHERE m.date = '2024-02-01' ORDER BY p.number)")"

n attendance set $M2 "Karin Åberg" närvarande
n attendance set $M2 "Lars Ström" närvarande
n attendance absent $M2 "Olof Ek" --ersattare ingen
n attendance set $M2 "Eva Holm" övrig
n justerare set $M2 "Lars Ström"
n paragraph set $M2 1 --decision "Ordföranden förklarar mötet öppnat."
n paragraph set $M2 "punkt 2" --decision "Lars Ström utses att justera protokollet."
has "the change names the item" "^Ändrade punkt 2\.$"
n paragraph set $M2 3 --account "Se bifogat material." --decision "Rådet noterar informationen."
n paragraph set $M2 4 --decision "Rådet ställer sig bakom rutinen."
n paragraph set $M2 5 --decision "Inga övriga frågor."
expect_fail "an item the meeting does not have" 3 "ingen" paragraph set $M2 6 --decision "x"

"$NAMND" protokoll $M2 > "$TMP/got.txt" 2> "$TMP/err"
if cmp -s tests/golden/protokoll_items.txt "$TMP/got.txt"; then ok; else
	bad "protokoll with items differs:"; diff tests/golden/protokoll_items.txt "$TMP/got.txt"; fi

run beslutslista $M2
has "the beslutslista's column" "^Punkt +Ärende +Dnr +Beslut"
has "an item with its dnr" "^4 +Gemensam rutin för +SRV 2024/3"
has "an item without an ärende has no dnr" "^1 +Mötets öppnande +Ordföranden"
hasnt "no § in the beslutslista" "§"
run utdrag $M2 4
has "the utdrag names the item" "^Punkt +4$"
has "its heading" "^Punkt 4  Gemensam rutin för utskrivning från sjukhus$"
hasnt "no § in the utdrag" "§"

# xlsx and PDF from the same document model.
n protokoll $M2 --out "$TMP/p.xlsx"
/usr/bin/python3 - "$TMP/p.xlsx" <<'PY' && ok || bad "xlsx: items not as expected"
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
assert any(v.startswith('Punkt 4') and 'Gemensam rutin' in v for v in cells), cells
assert '1–5' in cells, cells
assert not any('§' in v for v in cells), [v for v in cells if '§' in v]
PY
n protokoll $M2 --out "$TMP/p.pdf"
pdftotext "$TMP/p.pdf" "$TMP/p.pdf.txt"
if grep -q "Punkt 4" "$TMP/p.pdf.txt" && ! grep -q "§" "$TMP/p.pdf.txt"; then ok; else
	bad "PDF: no 'Punkt 4' or a §: $(grep -n "Punkt\|§" "$TMP/p.pdf.txt")"; fi

# The numbering cannot change under a meeting numbered and not justerat.
expect_fail "numbering changed under numbered items" 1 "sammanträdet 2024-02-01 har redan numrerade paragrafer" committee edit SRV --numbering paragraf
run committee show SRV
has "still items" "^Numrering +punkter per sammanträde$"

# Justerat: the items are in the record and the canonical text.
n justera $M2 --by "Karin Åberg" --by "Lars Ström"
n protokoll $M2 --verify
run protokoll $M2 --canonical
has "the canonical text says punkt" "^punkt 4$"
hasnt "and no §" "^§"
eq "record version 5 (items since 3)" "namnd record 5" "$(sqlite3 -readonly "$NAMND_DB" "SELECT substr(body, 1, 14) FROM protocol_record r JOIN meeting m ON m.id = r.meeting_id WHERE m.date = '2024-03-14'")"
"$NAMND" protokoll $M2 > "$TMP/j1.txt" 2>"$TMP/err"
# Once the other meeting is justerat too, the body may go back to §;
# the justerade protokoll keep their items.
for who in "Karin Åberg" "Lars Ström" "Olof Ek"; do
	n attendance set $M1 "$who" närvarande
done
for i in 1 2 3; do
	n paragraph set $M1 $i --decision "Rådet noterar informationen."
done
n justerare set $M1 "Lars Ström"
n justera $M1 --by "Karin Åberg" --by "Lars Ström"
n committee edit SRV --numbering paragraf
"$NAMND" protokoll $M2 > "$TMP/j2.txt" 2>"$TMP/err"
if cmp -s "$TMP/j1.txt" "$TMP/j2.txt"; then ok; else
	bad "a justerat protokoll changed with the body's numbering:"; diff "$TMP/j1.txt" "$TMP/j2.txt"; fi
n protokoll $M2 --verify
has "the checksum still holds" "Kontrollsumman stämmer"

# A later meeting is numbered in § again, from § 1 (items are not in the
# year's series).
n meeting add --committee SRV --date 2024-04-11
n agenda add SRV:2024-04-11 --kind procedur --title "Mötets öppnande"
run paragraph number SRV:2024-04-11
has "back to §" "^Paragraferna är numrerade §§ 1–1\.$"

# Nor can another program renumber a justerad item into the year's §.
if sqlite3 "$NAMND_DB" "UPDATE paragraph SET numbered_in = 0, anslag_on = '2024-03-20' WHERE number = 4 AND numbered_in <> 0" 2>/dev/null; then
	bad "another program changed the numbering of a justerad item"; else ok; fi

# The file is sound after the migration widened the paragraph key.
eq "integrity" "ok" "$(/usr/bin/python3 -c "
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.create_collation('sv', lambda a, b: (a > b) - (a < b))
print(con.execute('PRAGMA integrity_check').fetchone()[0])" "$NAMND_DB")"
finish
