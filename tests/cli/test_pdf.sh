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

finish
