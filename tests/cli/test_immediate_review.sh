#!/bin/sh
# A paragraph justerad omedelbart is not reviewed again (hostile pass 19,
# F11): after seats were added with a backdated --from, review reported
# the justerad § as not beslutför, a finding nobody can mend or let stand
# (the § is locked), so the rest of the protokoll could never be
# justerat. And `attendance quorum` merged the justerad § with an open one
# under the justerad §'s seat count, hiding that the open one was not
# beslutför.
. tests/cli/lib.sh
M=UBN:2024-04-17
expect_ok init init
expect_ok body committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 18.00
for p in "Karin Åberg:S" "Olof Ek:M" "Sara Öhman:SD" "Anna Berg:V"; do
	expect_ok "person ${p%%:*}" person add --name "${p%%:*}" --party "${p##*:}"
done
expect_ok ordf member add --person "Karin Åberg" --committee UBN --role ordförande --from 2024-01-01
expect_ok led1 member add --person "Olof Ek" --committee UBN --role ledamot --from 2024-01-01
expect_ok led2 member add --person "Sara Öhman" --committee UBN --role ledamot --from 2024-01-01
expect_ok meeting meeting add --committee UBN --date 2024-04-17
export NAMND_TODAY=2024-04-17
expect_ok item1 agenda add $M --kind information --title "Brådskande"
expect_ok item2 agenda add $M --kind information --title "Övrigt"
expect_ok number paragraph number $M
for p in "Karin Åberg" "Olof Ek" "Sara Öhman"; do
	expect_ok "present $p" attendance set $M "$p" närvarande
done
expect_ok justerare justerare set $M "Olof Ek"
expect_ok dec1 paragraph set $M 1 --decision "Beslut."
expect_ok dec2 paragraph set $M 2 --decision "Noteras."
expect_ok "§ 1 omedelbart justerad" justera $M --paragraph 1 --by "Olof Ek" --date 2024-04-17

# Later: the register gets three seats more, dated back to the year's start.
export NAMND_TODAY=2024-04-20
expect_ok "a vacant seat, backdated" member add --committee UBN --vacant --party S --from 2024-01-01
expect_ok "another, backdated" member add --committee UBN --vacant --party M --from 2024-01-01
expect_ok "a ledamot, backdated" member add --person "Anna Berg" --committee UBN --role ledamot --from 2024-01-01

run attendance quorum $M
has "quorum: per paragraph, since the seats differ" "^Beslutförhet per paragraf"
has "quorum: § 1 as justerad, 3 of 3" "^  § 1 +3 av 3 platser tjänstgör \\(minst 2\\)$"
has "quorum: § 2 now, 3 of 6, not beslutför" "^  § 2 +3 av 6 platser tjänstgör \\(minst 4\\)  EJ BESLUTFÖR$"
hasnt "quorum: no merged range" "§§ 1–2"

run review $M
has "review: § 1 is not reviewed again" "Omedelbart justerad 2024-04-17: granskades vid justeringen"
eq "review: the quorum finding is on § 2 only" 1 "$(printf '%s\n' "$out" | grep -c 'inte beslutför')"
has "review: § 2 is not beslutför" "Nämnden är inte beslutför: 3 av 6 platser tjänstgör \\(minst 4 krävs\\)"
has "review: one paragraph with findings" "^1 av 2 paragrafer har anmärkningar"

# Mend § 2, and the rest of the protokoll can be justerat.
expect_ok "Anna Berg from § 2" attendance set $M "Anna Berg" närvarande --from 2
expect_ok "the protokoll is justerat" justera $M --by "Olof Ek" --date 2024-04-20
expect_ok "and verifies" protokoll $M --verify
finish
