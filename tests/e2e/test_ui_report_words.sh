#!/bin/sh
# A header word namnd does not know, in the UI (issue 12, item 7): where
# the CLI names the word and leaves the column unread, the UI asks which
# column it is, showing the header and the word, and imports with the
# answer; "Ignorera" leaves it unread, Esc gives the import up with
# nothing stored. For the Månadsrapport's import and the Budget's; what
# was stored is read back with namnd report show and budget show.
. tests/e2e/lib.sh

"$NAMND" init >/dev/null 2>&1 || bad "init"
"$NAMND" committee add --code KS --name Kommunstyrelsen >/dev/null 2>&1 || bad "committee"

# Malmö stad, Årsredovisning 2015, "Prognossäkerhet": its head
# "Delårsrapp jan-aug" (the forecast of the delårsrapport) and its row
# names, beside the month report's other columns (figures made up).
printf 'Område\tBudget ack\tUtfall ack\tBudget helår\tDelårsrapp jan-aug\nServicenämnd\t10\t9\t15\t14\nKommunstyrelse\t20\t21\t30\t32\n' \
	>"$TMP/malmo_2015-08.tsv"

ui 80 24
keys R
see "Månadsrapport" "^ Månadsuppföljning · Kommunstyrelsen \(KS\)"

# Esc at the question: nothing stored.
before=$(fingerprint)
keys i
see "file prompt" "Importera fil \(CSV eller TSV\): *$"
type_text "$TMP/malmo_2015-08.tsv"
keys Enter
see "period from the name" "Period \(ÅÅÅÅ-MM\): 2015-08"
keys Enter
see "the question names the header" "Kolumn 5: \"Delårsrapp jan-aug\""
see "and the word" "Kolumn 5 har rubriken \"Delårsrapp jan-aug\" och ordet \"delårsrapp\""
see "the columns to choose" "Prognos \(helår\)"
see "or to leave it" "Ignorera \(läses inte\)"
keys Escape
see "given up" "Importen avbröts vid kolumn 5"
eq "nothing stored" "$before" "$(fingerprint)"
keys Escape

# Answered: the column is the forecast.
keys i
see "file prompt again" "Importera fil \(CSV eller TSV\): *$"
type_text "$TMP/malmo_2015-08.tsv"
keys Enter Enter
see "asked again" "Kolumn 5: \"Delårsrapp jan-aug\""
keys Home Down Down Down Down
selected_is "Prognos chosen" "Prognos \(helår\)"
keys Enter
see "imported" "Importerade månadsuppföljningen 2015-08: 2 områden \(tkr\)\."
"$NAMND" report show --committee KS --period 2015-08 >"$TMP/show.txt" 2>&1
if grep -qE '^Kommunstyrelse +20 +21 +1 +30 +32 +2$' "$TMP/show.txt"; then ok; else
	bad "report show after the answer: $(cat "$TMP/show.txt")"; fi

# --- The Budget: a header word not known ("Ramförslag 2026", made up)
# answered as next year's budget; then Sjöbo kommun's own heads (Budget
# 2025, finansiellinfo.se/Sjobo/Budget-2025/Driftbudget.html), whose
# Bokslut and Plan years are read without a question (schema 036).
cat >"$TMP/ed.sh" <<ED
#!/bin/sh
cat "$TMP/paste.tsv" >"\$1"
ED
chmod +x "$TMP/ed.sh"
export VISUAL="$TMP/ed.sh"
quit_ui
ui 80 24
keys R b
see "Budget" "^ Budget · Kommunstyrelsen \(KS\)"
printf 'Område\tPrognos 2025\tBudget 2025\tRamförslag 2026\nPolitisk verksamhet\t0,2\t0,2\t– 1,8\nKulturverksamhet\t1,7\t1,7\t1,8\n' \
	>"$TMP/paste.tsv"
keys i Down Enter
see "asked about Ramförslag" "Kolumn 4 har rubriken \"Ramförslag 2026\" och ordet \"ramförslag\""
see "budget columns to choose" "Prognos"
keys Home Down
selected_is "Budget chosen" "Budget"
keys Enter
see "imported with it" "Importerade budgettabellen 2025–2026: 2 områden \(tkr\)\."
"$NAMND" budget show --committee KS --year 2025 >"$TMP/show.txt" 2>&1
if grep -qE '^Politisk verksamhet +0,20? +0,20? +-1,80?$' "$TMP/show.txt"; then ok; else
	bad "budget show after the answer: $(cat "$TMP/show.txt")"; fi

# Sjöbo's own heads with a Prognos added: nothing asked, the Bokslut and
# the two Plan years read by their years.
printf '(tkr)\tBokslut 2023\tPrognos 2024\tBudget 2024\tBudget 2025\tPlan 2026\tPlan 2027\nPolitisk verksamhet\t0,3\t0,2\t0,2\t0,2\t– 1,8\t– 1,8\n' \
	>"$TMP/paste.tsv"
keys i Down Enter
see "imported with them" "Importerade budgettabellen 2024–2025: 1 område \(tkr\)\."
see "the title to the last plan year" "^ Budget · Kommunstyrelsen · 2024–2027 \(tkr\)"
see "the Bokslut first, the plan years last" "Bokslut 2023 +Prognos 2024 +Budget 2024 +Budget 2025 +Plan 2026 +Plan 2027 *$"
see "its row" "0,30 +0,20 +0,20 +0,20 +-1,80 +-1,80 *$"
"$NAMND" budget show --committee KS --year 2024 >"$TMP/show.txt" 2>&1
if grep -qE '^Politisk verksamhet +0,30 +0,20 +0,20 +0,20 +-1,80 +-1,80$' "$TMP/show.txt"; then ok; else
	bad "budget show of Sjöbo's table: $(cat "$TMP/show.txt")"; fi
quit_ui
finish
