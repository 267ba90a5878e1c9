#!/bin/sh
# A body that numbers its items per meeting (committee edit --numbering
# punkt, issue 12) is shown so in the UI too: the Protokoll's column is
# "Punkt", not "§", and the Närvaro, Omröstning and message line say
# "punkt N" where a § body says "§ N"; so do the Roller.
. tests/e2e/lib.sh
export NAMND_TODAY=2024-03-12
c() { "$NAMND" "$@" >/dev/null 2>"$TMP/c.err" || bad "namnd $*: $(cat "$TMP/c.err")"; }
M=SRV:2024-03-20
c init
c committee add --code SRV --name "Samverkansrådet" --kind samverkansråd --place Kommunhuset --time 10.00
c committee edit SRV --numbering punkt
for p in "Anna Berg:S" "Olof Ek:M" "Per Lind:S"; do
	c person add --name "${p%%:*}" --party "${p##*:}"
done
c member add --person "Anna Berg" --committee SRV --role ordförande --from 2024-01-01
c member add --person "Olof Ek" --committee SRV --role ledamot --from 2024-01-01
c member add --person "Per Lind" --committee SRV --role ledamot --from 2024-01-01
c meeting add --committee SRV --date 2024-03-20
c agenda add $M --kind information --title "Lägesrapport"
c agenda add $M --kind information --title "Gemensam rutin"
c paragraph number $M
c attendance set $M "Anna Berg" närvarande
c attendance set $M "Olof Ek" närvarande
c attendance set $M "Per Lind" närvarande --from 2
c meeting role $M ordförande "Olof Ek" --from 2 --to 2

ui 100 30
see "Översikt" "Samverkansrådet \(SRV\)"
keys j Enter
see "Sammanträde" "^ SRV 2024-03-20"
keys n
see "Närvaro" "^ Närvaro · SRV 2024-03-20"
see "a range in punkter" "^Per Lind +S +ledamot +närvarande, från punkt 2"
keys Escape
see "back on the meeting" "^ SRV 2024-03-20"
keys o
see "Protokoll" "^ SRV 2024-03-20 · punkterna 1–2"
see "the column is Punkt" "^ *Punkt +Ärende"
look
if has_line "^ *§ +Ärende"; then bad "the column says §"; else ok; fi
keys j
selected_is "on punkt 2" "^ +2 +Gemensam rutin"
keys Enter
see "review asks for punkt 2" "Granskad punkt 2, kommentar"
keys Enter
see "reviewed" "Punkt 2 är granskad; 1 av 2 granskade\."
keys End
selected_is "on punkt 2 again" "^ +2 +Gemensam rutin"
keys o
see "Omröstning of punkt 2" "^ Omröstning punkt 2 · ja 0"
keys Escape
see "back on the Protokoll" "^ SRV 2024-03-20 · punkterna 1–2"
keys T
see "Roller: the range in punkter" "^Tjänstgörande ordförande +Olof Ek \(M\) +punkt 2 *$"
keys Escape
keys Q
finish
