#!/bin/sh
# The Protokoll screen's detail and the ordförande's override (issue 11):
# the selected paragraph shows its redogörelse ("Ärendet", as the
# protokoll prints it under the §), and w offers only the kinds of
# finding the review reports at that paragraph, saying so when there are
# none. e rewrites the redogörelse in $VISUAL (namnd paragraph set
# --account). The changes are read back through the CLI.
. tests/e2e/lib.sh

demo_db
M=UBNAU:2024-02-14
# § 6: a promised written reservation not in, and (made here) an
# omröstning without its propositionsordning: two kinds of finding.
"$NAMND" paragraph set "$M" 6 --proposition "" >/dev/null || bad "clearing the propositionsordning"
"$NAMND" paragraph set "$M" 9 --account "Riktlinjerna för skolskjuts antogs 2019. Förvaltningen föreslår att avståndsgränsen för årskurs 4–6 sänks från fyra till tre kilometer, att växelvis boende ges skolskjuts från båda adresserna och att trafikfarliga vägar bedöms av en trafikplanerare. Kostnaden beräknas till 1,2 miljoner kronor per år. SLUTMENINGEN SYNS INTE." >/dev/null || bad "setting a long redogörelse"
# The editor keeps what it was given and writes a new redogörelse.
cat >"$TMP/ed.sh" <<ED
#!/bin/sh
cp "\$1" '$TMP/given.txt'
printf 'Riktlinjerna ses över efter nya regler om växelvis boende.\\nKostnaden ryms i budgeten.\\n' >"\$1"
ED
chmod +x "$TMP/ed.sh"
export VISUAL="$TMP/ed.sh"
ui 80 24
see "Översikt" "Utbildningsnämnden \(UBN\)"
keys End Enter
see "Protokoll" "^ UBNAU 2024-02-14 · §§ 1–13 · ej justerat"

# The redogörelse under the §, before the decision.
keys j j j j j
selected_is "on § 6" "^ +6 Framtida organisation av Bäckeby skola"
see "the redogörelse shown" "^ Ärendet: Elevantalet vid Bäckeby skola har minskat under flera år och"
see "then the decision" "Arbetsutskottet föreslår utbildningsnämnden besluta att årskurs 4–6"
# A long one takes a few lines, its end marked as cut.
keys j j j
selected_is "on § 9" "^ +9 Revidering av riktlinjer"
see "a long redogörelse begins" "^ Ärendet: Riktlinjerna för skolskjuts antogs 2019\."
see "cut after three lines, marked" "…$"
not_see "its end is not drawn" "SLUTMENINGEN"
# e: the redogörelse in the editor, the whole of it given.
keys e
see "saved" "Redogörelsen är sparad\."
if grep -q "SLUTMENINGEN SYNS INTE\.$" "$TMP/given.txt"; then ok; else bad "the editor was not given the whole redogörelse: $(cat "$TMP/given.txt")"; fi
see "the new one shown" "^ Ärendet: Riktlinjerna ses över efter nya regler om växelvis boende\.$"
see "its second line" "^ Kostnaden ryms i budgeten\.$"
run paragraph show "$M" 9
if printf '%s\n' "$out" | grep -q "^Ärendet  *Riktlinjerna ses över efter nya regler om växelvis boende\.$"; then ok; else bad "paragraph show after e: $out"; fi

# w: only the kinds reported at § 6, not all six.
keys k k k
selected_is "back on § 6" "^ +6 Framtida organisation"
keys w
see "which kind" "Åsidosätt anmärkning i § 6"
see "the omröstning's finding offered" "│proposition"
see "the reservation's finding offered" "│reservation"
not_see "kinds not reported are not offered" "│(beslut|närvaro|beslutförhet|omröstning) "
keys Down Enter
see "the reason, as the ordförande, for that kind" "Skäl \(reservation; ordföranden Henrik Östlund\):"
type_text "Skälen lämnas in senare."
keys Enter
see "it stands with its reason" "§ 6: anmärkningar om reservation står kvar med skäl; de hindrar inte"
# One kind left: nothing to choose, the reason asked at once.
keys w
see "straight to the reason" "Skäl \(proposition; ordföranden Henrik Östlund\):"
keys Escape
see "cancelled" "Avbrutet"
eq "nothing stored for the cancelled one" "1" "$(sql "SELECT count(*) FROM review_override")"
# A paragraph whose review finds nothing, and one with only a jäv noted.
keys k
selected_is "on § 5" "^ +5 Månadsuppföljning"
keys w
see "none to override" "§ 5 har inga anmärkningar att åsidosätta\."
keys j j
selected_is "on § 7" "^ +7 Yttrande till Skolinspektionen"
keys w
see "a jäv is no finding to override" "§ 7 har inga anmärkningar att åsidosätta\."
quit_ui

run review "$M"
if printf '%s\n' "$out" | grep -q "Skälen lämnas in senare\." && printf '%s\n' "$out" | grep -q "Omröstning utan propositionsordning\."; then ok; else bad "the override through the CLI: $out"; fi
eq "one override, of the reservation" "reservation|Skälen lämnas in senare." "$(sql "SELECT kind || '|' || reason FROM review_override")"
finish
