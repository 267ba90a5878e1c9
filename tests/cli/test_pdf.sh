#!/bin/sh
# Documents as PDF (--out FIL.pdf), read by poppler-utils through
# tests/cli/pdf_check.py: A4, tagged, title and author, every font
# embedded, the page count, and the text rendering's content in the same
# order, both in the structure a screen reader follows and in the text a
# viewer copies. A kallelse longer than a page repeats the agenda's header
# row and numbers its pages "2 (2)".
. tests/cli/lib.sh
. tests/cli/fixtures/raw.sh
. tests/cli/fixtures/meeting.sh
. tests/cli/fixtures/protokoll.sh

fixture_protokoll
TITLE_TAIL="Utbildningsnämnden 2024-03-20"

# pdf DESC CHECK-ARGS… -- DOCUMENT-ARGS…: the document as text (width 400,
# one line per unit) and as PDF, compared.
pdf() {
	d=$1; shift
	checks=""
	while [ "$1" != "--" ]; do
		checks="$checks$1
"
		shift
	done
	shift
	rm -f "$TMP/d.pdf"
	"$NAMND" "$@" --width 400 > "$TMP/d.txt" 2>"$TMP/err" || bad "$d: text: $(cat "$TMP/err")"
	expect_ok "$d as pdf" "$@" --out "$TMP/d.pdf"
	has "$d: says where" "till $TMP/d.pdf"
	# The check's options, one a line (values hold spaces).
	set --
	while IFS= read -r a; do [ -n "$a" ] && set -- "$@" "$a"; done <<-END
	$checks
	END
	if /usr/bin/python3 tests/cli/pdf_check.py "$TMP/d.pdf" "$TMP/d.txt" "$@" > "$TMP/check" 2>&1
	then ok; else bad "$d: $(cat "$TMP/check")"; fi
}

# The protokoll: its first page, then each § on a page of its own.
pdf "protokoll" --pages 6 --title "Protokoll $TITLE_TAIL" --author "Exempelstads kommun" \
	--page-text "1:1 (6)" --page-text "3:3 (6)" --page-text "3:§ 13 Val av justerare" \
	--page-text "6:6 (6)" -- protokoll $MEETING
pdf "utdrag" --pages 1 --title "Protokollsutdrag $TITLE_TAIL" --author "Exempelstads kommun" \
	--page-text "1:PROTOKOLLSUTDRAG" -- utdrag $MEETING 14
pdf "anslag" --pages 1 --title "Anslag $TITLE_TAIL" --page-text "1:ANSLAG / BEVIS" \
	--page-text "1:Överklagandetiden går ut" -- anslag $MEETING
pdf "anslag of § 15" --pages 1 --title "Anslag $TITLE_TAIL" -- anslag $MEETING --paragraph 15
pdf "beslutslista" --pages 1 --title "Beslutslista $TITLE_TAIL" -- beslutslista $MEETING
pdf "kallelse" --pages 1 --title "Kallelse $TITLE_TAIL" --author "Exempelstads kommun" \
	--page-text "1:FÖREDRAGNINGSLISTA" -- kallelse $MEETING
pdf "föredragningslista" --pages 1 --title "Föredragningslista $TITLE_TAIL" -- agenda export $MEETING
expect_ok "plan" meeting plan --committee UBN --year 2024 --dates "24/1, 21/2"
pdf "sammanträdesplan" --pages 1 --title "Sammanträdesplan" --page-text "1:SAMMANTRÄDESPLAN" -- \
	meeting plan --committee UBN --year 2024

# --public: the PDF leaves out what the text leaves out (the same model).
expect_ok "May meeting" meeting add --committee UBN --date 2024-05-22
expect_ok "secret item" agenda add UBN:2024-05-22 --case "UBN 2024/2" --confidential ja
expect_ok "open item" agenda add UBN:2024-05-22 --case "UBN 2024/3"
expect_ok "number" paragraph number UBN:2024-05-22
expect_ok "secret decision" paragraph set UBN:2024-05-22 17 \
	--decision "Nämnden avslår ansökan från eleven vid Gläntan."
pdf "public protokoll" --absent "Gläntans" --absent "avslår ansökan" --page-text "2:Sekretess" \
	--page-text "3:Redovisning av delegeringsbeslut" -- protokoll UBN:2024-05-22 --public
pdf "internal protokoll" --page-text "2:Gläntans Montessori" --page-text "2:avslår ansökan" -- \
	protokoll UBN:2024-05-22
pdf "public kallelse" --absent "Gläntans" -- kallelse UBN:2024-05-22 --public
pdf "public beslutslista" --absent "Gläntans" --absent "avslår" -- beslutslista UBN:2024-05-22 --public

# The month report: the text export's content and order, the deviations'
# bar chart on page 2; only negative deviations red (read from the
# rendered page by tests/cli/pdf_colour.py).
expect_ok "report" report import --committee UBN --period 2023-10 \
	--comment "Prognosen för helåret är i balans." tests/data/seed_2023-10.tsv
expect_ok "area comment" report comment --committee UBN --period 2023-10 \
	--area "Utvecklingsreserv" --text "Reserven används inte före december."
"$NAMND" report export --committee UBN --period 2023-10 > "$TMP/r.txt"
expect_ok "report as pdf" report export --committee UBN --period 2023-10 --out "$TMP/r.pdf"
if /usr/bin/python3 tests/cli/pdf_check.py "$TMP/r.pdf" "$TMP/r.txt" --pages 2 \
	--title "Månadsuppföljning Utbildningsnämnden 2023-10" --author "Exempelstads kommun" \
	--page-text "1:MÅNADSUPPFÖLJNING" --page-text "2:Avvikelse per område (tkr)" \
	--page-text "2:Grundskola köpta, sålda, skolskjuts" > "$TMP/check" 2>&1
then ok; else bad "month report pdf: $(cat "$TMP/check")"; fi
# The chart on a page of its own: page 1 is the table and the comments.
case $(pdftotext -f 1 -l 1 "$TMP/r.pdf" -) in
*"Avvikelse per område"*) bad "the chart is on the table's page" ;;
*Utvecklingsreserv:*) ok ;;
*) bad "page 1 lacks the comments" ;;
esac
colours=$(/usr/bin/python3 tests/cli/pdf_colour.py "$TMP/r.pdf" 1 "-2 209" "-1 636" "-800" \
	"-22 728" "-795 480" "7 115" "2 665" "-952 414" | tr '\n' ' ')
eq "negative deviations red, costs and positive deviations black" "$colours" \
	"-2 209=red -1 636=red -800=red -22 728=black -795 480=black 7 115=black 2 665=black -952 414=black "
expect_fail "report pdf needs a file" 2 "pdf skrivs till en fil" \
	report export --committee UBN --period 2023-10 --format pdf
expect_ok "budget" budget import --committee UBN tests/data/seed_budget_2023.tsv
"$NAMND" budget show --committee UBN --year 2023 > "$TMP/b.txt"
expect_ok "budget as pdf" budget show --committee UBN --year 2023 --out "$TMP/b.pdf"
if /usr/bin/python3 tests/cli/pdf_check.py "$TMP/b.pdf" "$TMP/b.txt" --pages 1 \
	--title "Budget Utbildningsnämnden 2023–2024" > "$TMP/check" 2>&1
then ok; else bad "budget pdf: $(cat "$TMP/check")"; fi
expect_ok "budget as text file" budget show --committee UBN --year 2023 --out "$TMP/b2.txt"
if cmp -s "$TMP/b.txt" "$TMP/b2.txt"; then ok; else bad "budget text file differs from show"; fi

# The format comes from the extension in any case, or from --format.
expect_ok "upper case .PDF" kallelse $MEETING --out "$TMP/K.PDF"
if [ "$(head -c 5 "$TMP/K.PDF")" = "%PDF-" ]; then ok; else bad ".PDF is not a PDF"; fi
expect_fail "pdf needs a file" 2 "pdf skrivs till en fil: ange --out FIL.pdf" \
	kallelse $MEETING --format pdf
expect_fail "unknown format named" 1 "Formatet \"pfd\" finns inte; välj text, xlsx eller pdf" \
	kallelse $MEETING --format pfd --out "$TMP/x.pdf"
expect_fail "missing folder" 4 "Mappen $TMP/nej finns inte" kallelse $MEETING --out "$TMP/nej/k.pdf"
if [ ! -e "$TMP/nej" ]; then ok; else bad "a folder was made"; fi

# A kallelse of three pages: the agenda's header row on every page it
# continues on, the page head and "N (3)" on each.
export NAMND_TODAY=2024-04-01
expect_ok "long meeting" meeting add --committee UBN --date 2024-04-17 --time 08.00
awk 'BEGIN { print "Ärenden\tDnr\tFöredragande\tTid"
	for (i = 1; i <= 70; i++) { m = 480 + 5 * (i - 1); e = m + 5
		printf "%d\tPunkt %d: uppföljning av verksamhetens mål och ekonomi, kvartal %d, " \
			"med förvaltningens kommentarer\t\t\t%02d.%02d-%02d.%02d\n",
			i, i, i, m / 60, m % 60, e / 60, e % 60 } }' > "$TMP/long.tsv"
expect_ok "70 items" agenda import UBN:2024-04-17 "$TMP/long.tsv"
"$NAMND" kallelse UBN:2024-04-17 --width 400 > "$TMP/long.txt"
expect_ok "long kallelse" kallelse UBN:2024-04-17 --out "$TMP/long.pdf"
if /usr/bin/python3 tests/cli/pdf_check.py "$TMP/long.pdf" "$TMP/long.txt" --pages 3 \
	--page-text "2:EXEMPELSTADS KOMMUN" --page-text "2:2 (3)" --page-text "3:3 (3)" \
	--page-text "2:Nr   Ärende" --page-text "3:Nr   Ärende" > "$TMP/check" 2>&1
then ok; else bad "long kallelse: $(cat "$TMP/check")"; fi
# No agenda row is cut at a page's foot: each page's last row holds its
# whole title (the wrapped tail "kommentarer" on the same page).
for pg in 1 2; do
	last=$(pdftotext -layout -f $pg -l $pg "$TMP/long.pdf" - | grep -v '^\s*$' | tail -1)
	case $last in *kommentarer*) ok ;; *) bad "page $pg ends inside a row: $last" ;; esac
done

# A row taller than a page (a beslut of some 1 400 words in the
# beslutslista) breaks across pages: every word is there once, in order,
# nothing is drawn below the page's foot margin or cut, and the pages it
# continues on repeat the header row.
long=$(awk 'BEGIN { printf "Nämnden beslutar:"; for (i = 1; i <= 1400; i++) printf " ord%d", i }')
expect_ok "a long decision" paragraph set UBN:2024-05-22 18 --decision "$long"
"$NAMND" beslutslista UBN:2024-05-22 --width 400 > "$TMP/huge.txt"
expect_ok "long beslutslista" beslutslista UBN:2024-05-22 --out "$TMP/huge.pdf"
pages=$(pdfinfo "$TMP/huge.pdf" | sed -n 's/^Pages: *//p')
if [ "$pages" -ge 3 ]; then ok; else bad "long beslutslista: $pages pages"; fi
if /usr/bin/python3 tests/cli/pdf_check.py "$TMP/huge.pdf" "$TMP/huge.txt" \
	--page-text "2:Beslut" --page-text "3:Ärende" > "$TMP/check" 2>&1
then ok; else bad "long beslutslista: $(cat "$TMP/check")"; fi
words=$(pdftotext "$TMP/huge.pdf" - | tr -s ' \n' '\n\n' | grep '^ord[0-9]*$' | tr '\n' ' ')
want=$(awk 'BEGIN { for (i = 1; i <= 1400; i++) printf "ord%d ", i }')
if [ "$words" = "$want" ]; then ok; else bad "long beslutslista: the words are not all there once in order"; fi
# pdftotext -bbox: each word's box inside the page (A4 842 pt, foot
# margin 16 mm = 45 pt): none drawn off the page or over its foot.
low=$(pdftotext -bbox "$TMP/huge.pdf" - | sed -n 's/.*yMax="\([0-9.]*\)".*/\1/p' |
	awk '$1 > 842 - 45 { n++ } END { print n + 0 }')
eq "no word below the foot margin" 0 "$low"

finish
