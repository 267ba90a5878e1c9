#!/bin/sh
# A tjänstgörande ordförande where one is needed (issue 12): when the
# ordförande has a förhinder, is jävig in a § or leaves before it, and no
# tjänstgörande ordförande is recorded there ('namnd meeting role …
# ordförande'), check and review say so, naming the § and the people;
# once one is recorded they say nothing. Review notes it without holding
# up the justering.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-12
n() { expect_ok "$*" "$@"; }
M=UBN:2024-03-20

n init
n committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 18.00
for p in "Karin Åberg:S" "Olof Ek:M" "Sara Öhman:SD" "Per Lind:S"; do
	n person add --name "${p%%:*}" --party "${p##*:}" --email "x@example.se"
done
n person add --name "Maria Nord" --title nämndsekreterare --email "x@example.se"
n member add --person "Karin Åberg" --committee UBN --role ordförande --from 2024-01-01
n member add --person "Olof Ek" --committee UBN --role "1:e vice ordförande" --from 2024-01-01
n member add --person "Sara Öhman" --committee UBN --role ledamot --from 2024-01-01
n member add --person "Per Lind" --committee UBN --role ersättare --from 2024-01-01
n member add --person "Maria Nord" --committee UBN --role sekreterare --from 2024-01-01
n meeting add --committee UBN --date 2024-03-20
for i in 1 2 3; do
	n agenda add $M --kind information --title "Information $i"
done

# Before the meeting: the ordförande has a förhinder (a tjänstgörande
# ordförande is recorded once attendance is, at the meeting).
run check $M
hasnt "nothing to say while the ordförande comes" "tjänstgörande ordförande"
n meeting absent $M "Karin Åberg"
run check $M
has "check: no one to preside" "VARNING +sammanträdet: Ordföranden Karin Åberg \(S\) är inte med vid sammanträdet, och ingen tjänstgörande ordförande är antecknad; närmast i tur att leda är vice ordföranden Olof Ek \(M\)\.$"
n meeting absent $M "Karin Åberg" --remove

# At the meeting: jävig in § 2, and gone after § 2.
n paragraph number $M
n attendance set $M "Karin Åberg" närvarande --to 2
n attendance set $M "Olof Ek" närvarande
n attendance set $M "Sara Öhman" närvarande
n attendance set $M "Per Lind" tjänstgörande --for "Karin Åberg" --from 3
n recusal add $M 2 --person "Karin Åberg"
run review $M
has "review: § 2, jävig" "^ +Ordföranden Karin Åberg \(S\) är jävig i § 2, och ingen tjänstgörande ordförande är antecknad för paragrafen; närmast i tur att leda är vice ordföranden Olof Ek \(M\)\.$"
has "review: § 3, gone" "^ +Ordföranden Karin Åberg \(S\) är inte närvarande vid § 3, och ingen tjänstgörande ordförande är antecknad för paragrafen; närmast i tur att leda är vice ordföranden Olof Ek \(M\)\.$"
hasnt "review: not § 1" "vid § 1|i § 1,"
run check $M
has "check says it too" "VARNING +sammanträdet: Ordföranden Karin Åberg \(S\) är jävig i § 2"
# Noted, not a remark that stops the justering: §§ 2-3 have only it.
n paragraph set $M 1 --decision "Informationen noteras."
n paragraph set $M 2 --decision "Informationen noteras."
n paragraph set $M 3 --decision "Informationen noteras."
run review $M
has "no remarks" "^0 av 3 paragrafer har anmärkningar\.$"
n meeting role $M ordförande "Olof Ek" --from 2 --to 3
run review $M
hasnt "review: recorded, nothing said" "tjänstgörande ordförande"
run check $M
hasnt "check: nothing said" "tjänstgörande ordförande"
finish
