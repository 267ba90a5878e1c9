#!/bin/sh
# A header word namnd does not know, answered on the command line as the
# UI asks it (issue 12, item 7; tests/e2e/test_ui_report_words.sh):
# `--column "ORD=SLAG"` says which column it is, `--ignore "ORD"` leaves
# it unread, for report import and budget import alike. Without an
# answer the message names the word and the options to answer with; a
# kind that is none of the columns is named with the choices, and nothing
# is stored.
. tests/cli/lib.sh
export NAMND_TODAY=2015-09-10
q() { sqlite3 -readonly "$NAMND_DB" "$1"; }

expect_ok "init" init
expect_ok "committee" committee add --code KS --name Kommunstyrelsen

# Malmö stad, Årsredovisning 2015, "Prognossäkerhet": its head
# "Delårsrapp jan-aug" (the forecast of the delårsrapport) beside a
# month report's other columns (figures made up), as the UI test has it.
printf 'Område\tBudget ack\tUtfall ack\tBudget helår\tDelårsrapp jan-aug\nServicenämnd\t10\t9\t15\t14\nKommunstyrelse\t20\t21\t30\t32\n' \
	>"$TMP/malmo.tsv"
before=$(fingerprint)
expect_fail "the word is named with the options" 1 \
	'kolumn 5 \("Delårsrapp jan-aug"\) läses inte eftersom ordet "delårsrapp" inte känns igen \(ange --column "delårsrapp=…" eller --ignore "delårsrapp"\)' \
	report import --committee KS --period 2015-08 "$TMP/malmo.tsv"
has "the note names them too" '^Kolumn 5 \("Delårsrapp jan-aug"\) läses inte: ordet "delårsrapp" känns inte igen \(ange --column "delårsrapp=…" eller --ignore "delårsrapp"\)\.$'
expect_fail "a kind that is no column" 1 \
	'--column "Delårsrapp=Avvikelse": "Avvikelse" är ingen kolumn här; skriv en av "Budget \(ack\)", "Utfall \(ack\)", "Avvikelse \(ack\)", "Budget \(helår\)", "Prognos \(helår\)", "Avvikelse prognos" eller "Kommentar"' \
	report import --committee KS --period 2015-08 --column "Delårsrapp=Avvikelse" "$TMP/malmo.tsv"
expect_fail "ignored, the Prognos is missing" 1 'kolumnen Prognos \(helår\) saknas i rubrikraden\.' \
	report import --committee KS --period 2015-08 --ignore Delårsrapp "$TMP/malmo.tsv"
has "left unread as answered" '^Kolumn 5 \("Delårsrapp jan-aug"\) läses inte \(ditt svar\)\.$'
expect_fail "a malformed --column" 2 'skriv ORD=SLAG' \
	report import --committee KS --period 2015-08 --column "Delårsrapp" "$TMP/malmo.tsv"
eq "nothing stored" "$before" "$(fingerprint)"
# The answer, as the word or as the whole header, in any case; a unique
# beginning of the kind will do.
expect_ok "answered" report import --committee KS --period 2015-08 --column "delårsrapp=prognos" "$TMP/malmo.tsv"
has "read as answered" '^Kolumn 5 \("Delårsrapp jan-aug"\) läses som Prognos \(helår\) \(ditt svar\)\.$'
eq "the forecast stored" "1400|3200" "$(q "SELECT group_concat(prognos_year, '|') FROM (SELECT prognos_year FROM month_report_line ORDER BY position)")"
expect_ok "the whole header" report import --committee KS --period 2015-07 --column "Delårsrapp jan-aug=Prognos (helår)" "$TMP/malmo.tsv"
expect_ok "an answer not asked for" report import --committee KS --period 2015-06 \
	--column "Delårsrapp=Prognos" --ignore "Helårsprognos" "$TMP/malmo.tsv"
case $err in *'--ignore "Helårsprognos": inget okänt ord i rubrikraden heter så'*) ok ;;
*) bad "the unused answer not named: $err" ;; esac

# Budget import. Sjöbo kommun, Budget 2024, Noter
# (finansiellinfo.se/Sjobo/Budget-2024/Noter.html): "mnkr | Not | …"
# with its note numbers in the column "Not" and the row "Verksamhetens
# intäkter" (Budget 2023 372,4, Budget 2024 335,6); the Prognos beside
# them is made up.
printf 'mnkr\tNot\tPrognos 2023\tBudget 2023\tBudget 2024\nVerksamhetens intäkter\t1\t372,4\t372,4\t335,6\n' >"$TMP/sjobo.tsv"
expect_ok "Not is read as nothing" budget import --committee KS "$TMP/sjobo.tsv"
has "and named with the options" '^Kolumn 2 \("Not"\) läses inte: ordet "not" känns inte igen \(ange --column "not=…" eller --ignore "not"\)\.$'
expect_ok "ignored as answered" budget import --committee KS --replace --ignore Not "$TMP/sjobo.tsv"
has "left unread as answered" '^Kolumn 2 \("Not"\) läses inte \(ditt svar\)\.$'
expect_fail "a budget kind" 1 '"Utfall" är ingen kolumn här; skriv en av "Prognos"' \
	budget import --committee KS --replace --column "Not=Utfall" "$TMP/sjobo.tsv"
# A budget column under a word namnd does not know (header made up).
printf 'Område\tPrognos 2025\tBudget 2025\tRamförslag 2026\nPolitisk verksamhet\t0,2\t0,2\t– 1,8\nKulturverksamhet\t1,7\t1,7\t1,8\n' >"$TMP/ram.tsv"
expect_fail "unknown, refused" 1 'kolumn 4 \("Ramförslag 2026"\) läses inte eftersom ordet "ramförslag" inte känns igen \(ange --column "ramförslag=…" eller --ignore "ramförslag"\)' \
	budget import --committee KS "$TMP/ram.tsv"
expect_ok "answered as Budget" budget import --committee KS --column "Ramförslag=Budget" "$TMP/ram.tsv"
has "read as answered" '^Kolumn 4 \("Ramförslag 2026"\) läses som Budget \(ditt svar\)\.$'
eq "next year's budget stored" "-180|180" "$(q "SELECT group_concat(budget_next, '|') FROM (SELECT budget_next FROM budget_plan_line l JOIN budget_plan p ON p.id = l.plan_id WHERE p.year = 2025 ORDER BY position)")"
finish
