#!/bin/sh
# The xlsx exports printed as a secretary prints them: LibreOffice
# (headless, Debian's libreoffice-calc-nogui) converts them to PDF, and
# poppler-utils reads what would come out of the printer.
# - The seed's kallelse: wrapped titles and föredragande ("Verksamhets-
#   chefer / Verksamhetsutvecklare") get rows as high as their lines, so no
#   two words print over each other (tests/cli/pdf_overlap.py).
# - The month report: the table on page 1 at a readable size, the chart on
#   a page of its own after it.
. tests/cli/lib.sh
. tests/fixtures/seed_meeting.sh

if ! command -v soffice >/dev/null 2>&1; then
	bad "soffice (libreoffice-calc-nogui) is not installed: make deps"
	finish
	exit 1
fi

export NAMND_TODAY=2023-11-20
seed_register
seed_agenda
expect_ok "kallelse xlsx" kallelse UBNAU:2023-12-06 --out "$TMP/kallelse.xlsx"
expect_ok "report" report import --committee UBN --period 2023-10 \
	--comment "Prognosen för helåret är i balans." tests/data/seed_2023-10.tsv
expect_ok "area comment" report comment --committee UBN --period 2023-10 \
	--area "Utvecklingsreserv" --text "Reserven används inte före december."
expect_ok "report xlsx" report export --committee UBN --period 2023-10 --out "$TMP/report.xlsx"

# One LibreOffice run for both, with a profile of its own.
mkdir -p "$TMP/lo" "$TMP/print"
HOME="$TMP/lo" soffice -env:UserInstallation="file://$TMP/lo" --headless \
	--convert-to pdf --outdir "$TMP/print" "$TMP/kallelse.xlsx" "$TMP/report.xlsx" \
	> "$TMP/lo.log" 2>&1
for f in kallelse report; do
	if [ -s "$TMP/print/$f.pdf" ]; then ok; else bad "LibreOffice made no $f.pdf: $(cat "$TMP/lo.log")"; fi
done

if /usr/bin/python3 tests/cli/pdf_overlap.py "$TMP/print/kallelse.pdf" > "$TMP/overlap"
then ok; else bad "printed kallelse has text over text: $(cat "$TMP/overlap")"; fi
# Every agenda item printed (the wrapped ones too).
pdftotext -layout "$TMP/print/kallelse.pdf" "$TMP/k.txt"
for w in "Verksamhetsutvecklare" "familjecentralsliknande" "Beslutsomgång"; do
	if grep -q "$w" "$TMP/k.txt"; then ok; else bad "printed kallelse lacks $w"; fi
done

page1=$(pdftotext -layout -f 1 -l 1 "$TMP/print/report.pdf" -)
case $page1 in *Totalt*Komvux*) ok ;; *) bad "report page 1 lacks the table: $page1" ;; esac
# The chart on page 2, nothing printed below the table on page 1 (judged
# by the pixels: LibreOffice also puts the chart's text, clipped, on page 1).
eq "two pages" "$(pdfinfo "$TMP/print/report.pdf" | sed -n 's/^Pages: *//p')" 2
eq "nothing under the table on page 1" \
	"$(/usr/bin/python3 tests/cli/pdf_ink.py "$TMP/print/report.pdf" 1 Komvux Sida)" 0
ink=$(/usr/bin/python3 tests/cli/pdf_ink.py "$TMP/print/report.pdf" 2 Verksamhet Sida)
if [ "$ink" != missing ] && [ "$ink" -gt 1000 ]; then ok; else bad "no chart on page 2 (ink: $ink)"; fi
# The table's size: the box of "Totalt" (ascent to descent, about 1.2
# times the font size). Printed beside a chart, or with its 60- and
# 50-character columns, the table came out at about 6 pt (a box of 7.3).
h=$(pdftotext -bbox -f 1 -l 1 "$TMP/print/report.pdf" - |
	sed -n 's/.*yMin="\([0-9.]*\)".*yMax="\([0-9.]*\)">Totalt<.*/\1 \2/p' | head -1 |
	awk '{ printf "%.1f", $2 - $1 }')
if awk -v h="$h" 'BEGIN { exit !(h >= 9.0) }'; then ok
else bad "the printed table is too small: a line box of $h pt (want at least 9)"; fi
finish
