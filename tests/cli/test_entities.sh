#!/bin/sh
# Create, read back, edit and remove every kind of record through the CLI.
. tests/cli/lib.sh

expect_ok "init creates the database" init
has "init reports the schema version" "schemaversion $SCHEMA_LATEST"
eq "database file is readable by its owner only" 600 "$(stat -c %a "$NAMND_DB")"

# Committees, with an arbetsutskott under its nämnd.
expect_ok "add nämnd" committee add --code UBN --name Utbildningsnämnden \
	--place "Stadshuset" --time 13.00 --notice-days 7
expect_ok "add utskott" committee add --code ubnau \
	--name "Utbildningsnämndens arbetsutskott" --parent UBN --time 08:30 \
	--place "Sammanträdesrum Älven"
run --tsv committee show UBNAU
has "utskott code is upper-cased" "^Kod	UBNAU$"
has "utskott kind follows from parent" "^Typ	arbetsutskott$"
has "utskott belongs to UBN" "^Tillhör	UBN$"
has "start time shown as 08.30" "^Starttid	08.30$"
has "place with å ä ö kept" "^Plats	Sammanträdesrum Älven$"
expect_ok "edit committee" committee edit UBN --notice-days 14
run --tsv committee show UBN
has "notice days changed" "^Kallelse dagar före	14$"

# People: list sorts Swedish (Å Ä Ö after Z).
expect_ok "add person" person add --name "Åsa Åberg" --party S --email karin.aberg@exempelstad.se
expect_ok "add person" person add --name "Olof Ek" --party M
expect_ok "add person" person add --name "Östen Öhman" --party SD
expect_ok "add person" person add --name "Zackarias Lind" --party V
expect_ok "add person" person add --name "Ärla Lind" --party C
expect_ok "add official" person add --name "Maria Nord" --title nämndsekreterare \
	--email maria.nord@exempelstad.se --phone "0123-456 78"
run --tsv person list
eq "people sorted the Swedish way" "Maria Nord
Olof Ek
Zackarias Lind
Åsa Åberg
Ärla Lind
Östen Öhman" "$(printf '%s\n' "$out" | cut -f2)"
run --tsv person show "maria nord"
has "person found by name, case-insensitively" "^E-post	maria.nord@exempelstad.se$"
has "phone stored" "^Telefon	0123-456 78$"

# Memberships: seats and ersättare in order.
expect_ok "ordförande" member add --person "Åsa Åberg" --committee UBNAU --role ordförande --from 2023-01-01
expect_ok "ledamot" member add --person "Olof Ek" --committee UBNAU --role ledamot --from 2023-01-01
expect_ok "ledamot" member add --person "Östen Öhman" --committee UBNAU --role ledamot --from 2023-01-01
expect_ok "ersättare gets next order" member add --person "Zackarias Lind" --committee UBNAU --role ersättare --from 2023-01-01
expect_ok "ersättare explicit order" member add --person "Ärla Lind" --committee UBNAU --role ersättare --order 5 --from 2023-01-01 --to 2026-12-31
expect_ok "sekreterare" member add --person "Maria Nord" --committee UBNAU --role sekreterare
run --tsv member list --committee UBNAU
eq "members listed by rank, ersättare by order" "ordförande Åsa Åberg
ledamot Olof Ek
ledamot Östen Öhman
ersättare Zackarias Lind 1
ersättare Ärla Lind 5
sekreterare Maria Nord" "$(printf '%s\n' "$out" | awk -F '\t' '{print $3, $4 ($6 != "" ? " " $6 : "")}')"
has "membership without --from starts today" "2024-03-12–"

# Ärenden: dnr allocated per series and year.
expect_ok "case with allocated dnr" case add --committee UBN --title "Handlingsplan för digitalisering av grundskolan 2024–2026" \
	--proposal "Utbildningsnämnden beslutar att anta handlingsplanen." --officer "Maria Nord"
has "first number of the year" "UBN 2024/1"
expect_ok "second case" case add --committee UBNAU --title "Månadsuppföljning februari 2024"
has "an utskott's ärende takes the nämnd's series" "UBN 2024/2"
expect_ok "case with given dnr in another form" case add --dnr "UBN.2023/467" --title "Tider för arbetsutskottet 2024"
has "given dnr shown canonically" "UBN 2023/467"
if printf '%s\n' "$err" | grep -q 'obs: diarienumret skrevs "UBN.2023/467"; organisationens form är UBN 2023/467'; then ok; else bad "non-canonical dnr flagged: $err"; fi
expect_ok "case in a given series and year" case add --series KS --year 2021 --title "Motion om skolgårdar"
has "series and year" "KS 2021/1"
run --tsv case show "UBN 2024/1"
has "title read back" "^Titel	Handlingsplan för digitalisering av grundskolan 2024–2026$"
has "handläggare read back" "^Handläggare	Maria Nord$"
has "status starts registrerat" "^Status	registrerat$"
has "registered today" "^Registrerat	2024-03-12$"
has "proposal read back" "^Förslag till beslut	Utbildningsnämnden beslutar att anta handlingsplanen.$"
expect_ok "find case by variant dnr" case show "UBN.2024.1"
expect_ok "edit case status" case edit "UBN 2024/1" --status "klart för beslut" --confidential ja
run --tsv case show "UBN 2024/1"
has "status changed" "^Status	klart för beslut$"
has "confidential flag" "^Sekretess	ja$"
printf 'Första stycket.\n\nAndra stycket med å ä ö.\n' > "$TMP/summary.txt"
expect_ok "long text from a file" case edit "UBN 2024/1" --summary-file "$TMP/summary.txt"
run case show "UBN 2024/1"
has "multi-line text kept" "Andra stycket med å ä ö."

# Beslutsunderlag, sändlista and avsnitt of an ärende.
expect_ok "document" document add --case "UBN 2024/1" --title "Tjänsteutlåtande" --date 2024-03-01
expect_ok "document" document add --case "UBN 2024/1" --title "Handlingsplan digitalisering 2024–2026"
expect_ok "recipient" recipient add --case "UBN 2024/1" --to Utbildningsnämnden --purpose "för vidare hantering"
expect_ok "recipient" recipient add --case "UBN 2024/1" --to Förvaltningsledningen
expect_ok "section" section add --case "UBN 2024/1" --heading Barnrättsperspektiv --body "Planen stärker elevernas digitala kompetens."
run case show "UBN 2024/1"
has "documents listed" "2024-03-01 +Tjänsteutlåtande"
has "second document" "Handlingsplan digitalisering 2024–2026"
has "recipient for handling" "för vidare hantering +Utbildningsnämnden"
has "recipient default för kännedom" "för kännedom +Förvaltningsledningen"
has "section" "Barnrättsperspektiv"

# Case list pages by keyset in dnr and title order.
run --tsv case list
eq "cases sorted by dnr" "KS 2021/1
UBN 2023/467
UBN 2024/1
UBN 2024/2" "$(printf '%s\n' "$out" | cut -f2)"
run --tsv case list --sort title --limit 2
eq "first page by title" "Handlingsplan för digitalisering av grundskolan 2024–2026
Motion om skolgårdar" "$(printf '%s\n' "$out" | cut -f3)"
run --tsv case list --sort title --after "KS 2021/1"
eq "next page after a key" "Månadsuppföljning februari 2024
Tider för arbetsutskottet 2024" "$(printf '%s\n' "$out" | cut -f3)"
run --tsv case list --reverse --limit 1
eq "last row via reverse" "UBN 2024/2" "$(printf '%s\n' "$out" | cut -f2)"

# Meetings and the agenda with computed times.
expect_ok "meeting" meeting add --committee UBNAU --date 2024-03-20
run --tsv meeting show UBNAU:2024-03-20
has "time from the committee" "^Starttid	08.30$"
has "place from the committee" "^Plats	Sammanträdesrum Älven$"
has "kallelse due 7 days before" "^Kallelse senast	2024-03-13$"
has "justering due 14 days after" "^Justering senast	2024-04-03$"
M=UBNAU:2024-03-20
expect_ok "procedural" agenda add $M --kind procedur --title Upprop
expect_ok "procedural" agenda add $M --kind procedur --title "Val av justerare"
expect_ok "ärende" agenda add $M --case "UBN 2024/2" --role Controller --minutes 15
expect_ok "ärende" agenda add $M --case "UBN 2024/1" --presenter "Maria Nord" --minutes 30
expect_ok "break" agenda add $M --kind paus --title Fika --minutes 15
expect_ok "standing" agenda add $M --kind stående --title "Övriga frågor" --minutes 10
run --tsv agenda list $M
eq "numbers, titles and computed times" "A|Upprop|08.30–08.35
B|Val av justerare|08.35–08.40
1|Månadsuppföljning februari 2024|08.40–08.55
2|Handlingsplan för digitalisering av grundskolan 2024–2026|08.55–09.25
|Fika|09.25–09.40
3|Övriga frågor|09.40–09.50" "$(printf '%s\n' "$out" | awk -F '\t' '{print $2 "|" $4 "|" $7}')"
has "föredragande as a person" "Maria Nord"
has "föredragande as a role" "Controller"
FIKA=$(printf '%s\n' "$out" | awk -F '\t' '$4 == "Fika" {print $1}')
expect_ok "move the break up" agenda move "$FIKA" 3
run --tsv agenda list $M
eq "times follow the new order" "A|Upprop|08.30–08.35
B|Val av justerare|08.35–08.40
|Fika|08.40–08.55
1|Månadsuppföljning februari 2024|08.55–09.10
2|Handlingsplan för digitalisering av grundskolan 2024–2026|09.10–09.40
3|Övriga frågor|09.40–09.50" "$(printf '%s\n' "$out" | awk -F '\t' '{print $2 "|" $4 "|" $7}')"
expect_ok "insert at a position" agenda add $M --at 1 --kind information --title "Information från förvaltningschefen" --minutes 20
expect_ok "change duration" agenda set "$FIKA" --minutes 20
run --tsv agenda list $M
has "inserted first item takes number 1" "^[0-9]+	1	information	Information från förvaltningschefen"
has "later times move" "Övriga frågor.*10.05–10.15"
expect_ok "remove item" agenda rm "$FIKA"
run --tsv agenda list $M
hasnt "removed item gone" "Fika"
eq "six items remain" 6 "$(printf '%s\n' "$out" | wc -l)"

# Delegation decisions.
expect_ok "delegation" delegation add --committee UBNAU --date 2024-02-15 --title "Beslut om skolskjuts" \
	--by "Maria Nord" --point 3.2 --case "UBN 2024/2" --meeting $M
run --tsv delegation list --meeting $M
has "delegation listed for its meeting" "Beslut om skolskjuts"
run --tsv delegation show 1
has "delegation point" "^Delegationspunkt	3.2$"

# Settings: the dnr pattern changes how every dnr is shown.
expect_ok "set org name" setting set org_name "Exempelstads kommun"
expect_ok "set dnr pattern" setting set dnr_pattern "{S}.{Y}-{N:5}"
run --tsv case list --limit 1
eq "dnr in the new pattern" "KS.2021-00001" "$(printf '%s\n' "$out" | cut -f2)"
run dnr "UBN 2023/467"
has "dnr command shows canonical form" "^UBN.2023-00467$"
expect_ok "back to default pattern" setting set dnr_pattern "{S} {Y}/{N}"

# Removing: refused while in use, allowed when free.
expect_fail "person in use cannot be removed" 1 "används" person rm "Maria Nord"
expect_ok "add and remove a person" person add --name "Tillfällig Person"
expect_ok "remove person" person rm "Tillfällig Person"
expect_fail "removed person is gone" 3 "Okänd person" person show "Tillfällig Person"

# Audit log: every change recorded with who did it.
n=$(sqlite3 -readonly "$NAMND_DB" "SELECT count(*) FROM audit_log WHERE who = 'testare' AND tbl = 'person' AND action = 'delete'")
eq "deletion audited with the user" 1 "$n"
n=$(sqlite3 -readonly "$NAMND_DB" "SELECT json_extract(old, '\$.status') || ' -> ' || json_extract(new, '\$.status') FROM audit_log WHERE tbl = 'cases' AND action = 'update' AND json_extract(old, '\$.status') <> json_extract(new, '\$.status')")
eq "audit keeps old and new value" "registrerat -> klart för beslut" "$n"

# Overview: each committee's meeting with something to do, and what is due.
run --tsv
has "kallelse due before the meeting" "^Utbildningsnämndens arbetsutskott \(UBNAU\)	2024-03-20 08.30	planerat	kallelse 03-13$"
has "committee without meetings" "^Utbildningsnämnden \(UBN\)	—		—$"
NAMND_TODAY=2024-03-15 run --tsv
has "late kallelse flagged" "kallelse FÖRSENAD$"
NAMND_TODAY=2024-03-21 run
has "after the meeting: no next meeting" "^Utbildningsnämndens arbetsutsko… +— +—$"
has "its justering due, under the earlier meetings" "^  UBNAU +2024-03-20 08\.30 +justering +senast 04-03$"
NAMND_TODAY=2024-04-04 run
has "and overdue the day after its deadline" "^  UBNAU +2024-03-20 08\.30 +justering +FÖRSENAD 04-03$"

# Sammanträdesplan: a year's meetings from dates as people write them.
expect_ok "plan" meeting plan --committee UBN --year 2024 --dates "17/1, 21/2; 2024-04-17 6/6" --time 13.00
run --tsv meeting plan --committee UBN --year 2024
eq "plan dates in order" "2024-01-17 2024-02-21 2024-04-17 2024-06-06 " "$(printf '%s\n' "$out" | cut -f3 | tr '\n' ' ')"
expect_fail "a date twice in the plan" 1 "finns redan" meeting plan --committee UBN --year 2024 --dates "18/9, 17/1"
run --tsv meeting list --committee UBN --year 2024
eq "nothing of a refused plan is kept" 4 "$(printf '%s\n' "$out" | wc -l)"
run meeting plan --committee UBN --year 2025 --dates "6/6, 14/6"
if printf '%s\n' "$err" | grep -q "2025-06-06 är nationaldagen" && printf '%s\n' "$err" | grep -q "2025-06-14 är en lördag"; then ok; else bad "holiday and weekend flagged: $err"; fi

finish
