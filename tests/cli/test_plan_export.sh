#!/bin/sh
# The sammanträdesplan as a document: a nämnd with its arbetsutskott in
# date order with the last day for each kallelse, as text (hand-written
# golden file) and xlsx (openpyxl).
. tests/cli/lib.sh
GOLDEN=$(pwd)/tests/golden

expect_ok "init" init
expect_ok "org" setting set org_name "Exempelstads kommun"
expect_ok "nämnd" committee add --code UBN --name Utbildningsnämnden
expect_ok "nämnd time and place" committee edit UBN --time 13.00 --place "Sessionssalen, Stadshuset"
expect_ok "utskott" committee add --code UBNAU --name "Utbildningsnämndens arbetsutskott" \
	--parent UBN --time 08.00 --place "Sammanträdesrum Älven, Stadshuset"
expect_ok "nämnd plan" meeting plan --committee UBN --year 2024 --dates "24/1, 21/2, 20/3"
expect_ok "utskott plan" meeting plan --committee UBNAU --year 2024 --dates "17/1, 14/2, 13/3"
expect_ok "a meeting another year" meeting add --committee UBN --date 2025-01-22

"$NAMND" meeting plan --committee UBN --year 2024 --format text >"$TMP/plan.txt" 2>"$TMP/err"
if cmp -s "$TMP/plan.txt" "$GOLDEN/plan_ubn_2024.txt"; then ok; else
	bad "plan differs from plan_ubn_2024.txt:"
	diff "$GOLDEN/plan_ubn_2024.txt" "$TMP/plan.txt" | head -20
fi
run meeting plan --committee UBNAU --year 2024 --width 60
has "one body: no Organ column" "^Datum       Dag     Tid    Plats +Kallelse"
has "its own meetings only" "^2024-03-13  onsdag  08.00  Sammanträdesrum +2024-03-06$"
hasnt "not the nämnd's" "2024-03-20"
run meeting plan --committee UBN --year 2026 --format text
has "an empty year" "^\(Inga sammanträden är planerade för 2026\.\)$"
run meeting plan --committee UBN --year 2024
has "without export options: the list as before" "^[0-9]+ +UBN +2024-01-24 +13\.00 +planerat"

before=$(fingerprint)
expect_ok "plan as xlsx" meeting plan --committee UBN --year 2024 --out "$TMP/plan.xlsx"
has "says where" "Skrev sammanträdesplanen till .*plan.xlsx"
if /usr/bin/python3 tests/xlsx/check_plan.py "$TMP/plan.xlsx"; then ok; else bad "plan xlsx"; fi
expect_fail "missing folder" 4 "Mappen $TMP/nej finns inte" meeting plan --committee UBN --year 2024 --out "$TMP/nej/plan.txt"
expect_fail "unknown committee" 3 "" meeting plan --committee XYZ --year 2024 --format text
eq "exports change nothing" "$before" "$(fingerprint)"

# Bad plans: a Swedish message naming the date, nothing of the plan kept.
bad_plan() { # DESC CODE PATTERN ARGS…
	d=$1 code=$2 pat=$3
	shift 3
	before=$(fingerprint)
	expect_fail "$d" "$code" "$pat" meeting plan --committee UBN "$@"
	eq "$d: nothing kept" "$before" "$(fingerprint)"
}
bad_plan "a day February does not have" 1 "Datum nr 2 i planen, \"30/2\": februari 2025 har 28 dagar" \
	--year 2025 --dates "22/1, 30/2"
bad_plan "an ISO date not in the calendar" 1 "\"2025-02-29\": den dagen finns inte i kalendern" \
	--year 2025 --dates "2025-02-29"
bad_plan "month 13" 1 "\"17/13\": månaden ska vara 1–12" --year 2025 --dates "17/13"
bad_plan "no year to put 17/1 in" 2 "ange --year ÅR: datum som \"17/1\" säger inte vilket år" \
	--dates "17/1, 21/2"
bad_plan "a date of another year" 1 "\"2026-01-14\": datumet ligger inte i planens år" \
	--year 2025 --dates "22/1, 2026-01-14"
bad_plan "a year in the date" 1 "\"17/1/2025\": skriv dag/månad \(17/1\) eller ÅÅÅÅ-MM-DD" \
	--year 2025 --dates "17/1/2025"
expect_ok "a plan of one meeting" meeting plan --committee UBNAU --year 2026 --dates "14/1"
has "one meeting, in the singular" "^Lade in 1 sammanträde för UBNAU 2026\.$"

# Dates nobody meets on are planned but pointed out: holidays, weekends
# and the eves the 1930 act treats like them (hand-checked: 2025-12-24 is
# a Wednesday, 2025-06-20 the Friday of midsommar, 2025-12-31 a Wednesday).
expect_ok "a plan with odd days" meeting plan --committee UBN --year 2025 \
	--dates "6/1, 20/6, 24/12, 31/12, 2025-01-12, 15/1"
for d in "2025-01-06 är trettondedag jul" "2025-06-20 är midsommarafton" \
	"2025-12-24 är julafton" "2025-12-31 är nyårsafton" "2025-01-12 är en söndag"; do
	case $err in *"namnd: obs: $d."*) ok ;; *) bad "no 'obs: $d' in: $err" ;; esac
done
case $err in *2025-01-15*) bad "an ordinary Wednesday pointed out: $err" ;; *) ok ;; esac
finish
