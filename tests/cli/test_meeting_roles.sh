#!/bin/sh
# Roles for a range of paragraphs (issue 12, item 4): a tjänstgörande
# ordförande for § 44 (the ordförande jävig), a justerare for §§ 45–46
# only, an ersättande justerare, a second sekreterare for § 44, entered
# with `namnd meeting role` and printed where a protokoll prints them:
# on the first page, in the signatures and at the § (compared with the
# hand-written golden file tests/golden/protokoll_roles.txt). Bad roles,
# ranges and people are refused by name; the ranges follow their
# paragraphs when the meeting is renumbered; at justering the roles go
# into the record (version 4) and the checksum, and nothing changes them
# afterwards.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-20
n() { expect_ok "$*" "$@"; }
M=UBN:2024-03-20

n init
n setting set org_name "Exempelstads kommun"
n committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 08.30
for p in "Karin Åberg:S" "Olof Ek:M" "Sara Öhman:SD" "Per Lind:S"; do
	n person add --name "${p%%:*}" --party "${p##*:}"
done
n person add --name "Maria Nord" --title nämndsekreterare
n person add --name "Anna Berg" --title nämndsekreterare
n member add --person "Karin Åberg" --committee UBN --role ordförande --from 2024-01-01
n member add --person "Olof Ek" --committee UBN --role "1:e vice ordförande" --from 2024-01-01
n member add --person "Sara Öhman" --committee UBN --role ledamot --from 2024-01-01
n member add --person "Per Lind" --committee UBN --role ledamot --from 2024-01-01
n member add --person "Maria Nord" --committee UBN --role sekreterare --from 2024-01-01
n case add --dnr "UBN 2024/12" --committee UBN --title Skolskjutsregler --status "klart för beslut" --registered 2024-02-01
n meeting add --committee UBN --date 2024-03-20
n meeting edit $M --end 10.00
n paragraph start --committee UBN --year 2024 --first 43
n agenda add $M --kind procedur --title "Fastställande av dagordningen"
n agenda add $M --case "UBN 2024/12"
n agenda add $M --kind information --title "Månadsuppföljning"
n agenda add $M --kind stående --title "Delegeringsbeslut"
n paragraph number $M
for p in "Karin Åberg" "Olof Ek" "Sara Öhman" "Per Lind"; do
	n attendance set $M "$p" närvarande
done
n attendance set $M "Maria Nord" övrig
n attendance set $M "Anna Berg" övrig
n justerare set $M "Sara Öhman"
n recusal add $M 44 --person "Karin Åberg"

n meeting role $M ordförande "Olof Ek" --from 44 --to 44
n meeting role $M justerare "Per Lind" --from 45 --to 46
# Not at § 44, where he presides (the ordförande does not justera).
n meeting role $M "ersättande justerare" "Olof Ek" --from 45 --to 46
n meeting role $M sekreterare "Anna Berg" --from 44 --to 44

# Refused, each by name.
expect_fail "an unknown role" 1 "Fältet \"roll\" kan inte vara \"vice justerare\"" meeting role $M "vice justerare" "Per Lind"
expect_fail "a § the meeting does not have" 3 "ingen § 47" meeting role $M ordförande "Per Lind" --from 47 --to 47
expect_fail "a range backwards" 2 "--to § 44 ligger före --from § 45" meeting role $M ordförande "Per Lind" --from 45 --to 44
expect_fail "a presiding person not serving" 1 "Anna Berg tjänstgör inte vid sammanträdet och kan inte vara tjänstgörande ordförande" meeting role $M ordförande "Anna Berg" --from 45 --to 45
expect_fail "two presiding one §" 1 "Olof Ek är redan tjänstgörande ordförande för § 44, som överlappar §§ 43–44\\." meeting role $M "tjänstgörande ordförande" "Sara Öhman" --from 43 --to 44
expect_fail "remove a role not held" 3 "Sara Öhman har ingen roll som sekreterare" meeting role $M sekreterare "Sara Öhman" --remove

n paragraph set $M 43 --decision "Dagordningen fastställs."
n paragraph set $M 44 --decision "Nämnden antar reglerna."
n paragraph set $M 45 --decision "Informationen noteras."
n paragraph set $M 46 --decision "Redovisningen läggs till handlingarna."
"$NAMND" protokoll $M > "$TMP/got.txt" 2> "$TMP/err"
if cmp -s tests/golden/protokoll_roles.txt "$TMP/got.txt"; then ok; else
	bad "protokoll with roles differs:"; diff tests/golden/protokoll_roles.txt "$TMP/got.txt"; fi
run utdrag $M 44
has "the utdrag of § 44 names its ordförande" "^Tjänstgörande ordförande: Olof Ek \(M\)$"
has "and its sekreterare" "^Sekreterare: Anna Berg$"
run utdrag $M 45
hasnt "not at § 45" "Tjänstgörande ordförande"

# Renumbered: the ranges follow their paragraphs.
n agenda add $M --kind procedur --title "Val av justerare" --at 1
n paragraph number $M
n paragraph set $M 43 --decision "Sara Öhman och Per Lind utses att justera."
run protokoll $M
has "moved with its paragraph" "^Ordförande +\.+ +Olof Ek \(§[^0-9]+45\)$"
has "a justerare's range too" "^Justerande +\.+ +Per Lind \(§§[^0-9]+46–47\)$"
has "at its new §" "^§[^0-9]+45  Skolskjutsregler$"

# Justerat: in the record and the canonical text, then locked.
"$NAMND" protokoll $M > "$TMP/before.txt" 2> "$TMP/err"
n justera $M --by "Sara Öhman"
run protokoll $M --canonical
has "the canonical text has the roles" "^roll: ordförande \| Olof Ek \(M\) \| 45-45$"
has "the justerare's range" "^roll: justerare \| Per Lind \(S\) \| 46-47$"
eq "record version 5 (roles since 4)" "namnd record 5" "$(sqlite3 -readonly "$NAMND_DB" "SELECT substr(body, 1, 14) FROM protocol_record")"
expect_fail "locked: add" 1 "Protokollet är justerat: rollerna vid sammanträdet kan inte ändras" meeting role $M sekreterare "Maria Nord" --from 46 --to 46
expect_fail "locked: remove" 1 "Protokollet är justerat: rollerna vid sammanträdet kan inte ändras" meeting role $M ordförande "Olof Ek" --remove
if sqlite3 "$NAMND_DB" "DELETE FROM meeting_role" 2>/dev/null; then bad "another program removed a role of a justerat protokoll"; else ok; fi
if sqlite3 "$NAMND_DB" "INSERT OR REPLACE INTO meeting_role (id, meeting_id, role, person_id) SELECT id, meeting_id, 'justerare', person_id FROM meeting_role LIMIT 1" 2>/dev/null; then
	bad "another program replaced a role of a justerat protokoll"; else ok; fi
n person edit "Olof Ek" --party KD
"$NAMND" protokoll $M 2>"$TMP/err" | sed '/^Protokollet justerades/,$d' > "$TMP/after.txt"
sed '/^§[^0-9]*43  /,$d' "$TMP/before.txt" > "$TMP/before_head.txt"
# (the justering adds the day it was made: not a role)
sed '/^§[^0-9]*43  /,$d' "$TMP/after.txt" | grep -v '^Justeringens\|^plats och tid$' > "$TMP/after_head.txt"
if cmp -s "$TMP/before_head.txt" "$TMP/after_head.txt"; then ok; else
	bad "the justerat protokoll's first page changed:"; diff "$TMP/before_head.txt" "$TMP/after_head.txt"; fi
n protokoll $M --verify
has "the checksum holds" "Kontrollsumman stämmer"
finish
