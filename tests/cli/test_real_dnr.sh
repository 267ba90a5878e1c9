#!/bin/sh
# Diarienummer as organisations write them (issue 12): the organisation's
# patterns as a setting, classification codes, series after the year,
# compact forms, six-digit numbers; messages that name the fault; "menade
# du" for a likely slip.
. tests/cli/lib.sh

expect_ok "init" init
expect_ok "nämnd" committee add --code UBN --name Utbildningsnämnden

# Forms from real registers, read under the default pattern.
run --tsv dnr "Dnr 48/2011 042"
eq "number before the year, code after (Ale)" "2011/48 042		2011	48	nej" "$out"
run --tsv dnr "2012/BUN 0113 002"
eq "series after the year" "BUN 2012/113 002	BUN	2012	113	nej" "$out"
run --tsv dnr "15SN7"
eq "compact form" "SN 2015/7	SN	2015	7	nej" "$out"
run --tsv dnr "2014-000812"
eq "six-digit number" "2014/812		2014	812	nej" "$out"

# The organisation's own forms: Borås-style with the code, six digits.
expect_ok "pattern with series after the year" setting set dnr_pattern "{Y}/{S} {N:4} {K}"
run --tsv dnr "2012/BUN 0113 002"
eq "its own form is canonical" "2012/BUN 0113 002	BUN	2012	113	ja" "$out"
expect_ok "case in that form" case add --dnr "2012/BUN 0113 002" --title "Skolskjutsar"
eq "no obs for the organisation's form" "" "$err"
run --tsv case show "BUN 2012/113"
has "shown with series and code" "^Dnr	2012/BUN 0113 002$"
expect_ok "several forms" setting set dnr_pattern "{Y}-{N:6};{N}/{Y} {K}"
expect_ok "second form is the organisation's" case add --dnr "48/2011 042" --title "Äldre ärende"
eq "no obs for the second form" "" "$err"
has "written in the first form, code kept" "2011-000048 042"
expect_ok "six digits" case add --committee UBN --title "Nytt ärende"
has "new number in the first form" "^Registrerade ärende 2024-000001\.$"
expect_fail "letters outside the tokens" 1 "bokstäver utanför markörerna" \
	setting set dnr_pattern "Dnr {S} {Y}/{N}"
expect_fail "an empty second form" 1 "mönstret är tomt" setting set dnr_pattern "{Y}/{N};"
expect_ok "back to the default" setting set dnr_pattern "{S} {Y}/{N}"

# The message names what is wrong: never "four digits" of a four-digit year.
expect_fail "three-digit year" 1 'året "203" har 3 siffror; ett år skrivs med fyra' \
	case add --dnr "UBN 203/451" --title x
expect_fail "number missing" 1 "löpnummer saknas efter året" case add --dnr "UBN 2023/" --title x
expect_fail "a stray character" 1 'tecknet "#" hör inte till ett diarienummer' \
	case add --dnr "UBN 2023#5" --title x
if printf '%s' "$err" | grep -q "fyra"; then bad "four digits named: $err"; else ok; fi

# Menade du: a digit missing from the year, two digits swapped.
expect_ok "ärende" case add --dnr "UBN 2023/451" --title "Tider för arbetsutskottet 2024"
expect_ok "ärende" case add --dnr "UBN 2023/514" --title "Skolval"
expect_fail "year with a digit missing" 1 \
	'året "203" har 3 siffror.*Menade du UBN 2023/451 \(Tider för arbetsutskottet 2024\)\?' \
	case show "UBN 203/451"
expect_fail "swapped digits in the number" 3 \
	'Inget ärende har diarienummer "UBN 2023/415"\. Menade du UBN 2023/451 \(Tider för arbetsutskottet 2024\)\?' \
	case show "UBN 2023/415"
expect_fail "swapped digits in the year" 3 'Menade du UBN 2023/451' case show "UBN 2032/451"
expect_fail "two candidates" 3 'Menade du UBN 2023/451 \(Tider för arbetsutskottet 2024\) eller UBN 2023/514 \(Skolval\)\?' \
	case show "UBN 2023/541"
expect_fail "no guess for a far miss" 3 '^namnd: Inget ärende har diarienummer "UBN 2023/999"\.$' \
	case show "UBN 2023/999"

finish
