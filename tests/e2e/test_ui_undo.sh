#!/bin/sh
# Undo (issue 11, item 8): u takes back the newest change made in this
# session to a meeting (agenda, attendance, votes, texts), says what it
# took back, and repeated u goes further back; a justering is a wall it
# never crosses, and a row changed by another program since is left
# alone. The result is read back through the CLI and SQLite.
. tests/e2e/lib.sh

demo_db
M=UBN:2024-03-20
agenda() { "$NAMND" --tsv agenda list $M | cut -f2,4 | tr "\t" "|"; }
ui 80 24
see "Översikt" "Utbildningsnämnden \(UBN\) +2024-03-20"
keys u
see "nothing to undo yet" "Inget att ångra"
keys j
selected_is "the UBN row" "^Utbildningsnämnden \(UBN\)"
keys Enter
see "Sammanträde" "^ UBN 2024-03-20 13\.00"
keys s
type_text "Information från förvaltningschefen"
keys Enter
see "standing item" "^1 +Information från förvaltningschefen"
keys p Enter
see "break" "^ +Paus +13\.05–13\.20"
keys t C-u
type_text "30"
keys Enter
see "break longer" "^ +Paus +13\.05–13\.35"
eq "three changes stored" "2" "$(sql "SELECT count(*) FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE m.date = '2024-03-20' AND m.committee_id = (SELECT id FROM committee WHERE code = 'UBN')")"
keys u
see "the duration is undone, and said" "Ångrat: Tiderna är omräknade\."
see "the break back to 15 minutes" "^ +Paus +13\.05–13\.20"
eq "stored" "15" "$(sql "SELECT duration FROM agenda_item WHERE kind = 'paus' AND meeting_id = (SELECT m.id FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE c.code = 'UBN' AND m.date = '2024-03-20')")"
keys u
see "the break undone" "Ångrat: Lade till en paus\."
not_see "no break listed" "^ +Paus"
keys u
see "the standing item undone" "Ångrat: Lade till en stående punkt\."
keys u
see "then nothing more" "Inget att ångra"
eq "the agenda is empty again (CLI)" "" "$(agenda)"
# A kallelse sent is a wall: neither it nor what came before is undone.
keys s
type_text "Information från förvaltningschefen"
keys Enter
see "standing item again" "^1 +Information från förvaltningschefen"
keys v j
see "kallelse recorded" "Kallelsen är antecknad som skickad 2024-03-12"
keys u
see "undo refuses" "Kan inte ångras: Kallelsen är antecknad som skickad"
keys u
see "still refuses" "Kan inte ångras"
eq "the standing item stays" "1|Information från förvaltningschefen" "$(agenda)"
quit_ui

# The Protokoll: a yrkande and an omröstning taken back in turn.
P9="(SELECT p.id FROM paragraph p JOIN meeting m ON m.id = p.meeting_id WHERE m.date = '2024-02-14' AND p.number = 9)"
votes0=$(sql "SELECT count(*) FROM vote WHERE paragraph_id = $P9")
ui 80 24
keys End Enter
see "Protokoll" "^ UBNAU 2024-02-14 · §§ 1–13 · ej justerat"
keys j j j j j j j j
selected_is "on § 9" "^ +9 Revidering av riktlinjer"
keys y Enter
type_text "bifall till förvaltningens förslag."
keys Enter
see "recorded" "Yrkandet av Henrik Östlund \(M\) är antecknat i § 9\."
eq "one yrkande" 1 "$(sql "SELECT count(*) FROM motion WHERE paragraph_id = $P9")"
keys r
see "reservation: who" "Reservation"
keys Enter
see "reservation: the reason" "Skäl"
keys Enter
see "reservation recorded" "Reservation"
eq "one reservation" 1 "$(sql "SELECT count(*) FROM reservation WHERE paragraph_id = $P9")"
keys u
see "undo names what it took back" "Ångrat: .*[Rr]eservation"
keys u
see "the yrkande undone, and said" "Ångrat: Yrkandet av Henrik Östlund \(M\) är antecknat i § 9\."
eq "no yrkande left" 0 "$(sql "SELECT count(*) FROM motion WHERE paragraph_id = $P9")"
eq "no reservation left" 0 "$(sql "SELECT count(*) FROM reservation WHERE paragraph_id = $P9")"
eq "the votes untouched" "$votes0" "$(sql "SELECT count(*) FROM vote WHERE paragraph_id = $P9")"
"$NAMND" protokoll UBNAU:2024-02-14 >"$TMP/p.txt" 2>&1 || bad "protokoll: $(cat "$TMP/p.txt")"
# (§ and its number are joined by a no-break space)
awk "/9  Revidering av riktlinjer/{on=1} /10  Information från/{on=0} on" "$TMP/p.txt" >"$TMP/p9.txt"
if grep -q "Revidering av riktlinjer" "$TMP/p9.txt"; then ok; else bad "§ 9 not found in the protokoll"; fi
if grep -qE "yrkar|[Rr]eservation" "$TMP/p9.txt"; then bad "the undone yrkande or reservation is still in § 9 of the protokoll:
$(cat "$TMP/p9.txt")"; else ok; fi

# Another program changes the row: undo leaves it alone.
keys y Enter
type_text "avslag."
keys Enter
see "recorded again" "Yrkandet av Henrik Östlund \(M\) är antecknat i § 9\."
"$NAMND" motion add UBNAU:2024-02-14 9 --person "Birgitta Sandell" --text "Birgitta Sandell (S) yrkar bifall." >/dev/null ||
	bad "another program's change"
keys u
see "refused" "Kan inte ångra: ett annat program har ändrat i databasen sedan dess"
eq "the yrkande stays" 1 "$(sql "SELECT count(*) FROM motion WHERE paragraph_id = $P9 AND text LIKE 'Henrik Östlund%'")"
quit_ui
finish
