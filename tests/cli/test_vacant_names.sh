#!/bin/sh
# Vacant seats told apart and kept as seats (hostile pass 18, C4 and
# C5): with two vacant M seats "Vakant (M)" is refused as ambiguous,
# naming the seats and how to pick one ("Vakant (M) uppdrag 3"), and
# attendance list names them apart; nobody real may be called Vakant
# (CLI and the stock sqlite3 shell); a seat does not change person with
# member edit (member fill does, keeping the vacant time), does not move
# to another body, and its placeholder gives the rule's own words when
# edited; member fill says when the person is of another party or has
# another uppdrag in the body; a placeholder whose seat ended is not
# taken into use again.
. tests/cli/lib.sh
export NAMND_TODAY=2024-04-17
n() { expect_ok "$*" "$@"; }
M=UBN:2024-04-17
sq() { sqlite3 "$NAMND_DB" "$1"; }
# Another program writing the file: Python's sqlite3 with a plain "sv"
# collation (the stock shell has none, and person has columns in it).
py() {
	/usr/bin/python3 -c '
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.create_collation("sv", lambda a, b: (a > b) - (a < b))
try:
    con.execute(sys.argv[2]); con.commit()
except sqlite3.Error as e:
    print(e); sys.exit(1)' "$NAMND_DB" "$1" 2>&1
}

n init
n committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 18.00
n committee add --code KS --name Kommunstyrelsen --place Sessionssalen --time 13.00
for p in "Karin Åberg:S" "Olof Ek:M" "Erik Ers:M" "Sofia Brandt:S"; do
	n person add --name "${p%%:*}" --party "${p##*:}"
done
n member add --person "Karin Åberg" --committee UBN --role ordförande --from 2024-01-01
n member add --person "Olof Ek" --committee UBN --role ledamot --from 2024-01-01
n member add --committee UBN --vacant --party M --from 2024-01-01
has "seat 3" "uppdrag 3\.$"
n member add --committee UBN --vacant --party M --from 2024-01-01
has "seat 4" "uppdrag 4\.$"
n member add --person "Erik Ers" --committee UBN --role ersättare --from 2024-01-01
n member add --person "Sofia Brandt" --committee UBN --role ersättare --from 2024-01-01
n meeting add --committee UBN --date 2024-04-17
n agenda add $M --kind information --title "Information"
n paragraph number $M
n attendance set $M "Karin Åberg" närvarande
n attendance set $M "Olof Ek" närvarande

# C4: two seats of one party.
expect_fail "which of two M seats" 1 "Utbildningsnämnden har 2 vakanta platser för M den 2024-04-17: uppdrag 3 \(M\), uppdrag 4 \(M\)\. Ange vilken med uppdragets nummer, t\.ex\. \"Vakant \(M\) uppdrag 3\"" \
	attendance set $M "Erik Ers" tjänstgörande --for "Vakant (M)"
eq "nothing recorded for him" "0" "$(sq "SELECT count(*) FROM attendance a JOIN person p ON p.id = a.person_id WHERE p.name COLLATE BINARY = 'Erik Ers'")"
n attendance set $M "Erik Ers" tjänstgörande --for "Vakant (M) uppdrag 4"
eq "in seat 4" "4" "$(sq "SELECT m.id FROM attendance a JOIN membership m ON m.person_id = a.replaces_id WHERE a.status = 'tjänstgörande ersättare'")"
expect_fail "an uppdrag that is no vacant seat" 3 "Uppdrag 2 är ingen vakant plats i Utbildningsnämnden den 2024-04-17" \
	attendance set $M "Sofia Brandt" tjänstgörande --for "Vakant uppdrag 2"
run --tsv attendance list $M
has "the seats listed apart" "Vakant \(M\) uppdrag 3"
has "and whose seat he serves in" "^Erik Ers \(M\)	ersättare	tjänstgörande ersättare	Vakant \(M\) uppdrag 4	"

# C4: nobody real is called Vakant (CLI and another program).
expect_fail "a person named Vakant" 1 "En person kan inte heta Vakant" person add --name Vakant --party M
expect_fail "nor vakant (S)" 1 "En person kan inte heta Vakant" person add --name "vakant (S)"
expect_fail "nor renamed so" 1 "En person kan inte heta Vakant" person edit "Sofia Brandt" --name "Vakant Brandt"
if err=$(py "INSERT INTO person (name, party) VALUES ('Vakant', 'M')"); then
	bad "another program stored a real person named Vakant"
else
	case $err in *"En person kan inte heta Vakant"*) ok ;; *) bad "another program: $err" ;; esac
fi
run person add --name "Vakantsson" --party M
eq "a name that only begins so is fine" "0" "$rc"

# C5: the seat changes person only by member fill.
V3=$(sq "SELECT person_id FROM membership WHERE id = 3")
expect_fail "member edit --person on a seat" 1 "En vakant plats byter inte person i uppdraget: den tillsätts med namnd member fill" \
	member edit 3 --person "Sofia Brandt"
expect_fail "nor moved to another body" 1 "En vakant plats flyttas inte till en annan nämnd" member edit 3 --committee KS
expect_fail "the placeholder's name: the rule's words" 1 "En vakant plats heter Vakant" person edit "$V3" --name Kalle
expect_fail "the seat's role: the rule's words" 1 "En vakant plats är en ledamotsplats i en nämnd" member edit 3 --role ersättare
hasnt "not the generic text" "går inte ihop med postens"
eq "seat 3 still vacant" "1" "$(sq "SELECT p.vacant FROM membership m JOIN person p ON p.id = m.person_id WHERE m.id = 3")"

# member fill: another party, another uppdrag in the body; said, not refused.
n member fill 3 "Sofia Brandt" --from 2024-05-01
has "filled" "^Platsen är tillsatt: uppdrag [0-9]+\.$"
case $err in *"Obs: Sofia Brandt har partiet S, platsen var M:s."*) ok ;; *) bad "no party note: $err" ;; esac
case $err in *"har också uppdraget ersättare (uppdrag 6) i samma nämnd"*) ok ;; *) bad "no note of her other uppdrag: $err" ;; esac
eq "the vacancy kept until the day before" "2024-04-30" "$(sq "SELECT valid_to FROM membership WHERE id = 3")"
# From the seat's first day: the whole period is hers, the vacancy gone.
n member add --committee UBN --vacant --party S --from 2024-06-01
S=$(sq "SELECT max(id) FROM membership")
n member fill "$S" "Karin Åberg" --from 2024-06-01
eq "no vacant S seat left" "0" "$(sq "SELECT count(*) FROM person WHERE vacant = 1 AND party = 'S'")"
eq "hers from its first day" "2024-06-01|" "$(sq "SELECT valid_from, coalesce(valid_to, '') FROM membership m JOIN person p ON p.id = m.person_id WHERE p.name COLLATE BINARY = 'Karin Åberg' AND m.valid_from = '2024-06-01'")"

# A placeholder kept after its seat ended is not used again.
V4=$(sq "SELECT person_id FROM membership WHERE id = 4")
if py "DELETE FROM membership WHERE id = 4" >/dev/null; then ok; else bad "setup: end seat 4"; fi
eq "kept: Erik served in it" "1" "$(sq "SELECT count(*) FROM person WHERE id = $V4")"
expect_fail "member add --person of an ended seat" 1 "En vakant plats som har upphört tas inte i bruk igen" \
	member add --person "$V4" --committee KS --role ledamot
if err=$(py "INSERT INTO membership (person_id, committee_id, role, valid_from) VALUES ($V4, 2, 'ledamot', '2024-01-01')"); then
	bad "another program gave the placeholder another seat"
else
	case $err in *"tas inte i bruk igen"*) ok ;; *) bad "another program: $err" ;; esac
fi
finish
