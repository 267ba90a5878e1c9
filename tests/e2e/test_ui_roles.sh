#!/bin/sh
# Roles for a range of paragraphs in the UI (issue 11 and issue 12 item
# 4, as namnd meeting role): from the Protokoll, T opens the meeting's
# Roller with the selected § offered; a tjänstgörande ordförande and a
# justerare are picked among those serving, a sekreterare from the
# register, the §§ typed or taken as offered; a second ordförande for
# the same § is refused with the store's reason; one added by mistake is
# removed after a question. The result is read back with namnd protokoll
# and namnd utdrag. Once the protokoll is justerat the Roller refuses a
# change with the reason.
. tests/e2e/lib.sh

demo_db
M=UBNAU:2024-02-14
roles() { sql "SELECT r.role || '|' || p.name || '|' || r.from_paragraph || '|' || coalesce(r.to_paragraph, '') FROM meeting_role r JOIN person p ON p.id = r.person_id ORDER BY r.id"; }

ui 80 24
see "Översikt" "Utbildningsnämnden \(UBN\)"
keys End Enter
see "Protokoll" "^ UBNAU 2024-02-14 · §§ 1–13 · ej justerat"
keys j j j j j j j j
selected_is "on § 9" "^ +9 Revidering av riktlinjer"
keys T
see "Roller opens" "^ Roller · UBNAU 2024-02-14"
see "none yet" "Inga roller för delar av sammanträdet\. a lägger till"
see "footer" "a Lägg till"

# A tjänstgörande ordförande for § 9, among those serving.
# (Not Birgitta Sandell: she justerar the protokoll, and the one presiding
# at a § does not justera it.)
keys a
see "the roles" "│Tjänstgörande ordförande"
keys Enter
see "those serving" "Tjänstgörande ordförande: bland dem som tjänstgör"
not_see "not who only attends" "│Magdalena Strand"
type_text "wennberg"
keys Enter
see "from the selected §" "Tjänstgörande ordförande från § \(tomt: från början\): 9"
keys Enter
see "to the same §" "Tjänstgörande ordförande till § \(tomt: till slutet\): 9"
keys Enter
see "recorded" "Tjänstgörande ordförande: Annika Wennberg \(KD\), § 9\."
see "listed" "^Tjänstgörande ordförande +Annika Wennberg \(KD\) +§ 9"

# A justerare for §§ 9–10.
keys a Down Enter
see "justerare among those serving" "Justerare: bland dem som tjänstgör"
type_text "haddad"
keys Enter
see "from §" "Justerare från § \(tomt: från början\): 9"
keys Enter C-u
type_text "10"
keys Enter
see "justerare recorded" "Justerare: Leila Haddad \(V\), §§ 9–10\."

# A second sekreterare, from the register: not for the whole meeting,
# whose § 7 was justerad omedelbart with the sekreterare it had (hostile
# pass 18, C6), but from § 9 on.
keys a Down Down Down Enter
see "the register's picker" "Sekreterare: skriv en del av namnet"
type_text "strand"
keys Enter
see "from §" "Sekreterare från § \(tomt: från början\): 9"
keys C-u Enter
see "to §" "Sekreterare till § \(tomt: till slutet\): *$"
keys Enter
see "the justerad § is refused with the reason" "omfattar § 7, som är omedelbart justerad"
keys a Down Down Down Enter
type_text "strand"
keys Enter
see "from § 9 again" "Sekreterare från § \(tomt: från början\): 9"
keys Enter C-u Enter
see "sekreterare recorded" "Sekreterare: Magdalena Strand, § 9 och framåt\."

# A bad § is refused at the field, the text kept.
keys a Down Down Enter
type_text "wennberg"
keys Enter C-u
type_text "9a"
keys Enter
see "refused at the field" "\"9a\" är inget paragrafnummer"
keys Escape
see "given up" "Avbrutet; ingenting ändrades\."

# A second ordförande for § 9: the store's reason, nothing stored.
before=$(roles)
keys a Enter
type_text "haddad"
keys Enter Enter Enter
see "refused" "^§ 9 har redan en tjänstgörande ordförande: Annika Wennberg\. Ta bort"
eq "nothing added" "$before" "$(roles)"

eq "stored as the CLI stores them" "ordförande|Annika Wennberg|9|9
justerare|Leila Haddad|9|10
sekreterare|Magdalena Strand|9|" "$(roles)"
"$NAMND" utdrag $M 9 >"$TMP/utdrag.txt" 2>&1
if grep -q "^Tjänstgörande ordförande: Annika Wennberg (KD)$" "$TMP/utdrag.txt"; then ok; else
	bad "the utdrag of § 9 lacks its ordförande: $(cat "$TMP/utdrag.txt")"; fi
"$NAMND" protokoll $M >"$TMP/prot.txt" 2>&1
if grep -qE "^Justerande +\.+ +Leila Haddad \(§§[^0-9]+9–10\)$" "$TMP/prot.txt"; then ok; else
	bad "the protokoll lacks the justerare's range: $(grep -n 'Justerande\|Haddad' "$TMP/prot.txt")"; fi

# Removed: the justerare, after a question.
keys Down
selected_is "on the justerare" "^Justerare +Leila Haddad"
keys d
see "asked" "Ta bort Leila Haddad \(V\) som Justerare för §§ 9–10\? \(j/n\)"
keys j
see "removed" "Rollen är borttagen\."
eq "two left" "ordförande|Annika Wennberg|9|9
sekreterare|Magdalena Strand|9|" "$(roles)"
"$NAMND" protokoll $M >"$TMP/prot.txt" 2>&1
if grep -q "Leila Haddad (§" "$TMP/prot.txt"; then bad "the removed range is still printed"; else ok; fi

keys Escape
see "back on the Protokoll" "^ UBNAU 2024-02-14 · §§ 1–13"
quit_ui

# Justerat (by the CLI): the roles stand as recorded and the Roller
# refuses a change with the reason.
"$NAMND" review $M --paragraph 6 --override reservation --reason "Skälen lämnas senare." \
	--by "Henrik Östlund" >/dev/null 2>&1 || bad "override"
"$NAMND" justera $M --by "Henrik Östlund" --by "Birgitta Sandell" --late >"$TMP/j.txt" 2>&1 ||
	bad "justering by the CLI: $(cat "$TMP/j.txt")"
before=$(roles)
ui 80 24
keys End Enter
see "the justerat Protokoll" "^ UBNAU 2024-02-14 · §§ 1–13 · JUSTERAT"
keys T
see "Roller, justerat" "^ Roller · UBNAU 2024-02-14 · justerat 2024-03-12"
not_see "no adding in the footer" "a Lägg till"
keys a
see "adding refused" "Protokollet justerades 2024-03-12; rollerna kan inte ändras\."
keys C-l d
see "removing refused" "Protokollet justerades 2024-03-12; rollerna kan inte ändras\."
eq "the roles as justerade" "$before" "$(roles)"
quit_ui
finish
