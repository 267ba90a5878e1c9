#!/bin/sh
# After the meeting, through the CLI: the held meeting of
# fixtures/protokoll.sh (partial attendance, an ersättare by party order,
# an omröstning, a reservation, a jäv, § 15 omedelbart justerad), the
# ordförande's review, justering with the SHA-256 of the canonical text,
# anslag with its deadlines; the protokoll, utdrag, anslag and
# beslutslista as text matching hand-written golden files and as xlsx
# read by openpyxl; and a justerat protokoll that nothing can change.
. tests/cli/lib.sh
. tests/cli/fixtures/raw.sh
. tests/cli/fixtures/meeting.sh
. tests/cli/fixtures/protokoll.sh
q() { sqlite3 -readonly "$NAMND_DB" "$1"; }

# refused DESC CODE PATTERN ARGS…: refused with the message, nothing changed.
refused() {
	d=$1; code=$2; pat=$3; shift 3
	fp=$(fingerprint)
	expect_fail "$d" "$code" "$pat" "$@"
	eq "$d: database unchanged" "$fp" "$(fingerprint)"
}

fixture_protokoll

# The checksums are those of the hand-written canonical texts, computed
# by coreutils, not by namnd.
SHA=$(sha256sum tests/golden/protokoll_canonical.txt | cut -d' ' -f1)
SHA15=$(sha256sum tests/golden/protokoll_canonical_15.txt | cut -d' ' -f1)
"$NAMND" protokoll $MEETING --canonical > "$TMP/canon.txt"
if cmp -s "$TMP/canon.txt" tests/golden/protokoll_canonical.txt; then ok; else
	bad "canonical text differs:"; diff tests/golden/protokoll_canonical.txt "$TMP/canon.txt"; fi
"$NAMND" utdrag $MEETING 15 --canonical > "$TMP/canon15.txt"
if cmp -s "$TMP/canon15.txt" tests/golden/protokoll_canonical_15.txt; then ok; else
	bad "canonical text of § 15 differs:"; diff tests/golden/protokoll_canonical_15.txt "$TMP/canon15.txt"; fi
eq "stored checksum of the protokoll" "$SHA" "$(q "SELECT protocol_sha256 FROM meeting WHERE date = '2024-03-20'")"
eq "stored checksum of § 15" "$SHA15" "$(q "SELECT justerad_sha256 FROM paragraph WHERE number = 15")"
expect_ok "verify" protokoll $MEETING --verify
has "checksum holds" "Kontrollsumman stämmer: $SHA"
expect_ok "verify § 15" utdrag $MEETING 15 --verify

# Documents as text, byte for byte.
golden() { # DESC GOLDEN ARGS…
	d=$1; g=$2; shift 2
	"$NAMND" "$@" > "$TMP/got.txt" 2> "$TMP/err"
	sed -e "s/{SHA}/$SHA/" -e "s/{SHA15}/$SHA15/" "tests/golden/$g" > "$TMP/want.txt"
	if cmp -s "$TMP/want.txt" "$TMP/got.txt"; then ok; else
		bad "$d differs from tests/golden/$g:"; diff "$TMP/want.txt" "$TMP/got.txt"; fi
}
golden "protokoll" protokoll_justerat.txt protokoll $MEETING
golden "utdrag § 15" protokoll_utdrag_15.txt utdrag $MEETING 15
# Several paragraphs in one utdrag, in the order given, justerade on
# different days: one bestyrkande, each checksum that vouches for them.
golden "utdrag §§ 15, 13" protokoll_utdrag_15_13.txt utdrag $MEETING 15 13
expect_fail "one paragraph at a time for --canonical" 2 "en paragraf i taget" \
	utdrag $MEETING 15 13 --canonical
expect_fail "a paragraph the meeting lacks" 3 "§ 99" utdrag $MEETING 15 99
golden "anslag" protokoll_anslag.txt anslag $MEETING
golden "anslag of § 15" protokoll_anslag_15.txt anslag $MEETING --paragraph 15
golden "beslutslista" protokoll_beslutslista.txt beslutslista $MEETING

# The same documents as xlsx, read by an independent reader.
expect_ok "protokoll xlsx" protokoll $MEETING --out "$TMP/p.xlsx"
expect_ok "utdrag xlsx" utdrag $MEETING 15 --out "$TMP/u.xlsx"
expect_ok "anslag xlsx" anslag $MEETING --out "$TMP/a.xlsx"
if /usr/bin/python3 tests/xlsx/check_protokoll.py "$TMP/p.xlsx" "$TMP/u.xlsx" "$TMP/a.xlsx" \
	"$SHA" "$SHA15"; then ok; else bad "xlsx check"; fi

# Deadlines after justering and anslag (LAW.md).
run deadlines $MEETING
has "justering due, and done" "^Justering senast +2024-04-03 onsdag  \(justerat 2024-03-25\)$"
has "anslag due, and done" "^Anslag senast +2024-03-27 onsdag  \(uppsatt 2024-03-26\)$"
has "appeal ends three weeks after the anslag" "^Överklagandetiden går ut +2024-04-16 tisdag$"
has "taken down the day after" "^Anslaget tas ned +2024-04-17"

# A justerat protokoll cannot change, through the CLI …
refused "decision" 1 "justerat 2024-03-25 och kan inte ändras" \
	paragraph set $MEETING 14 --decision "Ett annat beslut."
refused "vote" 1 "justerat" vote set $MEETING 14 --ja "Karin Åberg, Rasmus Tell, Lars Berg, Olof Ek" --avstar "Mia Nyström"
refused "vote clear" 1 "justerat" vote clear $MEETING 14
refused "reservation" 1 "justerat" reservation rm $MEETING 14 --person "Olof Ek"
refused "motion" 1 "justerat" motion add $MEETING 14 --person "Olof Ek" --text "Nytt yrkande."
refused "note" 1 "justerat" note add $MEETING 14 --text "Efterhandsanteckning."
refused "jäv" 1 "justerat" recusal rm $MEETING 15 --person "Mia Nyström"
refused "expediering" 1 "justerat" expedite add $MEETING 16 --to Revisionen
refused "attendance" 1 "justerat 2024-03-25 och kan inte ändras" attendance set $MEETING "Sara Öhman" närvarande
refused "attendance rm" 1 "justerat" attendance rm $MEETING "Eva Holm"
refused "justerare" 1 "justerat" justerare set $MEETING "Mia Nyström"
refused "renumbering" 1 "justerat" paragraph number $MEETING
refused "place" 1 "Protokollet är justerat" meeting edit $MEETING --place "Annat rum"
refused "meeting removed" 1 "justerat" meeting rm $MEETING
refused "agenda item removed" 1 "justera[dt]" agenda rm "$(q "SELECT agenda_item_id FROM paragraph WHERE number = 14")"
refused "justera twice" 1 "justerat" justera $MEETING --by "Olof Ek"
refused "anslag twice" 1 "Anslaget om justeringen sattes upp 2024-03-26" anslag $MEETING --date 2024-03-27
refused "anslag of § 15 twice" 1 "Anslaget om justeringen av § 15 sattes upp 2024-03-21" \
	anslag $MEETING --paragraph 15 --date 2024-03-22
refused "anslag of a paragraph not omedelbart justerad" 1 "§ 14 är inte omedelbart justerad" \
	anslag $MEETING --paragraph 14 --date 2024-03-27
refused "review mark" 1 "justerat" review $MEETING --paragraph 14 --comment sent

# … nor by another program writing SQL to the file.
fp=$(fingerprint)
for stmt in "UPDATE paragraph SET decision = 'x' WHERE number = 14" \
	"DELETE FROM vote" "UPDATE reservation SET reason = NULL" \
	"UPDATE attendance SET status = 'frånvarande' WHERE person_id = 1" \
	"UPDATE meeting SET protocol_sha256 = NULL"; do
	case $(raw_sql "$stmt") in *justera*) ok ;; *) bad "raw SQL not refused: $stmt" ;; esac
	if sqlite3 "$NAMND_DB" "$stmt" 2>/dev/null; then bad "sqlite3 shell changed: $stmt"; else ok; fi
done
eq "justerat protokoll unchanged by raw SQL" "$fp" "$(fingerprint)"

# A correction is a new, dated rättelse; the justerat text is unchanged.
refused "rättelse before justering date" 1 'rättelsen 2024-03-24 kan inte vara före justeringen' \
	rattelse add $MEETING --paragraph 14 --text "x" --date 2024-03-24
expect_ok "rättelse" rattelse add $MEETING --paragraph 14 --date 2024-03-27 \
	--text "Reservationen gäller hela beslutet."
run protokoll $MEETING
has "rättelse shown after the protokoll" "^2024-03-27 \(§.14\): Reservationen gäller hela beslutet\.$"
expect_ok "verify after rättelse" protokoll $MEETING --verify

# A change made outside the protokoll's tables does not reach it: the
# justerat protokoll is the record made at justering.
expect_ok "rename" person edit "Olof Ek" --name "Olof Ekman"
run protokoll $MEETING
has "the justerat protokoll keeps the name as justerat" "Olof Ek \(M\)"
hasnt "the new name is not in it" "Olof Ekman"
expect_ok "checksum still holds" protokoll $MEETING --verify

# The review, on a meeting not yet justerat.
export NAMND_TODAY=2024-04-17
expect_ok "April meeting" meeting add --committee UBN --date 2024-04-17
expect_ok "item" agenda add UBN:2024-04-17 --case "UBN 2024/1"
expect_ok "item 2" agenda add UBN:2024-04-17 --kind information --title "Information"
expect_ok "number" paragraph number UBN:2024-04-17
has "continues the year" "§§ 17–18"
# Before attendance is recorded the protokoll claims nobody absent but a
# förhinder, and the review says the attendance is missing, not that
# quorum fails.
expect_ok "a förhinder" meeting absent UBN:2024-04-17 "Sara Öhman"
run protokoll UBN:2024-04-17
has "attendance not recorded" "^Beslutande +\(Närvaron är inte antecknad\.\)$"
has "the förhinder is absent" "^Frånvarande +Sara Öhman \(SD\)$"
hasnt "nobody else claimed absent" "Lars Berg|Mia Nyström|Olof Ekman"
run review UBN:2024-04-17
has "review: attendance missing" "^ +Närvaron är inte antecknad: det går inte att se vilka som tjänstgör eller om nämnden är beslutför\.$"
hasnt "review: no quorum verdict yet" "inte beslutför:"
expect_ok "förhinder withdrawn" meeting absent UBN:2024-04-17 "Sara Öhman" --remove
for p in "Karin Åberg" "Olof Ekman"; do
	expect_ok "present $p" attendance set UBN:2024-04-17 "$p" närvarande
done
run review UBN:2024-04-17
has "quorum fails with two of five" "^ +Nämnden är inte beslutför: 2 av 5 platser tjänstgör \(minst 3 krävs\)\.$"
expect_ok "present Mia" attendance set UBN:2024-04-17 "Mia Nyström" närvarande
expect_ok "reservation promised" reservation add UBN:2024-04-17 17 --person "Olof Ekman" --written
expect_ok "vote" vote set UBN:2024-04-17 17 --ja "Karin Åberg, Mia Nyström" --nej "Olof Ekman"
expect_ok "Lars arrives" attendance set UBN:2024-04-17 "Lars Berg" närvarande
run review UBN:2024-04-17
hasnt "quorum holds with four" "inte beslutför"
has "vote no longer adds up" "^ +Omröstningen i § 17 har 3 röster men 4 tjänstgör: Lars Berg saknas"
has "promised reason missing" "^ +Skriftlig reservation utlovad av Olof Ekman \(M\), men skälen har inte kommit in"
has "no decision" "^ +Beslut saknas\.$"
has "summary" "^2 av 2 paragrafer har anmärkningar\.$"
expect_ok "mark reviewed" review UBN:2024-04-17 --paragraph 17 --comment "Omröstningen görs om."
run --tsv review UBN:2024-04-17
has "reviewed with comment" "^17	.*	granskad	Omröstningen görs om\.$"

# Justering and anslag refused where the law says no.
refused "anslag before justering" 1 "Anslaget kan inte sättas upp före justeringen" \
	anslag UBN:2024-04-17 --date 2024-04-18
refused "justering without justerare" 1 "Inga justerare är valda" justera UBN:2024-04-17 --by "Karin Åberg"
expect_ok "justerare" justerare set UBN:2024-04-17 "Mia Nyström"
refused "justerare not serving" 1 "Sara Öhman tjänstgör inte vid sammanträdet" \
	justerare set UBN:2024-04-17 "Sara Öhman"
refused "justering before the meeting" 1 "kan inte justeras 2024-04-16, före sammanträdet 2024-04-17" \
	justera UBN:2024-04-17 --by "Mia Nyström" --date 2024-04-16
refused "justering by someone not chosen" 1 "Olof Ekman är inte vald att justera protokollet" \
	justera UBN:2024-04-17 --by "Olof Ekman"
refused "justering in the future" 1 "2024-04-20 har inte kommit än" \
	justera UBN:2024-04-17 --by "Mia Nyström" --date 2024-04-20
export NAMND_TODAY=2024-04-18
refused "omedelbar justering after the day" 1 "omedelbar justering sker vid sammanträdet 2024-04-17" \
	justera UBN:2024-04-17 --paragraph 18 --by "Mia Nyström"

# Justering waits for the review: every finding put right, or let stand
# by the ordförande with a reason.
refused "justering with findings" 1 "Protokollet kan inte justeras: granskningen har 4 anmärkningar, den första: § 17: Omröstningen i § 17 har 3 röster men 4 tjänstgör" \
	justera UBN:2024-04-17 --by "Mia Nyström" --date 2024-04-18
expect_ok "vote redone" vote set UBN:2024-04-17 17 --ja "Karin Åberg, Mia Nyström, Lars Berg" --nej "Olof Ekman"
expect_ok "written reservation in" reservation add UBN:2024-04-17 17 --person "Olof Ekman" --written --reason "Förslaget är inte finansierat."
refused "two findings left" 1 "granskningen har 2 anmärkningar, den första: § 17: Omröstning utan propositionsordning\." \
	justera UBN:2024-04-17 --by "Mia Nyström" --date 2024-04-18
expect_ok "propositionsordning" paragraph set UBN:2024-04-17 17 --proposition "Ordföranden ställer förslaget mot avslag och finner bifall."
# A reservation by someone who voted for what was decided, or who did
# not serve there, is a finding.
expect_ok "reservation by a ja-voter" reservation add UBN:2024-04-17 17 --person "Mia Nyström" --reason "Fel."
run review UBN:2024-04-17
has "reservation by one who voted for the decision" "^ +Reservation av Mia Nyström \(V\), som röstade ja, alltså för det beslut som fattades: den som reserverar sig har röstat emot det\.$"
refused "justering with that reservation" 1 "§ 17: Reservation av Mia Nyström" \
	justera UBN:2024-04-17 --by "Mia Nyström" --date 2024-04-18
expect_ok "reservation withdrawn" reservation rm UBN:2024-04-17 17 --person "Mia Nyström"
# namnd refuses a reservation by someone not serving; another program
# writing to the file does not.
sqlite3 "$NAMND_DB" "INSERT INTO reservation (paragraph_id, person_id, reason) SELECT p.id, (SELECT id FROM person WHERE name || '' = 'Sara Öhman'), 'Fel.' FROM paragraph p JOIN meeting m ON m.id = p.meeting_id WHERE m.date = '2024-04-17' AND p.number = 17"
run review UBN:2024-04-17
has "reservation by one not serving" "^ +Reservation av Sara Öhman \(SD\), som inte tjänstgör vid § 17: bara den som deltar i beslutet kan reservera sig\.$"
expect_ok "her reservation removed" reservation rm UBN:2024-04-17 17 --person "Sara Öhman"
# § 18 is information: nothing was decided. Only the ordförande (Karin
# Åberg) may let that stand, and only with a reason.
refused "override by another" 1 "Bara ordföranden vid sammanträdet \(Karin Åberg\) kan åsidosätta en anmärkning i granskningen, inte Mia Nyström" \
	review UBN:2024-04-17 --paragraph 18 --override beslut --reason "Information." --by "Mia Nyström"
refused "override without a reason" 2 "--reason måste anges" \
	review UBN:2024-04-17 --paragraph 18 --override beslut --by "Karin Åberg"
refused "override with a blank reason" 1 "Fältet \"skäl\" består bara av blanksteg" \
	review UBN:2024-04-17 --paragraph 18 --override beslut --reason "  " --by "Karin Åberg"
refused "override of an unknown kind" 2 "--override \"allt\" är inget slag av anmärkning" \
	review UBN:2024-04-17 --paragraph 18 --override allt --reason "x" --by "Karin Åberg"
expect_ok "override by the ordförande" review UBN:2024-04-17 --paragraph 18 --override beslut \
	--reason "Informationsärende; inget beslut fattades." --by "Karin Åberg"
run review UBN:2024-04-17
has "the finding shown with who and why" "^ +Beslut saknas\. Åsidosatt av ordföranden Karin Åberg: Informationsärende; inget beslut fattades\.$"
has "nothing left" "^0 av 2 paragrafer har anmärkningar\.$"
eq "the override is in the audit log, with the user" "testare|Informationsärende; inget beslut fattades." \
	"$(q "SELECT who || '|' || json_extract(new, '$.reason') FROM audit_log WHERE tbl = 'review_override' AND action = 'insert'")"

# An anslag whose appeal period ends on midsommarafton runs to Monday.
export NAMND_TODAY=2024-05-31
expect_ok "justering" justera UBN:2024-04-17 --by "Mia Nyström" --by "Karin Åberg" --date 2024-05-01
expect_ok "anslag" anslag UBN:2024-04-17 --date 2024-05-31
has "past midsommar" "^Överklagandetiden går ut +2024-06-24 måndag$"
# The 14th day, 2024-05-01, is första maj: justering may wait until
# Thursday (Lag 1930:173); done on the holiday itself it is in time.
has "justering due past första maj" "^Justering senast +2024-05-02 torsdag  \(justerat 2024-05-01\)$"
has "late anslag noted" "^Anslag senast +2024-05-03 fredag  \(uppsatt 2024-05-31, efter fristen\)$"

# Public documents leave confidential paragraphs out.
expect_ok "May meeting" meeting add --committee UBN --date 2024-05-22
expect_ok "secret item" agenda add UBN:2024-05-22 --case "UBN 2024/2" --confidential ja
expect_ok "number" paragraph number UBN:2024-05-22
run protokoll UBN:2024-05-22 --public
has "number and dnr stay" "^§.19  Sekretess$"
hasnt "no title" "Gläntans"
hasnt "no decision" "översända"
run beslutslista UBN:2024-05-22 --public
hasnt "beslutslista: no title" "Gläntans"
run protokoll UBN:2024-05-22
has "internal version has it" "Gläntans Montessori"
# After the 14 days the justering must be confirmed, and is recorded.
export NAMND_TODAY=2024-06-05
expect_ok "June meeting" meeting add --committee UBN --date 2024-06-05
expect_ok "June item" agenda add UBN:2024-06-05 --kind information --title "Information"
expect_ok "June number" paragraph number UBN:2024-06-05
for p in "Karin Åberg" "Olof Ekman" "Mia Nyström"; do
	expect_ok "June: $p" attendance set UBN:2024-06-05 "$p" närvarande
done
expect_ok "June decision" paragraph set UBN:2024-06-05 20 --decision "Nämnden noterar informationen."
expect_ok "June justerare" justerare set UBN:2024-06-05 "Mia Nyström"
export NAMND_TODAY=2024-06-25
refused "late justering unconfirmed" 1 "2024-06-25 är 6 dagar efter fristen för justering \(14 dagar efter sammanträdet 2024-06-05\)\. Bekräfta att protokollet justeras för sent \(--late\)" \
	justera UBN:2024-06-05 --by "Mia Nyström"
expect_ok "late justering confirmed" justera UBN:2024-06-05 --by "Mia Nyström" --late
run deadlines UBN:2024-06-05
has "deadlines: late" "^Justering senast +2024-06-19 onsdag  \(justerat 2024-06-25, efter fristen\)$"
has "deadlines: the late justering recorded" "^Sen justering +Justerat 6 dagar efter fristen \(14 dagar efter sammanträdet\); bekräftat av testare\.$"
eq "recorded in the audit log" "testare" \
	"$(q "SELECT who FROM audit_log WHERE tbl = 'review_override' AND json_extract(new, '$.kind') = 'sen justering'")"
eq "the record is part of the justering" "1" "$(sqlite3 "$NAMND_DB" "DELETE FROM review_override WHERE kind = 'sen justering'" 2>&1 | grep -c justerat)"
finish
