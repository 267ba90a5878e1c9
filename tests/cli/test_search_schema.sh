#!/bin/sh
# Full-text search, schema upgrades, database location, help and version.
. tests/cli/lib.sh

expect_ok "committee" committee add --code UBN --name Utbildningsnämnden
expect_ok "case" case add --committee UBN --title "Systematiskt brandskyddsarbete 2023" \
	--summary "Rutiner för brandskydd på förskolor och skolor."
expect_ok "case" case add --dnr "UBN 2023/109" --title "Månadsuppföljning oktober" \
	--proposal "Utbildningsnämnden noterar informationen om budgeten."
expect_ok "case" case add --committee UBN --title "Elevhälsans årsrapport"

run --tsv search brandskydd
has "word in the title or text" "^ärende	[0-9]+	UBN 2024/1	Systematiskt brandskyddsarbete 2023"
run --tsv search budget
has "word in the proposal" "UBN 2023/109"
hasnt "no unrelated hit" "Elevhälsans"
run --tsv search "2023/109"
has "search by dnr" "Månadsuppföljning oktober"
run --tsv search elevh
has "last word matches as a prefix" "Elevhälsans årsrapport"
run --tsv search "ÅRSRAPPORT"
has "case-insensitive, å kept" "Elevhälsans årsrapport"
run search '"brand' 'NEAR(' '*'
eq "FTS syntax in the query is just text" 0 "$rc"
expect_ok "edit title" case edit "UBN 2023/109" --title "Månadsuppföljning november"
run --tsv search oktober
hasnt "index follows edits" "2023/109"
run --tsv search november
has "new title found" "2023/109"
expect_fail "a registered ärende is not removed" 1 "registrerat i diariet" case rm "UBN 2024/2"
expect_ok "makulera" case void "UBN 2024/2" --reason "Registrerades två gånger"
run --tsv search elevhälsans
has "a makulerat ärende is still found, as makulerat" "UBN 2024/2.*makulerat"
run search zzzqqq
has "no hits message" "Inga träffar"
expect_fail "empty search" 1 "Ange något att söka efter" search " "

# A version-1 database (before full-text search) is upgraded on open and
# its existing ärenden become searchable. It is made from schema/001 alone
# by another program (Python's sqlite3), as namnd 1 left it.
/usr/bin/python3 - "$TMP/v1.db" schema/001_init.sql <<'EOF'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.create_collation('sv', lambda a, b: (a > b) - (a < b))
con.create_function('nd_user', 0, lambda: 'testare')
con.executescript(open(sys.argv[2], encoding='utf-8').read())
con.execute("PRAGMA application_id = %d" % 0x4E4D4E44)  # "NMND"
con.execute("PRAGMA user_version = 1")
con.execute("INSERT INTO committee (id, code, name) VALUES (1, 'UBN', 'Utbildningsnämnden')")
con.execute("INSERT INTO cases (committee_id, dnr_series, dnr_year, dnr_number, title, "
            "registered, summary) VALUES (1, 'UBN', 2023, 395, "
            "'Systematiskt brandskyddsarbete 2023', '2023-10-11', 'Rutiner för brandskydd.')")
con.commit()
con.close()
EOF
eq "prepared a version-1 file" 1 "$(sqlite3 "$TMP/v1.db" 'PRAGMA user_version')"
run --db "$TMP/v1.db" --tsv search brandskydd
has "upgraded database finds old ärenden" "Systematiskt brandskyddsarbete"
eq "upgraded to the latest version" "$SCHEMA_LATEST" "$(sqlite3 "$TMP/v1.db" 'PRAGMA user_version')"
eq "WAL journal" wal "$(sqlite3 "$TMP/v1.db" 'PRAGMA journal_mode')"

# Where the database lives: --db, then NAMND_DB, then XDG.
export HOME="$TMP/home"
mkdir -p "$HOME"
(unset NAMND_DB; "$NAMND" init > "$TMP/out" 2>&1)
if [ -f "$HOME/.local/share/namnd/namnd.db" ]; then ok; else bad "default path under ~/.local/share: $(cat "$TMP/out")"; fi
(unset NAMND_DB; XDG_DATA_HOME="$TMP/xdg" "$NAMND" init > /dev/null 2>&1)
if [ -f "$TMP/xdg/namnd/namnd.db" ]; then ok; else bad "XDG_DATA_HOME honoured"; fi
eq "data folder is private" 700 "$(stat -c %a "$TMP/xdg/namnd")"
NAMND_DB="$TMP/env.db" "$NAMND" init > /dev/null 2>&1
if [ -f "$TMP/env.db" ]; then ok; else bad "NAMND_DB honoured"; fi
NAMND_DB="$TMP/env.db" "$NAMND" --db "$TMP/opt.db" init > /dev/null 2>&1
if [ -f "$TMP/opt.db" ]; then ok; else bad "--db wins over NAMND_DB"; fi

# Help and version.
run --help
has "program help lists verbs" "^  case +ärenden med diarienummer"
for verb in init demo committee person member case document recipient section \
	meeting agenda delegation deadlines search setting dnr; do
	run "$verb" --help
	if [ "$rc" -eq 0 ] && [ -n "$out" ]; then ok; else bad "$verb --help (exit $rc)"; fi
done
run case --help
has "case help names --title" "--title"
run --version
has "version" "^namnd [0-9]+\.[0-9]+\.[0-9]+$"

finish
