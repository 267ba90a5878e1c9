#!/bin/sh
# namnd check: nothing found on a clean meeting like the seed's; each
# problem of the issue found on a crafted one, with the item it concerns,
# and the exit status 1 only for errors.
. tests/cli/lib.sh
. tests/fixtures/seed_meeting.sh
M=UBNAU:2023-12-06

seed_register
seed_agenda
# The kallelse as the seed writes it: items 8–11 (positions 10, 12–14,
# after A, B and the fika) have no föredragande, as many a real
# kallelse's items have none; check gives no warning for that unless the
# body requires one (committee edit --presenter-required, below).
item_id() { # position in the list
	sqlite3 "$NAMND_DB" "SELECT id FROM agenda_item WHERE position = $1"
}
# Before the kallelse's last day (7 days before 2023-12-06).
export NAMND_TODAY=2023-11-20

expect_ok "clean meeting passes" check $M
eq "the rules applied come first" "Regler: kommunallagen (arbetsutskott): beslutförhet, justering inom 14 dagar, anslag, överklagandetid, diarienummer på beslutspunkter" "$(printf '%s\n' "$out" | head -n 1)"
eq "clean: nothing found" "Inga problem hittades." "$(printf '%s\n' "$out" | sed 1d)"
run --tsv check $M
eq "clean: no rows for scripts" "" "$out"

# finds CODE EXIT PATTERN: check gives exactly one finding, with that code,
# and the exit status (0 for a warning, 1 for an error).
finds() {
	run --tsv check $M
	if [ "$rc" -ne "$2" ]; then bad "$1: exit $rc, expected $2: $out"; fi
	n=$(printf '%s\n' "$out" | grep -c .)
	if [ "$n" -eq 1 ] && printf '%s\n' "$out" | cut -f4 | grep -qx "$1" &&
		printf '%s\n' "$out" | grep -qE -- "$3"; then ok; else bad "$1: expected one finding matching '$3', got:
$out"; fi
}

# Decision item without a dnr.
expect_ok "decision item without ärende" agenda add $M --kind stående \
	--title "Val av ombud" --decision ja --role Ordförande
finds dnr_saknas 1 "^fel	[0-9]+	punkt 15	dnr_saknas	Beslutspunkten saknar diarienummer"
run check $M
has "shown for people" "^FEL      punkt 15: Beslutspunkten saknar diarienummer"
has "with a count" "^1 fel, 0 varningar.$"
expect_ok "remove it" agenda rm "$(item_id 20)"

# A dnr in another form in a text, and one without its series.
expect_ok "proposal naming dnr" case edit "UBN 2023/450" --proposal "Se UBN.2023.428."
finds dnr_form 0 "punkt 4	dnr_form	\"UBN.2023.428\" i förslaget till beslut är inte skrivet i organisationens form; skriv UBN 2023/428\.$"
expect_ok "proposal without series" case edit "UBN 2023/450" --proposal "Se 2023/109."
finds dnr_form 0 "punkt 4	dnr_form	\"2023/109\" i förslaget till beslut saknar serien; ärendet har diarienumret UBN 2023/109\.$"
expect_ok "proposal in form" case edit "UBN 2023/450" --proposal "Se UBN 2023/109."
expect_ok "ärende outside the series" case add --dnr 2023/77 --committee UBN \
	--title "Skolskjutsregler" --status "klart för beslut"
expect_ok "on the list" agenda add $M --case 2023/77 --role Controller --at 12
finds dnr_form 0 "punkt 9	dnr_form	Diarienumret 2023/77 har inte nämndens serie UBN\.$"
expect_ok "off the list" agenda rm "$(item_id 12)"

# Not ready for decision.
expect_ok "in preparation" case edit "UBN 2023/444" --status "under beredning"
finds ej_klart 0 "punkt 6	ej_klart	Ärendet UBN 2023/444 är inte klart för beslut \(status: under beredning\)\.$"
expect_ok "ready again" case edit "UBN 2023/444" --status "klart för beslut"

# An ärende twice.
expect_ok "second time on the list" agenda add $M --case "UBN 2023/109" --role Controller
finds dubblett 1 "punkt 15	dubblett	Ärendet UBN 2023/109 står redan på listan som punkt 3\.$"
expect_ok "remove it" agenda rm "$(item_id 20)"

# Template placeholders, wherever they are left.
expect_ok "ÄRENDENUMMER" case edit "UBN 2023/109" --description "Diarienummer: ÄRENDENUMMER"
finds platshållare 1 "punkt 3	platshållare	Mallens platshållare \"ÄRENDENUMMER\" står kvar i ärendebeskrivningen\.$"
expect_ok "filled" case edit "UBN 2023/109" --description ""
expect_ok "Klicka eller tryck" case edit "UBN 2023/450" --summary "Klicka eller tryck här för att ange text."
finds platshållare 1 "punkt 4	platshållare	.*\"Klicka eller tryck här för att ange text\" står kvar i sammanfattningen"
expect_ok "filled" case edit "UBN 2023/450" --summary ""
expect_ok "a section" section add --case "UBN 2023/451" --heading Ekonomi \
	--body "Datum: Välj det datum då ditt tjänsteutlåtande godkänts"
finds platshållare 1 "punkt 5	platshållare	.*\"Välj det datum\" står kvar i avsnittet \"Ekonomi\"\.$"
expect_ok "section filled" section edit "$(sqlite3 "$NAMND_DB" "SELECT id FROM case_section")" --body "Inga kostnader."
expect_ok "XXXX in the notes" meeting edit $M --notes "Buss avgår kl. XXXX."
finds platshållare 1 "sammanträdet	platshållare	.*\"XXXX\" står kvar i sammanträdets anteckningar"
expect_ok "filled" meeting edit $M --notes "Buss avgår kl. 12.45."
expect_ok "[…] in a title" agenda set "$(item_id 19)" --title "Beslutsomgång p. […]"
finds platshållare 1 "punkt \"Beslutsomgång p\. \[…\]\"	platshållare	.*\"\[…\]\" står kvar i rubriken"
expect_ok "filled" agenda set "$(item_id 19)" --title "Beslutsomgång p. 3-14"

# Föredragande missing, for a body that requires one.
expect_ok "föredragande required" committee edit UBNAU --presenter-required ja
run check $M
has "the rule is named" "^Regler: .*, föredragande på punkterna$"
has "each item without one" "^VARNING  punkt 11: Föredragande saknas\.$"
has "four of them" "^0 fel, 4 varningar\.$"
for pos in 12 13 14; do
	expect_ok "föredragande for item at $pos" agenda set "$(item_id $pos)" --role Förvaltningschef
done
finds föredragande 0 "punkt 8	föredragande	Föredragande saknas\.$"
expect_ok "föredragande again" agenda set "$(item_id 10)" --role Controller
expect_ok "no longer required" committee edit UBNAU --presenter-required ""

# The agenda runs past the planned end.
expect_ok "planned end" meeting edit $M --end 11.30
finds sluttid 0 "sammanträdet	sluttid	Föredragningslistan slutar kl\. 11\.50, efter det planerade slutet kl\. 11\.30\.$"
expect_ok "later end" meeting edit $M --end 12.00

# The kallelse's last day has passed (and not once it has gone out).
NAMND_TODAY=2023-11-30 finds kallelse_sen 0 "Kallelsen skulle ha gått ut senast 2023-11-29 \(7 dagar före sammanträdet\)\.$"
NAMND_TODAY=2023-11-30 expect_ok "kallad" meeting sent $M
NAMND_TODAY=2023-11-30 expect_ok "sent: nothing to say" check $M
eq "sent: no finding" "Inga problem hittades." "$(printf '%s\n' "$out" | sed 1d)"

# Quorum with the förhinder known: 3 seats, 2 ersättare.
expect_ok "förhinder" meeting absent $M "Karin Åberg"
expect_ok "förhinder" meeting absent $M "Olof Ek"
expect_ok "förhinder ersättare" meeting absent $M "Per Lind"
expect_ok "still quorate: Anna Berg steps in" check $M
expect_ok "förhinder ersättare" meeting absent $M "Anna Berg"
run --tsv check $M
eq "no quorum: an error" 1 "$rc"
has "beslutsförhet" "^fel	[0-9]+	sammanträdet	beslutsförhet	Med anmälda förhinder \(2 av 3 ledamöter\) och 0 ersättare att kalla in blir 1 av 3 platser besatta"
has "nobody to preside, and no vice ordförande to name" "^varning	[0-9]+	sammanträdet	tjänstgörande_ordförande	Ordföranden Karin Åberg \(S\) är inte med vid sammanträdet, och ingen tjänstgörande ordförande är antecknad\.$"
expect_ok "withdrawn" meeting absent $M "Anna Berg" --remove
expect_ok "quorate again" check $M
# The ordförande's förhinder: nobody is recorded to preside (issue 12).
has "who presides is asked" "^VARNING +sammanträdet: Ordföranden Karin Åberg \(S\) är inte med vid sammanträdet, och ingen tjänstgörande ordförande är antecknad"
before=$(fingerprint)
expect_fail "not a member" 1 "Maria Nord är inte ledamot eller ersättare i Utbildningsnämndens arbetsutskott den 2023-12-06" \
	meeting absent $M "Maria Nord"
expect_fail "nothing to withdraw" 3 "Inget förhinder är anmält" meeting absent $M "Sara Öhman" --remove
expect_fail "no such person" 3 "" meeting absent $M "Ingen Alls"
eq "refused förhinder change nothing" "$before" "$(fingerprint)"

# A förhinder goes through the attendance rules: it replaces what was
# recorded for the person, as 'namnd attendance' does, never leaving two
# rows for one person at once that would block every later change.
rows_of() { # the person's attendance rows at $M: status from to, by from
	sqlite3 "$NAMND_DB" "SELECT group_concat(status || ' ' || from_paragraph || ' ' || coalesce(to_paragraph, '-'), '; ') FROM (SELECT a.* FROM attendance a JOIN person p ON p.id = a.person_id JOIN meeting m ON m.id = a.meeting_id WHERE p.name COLLATE BINARY = '$1' AND m.date = '2023-12-06' ORDER BY a.from_paragraph)"
}
expect_ok "Sara present from § 2" attendance set $M "Sara Öhman" närvarande --from 2
expect_ok "then her förhinder" meeting absent $M "Sara Öhman"
eq "Sara absent, once" "frånvarande 0 -" "$(rows_of "Sara Öhman")"
expect_ok "Anna Berg serves for Karin Åberg" attendance set $M "Anna Berg" "tjänstgörande ersättare" --for "Karin Åberg"
expect_ok "then Anna Berg's förhinder" meeting absent $M "Anna Berg"
eq "Anna Berg absent, once" "frånvarande 0 -" "$(rows_of "Anna Berg")"
expect_ok "the meeting's attendance can still be changed" attendance set $M "Olof Ek" närvarande --from 3
eq "Olof Ek absent, then present" "frånvarande 0 2; närvarande 3 -" "$(rows_of "Olof Ek")"
expect_ok "Olof Ek's förhinder again" meeting absent $M "Olof Ek"
eq "Olof Ek absent, once" "frånvarande 0 -" "$(rows_of "Olof Ek")"
expect_ok "Sara's förhinder withdrawn" meeting absent $M "Sara Öhman" --remove
expect_ok "Anna Berg's förhinder withdrawn" meeting absent $M "Anna Berg" --remove
eq "nothing left for Sara" "" "$(rows_of "Sara Öhman")"

expect_ok "Karin Åberg's förhinder withdrawn" meeting absent $M "Karin Åberg" --remove

# A member without e-mail.
expect_ok "no e-mail" person edit "Sara Öhman" --email ""
finds e_post 0 "sammanträdet	e_post	Sara Öhman \(ledamot\) saknar e-postadress"

expect_ok "e-mail again" person edit "Sara Öhman" --email sara.ohman@exempelstad.se
expect_ok "clean once more" check $M
eq "clean again" "Inga problem hittades." "$(printf '%s\n' "$out" | sed 1d)"
# A meeting planned before anyone holds a seat (the next mandatperiod's
# members not yet registered): the kallelse would reach nobody.
expect_ok "meeting before the members' term" meeting add --committee UBNAU --date 2022-12-07
run --tsv check UBNAU:2022-12-07
eq "no members: an error" 1 "$rc"
has "no members: said with the date" "^fel	[0-9]+	sammanträdet	ledamöter	Nämnden har inga ledamöter med uppdrag den 2022-12-07; "
has "no secretary to report förhinder to" "^varning	[0-9]+	sammanträdet	sekreterare	Nämnden har ingen sekreterare den 2022-12-07"
hasnt "no quorum arithmetic on zero seats" "beslutsförhet"
# The ordförande's term ends before the meeting.
chair=$("$NAMND" --tsv member list --committee UBNAU | awk -F'\t' '$4 == "Karin Åberg" { print $1 }')
expect_ok "chair leaves" member edit "$chair" --to 2023-11-30
finds ordförande 0 "sammanträdet	ordförande	Nämnden har ingen ordförande den 2023-12-06; kallelsen blir utan ordförandens namn\.$"
expect_ok "chair back" member edit "$chair" --to ""
expect_ok "clean at last" check $M
eq "clean at last" "Inga problem hittades." "$(printf '%s\n' "$out" | sed 1d)"
expect_fail "unknown meeting" 3 "Inget sammanträde" check UBNAU:2023-12-07
finish
