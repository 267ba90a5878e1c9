#!/bin/sh
# Search at any size: diacritics folded for matching, an exact dnr first,
# then the newest hits; a page says when there are more. An ärende is
# registered with one INSERT (one audit row), and a database of the
# previous schema (version 10) is upgraded with its index rebuilt.
. tests/cli/lib.sh

expect_ok "committee" committee add --code UBN --name Utbildningsnämnden
expect_ok "old case" case add --dnr "UBN 2023/5" --title "Detaljplan för kvarteret Örnen"
expect_ok "case 1" case add --committee UBN --title "Skolskjuts till Bäckeby skola"
expect_ok "case 2" case add --committee UBN --title "Förvaltningens budget 2024" \
	--summary "Återrapport om UBN 2023/5 och skolskjutsen."
expect_ok "case 3" case add --committee UBN --title "Skolskjutsregler i Bäckeby" \
	--status "under beredning" --officer "" --proposal "Nämnden antar reglerna."

# Folding: a keyboard without å, ä, ö finds them; the title keeps them.
run --tsv search backeby
has "backeby finds Bäckeby" "^ärende	[0-9]+	UBN 2024/1	Skolskjuts till Bäckeby skola"
has "and the other one" "UBN 2024/3	Skolskjutsregler i Bäckeby"
run --tsv search forvaltningens
has "forvaltningens finds Förvaltningens" "UBN 2024/2	Förvaltningens budget 2024"
run --tsv search ÖRNEN
has "upper case with diacritics" "UBN 2023/5	Detaljplan"
run --tsv search ornen
has "and without" "UBN 2023/5	Detaljplan"

# Newest first: 2024/3 was registered after 2024/1.
run --tsv search skolskjuts
eq "newest first" "UBN 2024/3 UBN 2024/2 UBN 2024/1" "$(printf '%s\n' "$out" | cut -f3 | tr '\n' ' ' | sed 's/ $//')"

# An exact dnr comes first, though an ärende registered later mentions it.
run --tsv search "UBN 2023/5"
eq "exact dnr first" "UBN 2023/5" "$(printf '%s\n' "$out" | head -n 1 | cut -f3)"
has "then the ärende that mentions it" "^ärende	[0-9]+	UBN 2024/2	"
eq "each hit once" 2 "$(printf '%s\n' "$out" | grep -c .)"
run --tsv search "2023/5"
eq "a dnr without series, when only one series has it" "UBN 2023/5" \
	"$(printf '%s\n' "$out" | head -n 1 | cut -f3)"

# A full page says that there are more, and how to see them.
run search --limit 2 skolskjuts
has "more than a page" "De 2 nyaste träffarna; fler finns"
run search --limit 3 skolskjuts
hasnt "exactly a page: nothing more" "fler finns"

# One INSERT per ärende: the audit log has one row for it, not an insert
# and an update, and its fields are all there.
n=$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM audit_log WHERE tbl = 'cases' AND row_id = (SELECT id FROM cases WHERE dnr_number = 3 AND dnr_year = 2024)")
eq "one audit row for an ärende added with several fields" 1 "$n"
eq "fields set by that one row" "under beredning|Nämnden antar reglerna." \
	"$(sqlite3 "$NAMND_DB" "SELECT status || '|' || proposal FROM cases WHERE dnr_year = 2024 AND dnr_number = 3")"
expect_fail "a bad status is still named" 1 "status" case add --committee UBN --title X --status "klar"

# A change of status does not rewrite the ärende's search row.
expect_ok "status change" case edit "UBN 2024/1" --status "avslutat"
run --tsv search backeby
has "still found after a status change" "UBN 2024/1	Skolskjuts till Bäckeby skola	avslutat"

# The list narrowed by status and handläggare, beside words.
expect_ok "person" person add --name "Eva Ek"
expect_ok "officer" case edit "UBN 2024/3" --officer "Eva Ek"
run --tsv case list --status "under beredning"
eq "by status" "UBN 2024/3" "$(printf '%s\n' "$out" | cut -f2 | tr '\n' ' ' | sed 's/ $//')"
run --tsv case list --officer "Eva Ek"
eq "by handläggare" "UBN 2024/3" "$(printf '%s\n' "$out" | cut -f2 | tr '\n' ' ' | sed 's/ $//')"
run --tsv case list --match skolskjuts --status registrerat
eq "words and status" "UBN 2024/2" "$(printf '%s\n' "$out" | cut -f2 | tr '\n' ' ' | sed 's/ $//')"
expect_fail "an unknown status is named" 1 '"klar"' case list --status klar
expect_fail "an unknown handläggare is named" 3 "Okänd person" case list --officer "Ingen Alls"

# A version-10 database (the schema before this one), made by another
# program from the migration files, is upgraded: lookups get their index
# and the search index is rebuilt to fold diacritics.
/usr/bin/python3 - "$TMP/v10.db" schema <<'EOF'
import glob, os, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.create_collation('sv', lambda a, b: (a > b) - (a < b))
con.create_function('nd_user', 0, lambda: 'testare')
con.create_function('nd_today', 0, lambda: '2024-03-12')
for f in sorted(glob.glob(os.path.join(sys.argv[2], '[0-9][0-9][0-9]_*.sql'))):
    if int(os.path.basename(f)[:3]) > 10:
        continue
    con.executescript(open(f, encoding='utf-8').read())
con.execute("PRAGMA application_id = %d" % 0x4E4D4E44)  # "NMND"
con.execute("PRAGMA user_version = 10")
con.execute("INSERT INTO committee (id, code, name) VALUES (1, 'UBN', 'Utbildningsnämnden')")
con.execute("INSERT INTO cases (committee_id, dnr_series, dnr_year, dnr_number, title, "
            "registered) VALUES (1, 'UBN', 2023, 77, 'Skolskjuts till Bäckeby', '2023-10-11')")
con.commit()
con.close()
EOF
eq "prepared a version-10 file" 10 "$(sqlite3 "$TMP/v10.db" 'PRAGMA user_version')"
run --db "$TMP/v10.db" --tsv search backeby
has "an upgraded database folds diacritics" "UBN 2023/77	Skolskjuts till Bäckeby"
eq "upgraded to the latest version" "$SCHEMA_LATEST" "$(sqlite3 "$TMP/v10.db" 'PRAGMA user_version')"
run --db "$TMP/v10.db" case show "2023/77"
has "a dnr without series is found" "Titel +Skolskjuts till Bäckeby"
expect_ok "and new ärenden are indexed" --db "$TMP/v10.db" case add --committee UBN --title "Ny skolskjuts i Bäckeby"
run --db "$TMP/v10.db" --tsv search backeby
eq "both found" 2 "$(printf '%s\n' "$out" | grep -c Bäckeby)"

finish
