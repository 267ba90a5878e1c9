#!/bin/sh
# Messages name an item as the body numbers it (issue 12): for a nämnd
# numbering its items per meeting (`committee edit --numbering punkt`)
# the CLI's and the store's errors, warnings and confirmations say
# "punkt 3" ("Punkt 3" beginning a sentence, "punkterna 1–2" for a
# range), never "§"; the same meeting in a body numbering § through the
# year still says "§ 3" and "§§ 1–2". The same steps run for both bodies:
# attendance, roles, omröstning, jäv, yrkande, review, justera, anslag,
# utdrag, delegations and quorum.
. tests/cli/lib.sh
. tests/cli/fixtures/meeting.sh

# run as lib.sh's, keeping everything said in $TMP/said as well.
run() {
	"$NAMND" "$@" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	out=$(cat "$TMP/out")
	err=$(cat "$TMP/err")
	cat "$TMP/out" "$TMP/err" >> "$TMP/said"
	if grep -q 'Sanitizer' "$TMP/err"; then
		bad "sanitizer report for: namnd $*"
		cat "$TMP/err"
	fi
}

# scenario WORD CAP RANGE: one meeting of fixtures/meeting.sh (items 1-5:
# Upprop, Val av justerare, two ärenden, delegeringsbeslut), with the
# body numbering "punkt" or "§"; every message checked names items
# W N, CAP N at a sentence's start, R N–M for a range.
scenario() {
	W=$1 CAP=$2 R=$3
	rm -f "$NAMND_DB"
	export NAMND_TODAY=2024-03-20
	expect_ok "init" init
	fixture_meeting
	M=$MEETING
	[ "$W" = punkt ] && expect_ok "numbering" committee edit UBN --numbering punkt
	expect_ok "number" paragraph number $M
	for p in "Karin Åberg" "Olof Ek" "Mia Nyström"; do
		expect_ok "present $p" attendance set $M "$p" närvarande
	done
	expect_ok "Sara absent" attendance absent $M "Sara Öhman" --ersattare ingen
	expect_ok "Lars from 3" attendance set $M "Lars Berg" närvarande --from 3
	expect_ok "Lars absent before" attendance absent $M "Lars Berg" --to 2 --ersattare ingen
	expect_ok "Anna" attendance set $M "Anna Berg" ersättare

	# Attendance.
	expect_fail "$W: a range backwards" 2 "^namnd: --to $W 2 ligger före --from $W 3\.$" \
		attendance set $M "Per Lind" närvarande --from 3 --to 2
	run attendance list $M
	has "$W: attendance from" "^Lars Berg \(S\) +ledamot +närvarande +från $W 3$"
	has "$W: attendance to" "^Lars Berg \(S\) +ledamot +frånvarande +till $W 2$"
	has "$W: quorum by range" "^  $R 3–5 +4 tjänstgör$"
	# Roles.
	expect_fail "$W: an item the meeting lacks" 3 "Sammanträdet har ingen $W 9 " \
		meeting role $M justerare "Olof Ek" --from 9
	expect_ok "presiding" meeting role $M ordförande "Olof Ek" --from 2 --to 3
	expect_fail "$W: two presiding" 1 "^namnd: Olof Ek är redan tjänstgörande ordförande för $R 2–3, som överlappar $R 1–2\." \
		meeting role $M "tjänstgörande ordförande" "Karin Åberg" --from 1 --to 2
	# Yrkande, omröstning, jäv, reservation by one not serving.
	expect_fail "$W: yrkande" 1 "Sara Öhman tjänstgör inte vid $W 3 och kan inte yrka där" \
		motion add $M 3 --person "Sara Öhman" --text "Sara Öhman (SD) yrkar avslag."
	expect_fail "$W: a vote by one absent" 1 "^namnd: Omröstningen i $W 3: Sara Öhman tjänstgör inte vid $W 3 " \
		vote set $M 3 --ja "Karin Åberg, Olof Ek, Sara Öhman"
	expect_fail "$W: a vote short" 1 "^namnd: Omröstningen i $W 3 har 3 röster men 4 tjänstgör" \
		vote set $M 3 --ja "Karin Åberg, Olof Ek" --nej "Lars Berg"
	expect_ok "vote" vote set $M 3 --ja "Karin Åberg, Olof Ek" --nej "Lars Berg" --avstar "Mia Nyström"
	has "$W: the vote is confirmed" "^Omröstning i $W 3: ja 2, nej 1, avstår 1\.$"
	expect_fail "$W: jäv of one absent" 1 "^namnd: Jäv: Sara Öhman tjänstgör inte vid $W 3 " \
		recusal add $M 3 --person "Sara Öhman"
	expect_fail "$W: reservation" 1 "Sara Öhman tjänstgör inte vid $W 3 och kan inte reservera sig" \
		reservation add $M 3 --person "Sara Öhman" --reason "Nej."
	# Review.
	run review $M
	has "$W: the review heads each item" "^$CAP 1 +Upprop"
	expect_ok "reviewed" review $M --paragraph 1
	has "$W: reviewed" "^$CAP 1 är granskad\.$"
	expect_ok "override" review $M --paragraph 2 --override beslut --reason "Ingen ändring." --by "Karin Åberg"
	has "$W: override" "^$CAP 2: anmärkningar om beslut står kvar"
	expect_ok "check" check $M
	# Justera, anslag, utdrag.
	# Not Olof Ek: he presides at $W 2–3, and the ordförande does not justera.
	expect_ok "justerare" justerare set $M "Mia Nyström"
	expect_ok "decision" paragraph set $M 4 --decision "Nämnden beslutar enligt förslaget."
	has "$W: changed" "^Ändrade $W 4\.$"
	expect_fail "$W: justera an item the meeting lacks" 3 "Sammanträdet har ingen $W 9 " \
		justera $M --paragraph 9 --by "Mia Nyström" --by "Karin Åberg"
	expect_ok "omedelbar justering" justera $M --paragraph 4 --by "Mia Nyström" --by "Karin Åberg"
	has "$W: justerad" "^$CAP 4 är omedelbart justerad\.$"
	expect_fail "$W: justerad twice" 1 "^namnd: $CAP 4 är redan justerad 2024-03-20\.$" \
		justera $M --paragraph 4 --by "Mia Nyström" --by "Karin Åberg"
	expect_fail "$W: a justerad item is not changed" 1 "^namnd: $CAP 4 är omedelbart justerad 2024-03-20 och kan inte ändras" \
		paragraph set $M 4 --decision "Nytt beslut."
	expect_fail "$W: justering waits for the review" 1 "den första: $CAP 1: Beslut saknas" \
		justera $M --by "Mia Nyström" --by "Karin Åberg"
	expect_fail "$W: anslag of an item not justerad" 1 "^namnd: $CAP 3 är inte omedelbart justerad" \
		anslag $M --paragraph 3 --date 2024-03-20
	expect_fail "$W: anslag before the justering" 1 "ligger före justeringen av $W 4 2024-03-20" \
		anslag $M --paragraph 4 --date 2024-03-19
	expect_ok "anslag" anslag $M --paragraph 4 --date 2024-03-20
	expect_fail "$W: anslag twice" 1 "Anslaget om justeringen av $W 4 sattes upp 2024-03-20" \
		anslag $M --paragraph 4 --date 2024-03-20
	expect_fail "$W: utdrag of an item the meeting lacks" 3 "Sammanträdet har ingen $W 9 " utdrag $M 9
	run utdrag $M 4 --checksums
	has "$W: the checksums name the item" "^[0-9a-f]{64}  utdrag, $W 4$"
	has "$W: each item's checksum" "^[0-9a-f]{64}  $W 4$"
	run utdrag $M 4 --checksums
	printf '%s\n' "$out" > "$TMP/sums"
	expect_ok "verify against the checksums" utdrag $M 4 --verify --against "$TMP/sums"
	has "$W: read back" "stämmer med"
	expect_ok "deadlines" deadlines $M
	has "$W: deadlines name the item justerad" "^$CAP 4, omedelbart justerad 2024-03-20$"
	expect_ok "delegations" paragraph delegations $M 5
	has "$W: delegations" "^$CAP 5 listar 0 anmälda beslut\.$"
	# Quorum lost at the first item: the warning names it.
	expect_ok "Olof absent at 1" attendance absent $M "Olof Ek" --ersattare ingen --to 1
	run attendance quorum $M
	has "$W: quorum lost" "^  $W 1 +2 tjänstgör  EJ BESLUTFÖR$"
	if printf '%s\n' "$err" | grep -q "^namnd: varning: nämnden är inte beslutför vid $W 1 "; then ok; else
		bad "$W: the quorum warning: $err"; fi
}

: > "$TMP/said"
scenario punkt Punkt punkterna
# Nothing the punkt body was told had a § in it.
if grep -n "§" "$TMP/said"; then bad "a § in what the punkt body was told"; else ok; fi
: > "$TMP/said"
scenario § § §§
# (The agenda's items are "punkt" in either: "Lade till punkt 3".)
grep -v "^Lade till punkt \|^VARNING  punkt [0-9]*: Ärendet" "$TMP/said" > "$TMP/said.par"
if grep -q "punkt [0-9]\|Punkt [0-9]\|punkterna" "$TMP/said.par"; then
	bad "punkt in what the § body was told: $(grep -n "punkt" "$TMP/said.par")"; else ok; fi
finish
