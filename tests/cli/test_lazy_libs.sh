#!/bin/sh
# The libraries for PDF (Cairo, Pango), xlsx (libxlsxwriter), calendars
# (libical) and e-mail (GMime) are loaded by the commands that make those
# files and by no other (src/export/lazy.h): reading the register does not
# pay for mapping some fifty shared libraries at every start. The dynamic
# loader says what it loads (LD_DEBUG=files).
. tests/cli/lib.sh

# loads ARGS…: the shared libraries namnd ARGS loaded, one a line.
loads() {
	LD_DEBUG=files "$NAMND" "$@" 2>&1 >/dev/null |
		sed -n 's/.*file=\(lib[^ ;]*\).*/\1/p' | sort -u
}
LAZY='^lib(cairo|pango|pangocairo|glib|gobject|gmime|ical|xlsxwriter)[-.]'

expect_ok "init" init
expect_ok "nämnd" committee add --code UBN --name Utbildningsnämnden
expect_ok "plan" meeting plan --committee UBN --year 2024 --dates "24/1, 21/2"
expect_ok "ärende" case add --committee UBN --title "Skolskjuts i Bäckeby"

for cmd in "case list" "overview" "search skolskjuts" "meeting list" "--version"; do
	# shellcheck disable=SC2086 # split on purpose
	l=$(loads $cmd)
	if printf '%s\n' "$l" | grep -q '^libsqlite3' || [ "$cmd" = --version ]; then ok; else
		bad "$cmd: LD_DEBUG names no library at all (is the loader's output read right?)"; fi
	if printf '%s\n' "$l" | grep -Eq "$LAZY"; then
		bad "$cmd loads $(printf '%s\n' "$l" | grep -E "$LAZY" | tr '\n' ' ')"
	else ok; fi
done

# Each kind of file still gets made, loading its own library then.
l=$(loads meeting plan --committee UBN --year 2024 --out "$TMP/plan.pdf")
loaded() { if printf '%s\n' "$l" | grep -Eq "$2"; then ok; else bad "$1: $(printf '%s\n' "$l" | tr '\n' ' ')"; fi; }
loaded "a PDF loads Cairo" '^libcairo\.so'
loaded "a PDF loads Pango" '^libpangocairo'
if pdfinfo "$TMP/plan.pdf" >/dev/null 2>&1; then ok; else bad "plan.pdf is no PDF"; fi
l=$(loads meeting plan --committee UBN --year 2024 --out "$TMP/plan.xlsx")
loaded "an xlsx loads libxlsxwriter" '^libxlsxwriter'
if printf '%s\n' "$l" | grep -q '^libcairo'; then bad "an xlsx loads Cairo"; else ok; fi
if /usr/bin/python3 -c "import openpyxl, sys; openpyxl.load_workbook(sys.argv[1])" \
	"$TMP/plan.xlsx" 2>/dev/null; then ok; else bad "plan.xlsx does not open in openpyxl"; fi
l=$(loads meeting plan --committee UBN --year 2024 --out "$TMP/plan.ics")
loaded "a calendar loads libical" '^libical\.so'
if grep -q '^BEGIN:VCALENDAR' "$TMP/plan.ics"; then ok; else bad "plan.ics is no calendar"; fi
finish
