#!/bin/sh
# Month tables as real organisations write them (issue 12, item 7). Each
# case keeps a short excerpt of a real table's header row (and where the
# source shows them, its row names and number forms), with the source
# named; figures the excerpt does not show are made up and say so. The
# header is read word by word in any order, last year's columns are named
# as not read (never taken for this year's), a bare "Avvikelse" follows
# the column before it, subtotal rows are checked and not stored, the
# total may be "Summa …" at the end, minus is "-", "−" or "–" with or
# without a space, amounts may be in mnkr with decimals, a table pasted
# from a PDF (columns parted by runs of spaces) is read, and a header
# word namnd does not know is named in the message.
. tests/cli/lib.sh

expect_ok "init" init
expect_ok "committee" committee add --code KS --name Kommunstyrelsen

# figures PERIOD AREA: budget_ack|utfall_ack|budget_year|prognos_year as
# stored (hundredths of tkr).
figures() {
	sqlite3 "$NAMND_DB" "SELECT f.budget_ack, f.utfall_ack, f.budget_year, f.prognos_year
		FROM month_report_figures f JOIN month_report r ON r.id = f.report_id
		WHERE printf('%04d-%02d', r.year, r.month) = '$1' AND f.area = '$2'"
}
areas() {
	sqlite3 "$NAMND_DB" "SELECT group_concat(f.area, '|') FROM (SELECT f.area FROM
		month_report_figures f JOIN month_report r ON r.id = f.report_id
		WHERE printf('%04d-%02d', r.year, r.month) = '$1' ORDER BY f.position) f"
}

# --- Nacka kommun, "Tertialbokslut 1, 2010", Resultaträkning april 2010
# (DNR KFKS 2009/234/041; slideplayer.se/slide/2723918): the header row
# and the first three rows as they stand, in Mkr with one decimal, pasted
# from the PDF with its columns parted by runs of spaces. Last year's
# "Utfall 2009-04" is not this year's Utfall; the second, bare
# "Avvikelse" is the forecast's (it follows Årsbudget).
cat > "$TMP/nacka.txt" <<'T'
Mkr                            Utfall 2009-04  Utfall 2010-04  Periodiserad budget 2010-04  Avvikelse mot per. budget  Årsprognos 2010  Årsbudget 2010  Avvikelse
Externa intäkter                        239,2           248,6                        240,0                        8,6            730,8           725,3        5,5
Verksamhetens kostnader              -1 344,7        -1 422,7                     -1 421,4                       -1,3         -4 226,7        -4 235,3        8,6
Verksamhetens nettokostnader         -1 105,5        -1 174,1                     -1 181,4                        7,3         -3 495,9        -3 510,0       14,1
T
expect_ok "Nacka's table pasted from the PDF" report import --committee KS --period 2010-04 "$TMP/nacka.txt"
has "read as a PDF paste" 'avgränsare: flera blanksteg'
has "last year's column named, not read" 'Kolumn 2 \("Utfall 2009-04"\) läses inte: den gäller ett annat år än rapportens 2010'
has "bare Avvikelse follows Årsbudget" 'Kolumn 8 \("Avvikelse"\) läses som Avvikelse prognos'
has "mnkr kept in tkr" 'Beloppen är i mnkr och lagras i tkr'
eq "no mismatch" "" "$err"
eq "Mkr with decimals, exact in tkr" "24000000|24860000|72530000|73080000" \
	"$(figures 2010-04 'Externa intäkter')"
eq "minus and grouped thousands" "-118140000|-117410000|-351000000|-349590000" \
	"$(figures 2010-04 'Verksamhetens nettokostnader')"

# --- Piteå kommun, "Månadsrapport Piteå kommun", oktober 2013
# (docplayer.se/27091932): the column heads "Prognos helår 2013",
# "Budget helår 2013", last year's "helår 2012", the period written
# "Jan- Okt 2013", "tkr" in the first head, the total "SUMMA NÄMNDER"
# last, the nämnder's names. Budget and Utfall before the period and the
# figures are made up; minus as − (U+2212) and "– 614" (U+2013 and a space).
printf 'Nämnd/styrelse, tkr\tBudget Jan- Okt 2013\tUtfall Jan- Okt 2013\tPrognos helår 2013\tBudget helår 2013\tUtfall helår 2012\n' > "$TMP/pitea.tsv"
printf 'Barn- och utbildningsnämnden\t\342\210\222400 000\t\342\210\222401 000\t\342\210\222480 614\t\342\210\222480 000\t\342\210\222470 000\n' >> "$TMP/pitea.tsv"
printf 'Kultur- och fritidsnämnden\t\342\200\223 50 000\t\342\200\223 49 386\t\342\200\223 60 000\t\342\200\223 60 000\t\342\200\223 58 000\n' >> "$TMP/pitea.tsv"
printf 'SUMMA NÄMNDER\t\342\210\222450 000\t\342\200\223 450 386\t\342\210\222540 614\t\342\210\222540 000\t\342\210\222528 000\n' >> "$TMP/pitea.tsv"
expect_ok "Piteå's heads" report import --committee KS --period 2013-10 "$TMP/pitea.tsv"
has "2012 named as not read" 'Kolumn 6 \("Utfall helår 2012"\) läses inte: den gäller ett annat år'
has "SUMMA NÄMNDER last is the total, checked" 'Totalraden \(rad 4\) stämmer med summan av områdena'
eq "columns by their words, any order" "-40000000|-40100000|-48000000|-48061400" \
	"$(figures 2013-10 'Barn- och utbildningsnämnden')"
eq "– with a space" "-5000000|-4938600|-6000000|-6000000" \
	"$(figures 2013-10 'Kultur- och fritidsnämnden')"
eq "the total is not an area" "Barn- och utbildningsnämnden|Kultur- och fritidsnämnden" "$(areas 2013-10)"

# --- Upplands Väsby kommun, Social- och äldrenämnden, "Månadsrapport
# november" (docplayer.se/28306892): its verksamheter (Individ- och
# familjeomsorg with Barn- och ungdomsvård, Beroende, Ekonomisk bistånd,
# Vägval vuxen), "Summa verksamheter" as the last row, mkr with one
# decimal. The column heads are ours (its table is by intäkter and
# kostnader); the group's heading row and its subtotal are as such
# reports set them; the figures are made up.
cat > "$TMP/vasby.tsv" <<'T'
Verksamhet	Budget ack (mkr)	Utfall ack	Budget helår	Prognos helår
Ledning SOK	2,4	1,9	2,6	2,6
Individ- och familjeomsorg
Barn- och ungdomsvård	-78,7	-90,1	-86,0	-98,8
Beroende	-14,5	-12,2	-15,8	-13,5
Ekonomisk bistånd	-32,9	-32,5	-36,0	-35,6
Vägval vuxen	-7,2	-6,6	-7,9	-7,3
Summa individ- och familjeomsorg	-133,3	-141,4	-145,7	-155,2
Äldreomsorg	-218,4	-231,4	-238,3	-251,3
Summa verksamheter	-349,3	-370,9	-381,4	-403,9
T
expect_ok "Väsby's rows" report import --committee KS --period 2015-11 "$TMP/vasby.tsv"
has "the group's subtotal checked" 'Rad 8 \("Summa individ- och familjeomsorg"\) är en delsumma av raderna 4–7 och stämmer'
has "Summa verksamheter is the total" 'Totalraden \(rad 10\) stämmer med summan av områdena'
eq "a heading row opens a group; subtotals are not areas" \
	"Ledning SOK|Individ- och familjeomsorg|Barn- och ungdomsvård|Beroende|Ekonomisk bistånd|Vägval vuxen|Äldreomsorg" \
	"$(areas 2015-11)"
eq "the group sums its areas" "-13330000|-14140000|-14570000|-15520000" \
	"$(figures 2015-11 'Individ- och familjeomsorg')"
eq "the stored total is the areas', not the subtotal's" "-34930000|-37090000|-38140000|-40390000" \
	"$(sqlite3 "$NAMND_DB" "SELECT t.budget_ack, t.utfall_ack, t.budget_year, t.prognos_year FROM month_report_total t JOIN month_report r ON r.id = t.report_id WHERE r.year = 2015")"
# A subtotal that does not add up is reported by row and column (in tkr,
# as stored).
sed 's/^Summa individ- och familjeomsorg\t-133,3/Summa individ- och familjeomsorg\t-133,0/' "$TMP/vasby.tsv" > "$TMP/vasby2.tsv"
expect_ok "a wrong subtotal is imported with a warning" report import --committee KS --period 2015-10 "$TMP/vasby2.tsv"
case $err in *'Rad 8 (Summa individ- och familjeomsorg), kolumn 2 ("Budget ack (mkr)"): filen har -133 000, beräknat -133 300.'*) ok ;;
*) bad "subtotal mismatch not reported: $err" ;; esac

# --- Malmö stad, Årsredovisning 2015, "Prognossäkerhet"
# (redovisningar.malmo.se/2015/arsredovisning-2015/forvaltningsberattelse/
# prognossakerhet): the head "PROGNOSAVVIKELSE, MKR | Bokslut | Delårsrapp
# jan-aug | Avvikelse" and three of its rows as they stand. "Delårsrapp"
# is no word namnd knows: the message names it instead of refusing the
# file without saying why, and "Bokslut" is named as not read.
printf 'PROGNOSAVVIKELSE, MKR\tBokslut\tDelårsrapp jan-aug\tAvvikelse\nServicenämnd\t67\t32\t35\nKommunstyrelse\t96\t65\t31\nSocial resursnämnd, inkl pers ass\t-18\t-4\t-14\n' > "$TMP/malmo.tsv"
before=$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM month_report")
expect_fail "Malmö's table: the unknown word named" 1 \
	'kolumn 3 \("Delårsrapp jan-aug"\) läses inte eftersom ordet "delårsrapp" inte känns igen' \
	report import --committee KS --period 2015-08 "$TMP/malmo.tsv"
has "Bokslut named as not read" 'Kolumn 2 \("Bokslut"\) läses inte: den har föregående års siffror eller ett bokslut'
eq "nothing stored" "$before" "$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM month_report")"
# A header word not known, in a column the report does not need: named,
# and the rest is read.
printf 'Område\tBudget ack\tUtfall ack\tLinjärt utfall\tBudget helår\tPrognos helår\nA\t10\t9\t8\t12\t12\n' > "$TMP/linear.tsv"
expect_ok "an extra column with an unknown word" report import --committee KS --period 2016-04 "$TMP/linear.tsv"
has "its word named" 'Kolumn 4 \("Linjärt utfall"\) läses inte: ordet "linjärt" känns inte igen'
eq "the known Utfall read, not the other" "1000|900|1200|1200" "$(figures 2016-04 A)"

# --- Ale kommun, Utbildningsnämnden, månadsuppföljning oktober 2023
# (seed 003): its heads "Budget tkr (ack)", "Avvikelse Budget (ack)",
# "Avvikelse Prognos (helår)" in another order, with a column of last
# year's figures (ours) kept out, the total first, named as the header's
# first cell ("Utbildning").
cut -f1-7 tests/data/seed_2023-10.tsv | awk -F '\t' 'BEGIN { OFS = "\t" }
	NR == 1 { print $1, $5, $6, "Utfall tkr (ack) föregående år", $7, $2, $3, $4; next }
	{ print $1, $5, $6, "1", $7, $2, $3, $4 }' > "$TMP/ale.tsv"
expect_ok "Ale's heads in another order" report import --committee KS --period 2023-10 "$TMP/ale.tsv"
has "last year's column named" 'Kolumn 4 \("Utfall tkr \(ack\) föregående år"\) läses inte: den har föregående års siffror'
has "total first, checked" 'Totalraden \(rad 2\) stämmer med summan av områdena'
eq "the seed's figures" "-1046300|-1106600|-1257700|-1257700" "$(figures 2023-10 Komvux)"

finish
