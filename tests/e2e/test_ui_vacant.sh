#!/bin/sh
# A vacant seat in the UI (issue 12): under Personer, v on a committee's
# members adds "Vakant (M)"; on Närvaro it counts among the seats and
# Space on it offers it to the ersättare next in turn; t under Personer
# puts a person in it from a day, as 'namnd member add --vacant' and
# 'namnd member fill' do.
. tests/e2e/lib.sh
export NAMND_TODAY=2024-03-12
c() { "$NAMND" "$@" >/dev/null 2>"$TMP/c.err" || bad "namnd $*: $(cat "$TMP/c.err")"; }
c init
c committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 18.00
for p in "Karin Åberg:S" "Sara Öhman:SD" "Lars Ek:M" "Eva Holm:M"; do
	c person add --name "${p%%:*}" --party "${p##*:}"
done
c member add --person "Karin Åberg" --committee UBN --role ordförande --from 2024-01-01
c member add --person "Sara Öhman" --committee UBN --role ledamot --from 2024-01-01
c member add --person "Lars Ek" --committee UBN --role ersättare --from 2024-01-01
c meeting add --committee UBN --date 2024-03-20

ui 100 30
see "Översikt" "Utbildningsnämnden \(UBN\)"
keys P
see "Personer" "^ Personer · Tab visar ledamöter per nämnd"
keys Tab
see "members" "^ Ledamöter · Utbildningsnämnden \(UBN\)"
keys v
see "party asked" "Vakant plats, parti:"
type_text "M"
keys Enter
see "from asked" "Vakant från"
keys Enter
see "added" "Den vakanta platsen är inlagd\."
see "listed as a ledamot's seat" "^ledamot +Vakant +M "
eq "stored: a vacant seat of M" "ledamot|M|1" "$(sql "SELECT m.role || '|' || p.party || '|' || p.vacant FROM membership m JOIN person p ON p.id = m.person_id WHERE p.vacant = 1")"
keys Tab
see "back to the register" "^ Personer · Tab visar ledamöter per nämnd"
look
if has_line "^Vakant"; then bad "the vacant seat is listed as a person"; else ok; fi

# Närvaro: three seats; Space on the vacant one offers it to Lars Ek.
keys Escape
see "home" "^ namnd — "
keys j Enter
see "Sammanträde" "^ UBN 2024-03-20"
keys n
see "Närvaro" "^ Närvaro · UBN 2024-03-20 · tjänstgör 0 av 3"
n=0
while [ $n -lt 6 ]; do
	selection
	case $sel in Vakant*) break ;; esac
	keys j
	n=$((n + 1))
done
selected_is "on the vacant seat" "^Vakant +M +ledamot"
keys Space
see "offered" "Vakant \(M\) är en vakant plats\. I tur: Lars Ek \(M\)\. Ska hen tjänstgöra på den\?"
keys j
see "serving" "Lars Ek \(M\) tjänstgör på Vakant \(M\)\."
see "counted" "tjänstgör 1 av 3"
eq "stored: serving in the seat" "tjänstgörande ersättare|Vakant" "$(sql "SELECT a.status || '|' || r.name FROM attendance a JOIN person r ON r.id = a.replaces_id")"
keys Escape Escape

# Personer: t puts Eva Holm in the seat from 1 April.
keys P
see "Personer" "^ Personer"
keys Tab
see "members" "^ Ledamöter · Utbildningsnämnden \(UBN\)"
n=0
while [ $n -lt 6 ]; do
	selection
	case $sel in *Vakant*) break ;; esac
	keys j
	n=$((n + 1))
done
selected_is "on the vacant seat" "^ledamot +Vakant"
keys t
see "person asked" "Tillsätt Vakant \(M\)"
type_text "Eva"
keys Enter
see "from asked" "Från \(ÅÅÅÅ-MM-DD"
type_text "2024-04-01"
keys Enter
see "filled" "Platsen är tillsatt\."
see "her seat" "^ledamot +Eva Holm +M "
eq "the vacancy ends the day before" "2024-03-31" "$(sql "SELECT m.valid_to FROM membership m JOIN person p ON p.id = m.person_id WHERE p.vacant = 1")"
keys Q
finish
