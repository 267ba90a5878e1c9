#!/bin/sh
# A role for a range of §§ (schema 026) agrees with who is there at
# those §§ (hostile pass 18, C2 and C6): a tjänstgörande ordförande or
# justerare who is frånvarande at some § of the range is refused, by
# the § (not only when absent from the whole meeting); the same person
# twice as justerare for the same §§, a second sekreterare on top of
# another, the protokoll's own sekreterare again are refused; rows
# written by another program with such contradictions are found by
# review and stop the justering; and a role cannot be added, moved or
# removed where it covers an omedelbart justerad § (CLI and the stock
# sqlite3 shell). Justering takes every justerare chosen (D).
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-20
n() { expect_ok "$*" "$@"; }
M=UBN:2024-03-20

n init
n committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 08.30
for p in "Karin Åberg:S" "Olof Ek:M" "Sara Öhman:SD" "Malin Öberg:C" "Nadia Berglöf:C"; do
	n person add --name "${p%%:*}" --party "${p##*:}"
done
n person add --name "Maria Nord" --title nämndsekreterare
n person add --name "Pia Holm" --title nämndsekreterare
n person add --name "Tea Lund" --title utredare
n member add --person "Karin Åberg" --committee UBN --role ordförande --from 2024-01-01
n member add --person "Olof Ek" --committee UBN --role "1:e vice ordförande" --from 2024-01-01
n member add --person "Sara Öhman" --committee UBN --role ledamot --from 2024-01-01
n member add --person "Malin Öberg" --committee UBN --role ledamot --from 2024-01-01
n member add --person "Nadia Berglöf" --committee UBN --role ersättare --from 2024-01-01
n member add --person "Maria Nord" --committee UBN --role sekreterare --from 2024-01-01
n meeting add --committee UBN --date 2024-03-20
n paragraph start --committee UBN --year 2024 --first 1
for t in Ett Två Tre Fyra; do
	n agenda add $M --kind information --title "$t"
done
n paragraph number $M
for p in "Karin Åberg" "Olof Ek" "Sara Öhman"; do
	n attendance set $M "$p" närvarande
done
# Malin Öberg leaves after § 2; Nadia Berglöf serves for her from § 3.
n attendance set $M "Malin Öberg" närvarande --to 2
n attendance absent $M "Malin Öberg" --from 3 --ersattare "Nadia Berglöf"
n attendance set $M "Maria Nord" övrig
n attendance set $M "Pia Holm" övrig
n attendance set $M "Tea Lund" övrig
n justerare set $M "Sara Öhman"
for i in 1 2 3 4; do n paragraph set $M $i --decision "Informationen noteras."; done

# C2: by the §, not the meeting.
expect_fail "presiding where she is frånvarande" 1 "Malin Öberg tjänstgör inte vid § 4 och kan inte vara tjänstgörande ordförande där" \
	meeting role $M ordförande "Malin Öberg" --from 4
expect_fail "justerare over §§ she is away for" 1 "Malin Öberg tjänstgör inte vid § 3 och kan inte vara justerare där" \
	meeting role $M justerare "Malin Öberg" --from 1 --to 4
expect_fail "justerare before her ersättare serves" 1 "Nadia Berglöf tjänstgör inte vid § 1 och kan inte vara justerare där" \
	meeting role $M justerare "Nadia Berglöf" --from 1
n meeting role $M ordförande "Malin Öberg" --from 2 --to 2
# § 1 only: she presides at § 2, and the ordförande does not justera.
n meeting role $M justerare "Malin Öberg" --from 1 --to 1
n meeting role $M justerare "Nadia Berglöf" --from 3
expect_fail "the same justerare twice for the same §§" 1 "Nadia Berglöf är redan justerare vid § 4 \\(§ 3 och framåt\\)" \
	meeting role $M justerare "Nadia Berglöf" --from 4
expect_fail "ersättande justerare who already justerar" 1 "Nadia Berglöf är redan justerare vid § 3" \
	meeting role $M "ersättande justerare" "Nadia Berglöf" --from 3
expect_fail "a justerare of the whole protokoll again for some §§" 1 "Sara Öhman är redan vald att justera hela protokollet" \
	meeting role $M justerare "Sara Öhman" --from 3
n meeting role $M sekreterare "Pia Holm"
expect_fail "a third sekreterare on top" 1 "§ 4 har redan en sekreterare utöver protokollets: Pia Holm \\(hela sammanträdet\\)" \
	meeting role $M sekreterare "Tea Lund" --from 4
expect_fail "the protokoll's sekreterare as a second one" 1 "Maria Nord är redan protokollets sekreterare" \
	meeting role $M sekreterare "Maria Nord" --from 4
# The same role, person and first § again: its range is changed, not doubled.
n meeting role $M justerare "Nadia Berglöf" --from 3 --to 4
eq "one row for Nadia Berglöf" "1|4" "$(sqlite3 "$NAMND_DB" "SELECT count(*), max(to_paragraph) FROM meeting_role WHERE role = 'justerare' AND person_id = (SELECT id FROM person WHERE name COLLATE BINARY = 'Nadia Berglöf')")"
run review $M
hasnt "review finds nothing in the roles" "tjänstgör inte vid|är redan"

# Written by another program: review finds them, justering waits.
cp "$NAMND_DB" "$TMP/clean.db"
sqlite3 "$NAMND_DB" "INSERT INTO meeting_role (meeting_id, role, person_id, from_paragraph) SELECT m.id, 'ordförande', q.id, 4 FROM meeting m, person q WHERE q.name COLLATE BINARY = 'Malin Öberg'; INSERT INTO meeting_role (meeting_id, role, person_id, from_paragraph, to_paragraph) SELECT m.id, 'justerare', q.id, 4, 4 FROM meeting m, person q WHERE q.name COLLATE BINARY = 'Nadia Berglöf'; INSERT INTO meeting_role (meeting_id, role, person_id, from_paragraph) SELECT m.id, 'sekreterare', q.id, 4 FROM meeting m, person q WHERE q.name COLLATE BINARY = 'Tea Lund'" || bad "setup: raw roles"
run review $M
has "review: presiding while away" "Malin Öberg tjänstgör inte vid § 4 och kan inte vara tjänstgörande ordförande där"
has "review: a justerare twice" "Nadia Berglöf är redan justerare vid § 4"
has "review: stacked sekreterare" "§ 4 har redan en sekreterare utöver protokollets: Pia Holm"
expect_fail "justering waits for them" 1 "granskningen har 3 anmärkningar" justera $M --by "Sara Öhman" --by "Karin Åberg"
cp "$TMP/clean.db" "$NAMND_DB"

# D: every justerare chosen signs; one of two is not enough.
cp "$TMP/clean.db" "$TMP/d.db"
(
	NAMND_DB="$TMP/d.db"
	# Two justerare for the whole protokoll: those for some §§ would
	# make three (at most two justera a §).
	n meeting role $M justerare "Malin Öberg" --remove
	n meeting role $M justerare "Nadia Berglöf" --remove
	n justerare set $M "Sara Öhman" "Olof Ek"
	expect_fail "one of two justerare" 1 "Alla valda justerare har inte justerat protokollet för 2024-03-20: Olof Ek \(justerare\) saknas" \
		justera $M --by "Sara Öhman" --by "Karin Åberg"
	eq "not justerat" "" "$(sqlite3 "$NAMND_DB" "SELECT coalesce(justerad_on, '') FROM meeting")"
	n justera $M --by "Sara Öhman" --by "Olof Ek" --by "Karin Åberg"
	finish
) || bad "all chosen justerare sign"

# C6: a role covering an omedelbart justerad § is locked.
n justera $M --paragraph 2 --by "Sara Öhman" --by "Karin Åberg"
expect_fail "a role for the justerad §" 1 "[Pp]rotokollet är justerat för" \
	meeting role $M justerare "Olof Ek" --from 2 --to 2
expect_fail "a whole-meeting role covers it too" 1 "[Pp]rotokollet är justerat för" \
	meeting role $M justerare "Olof Ek"
expect_fail "removing a role that covers it" 1 "[Pp]rotokollet är justerat för" \
	meeting role $M ordförande "Malin Öberg" --remove
n meeting role $M justerare "Nadia Berglöf" --remove
n meeting role $M justerare "Olof Ek" --from 3
refused() { # LABEL SQL
	if err=$(sqlite3 "$NAMND_DB" "$2" 2>&1); then bad "$1: accepted"; else
		case $err in *"Protokollet är justerat för en paragraf som rollen omfattar"*) ok ;; *) bad "$1: $err" ;; esac
	fi
}
refused "sqlite3: insert at the justerad §" "INSERT INTO meeting_role (meeting_id, role, person_id, from_paragraph, to_paragraph) SELECT 1, 'sekreterare', id, 2, 2 FROM person WHERE name COLLATE BINARY = 'Tea Lund'"
refused "sqlite3: move a role onto it" "UPDATE meeting_role SET from_paragraph = 1 WHERE person_id = (SELECT id FROM person WHERE name COLLATE BINARY = 'Olof Ek')"
refused "sqlite3: change who presides there" "UPDATE meeting_role SET person_id = (SELECT id FROM person WHERE name COLLATE BINARY = 'Olof Ek') WHERE role = 'ordförande'"
refused "sqlite3: delete it" "DELETE FROM meeting_role WHERE role = 'ordförande'"
refused "sqlite3: replace it" "INSERT OR REPLACE INTO meeting_role (id, meeting_id, role, person_id, from_paragraph) SELECT id, meeting_id, 'sekreterare', person_id, 3 FROM meeting_role WHERE role = 'ordförande'"
eq "the justerad §'s roles are as they were" "ordförande|Malin Öberg|2|2" "$(sqlite3 "$NAMND_DB" "SELECT r.role, q.name, r.from_paragraph, r.to_paragraph FROM meeting_role r JOIN person q ON q.id = r.person_id WHERE r.to_paragraph = 2 AND r.from_paragraph = 2")"
if sqlite3 "$NAMND_DB" "UPDATE meeting_role SET to_paragraph = 3 WHERE person_id = (SELECT id FROM person WHERE name COLLATE BINARY = 'Olof Ek')"; then ok; else bad "a role after the justerad § could not change"; fi
n utdrag $M 2 --verify
finish
