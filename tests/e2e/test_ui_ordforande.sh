#!/bin/sh
# The ordförande's whole path in the Protokoll, without the CLI: yrkanden
# (people picked, not typed), the propositionsordning with the
# voteringsproposition, an omröstning, jäv with an ersättare stepping in,
# a protokollsanteckning and a reservation; a wrong yrkande removed; the
# review, the justerare picked, justering, the anslag's dates shown before
# it is recorded, a rättelse. Then the result is read back through the
# CLI (namnd protokoll, namnd deadlines).
. tests/e2e/lib.sh

demo_db
q() { sql "$1"; }
M=UBNAU:2024-02-14
P9="(SELECT p.id FROM paragraph p JOIN meeting m ON m.id = p.meeting_id WHERE m.date = '2024-02-14' AND p.number = 9)"
ui 80 24
see "Översikt" "Utbildningsnämnden \(UBN\)"
keys End Enter
see "Protokoll" "^ UBNAU 2024-02-14 · §§ 1–13 · ej justerat"
keys j j j j j j j j
selected_is "on § 9" "^ +9 Revidering av riktlinjer"
see "the footer offers the new keys" "y Yrkande +p Proposition"

# Yrkanden: the maker picked among those serving, the sentence begun.
keys y
see "picker of those serving" "Yrkande av i § 9"
see "serving members offered" "│Henrik Östlund \(M\) +│"
not_see "a present ersättare without a seat cannot yrka" "│Jonas Ahlgren"
keys Enter
see "the sentence begins with the maker" "Yrkande i § 9: Henrik Östlund \(M\) yrkar"
type_text "bifall till förvaltningens förslag."
keys Enter
see "recorded" "Yrkandet av Henrik Östlund \(M\) är antecknat i § 9\."
keys y Down Down Enter
see "second maker" "Yrkande i § 9: Birgitta Sandell \(S\) yrkar"
type_text "avslag på förvaltningens förslag."
keys Enter
see "second recorded" "Yrkandet av Birgitta Sandell \(S\) är antecknat i § 9\."
# A yrkande put on the wrong member, to be removed below.
keys y Down Down Down Enter
type_text "återremiss."
keys Enter
see "third recorded" "Yrkandet av Rasmus Tell \(SD\) är antecknat i § 9\."
eq "three yrkanden stored in order" "1|Henrik Östlund (M) yrkar bifall till förvaltningens förslag.
2|Birgitta Sandell (S) yrkar avslag på förvaltningens förslag.
3|Rasmus Tell (SD) yrkar återremiss." \
	"$(q "SELECT position || '|' || text FROM motion WHERE paragraph_id = $P9 ORDER BY position")"

# Removed: the wrong one, chosen from what the paragraph records.
keys d
see "what can be removed" "Ta bort ur § 9"
see "the yrkanden listed" "│Yrkande 3: Rasmus Tell \(SD\) yrkar återremiss\."
keys Down Down Enter
see "asked first" "Ta bort Yrkande 3: Rasmus Tell \(SD\) yrkar återremiss\.\? \(j/n\)"
keys j
see "removed" "Borttaget ur § 9: Yrkande 3"
eq "two yrkanden left" "2" "$(q "SELECT count(*) FROM motion WHERE paragraph_id = $P9")"

# Propositionsordning: drafted from the yrkanden, finished by hand.
keys p
see "draft names the yrkanden" "Propositionsordning § 9: .*och Birgitta Sandells yrkande och finner att"
type_text "utskottet beslutar enligt Henrik Östlunds yrkande."
keys Enter
see "voteringsproposition drafted" "Voteringsproposition \(tom: ingen votering\): .*röstar nej\."
keys Enter
see "saved" "Propositionsordningen i § 9 är sparad med voteringspropositionen\."
eq "stored" "Ordföranden ställer proposition på Henrik Östlunds yrkande och Birgitta Sandells yrkande och finner att utskottet beslutar enligt Henrik Östlunds yrkande.|Den som vill bifalla Henrik Östlunds yrkande röstar ja, den som vill bifalla Birgitta Sandells yrkande röstar nej." \
	"$(q "SELECT proposition || '|' || vote_question FROM paragraph WHERE id = $P9")"

# Jäv: Annika Wennberg leaves; Jonas Ahlgren, present without a seat,
# serves in her place.
keys v
see "who leaves" "Jäv: vem lämnar i § 9"
keys Down Enter
see "who steps in" "I stället för Annika Wennberg \(KD\) i § 9"
see "the present ersättare offered" "│Jonas Ahlgren"
keys Down Enter
see "jäv recorded" "Jävet är antecknat: Annika Wennberg \(KD\) deltar inte i § 9\."
see "the detail says so" "Jäv: Annika Wennberg \(KD\); i stället tjänstgör Jonas Ahlgren"

# Omröstning: the ersättare votes in Annika Wennberg's place.
# Birgitta Sandell votes for her own yrkande (nej) and reserves herself
# below; a reservation by one who voted for the decision is a finding.
keys o
see "omröstning" "^ Omröstning § 9 · ja 0 · nej 0 · avstår 0 · saknas 5"
see "the ersättare is on the list" "^Jonas Ahlgren +för Annika Wennberg"
keys Home j j n n j Enter
see "saved" "Omröstningen i § 9 är sparad: 3 ja, 2 nej, 0 avstår\."
see "counted in the list" "^ +9 Revidering av riktlinjer.* 3–2"

# A protokollsanteckning and a reservation with its reason.
keys a
see "by whom" "Protokollsanteckning i § 9 av"
keys Down Down Down Down Down Enter
see "text asked" "Protokollsanteckning av Leila Haddad \(V\):"
type_text "Vänsterpartiet vill att skolskjutsen utreds vidare."
keys Enter
see "note recorded" "Protokollsanteckningen är antecknad i § 9\."
keys r Down Down Enter
see "reason asked" "Skäl \(tomt: skriftlig reservation utlovas\)"
type_text "Till förmån för eget yrkande."
keys Enter
see "reservation recorded" "Reservationen är antecknad\."

# § 7 was justerad omedelbart at the meeting: its own anslag, late, and
# a rättelse of it, before the rest is justerat.
keys Home j j j j j j
selected_is "on § 7" "^ +7 Yttrande till Skolinspektionen"
see "its anslag is due" "Anslag senast 2024-02-16, FÖRSENAT \(A antecknar det\)"
keys d
see "nothing removed from a justerad paragraph, and why" "§ 7 är justerad och kan inte ändras; c antecknar en daterad rättelse\."
not_see "the UI never sends its user to the CLI" "namnd rattelse"
keys y
see "nor added" "§ 7 är justerad och kan inte ändras"
keys A
see "date asked" "Anslaget om § 7 sätts upp \(senast 2024-02-16\): 2024-03-12"
keys Enter
see "late, and said so" "Anslaget sätts upp 2024-03-12 tisdag \(efter fristen\), tas ned 2024-04-03\."
keys j
see "recorded" "Anslaget sattes upp 2024-03-12; överklagandetiden går ut 2024-04-02\."
see "its dates under it" "Anslaget 2024-03-12–2024-04-03 · överklagande t.o.m. 2024-04-02"
eq "stored" "2024-03-12" "$(q "SELECT p.anslag_on FROM paragraph p JOIN meeting m ON m.id = p.meeting_id WHERE m.date = '2024-02-14' AND p.number = 7")"
keys c
see "of what" "Rättelse av"
keys Down Enter
see "text asked" "Rättelse av den valda paragrafen:"
type_text "Yttrandet skickades 2024-02-15."
keys Enter Enter
see "rättelse of § 7 recorded" "Rättelsen är antecknad 2024-03-12; protokollet självt är oförändrat\."
see "shown under the paragraph" "Rättelse 2024-03-12: Yttrandet skickades 2024-02-15\."

# Review everything, pick the justerare, justera.
keys Home
n=1
while [ $n -le 13 ]; do
	keys Enter
	see "review prompt $n" "Granskad § [0-9]+, kommentar"
	keys Enter
	n=$((n + 1))
done
see "all reviewed" "granskat 13 av 13"
keys s
see "the justerare stay: § 7 was justerad with them" "§ 7 justerades omedelbart 2024-02-14 av de valda justerarna; de kan inte bytas\."
# § 6's promised written reservation is not in: justering is refused
# until the ordförande lets it stand, with a reason (w).
keys J
see "refused while a finding stands" "1 anmärkning hindrar justeringen; den: § 6: Skriftlig reservation utlovad"
keys Home j j j j j
selected_is "on § 6" "^ +6 Framtida organisation av Bäckeby skola"
# One kind of finding there: no list of kinds, the reason at once.
keys w
see "the reason, as the ordförande" "Skäl \(reservation; ordföranden Henrik Östlund\):"
type_text "Skälen lämnas in senare."
keys Enter
see "it stands with its reason" "§ 6: anmärkningar om reservation står kvar med skäl; de hindrar inte"
run review "$M"
if printf '%s\n' "$out" | grep -q "Skälen lämnas in senare\." && printf '%s\n' "$out" | grep -q "Henrik Östlund"; then ok; else bad "the override through the CLI: $out"; fi
keys J
see "who justerar" "Justera protokollet\? Justeras av Henrik Östlund och Birgitta Sandell\."
keys j
see "13 days late: asked again" "Justeringen sker 13 dagar efter fristen\. Justera ändå\?"
keys j
see "justerat" "JUSTERAT 2024-03-12"
see "the anslag's deadline shown" "^ Anslag senast 2024-03-14 \(A antecknar det\)"
not_see "edit keys gone" "y Yrkande|p Proposition|v Jäv|d Ta bort"
keys y
see "a try is refused with a message" "Protokollet justerades 2024-03-12 och kan inte ändras; c antecknar en rättelse\."
keys d
see "removing too" "Protokollet justerades 2024-03-12 och kan inte ändras; c antecknar en rättelse\."
eq "the yrkanden stand" "2" "$(q "SELECT count(*) FROM motion WHERE paragraph_id = $P9")"

# The anslag: its dates first, then recorded.
keys A
see "date asked with the deadline" "Anslaget om protokollet sätts upp \(senast 2024-03-14\): 2024-03-12"
keys C-u
type_text "2024-03-13"
keys Enter
see "the dates before it is recorded" "Anslaget sätts upp 2024-03-13 onsdag, tas ned 2024-04-04\. Sista dag att"
see "asked" "Anteckna anslaget med dessa datum\? \(j/n\)"
eq "nothing recorded yet" "" "$(q "SELECT coalesce(anslag_on, '') FROM meeting WHERE date = '2024-02-14'")"
keys j
see "recorded" "Anslaget sattes upp 2024-03-13; överklagandetiden går ut 2024-04-03\."
see "the dates stay on screen" "^ Anslaget 2024-03-13–2024-04-04 · överklagande t.o.m. 2024-04-03"

# A rättelse of the justerat protokoll, in the UI.
keys c
see "of what" "Rättelse av"
keys Enter
type_text "I § 9 ska det stå riktlinjer för skolskjuts 2024."
keys Enter
see "dated" "Rättelsens datum: 2024-03-12"
keys Enter
see "rättelse recorded" "Rättelsen är antecknad 2024-03-12; protokollet självt är oförändrat\."
see "counted on the first line" "^ Anslaget 2024-03-13–2024-04-04 · överklagande t.o.m. 2024-04-03 · 1 rättelse$"
quit_ui

# The justerare of a meeting are picked among those serving there: the
# next meeting (2024-03-13), attendance marked, the protokoll numbered.
export NAMND_TODAY=2024-03-13
ui 80 24
see "Översikt" "Utbildningsnämndens arbetsutsko"
keys j j M
see "UBNAU's meetings" "^ Sammanträden · UBNAU"
selected_is "the day's meeting selected" "^UBNAU +2024-03-13"
keys Enter
see "the meeting" "^ UBNAU 2024-03-13"
keys n Space j Space j Space j Space
see "four present" "tjänstgör 4 av"
keys Escape o
see "numbering asked" "Sammanträdet har inga paragrafer\\. Numrera"
keys j
see "numbered" "Paragraferna är numrerade"
keys s
see "the first is required" "Justerare 1"
not_see "the ordförande justerar anyway" "│Henrik Östlund"
not_see "nobody absent is offered" "│Leila Haddad"
see "present members offered" "│Annika Wennberg \(KD\) +│"
keys Enter
see "a second may follow" "Justerare 2 \(Inga fler: klart\)"
keys Down Enter
# Two at most (KL 5:69): no third is asked for.
see "two chosen" "Justerare: Annika Wennberg \(KD\), "
not_see "no third asked" "Justerare 3"
eq "stored in order" "2" "$(q "SELECT count(*) FROM justerare j JOIN meeting m ON m.id = j.meeting_id WHERE m.date = '2024-03-13'")"
quit_ui

# Read back through the CLI.
out=$("$NAMND" protokoll "$M")
for want in "Henrik Östlund (M) yrkar bifall till förvaltningens förslag." \
	"Birgitta Sandell (S) yrkar avslag på förvaltningens förslag." \
	"Propositionsordning" \
	"finner att utskottet beslutar enligt Henrik Östlunds yrkande." \
	"Den som vill bifalla Henrik Östlunds yrkande röstar ja" \
	"Vänsterpartiet vill att skolskjutsen utreds vidare." \
	"Till förmån för eget yrkande." \
	"I § 9 ska det stå riktlinjer för skolskjuts 2024." \
	"Yttrandet skickades 2024-02-15." \
	"Jonas Ahlgren"; do
	if printf '%s\n' "$out" | tr -s ' \n' '  ' | grep -qF -- "$want"; then ok; else bad "protokoll lacks '$want'"; fi
done
if printf '%s\n' "$out" | grep -qF "återremiss"; then bad "the removed yrkande is still in the protokoll"; else ok; fi
dl=$("$NAMND" deadlines "$M")
if printf '%s\n' "$dl" | grep -qE "^Överklagandetiden går ut +2024-04-03"; then ok; else bad "deadlines: $dl"; fi
if printf '%s\n' "$dl" | grep -qE "^Anslag senast +2024-03-14 .*\(uppsatt 2024-03-13\)"; then ok; else bad "deadlines: $dl"; fi
finish
