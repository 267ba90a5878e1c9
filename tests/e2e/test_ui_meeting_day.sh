#!/bin/sh
# At the meeting and after it: Närvaro marks ledamöter present, shows the
# quorum, and calls in the ersättare next in turn for an absent one; the
# Protokoll shows each paragraph with its votes and reservations, takes
# an omröstning with one key per member (checked against who serves),
# the decision text from the editor and a reservation.
. tests/e2e/lib.sh

demo_db
q() { sql "$1"; }
ui 80 24
see "Översikt" "Utbildningsnämnden \(UBN\)"
keys j Enter
see "Sammanträde" "^ UBN 2024-03-20 13\.00"
keys n
see "Närvaro" "^ Närvaro · UBN 2024-03-20 · tjänstgör 0 av 9 · EJ BESLUTFÖR"
see "not recorded yet" "^Henrik Östlund +M +ordförande +—"
see "what the quorum needs" "Beslutförhet: minst 5 av 9 platser måste tjänstgöra\."
keys Space
see "present" "^Henrik Östlund +M +ordförande +närvarande"
see "counted" "tjänstgör 1 av 9 · EJ BESLUTFÖR"
for i in 1 2 3 4; do
	keys j Space
	see "ledamot $i present" "tjänstgör $((i + 1)) av 9"
done
see "quorum reached with five of nine" "tjänstgör 5 av 9 · beslutför"
eq "five rows stored" 5 "$(q "SELECT count(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE m.date = '2024-03-20' AND a.status = 'närvarande'")"

# Henrik Östlund (M) cannot stay: the ersättare in turn is Sofia Brandt (M).
keys Home Space
see "proposal asked" "Henrik Östlund frånvarande\. I tur: Sofia Brandt \(M\)\. Ska hen tjänstgöra\? \(j/n\)"
keys j
see "absent, ersättare serving" "Henrik Östlund är frånvarande; Sofia Brandt \(M\) tjänstgör\."
see "still five serving" "tjänstgör 5 av 9 · beslutför"
eq "stored: serving for Östlund" "tjänstgörande ersättare|Henrik Östlund" \
	"$(q "SELECT a.status || '|' || r.name FROM attendance a JOIN person p ON p.id = a.person_id JOIN person r ON r.id = a.replaces_id WHERE p.name || '' = 'Sofia Brandt'")"
keys Escape
see "back on the meeting" "^ UBN 2024-03-20"
keys Escape
see "home" "^ namnd — Exempelstads kommun"

# The held UBNAU meeting's protokoll: its justering is overdue, so the
# Översikt lists it under the earlier meetings; Enter opens the protokoll.
keys End Enter
see "held meeting" "^ UBNAU 2024-02-14"
see "Protokoll" "^ UBNAU 2024-02-14 · §§ 1–13 · ej justerat · granskat 1 av 13"
see "votes counted in the list, the review's remark marked" "^ +6 Framtida organisation av Bäckeby skola .* 3–2 +2 +!"
keys j j j j j
selected_is "on § 6" "^ +6 Framtida"
see "the decision shown below" "^─ § 6 "
see "yrkanden shown" "Yrkande: Henrik Östlund \(M\) yrkar bifall"
see "quorum of the paragraph" "Beslutförhet: 5 av 5 tjänstgör"
see "the review's finding first" "^ ! Skriftlig reservation utlovad av Leila Haddad \(V\), men skälen har"

# Omröstning: one key per member, in order.
keys o
see "omröstning" "^ Omröstning § 6 · ja 3 · nej 2 · avstår 0"
keys Home
keys n n j a
see "counts follow the keys" "^ Omröstning § 6 · ja 1 · nej 3 · avstår 1"
selected_is "each key moves to the next member" "^Leila"
keys d
see "a member without a vote" "ja 1 · nej 2 · avstår 1 · saknas 1"
keys Enter
see "refused: every serving member must vote" "Omröstning § 6"
# A long message wraps above the footer (lines 21–22 here) instead of being cut.
line_is "the refusal names the missing vote" 21 "Leila|saknar"
line_is "and wraps to the next line" 22 "nej eller avstår"
eq "nothing stored on refusal" "3|2" "$(q "SELECT sum(vote = 'ja') || '|' || sum(vote = 'nej') FROM vote v JOIN paragraph p ON p.id = v.paragraph_id WHERE p.number = 6 AND p.title LIKE 'Framtida%'")"
keys n
see "all members voted" "^ Omröstning § 6 · ja 1 · nej 3 · avstår 1 "
keys Enter
see "saved" "Omröstningen i § 6 är sparad: 1 ja, 3 nej, 1 avstår\."
see "the list shows it" "^ +6 Framtida organisation av Bäckeby skola .* 1–3 +2"
eq "stored" "1|3" "$(q "SELECT sum(vote = 'ja') || '|' || sum(vote = 'nej') FROM vote v JOIN paragraph p ON p.id = v.paragraph_id WHERE p.number = 6 AND p.title LIKE 'Framtida%'")"

# The decision text, from the editor.
cat >"$TMP/ed.sh" <<'ED'
#!/bin/sh
printf 'Arbetsutskottet föreslår utbildningsnämnden att avslå förvaltningens förslag.\n' >"$1"
ED
chmod +x "$TMP/ed.sh"
quit_ui
export VISUAL="$TMP/ed.sh"
ui 80 24
keys End Enter
see "Protokoll again" "^ UBNAU 2024-02-14 · §§ 1–13"
keys j j j j j b
see "decision saved" "Beslutet är sparat\."
see "its gist in the list" "^ +6 Framtida organisation av Bäckeby skola +avslå förvaltni"
eq "decision stored" "Arbetsutskottet föreslår utbildningsnämnden att avslå förvaltningens förslag." \
	"$(q "SELECT decision FROM paragraph WHERE number = 6 AND title LIKE 'Framtida%'")"

# A reservation with a written one promised: the member is picked among
# those serving at the paragraph, never typed.
keys r
see "picked among those serving" "Reservation av i § 6"
see "who serves is offered" "│Annika Wennberg \(KD\) +│"
keys Down Enter
see "reason prompt" "Skäl \(tomt: skriftlig reservation utlovas\)"
keys Enter
see "recorded" "Reservationen är antecknad\."
see "three reservations now" "^ +6 Framtida .* 1–3 +3"
eq "stored as promised" "1" "$(q "SELECT r.written_promised FROM reservation r JOIN person p ON p.id = r.person_id WHERE p.name || '' = 'Annika Wennberg'")"

# The ordförande reviews every paragraph and justerar; then it is locked.
keys J
see "justering waits for the review" "Granska alla paragrafer först: 1 av 13 är granskade\."
see "§ 7, justerad at the meeting, counts as done" "^ +7 Yttrande till Skolinspektionen.* J$"
keys Home Enter
see "review prompt" "Granskad § 1, kommentar \(tom: ingen\):"
type_text "Kontrollera närvarolistan"
keys Enter
see "first reviewed" "§ 1 är granskad; 2 av 13 granskade\."
eq "comment stored" "Kontrollera närvarolistan" "$(q "SELECT review_comment FROM paragraph WHERE number = 1 AND meeting_id = (SELECT id FROM meeting WHERE date = '2024-02-14')")"
n=2
while [ $n -lt 13 ]; do
	keys Enter
	see "review prompt for the next" "Granskad § [0-9]+, kommentar"
	keys Enter
	n=$((n + 1))
	see "$n reviewed" "$n av 13 granskade"
done
see "all reviewed in the title" "granskat 13 av 13"
# Written reservations promised at § 6 have not come in: no justering.
keys J
see "justering refused while the review has findings" "^[0-9]+ anmärkningar hindrar justeringen; först § 6: "
not_see "not asked who justerar" "Justera protokollet\?"
eq "not justerat" "" "$(q "SELECT justerad_on FROM meeting WHERE date = '2024-02-14'")"
# The ordförande lets them stand, with a reason.
keys Home j j j j j
selected_is "on § 6" "^ +6 Framtida"
# Only reservations are found there: the reason is asked at once.
keys w
see "reason asked for that kind, the ordförande named" "Skäl \(reservation; ordföranden Henrik Östlund\)"
type_text "Reservationerna lämnas in senare"
keys Enter
see "override confirmed" "§ 6: anmärkningar om reservation står kvar med skäl"
see "the reason shown in the review" "Östlund: Reservationerna lämnas in senare"
eq "override stored with the ordförande" "reservation|Henrik Östlund|Reservationerna lämnas in senare" \
	"$(q "SELECT o.kind || '|' || p.name || '|' || o.reason FROM review_override o JOIN person p ON p.id = o.person_id")"
eq "override audited with the user" "testare" "$(q "SELECT who FROM audit_log WHERE tbl = 'review_override'")"
keys J
see "who justerar is asked" "Justera protokollet\? Justeras av Henrik Östlund och Birgitta Sandell\."
keys j
# 2024-03-12 is 13 days after the deadline (2024-02-28).
see "late justering asks again" "Justeringen sker 13 dagar efter fristen\. Justera ändå\? Det antecknas\."
keys j
see "locked state obvious in the title" "^ UBNAU 2024-02-14 · §§ 1–13 · JUSTERAT 2024-03-12"
see "checksum shown" "Kontrollsumma \(SHA-256\) [0-9a-f]{16}…"
not_see "edit keys gone from the footer" "b Beslutstext|o Omröstning|J Justera|Enter Granska|u Åsidosätt"
eq "the late justering recorded" "1" "$(q "SELECT count(*) FROM review_override WHERE kind = 'sen justering' AND reason LIKE 'Justerat 13 dagar efter fristen%testare.'")"
keys b
see "a try gives a message, not an edit" "Protokollet justerades 2024-03-12 och kan inte ändras"
eq "the database shows the lock" "justerat|2024-03-12|64" \
	"$(q "SELECT status || '|' || justerad_on || '|' || length(protocol_sha256) FROM meeting WHERE date = '2024-02-14'")"
if sqlite3 "$NAMND_DB" "UPDATE paragraph SET decision = 'ändrat' WHERE number = 6 AND meeting_id = (SELECT id FROM meeting WHERE date = '2024-02-14')" 2>/dev/null; then
	bad "the database let another program change a justerad paragraph"
else
	ok
fi
quit_ui
finish
