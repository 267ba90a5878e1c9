#!/bin/sh
# The controller's main path: on a fresh database with one committee, go
# to the Månadsrapport, see a bad file refused with a Swedish message and
# nothing stored, import the seed's month (tests/data/seed_2023-10.tsv),
# read its table on screen with the deviations and the total, import a
# month with mismatches (listed, stored anyway), step between the
# periods, and export the month as xlsx (read back by openpyxl) and as
# text (the seed's hand-written golden file) and as PDF (poppler-utils);
# what the UI stored is read back with namnd report list and show.
. tests/e2e/lib.sh

SEED=tests/data/seed_2023-10.tsv
GOLDEN=tests/data/seed_2023-10.txt
PY=/usr/bin/python3

"$NAMND" init >/dev/null 2>&1 || bad "init"
"$NAMND" committee add --code UBN --name Utbildningsnämnden >/dev/null 2>&1 || bad "committee"

# The editor for comments: appends a line to what it is given.
cat >"$TMP/ed.sh" <<'ED'
#!/bin/sh
printf 'Lärarvakanser.\n' >>"$1"
ED
chmod +x "$TMP/ed.sh"
export VISUAL="$TMP/ed.sh"

ui 80 24
see "Översikt" "Utbildningsnämnden \(UBN\)"
keys :
see "the menu" "Gå till"
see "lists the month report" "│Månadsrapport"
keys End
keys Enter
see "Månadsrapport opens" "^ Månadsuppföljning · Utbildningsnämnden \(UBN\) "
see "nothing imported yet" "Ingen månadsuppföljning för UBN ännu \(i importerar en fil\)\."
see "footer" "i Importera fil"
not_see "no export without a report" "Exportera xlsx"

# --- Bad files: a Swedish message, nothing stored ---------------------------
: >"$TMP/tom.tsv"
before=$(fingerprint)
keys i
see "file prompt" "Importera fil \(CSV eller TSV\): *$"
type_text "$TMP/tom.tsv"
keys Enter
see "period prompt: last month when the name has none" "Period \(ÅÅÅÅ-MM\): 2024-02"
keys Enter
see "an empty file is refused" "tom\.tsv: Filen är tom\."
eq "the empty file changed nothing" "$before" "$(fingerprint)"

printf 'Område\tBudget (ack)\tUtfall (ack)\tBudget (helår)\tPrognos (helår)\n' >"$TMP/fel_2023-09.tsv"
printf 'Komvux\t1.234,5\t-10\t-12\t-12\n' >>"$TMP/fel_2023-09.tsv"
keys i
see "file prompt again" "Importera fil \(CSV eller TSV\): *$"
type_text "$TMP/fel_2023-09.tsv"
keys Enter
see "the period from the file's name" "Period \(ÅÅÅÅ-MM\): 2023-09"
keys Enter
see "the errors listed" "^ Import av fel_2023-09\.tsv till UBN 2023-09"
see "with row and column" "^Fel +Rad 2, kolumn 2"
see "nothing imported" "inget har importerats"
eq "the bad number changed nothing" "$before" "$(fingerprint)"
keys Escape
see "back on the report" "Ingen månadsuppföljning för UBN ännu"

# --- The seed's month ---------------------------------------------------------
keys i
see "file prompt for the seed" "Importera fil \(CSV eller TSV\): *$"
type_text "$PWD/$SEED"
keys Enter
see "the seed's period from its name" "Period \(ÅÅÅÅ-MM\): 2023-10"
keys Enter
see "imported" "Importerade månadsuppföljningen 2023-10: 13 områden \(tkr\)\."
see "title names committee, period and unit" \
	"^ Månadsuppföljning · Utbildningsnämnden · 2023-10 \(tkr\) "
see "the two-line heading" "^Verksamhet +Budget +Utfall +Avvik\. +Budget +Prognos +Avvik\.$"
see "the heading's second line" "^ +\(ack\) +\(ack\) +\(ack\) +\(helår\) +\(helår\) +prognos$"
see "the total row" "^Totalt +-795 480 +-792 815 +2 665 +-952 414 +-952 414 +0$"
see "an area with its deviations" "^Utvecklingsreserv +-6 892 +223 +7 115 +-8 478 +-8 078 +400$"
see "a long area cut with an ellipsis" \
	"^Grundskola köpta, sålda, sko… +-34 254 +-35 890 +-1 636 +-41 771 +-42 571 +-800$"
see "the last area fits at 80×24" "^Komvux +-10 463 +-11 066 +-603 +-12 577 +-12 577 +0$"
eq "stored: 13 lines" 13 "$(sql "SELECT count(*) FROM month_report_line")"
eq "stored exactly" "-1046300|-1106600" \
	"$(sql "SELECT budget_ack, utfall_ack FROM month_report_line WHERE area = 'Komvux'")"

# Negative deviations stand out (NO_COLOR: bold and underlined), the
# positive ones do not.
see_attr "-800 highlighted" "^Grundskola köpta" "$ESC\[1;4m   -800"
look -e
attr=$(printf '%s\n' "$screen" | grep -a "^Förskola köpta")
case $attr in *"$(printf '\033')["*) bad "a positive deviation highlighted: $attr" ;; *) ok ;; esac

# --- Export: xlsx read by openpyxl, text against the golden file -------------
keys x
see "xlsx prompt with a default name" \
	"Exportera xlsx till fil: manadsuppfoljning-UBN-2023-10\.xlsx"
keys C-u
type_text "$TMP/okt.xlsx"
keys Enter
see "xlsx written" "Skrev månadsuppföljningen 2023-10 till .*okt\.xlsx\."
"$PY" - "$TMP/okt.xlsx" >"$TMP/py" 2>&1 <<'EOF'
import sys
import openpyxl
path = sys.argv[1]
ws = openpyxl.load_workbook(path)["2023-10"]
wv = openpyxl.load_workbook(path, data_only=True)["2023-10"]
total = [r for r in range(1, 30) if ws.cell(r, 1).value == "Totalt"]
if len(total) != 1:
    print("FAIL: one total row:", total)
    sys.exit()
t = total[0]
got = [wv.cell(t, c).value for c in range(2, 8)]
want = [-795480, -792815, 2665, -952414, -952414, 0]
print("ok total values" if got == want else "FAIL: total values %r" % got)
dev = [ws.cell(r, c).value for r in range(t, t + 14) for c in (4, 7)]
print("ok deviation formulas" if all(str(v).startswith("=") for v in dev)
      else "FAIL: deviation cells %r" % dev)
row = [ws.cell(t + 6, c).value for c in (1, 2, 3, 5, 6)]
print("ok a line's figures" if row == ["Grundskola köpta, sålda, skolskjuts", -34254, -35890,
                                        -41771, -42571] else "FAIL: line %r" % row)
print("ok its cached deviations" if [wv.cell(t + 6, c).value for c in (4, 7)] == [-1636, -800]
      else "FAIL: cached %r" % [wv.cell(t + 6, c).value for c in (4, 7)])
EOF
n=0
while IFS= read -r line; do
	case $line in ok\ *) ok; n=$((n + 1)) ;; *) bad "xlsx: $line" ;; esac
done <"$TMP/py"
eq "four xlsx checks ran" 4 "$n"

keys t
see "text prompt" "Exportera text till fil: manadsuppfoljning-UBN-2023-10\.txt"
keys C-u
type_text "$TMP/okt.txt"
keys Enter
see "text written" "Skrev månadsuppföljningen 2023-10 till .*okt\.txt\."
if cmp -s "$GOLDEN" "$TMP/okt.txt"; then ok; else bad "text differs from $GOLDEN:
$(diff "$GOLDEN" "$TMP/okt.txt")"; fi

# As PDF (u): A4 for the nämnd's handlingar, read by poppler-utils: the
# text export's content in order, tagged, every font embedded.
keys u
see "pdf prompt" "Exportera PDF till fil: manadsuppfoljning-UBN-2023-10\.pdf"
keys C-u
type_text "$TMP/okt.pdf"
keys Enter
see "pdf written" "Skrev månadsuppföljningen 2023-10 till .*okt\.pdf\."
if "$PY" tests/cli/pdf_check.py "$TMP/okt.pdf" "$TMP/okt.txt" --pages 2 \
	--title "Månadsuppföljning Utbildningsnämnden 2023-10" \
	--page-text "2:Avvikelse per område (tkr)" >"$TMP/check" 2>&1
then ok; else bad "pdf: $(cat "$TMP/check")"; fi

# --- A month with mismatches: listed, stored as in the file -----------------
sed -e 's/^Utbildning\t-795 480\t-792 815/Utbildning\t-795 480\t-792 800/' \
	"$SEED" >"$TMP/uppf_2023-11.tsv"
keys i
see "file prompt for November" "Importera fil \(CSV eller TSV\): *$"
type_text "$TMP/uppf_2023-11.tsv"
keys Enter
see "November from the name" "Period \(ÅÅÅÅ-MM\): 2023-11"
keys Enter
see "the mismatches listed" "^ Import av uppf_2023-11\.tsv till UBN 2023-11"
see "the mismatch with file and computed value" \
	"^Varning +Rad 2 \(Totalt\), kolumn 3 \(\"Utfall tkr \(ack\)\"\): filen har -792 800,"
see "stored anyway" "Importerade 2023-11: 13 områden \(tkr\); 1 avvikelse mot filen, se listan\."
keys Escape
see "November shown" "· 2023-11 \(tkr\)"
see "the total is computed, not the file's" "^Totalt +-795 480 +-792 815 "
see "periods step in the footer" "←/→ Period"

# Comments from elsewhere show when the screen is opened again.
"$NAMND" report comment --committee UBN --period 2023-10 --text "Positiv avvikelse." \
	>/dev/null 2>&1 || bad "report comment"
"$NAMND" report comment --committee UBN --period 2023-10 --area Komvux \
	--text "Vakanser under hösten." >/dev/null 2>&1 || bad "line comment"
keys Left
see "the older period" "· 2023-10 \(tkr\)"
see "the report's comment" "^Rapporten: Positiv avvikelse\.$"
keys End
see "the last line's comment" "^Komvux: Vakanser under hösten\.$"
selected_is "End selects Komvux" "^Komvux"
keys Right
see "back to November" "· 2023-11 \(tkr\)"
keys Right
see "no later month" "Det finns ingen senare månadsuppföljning för UBN\."

# Importing a stored period asks first; n keeps it.
keys i
see "file prompt for a stored period" "Importera fil \(CSV eller TSV\): *$"
type_text "$TMP/uppf_2023-11.tsv"
keys Enter
see "period prompt" "Period \(ÅÅÅÅ-MM\): 2023-11"
before=$(fingerprint)
keys Enter
see "asks before replacing" "Det finns redan en månadsuppföljning för UBN 2023-11\. Ersätta den\? \(j/n\)"
keys n
see "cancelled" "Avbrutet; ingenting ändrades\."
eq "the stored month kept" "$before" "$(fingerprint)"

# A comment written in the editor, on the selected line.
keys Left
see "October again" "· 2023-10 \(tkr\)"
keys End
see "on Komvux" "^Komvux: Vakanser under hösten\.$"
keys e
see "which comment" "Kommentar för Komvux"
keys Enter
see "saved" "Kommentaren är sparad\."
eq "stored" "Vakanser under hösten. Lärarvakanser." \
	"$(sql "SELECT replace(l.comment, char(10), ' ') FROM month_report_line l JOIN month_report r ON r.id = l.report_id WHERE r.month = 10 AND area = 'Komvux'")"
see "shown, its line break kept" "^Lärarvakanser\.$"

# More lines than fit: they scroll, and the heading says where.
{
	printf 'Område\tBudget (ack)\tUtfall (ack)\tBudget (helår)\tPrognos (helår)\n'
	i=1
	while [ $i -le 40 ]; do
		printf 'Område %02d\t-%d\t-%d\t-%d\t-%d\n' $i $((i * 100)) $((i * 100 + 5)) $((i * 120)) $((i * 120))
		i=$((i + 1))
	done
} >"$TMP/stor_2023-12.tsv"
keys i
see "file prompt for December" "Importera fil \(CSV eller TSV\): *$"
type_text "$TMP/stor_2023-12.tsv"
keys Enter
see "December from the name" "Period \(ÅÅÅÅ-MM\): 2023-12"
keys Enter
see "the areas gone since November listed" "^Varning +Området \".*\" \(och 12 områden till\) fanns i"
see "and the question under them" "Områden saknas jämfört med förra uppföljningen\. Importera ändå\? \(j/n\)"
keys j
see "imported with changed areas" "Importerade månadsuppföljningen 2023-12: 40 områden \(tkr\)\."
see "the total of 40 lines" "^Totalt +-82 000 +-82 200 +-200 +-98 400 +-98 400 +0$"
see "where the window is" "^1–17 av 40 "
see "the first line" "^Område 01 +-100 +-105 +-5 +-120 +-120 +0$"
not_see "not the last" "^Område 40 "
keys End
see "the last line after End" "^Område 40 +-4 000 +-4 005 +-5 +-4 800 +-4 800 +0$"
see "the window moved" "^24–40 av 40 "
not_see "the first scrolled away" "^Område 01 "
selected_is "End selects the last line" "^Område 40"
keys PPage
see "a page up" "^8–24 av 40 "
selected_is "PgUp moves the selection a page" "^Område 24"

# What the UI stored, read back through the CLI: the months imported
# (December's with its 40 areas) and October as the UI showed it, with
# the comment written in the editor.
run --tsv report list
eq "three months in the register" "2023-10|13
2023-11|13
2023-12|40" "$(printf '%s\n' "$out" | cut -f2,3 | sort | tr '\t' '|')"
run report show --committee UBN --period 2023-10
if printf '%s\n' "$out" | grep -qE "^Totalt +-795 480 +-792 815 +2 665 +-952 414 +-952 414 +0$"; then ok; else bad "report show: $out"; fi
if printf '%s\n' "$out" | grep -q "Lärarvakanser"; then ok; else bad "the comment in report show: $out"; fi

# Removing a month asks first.
keys d
see "asks before removing" "Ta bort månadsuppföljningen för UBN 2023-12\? \(j/n\)"
keys j
see "removed" "Månadsuppföljningen 2023-12 är borttagen\."
see "the latest left is shown" "· 2023-11 \(tkr\)"
eq "December gone from the store" 0 "$(sql "SELECT count(*) FROM month_report WHERE month = 12")"

# An export into a missing folder is refused and writes nothing.
keys x
see "xlsx prompt for November" "Exportera xlsx till fil: manadsuppfoljning-UBN-2023-11\.xlsx"
keys C-u
type_text "$TMP/saknas/nov.xlsx"
keys Enter
see "the missing folder named" "Mappen .*saknas finns inte"
if [ -e "$TMP/saknas" ]; then bad "a missing folder was created"; else ok; fi

# A committee first by name but without reports: the screen opens on
# the first one that has some, and n switches.
"$NAMND" committee add --code BFN --name "Barn- och fritidsnämnden" >/dev/null 2>&1 || bad "BFN"
keys R
see "opened again: n in the footer with two committees" "n Nämnd"
see "on the latest month of UBN" "^ Månadsuppföljning · Utbildningsnämnden · 2023-11 \(tkr\)"
keys n
see "the committees to pick" "│Barn- och fritidsnämnden \(BFN\)"
keys Home
keys Enter
see "BFN has none" "Ingen månadsuppföljning för BFN ännu"
see "its title" "^ Månadsuppföljning · Barn- och fritidsnämnden \(BFN\)"

quit_ui
finish
