#!/bin/sh
# At the meeting, through the CLI: attendance with a late arrival and the
# ersättare proposal by party order, quorum per paragraph, paragraph
# numbers through the year, yrkanden, omröstning, reservation, jäv,
# expediering and the delegation paragraph; every bad input refused with a
# message naming what was wrong, and the database left as it was.
. tests/cli/lib.sh
. tests/cli/fixtures/meeting.sh
export NAMND_TODAY=2024-03-20
fixture_meeting
q() { sqlite3 -readonly "$NAMND_DB" "$1"; }

# refused DESC PATTERN ARGS…: exit 1, message matching, nothing changed.
refused() {
	d=$1; pat=$2; shift 2
	fp=$(fingerprint)
	expect_fail "$d" 1 "$pat" "$@"
	eq "$d: database unchanged" "$fp" "$(fingerprint)"
}

# Paragraph numbers: the year's first number is settable; breaks get none.
expect_ok "first number of 2024" paragraph start --committee UBN --year 2024 --first 12
expect_ok "number" paragraph number $MEETING
has "range of the meeting" "§§ 12–16"
run --tsv paragraph list $MEETING
eq "five paragraphs, the break has none" "12 13 14 15 16" "$(printf '%s\n' "$out" | cut -f1 | tr '\n' ' ' | sed 's/ $//')"
has "title and dnr from the ärende" "^14	Handlingsplan för digitalisering av grundskolan 2024–2026	UBN 2024/1"
eq "decision prefilled from förslag till beslut" "Utbildningsnämnden beslutar att anta handlingsplanen." \
	"$(q "SELECT decision FROM paragraph WHERE number = 14")"
eq "föredragande with title" "Eva Holm, förvaltningschef" "$(q "SELECT presenter FROM paragraph WHERE number = 14")"
eq "expediering from the ärende" "Skolinspektionen|för vidare hantering" \
	"$(q "SELECT recipient || '|' || purpose FROM paragraph_recipient x JOIN paragraph p ON p.id = x.paragraph_id WHERE p.number = 15")"

# Attendance: Sara Öhman (SD) absent; Rasmus Tell (SD) is proposed although
# Per Lind (S) comes first in the order: own party first.
for p in "Karin Åberg" "Olof Ek" "Mia Nyström"; do
	expect_ok "present $p" attendance set $MEETING "$p" närvarande
done
expect_ok "Sara absent" attendance absent $MEETING "Sara Öhman"
has "proposal by party" "Rasmus Tell \(SD\) tjänstgör för Sara Öhman \(SD\)"
# Lars Berg (S) arrives at § 14: Per Lind (S) serves for him until then.
expect_ok "Lars from § 14" attendance set $MEETING "Lars Berg" närvarande --from 14
expect_ok "Lars absent before" attendance absent $MEETING "Lars Berg" --to 13
has "next in order, own party" "Per Lind \(S\) tjänstgör för Lars Berg \(S\)"
expect_ok "Anna present without vote" attendance set $MEETING "Anna Berg" ersättare
expect_ok "official for § 14" attendance set $MEETING "Eva Holm" övrig --from 14 --to 14
expect_ok "secretary" attendance set $MEETING "Maria Nord" övrig
run --tsv attendance list $MEETING
has "late arrival" "^Lars Berg \(S\)	ledamot	närvarande		från § 14$"
has "serving until he came" "^Per Lind \(S\)	ersättare	tjänstgörande ersättare	Lars Berg \(S\)	till § 13$"
has "Eva Lund not recorded" "^Eva Lund \(S\)	ersättare		"
run --tsv attendance quorum $MEETING
eq "five serve at every paragraph" "§§ 12–16	5	5	beslutför" "$out"

# Override: the secretary picks another ersättare.
expect_ok "Olof absent, Eva Lund instead" attendance absent $MEETING "Olof Ek" --from 16 --ersattare "Eva Lund"
has "the chosen one serves" "Eva Lund \(S\) tjänstgör för Olof Ek \(M\)\.$"
expect_ok "Olof back" attendance set $MEETING "Olof Ek" närvarande --from 16
run --tsv attendance list $MEETING
has "a ledamot takes the seat back" "^Eva Lund \(S\)	ersättare	närvarande ersättare		från § 16$"

# Omröstning in § 14.
expect_ok "motion" motion add $MEETING 14 --person "Karin Åberg" --text "Karin Åberg (S) yrkar bifall till förvaltningens förslag."
expect_ok "motion 2" motion add $MEETING 14 --person "Olof Ek" --text "Olof Ek (M) yrkar avslag."
expect_ok "propositionsordning" paragraph set $MEETING 14 \
	--proposition "Ordföranden ställer bifall mot avslag och finner att nämnden bifaller förslaget. Omröstning begärs." \
	--vote-question "Den som bifaller förvaltningens förslag röstar ja. Den som bifaller avslag röstar nej."
refused "vote by an absent member" "Sara Öhman tjänstgör inte vid § 14" \
	vote set $MEETING 14 --ja "Karin Åberg, Rasmus Tell, Lars Berg" --nej "Olof Ek" --avstar "Sara Öhman"
refused "vote count that does not match" "har 4 röster men 5 tjänstgör: Mia Nyström saknas" \
	vote set $MEETING 14 --ja "Karin Åberg, Rasmus Tell, Lars Berg" --nej "Olof Ek"
refused "vote by ersättare without seat" "Anna Berg tjänstgör inte vid § 14" \
	vote set $MEETING 14 --ja "Karin Åberg, Rasmus Tell, Lars Berg, Anna Berg" --nej "Olof Ek, Mia Nyström"
refused "vote twice" "Olof Ek har röstat två gånger" \
	vote set $MEETING 14 --ja "Karin Åberg, Rasmus Tell, Lars Berg, Olof Ek" --nej "Olof Ek, Mia Nyström"
expect_ok "vote" vote set $MEETING 14 --ja "Karin Åberg, Rasmus Tell" --ja "Lars Berg" --nej "Olof Ek" --avstar "Mia Nyström"
has "tally" "ja 3, nej 1, avstår 1"
refused "member both absent and voting" "Mia Nyström har röstat i omröstningen i § 14" \
	attendance set $MEETING "Mia Nyström" frånvarande
expect_ok "reservation" reservation add $MEETING 14 --person "Olof Ek" --written
expect_ok "reason arrives" reservation add $MEETING 14 --person "Olof Ek" \
	--reason "Moderaterna reserverar sig till förmån för eget yrkande."
refused "reservation by someone not serving" "Per Lind tjänstgör inte vid § 14 och kan inte reservera sig" \
	reservation add $MEETING 14 --person "Per Lind"
expect_ok "note" note add $MEETING 14 --person "Mia Nyström" --text "Vänsterpartiet vill se en uppföljning till hösten."
expect_ok "expediering" expedite add $MEETING 14 --to "Förvaltningsledningen" --purpose "för kännedom"
refused "bad purpose" 'Fältet "syfte" kan inte vara "för info"' expedite add $MEETING 14 --to X --purpose "för info"
run paragraph show $MEETING 14
has "yrkanden shown" "^yrkande +Olof Ek \(M\): Olof Ek \(M\) yrkar avslag\.$"
has "reservation shown" "^reservation +Olof Ek \(M\): Moderaterna reserverar sig"

# Jäv in § 15: Mia Nyström (V) leaves; Anna Berg (M), present, serves.
refused "jäv for someone not present" "Jäv: Sara Öhman tjänstgör inte vid § 15" \
	recusal add $MEETING 15 --person "Sara Öhman"
refused "jäv ersättare not present" "Eva Lund är inte antecknad som närvarande ersättare vid § 15" \
	recusal add $MEETING 15 --person "Mia Nyström" --ersattare "Eva Lund"
refused "jäv ersättare already serving" "Rasmus Tell tjänstgör redan vid § 15" \
	recusal add $MEETING 15 --person "Mia Nyström" --ersattare "Rasmus Tell"
expect_ok "jäv" recusal add $MEETING 15 --person "Mia Nyström" --ersattare "Anna Berg"
refused "jävig member voting" "Mia Nyström tjänstgör inte vid § 15" \
	vote set $MEETING 15 --ja "Karin Åberg, Olof Ek, Rasmus Tell, Lars Berg, Mia Nyström"
expect_ok "vote with the jäv ersättare" vote set $MEETING 15 --ja "Karin Åberg, Olof Ek, Rasmus Tell, Lars Berg" --nej "Anna Berg"
# Without an ersättare the seat stays empty for that paragraph only.
expect_ok "jäv without ersättare" recusal add $MEETING 13 --person "Olof Ek"
run --tsv attendance quorum $MEETING
has "four serve at § 13" "^§ 13	4	5	beslutför$"

# Quorum fails where fewer than three of five serve, and is warned about.
expect_ok "two more jäv at § 12" recusal add $MEETING 12 --person "Karin Åberg"
expect_ok "and the serving ersättare" recusal add $MEETING 12 --person "Per Lind"
expect_ok "and a third" recusal add $MEETING 12 --person "Mia Nyström"
run attendance quorum $MEETING
has "quorum fails" "^  § 12 +2 tjänstgör  EJ BESLUTFÖR$"
has "quorum holds elsewhere" "^  §§ 14–16 +5 tjänstgör$"
if printf '%s\n' "$err" | grep -q "inte beslutför vid § 12 (2 av 5 platser, minst 3 krävs)"; then ok; else bad "quorum warning: $err"; fi
expect_ok "undo" recusal rm $MEETING 12 --person "Karin Åberg"

# Attendance rules.
refused "ersättare for two members" "Per Lind kan inte tjänstgöra för både Lars Berg och Sara Öhman" \
	attendance set $MEETING "Per Lind" tjänstgörande --for "Sara Öhman" --from 13 --to 13
refused "two ersättare for one seat" "Både Rasmus Tell och Eva Lund tjänstgör för Sara Öhman" \
	attendance set $MEETING "Eva Lund" tjänstgörande --for "Sara Öhman" --from 15 --to 15
refused "serving for a present member" "Karin Åberg är närvarande" \
	attendance set $MEETING "Eva Lund" tjänstgörande --for "Karin Åberg"
refused "non-member as närvarande" "Eva Holm är inte ledamot i nämnden" \
	attendance set $MEETING "Eva Holm" närvarande
refused "official as ersättare" "Maria Nord är inte ersättare i nämnden" \
	attendance set $MEETING "Maria Nord" ersättare
expect_fail "unknown status" 2 'Fältet "status" kan inte vara "sjuk"' attendance set $MEETING "Olof Ek" sjuk
expect_fail "range backwards" 2 "--to § 12 ligger före --from § 14" attendance set $MEETING "Olof Ek" närvarande --from 14 --to 12
expect_fail "unknown person" 3 'Okänd person: "Nils Nilsson"' attendance set $MEETING "Nils Nilsson" närvarande
expect_fail "no such paragraph" 3 "Sammanträdet har ingen § 99" vote set $MEETING 99 --ja "Karin Åberg"
expect_fail "paragraph not a number" 2 'inte "fjorton"' vote set $MEETING fjorton --ja "Karin Åberg"

# The delegation paragraph lists what is reported at the meeting.
expect_ok "delegation" delegation add --committee UBN --date 2024-03-01 --title "Beslut om skolskjuts för elev" \
	--by "Eva Holm" --point 3.2 --meeting $MEETING
expect_ok "ordförandebeslut" delegation add --committee UBN --date 2024-03-05 --kind ordförandebeslut \
	--title "Yttrande i brådskande ärende" --by "Karin Åberg" --meeting $MEETING
expect_ok "delegations paragraph" paragraph delegations $MEETING
has "the delegation paragraph" "§ 16 listar 2 anmälda beslut"
eq "listed in the account" "Delegeringsbeslut
- 2024-03-01 Beslut om skolskjuts för elev (Eva Holm, punkt 3.2)

Ordförandebeslut
- 2024-03-05 Yttrande i brådskande ärende (Karin Åberg)" "$(q "SELECT account FROM paragraph WHERE number = 16")"
eq "decision" "Utbildningsnämnden noterar redovisningen." "$(q "SELECT decision FROM paragraph WHERE number = 16")"
# A long title (900 characters, 1800 bytes) is listed whole, never cut
# inside a character.
long=$(printf 'ö%.0s' $(seq 900))
expect_ok "long delegation" delegation add --committee UBN --date 2024-03-06 --kind meddelande \
	--title "$long" --meeting $MEETING
expect_ok "delegations again" paragraph delegations $MEETING
eq "long title listed whole" "Meddelanden
- 2024-03-06 $long" "$(q "SELECT substr(account, instr(account, 'Meddelanden')) FROM paragraph WHERE number = 16")"

# Numbers run on through the year: the next meeting continues, an item
# added earlier renumbers what follows (attendance moves with it), and
# the next year starts again from its first number.
expect_ok "April meeting" meeting add --committee UBN --date 2024-04-17
expect_ok "item" agenda add UBN:2024-04-17 --kind procedur --title Upprop
expect_ok "item 2" agenda add UBN:2024-04-17 --case "UBN 2024/2"
expect_ok "number April" paragraph number UBN:2024-04-17
has "continues" "§§ 17–18"
expect_ok "added in March" agenda add $MEETING --kind information --title "Information från förvaltningschefen" --at 3
expect_ok "renumber March" paragraph number $MEETING
has "one more in March" "§§ 12–17"
run --tsv paragraph list UBN:2024-04-17
eq "April follows" "18 19" "$(printf '%s\n' "$out" | cut -f1 | tr '\n' ' ' | sed 's/ $//')"
eq "the vote moved with its paragraph" 5 "$(q "SELECT count(*) FROM vote v JOIN paragraph p ON p.id = v.paragraph_id WHERE p.number = 15")"
run --tsv attendance list $MEETING
has "late arrival moved to § 15" "^Lars Berg \(S\)	ledamot	närvarande		från § 15$"
has "ersättare still until § 13" "^Per Lind \(S\)	ersättare	tjänstgörande ersättare	Lars Berg \(S\)	till § 13$"
has "adjacent rows merged" "^Olof Ek \(M\)	1:e vice ordförande	närvarande		hela$"
expect_ok "January 2025" meeting add --committee UBN --date 2025-01-22
expect_ok "item 2025" agenda add UBN:2025-01-22 --kind procedur --title Upprop
expect_ok "number 2025" paragraph number UBN:2025-01-22
has "restarts at 1" "§§ 1–1"
expect_ok "2025 starts at 5" paragraph start --committee UBN --year 2025 --first 5
expect_ok "renumber 2025" paragraph number UBN:2025-01-22
has "from the set number" "§§ 5–5"
eq "2024 untouched" "12 13 14 15 16 17 18 19" "$(q "SELECT group_concat(number, ' ') FROM (SELECT number FROM paragraph WHERE year = 2024 ORDER BY number)")"
expect_fail "bad first number" 1 'Fältet "första paragraf" har värdet 0' paragraph start --committee UBN --year 2025 --first 0

# Omedelbar justering of § 18 in April: it keeps its number and its
# attendance; what comes after it stays open.
export NAMND_TODAY=2024-04-17
for p in "Karin Åberg" "Olof Ek" "Sara Öhman"; do
	expect_ok "April: $p" attendance set UBN:2024-04-17 "$p" närvarande
done
expect_ok "April justerare" justerare set UBN:2024-04-17 "Olof Ek"
refused "omedelbar justering refused without a decision" "§ 18: Beslut saknas" \
	justera UBN:2024-04-17 --paragraph 18 --by "Olof Ek"
expect_ok "April § 18 decision" paragraph set UBN:2024-04-17 18 --decision "Nämnden noterar informationen."
expect_ok "omedelbar" justera UBN:2024-04-17 --paragraph 18 --by "Olof Ek"
has "checksum printed" "^Kontrollsumma \(SHA-256\): [0-9a-f]{64}$"
expect_ok "item before it" agenda add UBN:2024-04-17 --kind information --title Ny --at 1
refused "renumbering the justerad paragraph" "§ 18 \(sammanträdet 2024-04-17\) är justerad och kan inte få nummer § 19" \
	paragraph number UBN:2024-04-17
expect_ok "undo the item" agenda rm "$(q "SELECT id FROM agenda_item WHERE title = 'Ny'")"
expect_ok "item after it" agenda add UBN:2024-04-17 --kind information --title "Sist"
expect_ok "numbered after" paragraph number UBN:2024-04-17
has "after the justerad one" "§§ 18–20"
refused "attendance over the justerad paragraph" "närvaron kan inte ändras för justerade paragrafer" \
	attendance set UBN:2024-04-17 "Sara Öhman" frånvarande
expect_ok "attendance after it" attendance set UBN:2024-04-17 "Sara Öhman" frånvarande --from 20
refused "decision of the justerad paragraph" "§ 18 är omedelbart justerad 2024-04-17" \
	paragraph set UBN:2024-04-17 18 --decision "Annat"
expect_ok "the next paragraph is open" paragraph set UBN:2024-04-17 19 --decision "Noteras."
# Long texts reach the protokoll whole: a protokollsanteckning of 300
# words (2100 bytes) and a 980-character title (1820 bytes).
words=$(printf 'ändå%.0s ' $(seq 300))
expect_ok "long note" note add UBN:2024-04-17 19 --person "Olof Ek" --text "$words"
title=$(printf 'ÅÄÖåäö%.0s ' $(seq 140))
expect_ok "long title" paragraph set UBN:2024-04-17 19 --title "$title"
expect_ok "protokoll" protokoll UBN:2024-04-17
eq "every word of the note" 300 "$(printf '%s\n' "$out" | grep -o 'ändå' | wc -l)"
eq "every word of the title" 140 "$(printf '%s\n' "$out" | grep -o 'ÅÄÖåäö' | wc -l)"
# A 200-character name with an organisation (800 bytes) is listed whole.
long_name=$(printf 'Ø%.0s' $(seq 200))
long_org=$(printf 'Æ%.0s' $(seq 200))
expect_ok "long person" person add --name "$long_name" --org "$long_org"
expect_ok "long person attends" attendance set UBN:2024-04-17 "$long_name" övrig --from 20
expect_ok "protokoll again" protokoll UBN:2024-04-17
counts=$(printf '%s\n' "$out" | /usr/bin/python3 -c "import sys; t = sys.stdin.read(); print(t.count('Ø'), t.count('Æ'))")
eq "name and organisation whole" "200 200" "$counts"
finish
