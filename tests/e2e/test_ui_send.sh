#!/bin/sh
# The secretary sends the kallelse from the meeting screen (x, the last
# choice), as namnd kallelse --send does: asked first, one message per
# member or invited person with an address (a stand-in sendmail keeps
# them), those without one named in the message line, the meeting kallat;
# a second sending is asked about and may be declined. Then the
# expediering of the omedelbart justerade § 7 of UBNAU 2024-02-14 from the
# Protokoll (x, the last choice), as namnd expedite --send: the recipient
# with an address (Skolinspektionen, a person in the register) gets the
# utdrag, the one without (Kommunstyrelsen) is named.
. tests/e2e/lib.sh

demo_db
M=UBN:2024-03-20
mkdir -p "$TMP/sent"
"$NAMND" setting set sendmail "SENDMAIL_DIR=$TMP/sent sh $(pwd)/tests/mail/sendmail_stub.sh -t -oi" \
	>/dev/null || bad "sendmail setting"
ui 80 24
see "Översikt" "Utbildningsnämnden \(UBN\) +2024-03-20 13\.00"
keys j
selected_is "the UBN row selected" "^Utbildningsnämnden \(UBN\)"
keys Enter
see "Sammanträde opens" "^ UBN 2024-03-20 13\.00 · planerat"
keys x
see "the send choice" "Skicka kallelsen med e-post"
keys j j j j j Enter
see "asked first" "Skicka kallelsen med e-post \(PDF\) till ledamöter, ersättare och inbjudna\? \(j/n\)"
keys j
see "sent, and who has no address" "Skickade [0-9]+ meddelanden\. Utan e-postadress: "
snap
n=$(printf '%s\n' "$screen" | sed -n 's/.*Skickade \([0-9]*\) meddelanden.*/\1/p' | head -1)
eq "as many messages given to sendmail" "$n" "$(ls "$TMP/sent" | grep -c '\.eml$')"
eq "as many recorded" "$n" "$(sql "SELECT count(*) FROM sent_mail WHERE kind = 'kallelse'")"
eq "the meeting is kallat" kallat "$(sql "SELECT status FROM meeting m JOIN committee k ON k.id = m.committee_id WHERE k.code = 'UBN' AND m.date = '2024-03-20'")"
see "the screen says kallat" "^ UBN 2024-03-20 13\.00 · kallat"
keys x j j j j j Enter j
see "a second sending is asked about" "Kallelsen är redan skickad\. Skicka igen\? \(j/n\)"
keys n
see "declined" "Avbrutet; ingenting ändrades\."
eq "nothing more sent" "$n" "$(ls "$TMP/sent" | grep -c '\.eml$')"

"$NAMND" person add --name Skolinspektionen --email registrator@skolinspektionen.se >/dev/null ||
	bad "Skolinspektionen's address"
keys Escape A /
type_text "2024-02-14"
keys Enter Enter
see "the UBNAU meeting" "^ UBNAU 2024-02-14 08\.30"
keys o
see "its Protokoll" "^ UBNAU 2024-02-14 · §§ 1–13"
keys x
see "the send choice on the Protokoll" "Skicka utdragen med e-post \(expediering\)"
keys j j j j j Enter
see "asked first" "^Skicka protokollsutdragen med e-post \(PDF\) till mottagarna i \"Beslutet skickas"
keys j
see "sent, and who has no address" "Skickade 1 meddelande\. Utan e-postadress: Kommunstyrelsen\."
eq "one more message given to sendmail" "$((n + 1))" "$(ls "$TMP/sent" | grep -c '\.eml$')"
eq "recorded on § 7 for Skolinspektionen" "7|registrator@skolinspektionen.se" \
	"$(sql "SELECT p.number, s.address FROM sent_mail s JOIN paragraph p ON p.id = s.paragraph_id WHERE s.kind = 'utdrag'")"
keys x j j j j j Enter j
see "a second expediering is asked about" "Utdragen är redan skickade\. Skicka igen\? \(j/n\)"
keys n
eq "nothing more sent" "$((n + 1))" "$(ls "$TMP/sent" | grep -c '\.eml$')"
quit_ui
finish
