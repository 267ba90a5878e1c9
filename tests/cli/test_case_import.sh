#!/bin/sh
# Bulk registration from a diarium system's export: all rows or none,
# each fault named by row and column, the register searchable at once,
# the dnr counters moved past the imported numbers.
. tests/cli/lib.sh

expect_ok "committee" committee add --code UBN --name Utbildningsnämnden
expect_ok "a person" person add --name "Pia Holmqvist"
expect_ok "an ärende already there" case add --dnr "UBN 2023/7" --title "Redan registrerat"

# Windows-1252 with semicolons, as Excel saves "CSV (semikolonavgränsad)",
# extra columns the import does not use, statuses in another system's words.
printf '%s\r\n' \
	'Diarienummer;Ärendemening;Handläggare;Registrerad;Status;Sekretess' \
	'UBN 2023/451;Skolskjuts till Bäckeby skola;Pia Holmqvist;2023-10-11;Pågående;Nej' \
	'UBN 2023/452;"Lokalförsörjning; förskolor";Jonas Ek;2023-10-12 14:02;Avslutad;Nej' \
	'UBN 2024/3;Elevhälsans årsrapport;;;beslutat;Nej' |
	iconv -f UTF-8 -t WINDOWS-1252 > "$TMP/diarium.csv"
expect_ok "import" case import "$TMP/diarium.csv"
has "how many and how it was read" "Registrerade 3 ärenden.*Windows-1252.*semikolon"
has "a new handläggare is named" "1 handläggare lades till i personregistret"
run --tsv case show "UBN 2023/451"
has "title with å ä ö" "Skolskjuts till Bäckeby skola"
has "handläggare found by name" "Pia Holmqvist"
has "status mapped" "under beredning"
has "date kept" "2023-10-11"
run --tsv case show "UBN 2023/452"
has "a quoted cell with the separator" "Lokalförsörjning; förskolor"
has "a date with a time" "2023-10-12"
has "avslutad is avslutat" "avslutat"
has "the new handläggare" "Jonas Ek"
run --tsv case show "UBN 2024/3"
has "empty date: today" "2024-03-12"
run --tsv search backeby
has "searchable at once" "UBN 2023/451"
eq "one audit row per ärende" 1 "$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM audit_log WHERE tbl = 'cases' AND row_id = (SELECT id FROM cases WHERE dnr_year = 2023 AND dnr_number = 451)")"
eq "the audit row names who imported" testare "$(sqlite3 "$NAMND_DB" "SELECT who FROM audit_log WHERE tbl = 'cases' AND row_id = (SELECT id FROM cases WHERE dnr_year = 2023 AND dnr_number = 452)")"
eq "ids follow the dnr order" "451 452" "$(sqlite3 "$NAMND_DB" "SELECT group_concat(dnr_number, ' ') FROM (SELECT dnr_number FROM cases WHERE dnr_year = 2023 AND dnr_number > 400 ORDER BY id)")"
expect_ok "the audit chain holds after the import" audit verify
# The import writes its audit rows itself, in one statement: each holds
# what the trigger writes for an ärende added one at a time (the same
# fields, in the same order), with the imported values.
keys() { sqlite3 "$NAMND_DB" "SELECT group_concat(key, ',') FROM (SELECT j.key FROM audit_log a, json_each(a.new) j WHERE a.tbl = 'cases' AND a.action = 'insert' AND a.row_id = (SELECT id FROM cases WHERE dnr_year = $1 AND dnr_number = $2) ORDER BY j.id)"; }
eq "an imported ärende's audit row has the trigger's fields" "$(keys 2023 7)" "$(keys 2023 451)"
eq "and its values" "UBN 2023/451 Skolskjuts till Bäckeby skola under beredning 2023-10-11" \
	"$(sqlite3 "$NAMND_DB" "SELECT json_extract(new, '\$.dnr_series') || ' ' || json_extract(new, '\$.dnr_year') || '/' || json_extract(new, '\$.dnr_number') || ' ' || json_extract(new, '\$.title') || ' ' || json_extract(new, '\$.status') || ' ' || json_extract(new, '\$.registered') FROM audit_log WHERE tbl = 'cases' AND row_id = (SELECT id FROM cases WHERE dnr_year = 2023 AND dnr_number = 451)")"
eq "the import's audit rows follow each other, one per ärende" "3 3" \
	"$(sqlite3 "$NAMND_DB" "SELECT count(*) || ' ' || (max(id) - min(id) + 1) FROM audit_log WHERE tbl = 'cases' AND row_id IN (SELECT id FROM cases WHERE dnr_number IN (451, 452, 3))")"
# Another program's insert after an import is still logged by the trigger.
python3 - "$NAMND_DB" <<'PYEOF'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.create_collation('sv', lambda a, b: (a > b) - (a < b))
con.execute("INSERT INTO cases (dnr_series, dnr_year, dnr_number, title, registered) "
            "VALUES ('UBN', 2023, 990, 'Från ett annat program', '2023-11-01')")
con.commit()
PYEOF
eq "another program's ärende is logged" "1" "$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM audit_log WHERE tbl = 'cases' AND action = 'insert' AND who = '' AND json_extract(new, '\$.title') = 'Från ett annat program'")"
expect_ok "the next number follows the imported ones" case add --committee UBN --year 2023 --title "Nästa"
has "after 452" "UBN 2023/453"

# Faults: every one named by row and column, nothing registered.
before=$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM cases")
printf 'Dnr\tTitel\tHandläggare\tRegistrerat\tStatus\n' > "$TMP/bad.tsv"
printf 'UBN 2024/10\tEtt bra ärende\t\t2024-01-05\t\n' >> "$TMP/bad.tsv"
printf 'UBN 2024/11\tDålig status\t\t2024-01-05\tkanske\n' >> "$TMP/bad.tsv"
printf 'inget dnr\tDåligt dnr\t\t2024-01-05\t\n' >> "$TMP/bad.tsv"
printf 'UBN 2024/12\tDåligt datum\t\t2024-02-30\t\n' >> "$TMP/bad.tsv"
printf 'UBN 2023/7\tFinns redan\t\t2024-01-05\t\n' >> "$TMP/bad.tsv"
printf 'UBN 2024/10\tSamma dnr igen\t\t2024-01-05\t\n' >> "$TMP/bad.tsv"
printf 'UBN 2024/13\t\t\t2024-01-05\t\n' >> "$TMP/bad.tsv"
# A registration date in the future (a typo for 2009?) is no fact yet.
printf 'UBN 2024/14\tFramtida datum\t\t2099-01-01\t\n' >> "$TMP/bad.tsv"
expect_fail "a file with faults" 1 "Inget ärende registrerades: 7 fel" case import "$TMP/bad.tsv"
for want in 'Rad 3, kolumn "status": "kanske"' 'Rad 4, kolumn "dnr": "inget dnr"' \
	'Rad 5, kolumn "registrerat": "2024-02-30"' 'Rad 6, kolumn "dnr": diarienumret "UBN 2023/7" finns redan' \
	'Rad 7, kolumn "dnr": diarienumret UBN 2024/10 står också på rad 2' \
	'Rad 8, kolumn "titel": titeln saknas' \
	'Rad 9, kolumn "registrerat": "2099-01-01" har inte kommit än (idag är det 2024-03-12)'; do
	if printf '%s\n' "$err" | grep -qF -- "$want"; then ok; else bad "fault not named: $want in: $err"; fi
done
eq "nothing registered" "$before" "$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM cases")"
eq "no handläggare added either" 2 "$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM person NOT INDEXED")"

printf 'Nummer\tRubrik\nUBN 2024/20\tX\n' > "$TMP/nohead.tsv"
expect_fail "no dnr column" 1 'saknar kolumnen "diarienummer"' case import "$TMP/nohead.tsv"
expect_fail "not a file" 4 "finns inte|Kan inte" case import "$TMP/saknas.csv"
printf 'Dnr\tTitel\n2024/30\tUtan serie\n' > "$TMP/noseries.tsv"
expect_ok "--dry-run checks only" case import --dry-run --committee UBN "$TMP/noseries.tsv"
has "says nothing was registered" "inget registrerades"
run --tsv case show "UBN 2024/30"
eq "dry run wrote nothing" 3 "$rc"
expect_ok "a dnr without series gets the committee's" case import --committee UBN "$TMP/noseries.tsv"
run --tsv case show "UBN 2024/30"
has "in the committee's series and nämnd" "UBN"


# Long Swedish titles (hostile20 F1): the limit is 1000 characters, as for
# `case add`, however many bytes they take; over it the message says how
# many characters, never that good text is not UTF-8.
/usr/bin/python3 -c '
print("Diarienummer\tÄrendemening")
print("UBN 2024/40\t" + "å" * 999)
print("UBN 2024/41\t" + "a" * 600 + "ä" * 300)
print("UBN 2024/42\t" + "Ö" * 1000)' >"$TMP/long.tsv"
expect_ok "999 å, 900 mixed and 1000 Ö characters are titles" case import "$TMP/long.tsv"
eq "stored whole" "999|900|1000" "$(sqlite3 "$NAMND_DB" "SELECT length(title) FROM cases NOT INDEXED WHERE dnr_year = 2024 AND dnr_number BETWEEN 40 AND 42 ORDER BY dnr_number" | paste -sd'|')"
/usr/bin/python3 -c '
print("Diarienummer\tÄrendemening")
print("UBN 2024/43\t" + "å" * 1001)
print("UBN 2024/44\t" + "\U0001F600" * 1200)' >"$TMP/toolong.tsv"
expect_fail "over 1000 characters" 1 "Inget ärende registrerades: 2 fel" case import "$TMP/toolong.tsv"
for want in 'Rad 2, kolumn "titel": Fältet "titel" är för långt: 1001 tecken (högst 1000)' \
	'Rad 3, kolumn "titel": Fältet "titel" är för långt: 1200 tecken (högst 1000)'; do
	if printf '%s\n' "$err" | grep -qF -- "$want"; then ok; else bad "not said: $want in: $err"; fi
done
if printf '%s\n' "$err" | grep -q 'UTF-8'; then bad "good text called not UTF-8: $err"; else ok; fi
# The same title from Windows-1252, each ö one byte in the file and two after reading.
/usr/bin/python3 -c '
import sys
sys.stdout.buffer.write(("Diarienummer;Ärendemening\r\nUBN 2024/45;" + "ö" * 700 + "\r\n").encode("cp1252"))' >"$TMP/long1252.csv"
expect_ok "700 ö from a Windows-1252 file" case import "$TMP/long1252.csv"
eq "stored as 700 characters" 700 "$(sqlite3 "$NAMND_DB" "SELECT length(title) FROM cases NOT INDEXED WHERE dnr_year = 2024 AND dnr_number = 45")"

finish
