#!/bin/sh
# A vacant seat acts in no way, whichever program writes the file: the
# stock sqlite3 shell can neither move it in as justerare or role
# holder (UPDATE), nor have it yrka, vote, reserve itself, write a note,
# be jävig or let a finding stand (INSERT or UPDATE).
. tests/cli/lib.sh

expect_ok "demo" demo
expect_ok "a vacant seat" member add --committee UBN --vacant --party M
V=$(sqlite3 "$NAMND_DB" "SELECT id FROM person WHERE vacant = 1")
P=$(sqlite3 "$NAMND_DB" "SELECT p.id FROM paragraph p JOIN meeting m ON m.id = p.meeting_id WHERE m.status = 'genomfört' AND m.justerad_on IS NULL AND p.justerad_on IS NULL LIMIT 1")
# Justerare and roles of a meeting with nothing justerat yet.
M=$(sqlite3 "$NAMND_DB" "SELECT id FROM meeting m WHERE justerad_on IS NULL AND NOT EXISTS (SELECT 1 FROM paragraph q WHERE q.meeting_id = m.id AND q.justerad_on IS NOT NULL) ORDER BY date LIMIT 1")
O=$(sqlite3 "$NAMND_DB" "SELECT person_id FROM membership m JOIN committee c ON c.id = m.committee_id WHERE c.code = 'UBN' AND m.role = 'ledamot' AND NOT (SELECT vacant FROM person WHERE id = m.person_id) LIMIT 1")
[ -n "$V" ] && [ -n "$P" ] && [ -n "$M" ] && [ -n "$O" ] && ok || bad "setup: vacant $V, paragraph $P, meeting $M, person $O"

refused() { # LABEL MESSAGE SQL
	if err=$(sqlite3 "$NAMND_DB" "$3" 2>&1); then
		bad "$1: accepted"
	else
		case $err in *"$2"*) ok ;; *) bad "$1: $err" ;; esac
	fi
}
refused "yrkande by the seat" "kan inte yrka" \
	"INSERT INTO motion (paragraph_id, position, person_id, text) VALUES ($P, 99, $V, 'Avslag')"
refused "vote by the seat" "kan inte rösta" \
	"INSERT INTO vote (paragraph_id, person_id, vote) VALUES ($P, $V, 'ja')"
refused "reservation by the seat" "kan inte reservera sig" \
	"INSERT INTO reservation (paragraph_id, person_id, written_promised) VALUES ($P, $V, 0)"
refused "note by the seat" "protokollsanteckning" \
	"INSERT INTO protocol_note (paragraph_id, person_id, text) VALUES ($P, $V, 'Text')"
refused "jäv of the seat" "kan inte vara jävig" \
	"INSERT INTO recusal (paragraph_id, person_id) VALUES ($P, $V)"

# Rows of a real person, then the seat moved into them.
sqlite3 "$NAMND_DB" "INSERT INTO justerare (meeting_id, person_id, position) VALUES ($M, $O, 9)" 2>/dev/null
J=$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM justerare WHERE meeting_id = $M AND person_id = $O")
[ "$J" -ge 1 ] && ok || bad "setup: a justerare for meeting $M"
refused "the seat moved in as justerare" "kan inte justera" \
	"UPDATE justerare SET person_id = $V WHERE meeting_id = $M AND person_id = $O"
sqlite3 "$NAMND_DB" "INSERT INTO meeting_role (meeting_id, role, person_id, from_paragraph) VALUES ($M, 'sekreterare', $O, 1)" 2>/dev/null
R=$(sqlite3 "$NAMND_DB" "SELECT id FROM meeting_role WHERE meeting_id = $M AND person_id = $O LIMIT 1")
if [ -n "$R" ]; then
	refused "the seat moved into a role" "kan inte ha en roll" \
		"UPDATE meeting_role SET person_id = $V WHERE id = $R"
else
	bad "setup: a meeting role for meeting $M"
fi
sqlite3 "$NAMND_DB" "INSERT INTO vote (paragraph_id, person_id, vote) VALUES ($P, $O, 'ja')" 2>/dev/null
refused "a vote moved to the seat" "kan inte rösta" \
	"UPDATE vote SET person_id = $V WHERE paragraph_id = $P AND person_id = $O"
eq "nothing of the seat's is stored" "0" \
	"$(sqlite3 "$NAMND_DB" "SELECT (SELECT count(*) FROM motion WHERE person_id = $V) + (SELECT count(*) FROM vote WHERE person_id = $V) + (SELECT count(*) FROM reservation WHERE person_id = $V) + (SELECT count(*) FROM protocol_note WHERE person_id = $V) + (SELECT count(*) FROM recusal WHERE person_id = $V) + (SELECT count(*) FROM justerare WHERE person_id = $V) + (SELECT count(*) FROM meeting_role WHERE person_id = $V)")"
finish
