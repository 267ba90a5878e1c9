#!/bin/sh
# Månadsuppföljning as .xlsx, read back by an independent reader
# (/usr/bin/python3 with openpyxl): values, formulas and their cached
# results, number formats, frozen pane, autofilter, page set-up, chart,
# document properties; user text stays text.
. tests/cli/lib.sh

SEED=tests/data/seed_2023-10.tsv
PY=/usr/bin/python3

# xlsx_check CASE FILE: runs the checker, one pass or fail per check.
xlsx_check() {
	"$PY" tests/cli/report_xlsx_check.py "$1" "$2" >"$TMP/py" 2>&1
	n=0
	while IFS= read -r line; do
		case $line in
		ok\ *) ok; n=$((n + 1)) ;;
		*) bad "xlsx $1: $line" ;;
		esac
	done <"$TMP/py"
	[ "$n" -gt 0 ] || bad "xlsx $1: the checker ran no checks"
}

expect_ok "init" init
expect_ok "committee" committee add --code UBN --name Utbildningsnämnden
expect_ok "organisation" setting set org_name "Exempelstads kommun"
expect_ok "import the seed" report import --committee UBN --period 2023-10 "$SEED"
expect_ok "export xlsx" report export --committee UBN --period 2023-10 --out "$TMP/okt.xlsx"
has "says what it wrote" "^Skrev .*okt\.xlsx \(1 månad\)\.$"
xlsx_check seed "$TMP/okt.xlsx"

# A month with other figures for Komvux, then both months: a sheet each
# and the trend sheet.
sed 's/^Komvux\t-10 463\t-11 066/Komvux\t-10 463\t-11 000/' "$SEED" >"$TMP/sep.tsv"
expect_ok "import September" report import --committee UBN --period 2023-09 "$TMP/sep.tsv"
expect_ok "export two months" report export --committee UBN --period 2023-09 --to 2023-10 \
	--out "$TMP/trend.xlsx"
has "two months written" '\(2 månader\)'
xlsx_check trend "$TMP/trend.xlsx"

# Areas that come and go: the trend follows the latest month's order,
# areas gone since then after it in the order they had; a month without
# the area leaves its cell empty.
expect_ok "committee KFN" committee add --code KFN --name Kulturnämnden
printf 'Område\tBudget (ack)\tUtfall (ack)\tBudget (helår)\tPrognos (helår)\n' >"$TMP/jan.tsv"
cp "$TMP/jan.tsv" "$TMP/feb.tsv"
printf 'Alfa\t-10\t-11\t-120\t-121\nEko\t-1\t-2\t-3\t-4\nBravo\t-5\t-6\t-7\t-8\nCharlie\t-20\t-21\t-22\t-23\n' >>"$TMP/jan.tsv"
printf 'Charlie\t-40\t-41\t-42\t-43\nDelta\t-30\t-31\t-32\t-33\nAlfa\t-20\t-22\t-120\t-125\n' >>"$TMP/feb.tsv"
expect_ok "import January" report import --committee KFN --period 2023-01 "$TMP/jan.tsv"
expect_ok "import February" report import --committee KFN --period 2023-02 \
	--allow-area-changes "$TMP/feb.tsv"
expect_ok "export the trend" report export --committee KFN --period 2023-01 --to 2023-02 \
	--out "$TMP/areas.xlsx"
xlsx_check areas "$TMP/areas.xlsx"

# Text that looks like a formula is written as text.
printf 'Område\tBudget (ack)\tUtfall (ack)\tBudget (helår)\tPrognos (helår)\tKommentar\n' >"$TMP/f.tsv"
printf '=SUM(A1:A2)\t1\t2\t3\t4\t=1+1\n+46 Projekt\t1\t1\t1\t1\t\n' >>"$TMP/f.tsv"
expect_ok "import formula-like text" report import --committee UBN --period 2022-05 "$TMP/f.tsv"
expect_ok "export it" report export --committee UBN --period 2022-05 --out "$TMP/f.xlsx"
xlsx_check strings "$TMP/f.xlsx"

# Groups: SUBTOTAL for the group and the total.
printf 'Grupp\tOmråde\tBudget (ack)\tUtfall (ack)\tBudget (helår)\tPrognos (helår)\n' >"$TMP/g.tsv"
printf 'Förskola\tFörskola centralt\t-100\t-90\t-120\t-120\n' >>"$TMP/g.tsv"
printf 'Förskola\tFörskola köpta\t-50\t-60\t-60\t-70\n' >>"$TMP/g.tsv"
printf '\tKomvux\t-10\t-10\t-12\t-12\n' >>"$TMP/g.tsv"
expect_ok "import groups" report import --committee UBN --period 2021-02 "$TMP/g.tsv"
expect_ok "export groups" report export --committee UBN --period 2021-02 --out "$TMP/g.xlsx"
xlsx_check groups "$TMP/g.xlsx"

# Months in different units are not set side by side.
printf 'Område\tBudget kr (ack)\tUtfall kr (ack)\tBudget kr (helår)\tPrognos kr (helår)\nA\t1\t1\t1\t1\n' >"$TMP/kr.tsv"
expect_ok "a month in kr" report import --committee UBN --period 2023-11 \
	--allow-area-changes "$TMP/kr.tsv"
expect_fail "mixed units" 1 'Månaderna 2023-10 \(tkr\) och 2023-11 \(kr\) har olika enheter' \
	report export --committee UBN --period 2023-10 --to 2023-11 --out "$TMP/mixed.xlsx"
if [ -e "$TMP/mixed.xlsx" ]; then bad "file written for mixed units"; else ok; fi

# Failures leave no file behind.
expect_fail "missing folder" 4 'Mappen .*/saknas finns inte' \
	report export --committee UBN --period 2023-10 --out "$TMP/saknas/r.xlsx"
if [ -e "$TMP/saknas" ]; then bad "missing folder created"; else ok; fi
expect_fail "no such period" 3 'Det finns ingen månadsuppföljning för UBN 2020-01' \
	report export --committee UBN --period 2020-01 --out "$TMP/none.xlsx"
if [ -e "$TMP/none.xlsx" ]; then bad "file written for a missing period"; else ok; fi
expect_fail "xlsx to standard out" 2 'ange --out FIL.xlsx' \
	report export --committee UBN --period 2023-10 --format xlsx
if ls -a "$TMP" | grep -q '^\.okt\.xlsx\.'; then bad "temporary file left"; else ok; fi

finish
