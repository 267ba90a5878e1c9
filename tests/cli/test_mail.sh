#!/bin/sh
# E-mail: the kallelse to each member and invited person with an address
# (a stand-in sendmail in tests/mail keeps the messages; a Maildir), read
# back by Python's email package, the PDF attachment opened by pdfinfo;
# those without an address listed; who got what recorded and the meeting
# kallat; sending again only with --again; expediering of a justerat
# protokoll as PDF utdrag.
. tests/cli/lib.sh
. tests/cli/fixtures/meeting.sh
. tests/cli/fixtures/protokoll.sh
q() { sqlite3 -readonly "$NAMND_DB" "$1"; }
READ="/usr/bin/python3 tests/mail/read_mail.py"
export SENDMAIL_DIR="$TMP/sent"
mkdir -p "$SENDMAIL_DIR" "$TMP/pdf"

fixture_protokoll
export NAMND_TODAY=2024-04-02
expect_ok "next meeting" meeting add --committee UBN --date 2024-04-17
expect_ok "agenda" agenda add UBN:2024-04-17 --case "UBN 2024/2" --presenter "Eva Holm" --minutes 20
for p in "Karin Åberg:karin.aberg@exempelstad.se" "Olof Ek:olof.ek@exempelstad.se" \
	"Per Lind:per.lind@exempelstad.se" "Eva Holm:eva.holm@exempelstad.se" \
	"Maria Nord:maria.nord@exempelstad.se"; do
	expect_ok "address ${p%%:*}" person edit "${p%%:*}" --email "${p#*:}"
done
expect_ok "the stand-in sendmail" setting set sendmail "sh $(pwd)/tests/mail/sendmail_stub.sh -t -oi"

expect_ok "send the kallelse" kallelse UBN:2024-04-17 --send
for n in "Sara Öhman" "Lars Berg" "Mia Nyström" "Anna Berg" "Rasmus Tell" "Eva Lund"; do
	has "$n listed without an address" "^Ingen e-postadress: $n"
done
has "count" "^4 meddelanden skickade; 6 utan e-postadress\.$"
hasnt "the secretary does not call herself" "Skickat till Maria Nord"
eq "four messages given to sendmail" 4 "$(ls "$SENDMAIL_DIR" | grep -c '\.eml$')"
eq "sendmail called as sendmail -t -oi" "-t -oi" "$(cat "$SENDMAIL_DIR/1.args")"
$READ "$TMP/pdf" "$SENDMAIL_DIR"/*.eml >"$TMP/read" 2>&1
S="Kallelse: Utbildningsnämnden onsdag 17 april 2024 kl. 08.30"
A="application/pdf:kallelse-ubn-2024-04-17.pdf"
ids=$(q "SELECT address || ' <' || message_id || '>' FROM sent_mail WHERE kind = 'kallelse' ORDER BY address")
i=0
for a in eva.holm@exempelstad.se karin.aberg@exempelstad.se olof.ek@exempelstad.se per.lind@exempelstad.se; do
	i=$((i + 1))
	line=$(sed -n "${i}p" "$TMP/read")
	mid=$(printf '%s\n' "$ids" | sed -n "${i}p" | cut -d' ' -f2)
	eq "message to $a" "$a|maria.nord@exempelstad.se|$S|$mid|$A|text-ok" "$line"
	if pdfinfo "$TMP/pdf/$a-kallelse-ubn-2024-04-17.pdf" >"$TMP/info" 2>&1 &&
		grep -q '^Pages: *[1-9]' "$TMP/info"; then ok; else bad "pdfinfo: $(cat "$TMP/info")"; fi
done
eq "the meeting is kallat" kallat "$(q "SELECT status FROM meeting WHERE date = '2024-04-17'")"
eq "recorded: who, when, how" "4 4 sendmail 4" \
	"$(q "SELECT count(*), count(DISTINCT message_id), min(via), count(person_id) FROM sent_mail WHERE kind = 'kallelse'" | tr '|' ' ')"

# Again: asked for first.
before=$(fingerprint)
expect_fail "sent before" 1 "Kallelsen för UBN 2024-04-17 skickades redan 20[0-9-]+ till 4 mottagare\. Skicka igen med --again" \
	kallelse UBN:2024-04-17 --send
eq "nothing sent or recorded" "$before" "$(fingerprint)"
eq "still four with sendmail" 4 "$(ls "$SENDMAIL_DIR" | grep -c '\.eml$')"

# Into a Maildir, read as mutt would.
expect_ok "again, to a Maildir" kallelse UBN:2024-04-17 --send --again --maildir "$TMP/Maildir"
has "maildir count" "^4 meddelanden skickade till Maildir .*Maildir; 6 utan e-postadress\.$"
eq "four in new/" 4 "$(ls "$TMP/Maildir/new" | wc -l)"
eq "tmp/ empty" 0 "$(ls "$TMP/Maildir/tmp" | wc -l)"
$READ "$TMP/pdf" --maildir "$TMP/Maildir" >"$TMP/read2" 2>&1
eq "maildir messages read back" 4 "$(grep -c "|$S|.*|$A|text-ok$" "$TMP/read2")"
eq "recorded again, as maildir" 4 "$(q "SELECT count(*) FROM sent_mail WHERE via = 'maildir'")"

# sendmail refusing: said so, nothing recorded for it.
n0=$(q "SELECT count(*) FROM sent_mail")
SENDMAIL_STATUS=75 expect_fail "sendmail refuses" 4 "tog inte emot meddelandet till .*status 75" \
	kallelse UBN:2024-04-17 --send --again
eq "nothing recorded when refused" "$n0" "$(q "SELECT count(*) FROM sent_mail")"

# Expediering: § 14 goes to Förvaltningsledningen (in the register with an
# address), § 15's Skolinspektionen has none and is listed.
expect_ok "a recipient with an address" person add --name Förvaltningsledningen --email ledning@exempelstad.se
rm -f "$SENDMAIL_DIR"/*
expect_ok "expedite" expedite UBN:2024-03-20 --send
has "sent" "^Skickat till Förvaltningsledningen <ledning@exempelstad.se> \(§ 14\)"
$READ "$TMP/pdf" "$SENDMAIL_DIR"/*.eml >"$TMP/read3" 2>&1
case $(cat "$TMP/read3") in
	"ledning@exempelstad.se|maria.nord@exempelstad.se|Protokollsutdrag: Utbildningsnämnden 2024-03-20, § 14|"*"|application/pdf:protokollsutdrag-ubn-2024-03-20-p14.pdf|text-ok") ok ;;
	*) bad "utdrag message: $(cat "$TMP/read3")" ;;
esac
if pdfinfo "$TMP/pdf/ledning@exempelstad.se-protokollsutdrag-ubn-2024-03-20-p14.pdf" >/dev/null 2>&1; then ok; else bad "utdrag pdf"; fi
eq "recorded on § 14" "14|ledning@exempelstad.se" \
	"$(q "SELECT p.number, s.address FROM sent_mail s JOIN paragraph p ON p.id = s.paragraph_id WHERE s.kind = 'utdrag'")"
run paragraph show UBN:2024-03-20 14
has "the paragraph says who got it" "^expedierat +20[0-9-]+ till Förvaltningsledningen <ledning@exempelstad\.se> \(Message-ID <namnd\."
run paragraph show UBN:2024-03-20 15
hasnt "nothing sent for § 15" "^expedierat"
expect_fail "expedite twice" 1 "Protokollsutdragen för UBN 2024-03-20 skickades redan" expedite UBN:2024-03-20 --send
expect_fail "nothing justerat" 1 "Inget att expediera för UBN 2024-04-17" expedite UBN:2024-04-17 --send
finish
