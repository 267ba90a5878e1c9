#!/bin/sh
# Who may justera a § (hostile pass 19, F5-F7; DOMAIN.md and KL 5:69:
# the protokoll is justerat by the ordförande and one or two other
# ledamöter). The one presiding at a § (the ordförande, or the
# tjänstgörande ordförande recorded for it) is not its justerare; a
# sekreterare of a § is not its justerare, nor the reverse; at most two
# justerare for a § (the protokoll's own and those for a range
# together; an ersättande justerare stands by and is not counted).
# Refused by `justerare set` and `meeting role` with the person, the
# role and the §; rows another program wrote (the stock sqlite3 shell)
# are reported by review and stop the justering. A sekreterare need not
# attend. An attendance change that leaves a role holder not serving at
# a § of the role is warned of. A body with its own rules (samverkansråd)
# may let its ordförande justera alone.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-20
n() { expect_ok "$*" "$@"; }
M=UBN:2024-03-20
M2=UBN:2024-04-17

n init
n committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 08.30
for p in "Karin Åberg:S" "Olof Ek:M" "Sara Öhman:SD" "Per Lind:S" "Lena Holm:C"; do
	n person add --name "${p%%:*}" --party "${p##*:}"
done
n person add --name "Maria Nord" --title nämndsekreterare
n person add --name "Anna Berg" --title nämndsekreterare
n member add --person "Karin Åberg" --committee UBN --role ordförande --from 2024-01-01
for p in "Olof Ek" "Sara Öhman" "Per Lind" "Lena Holm"; do
	n member add --person "$p" --committee UBN --role ledamot --from 2024-01-01
done
n member add --person "Maria Nord" --committee UBN --role sekreterare --from 2024-01-01
n meeting add --committee UBN --date 2024-03-20
n meeting add --committee UBN --date 2024-04-17
n paragraph start --committee UBN --year 2024 --first 1
for t in Ett Två Tre Fyra; do
	n agenda add $M --kind information --title "$t"
done
for p in "Karin Åberg" "Olof Ek" "Sara Öhman" "Per Lind" "Lena Holm"; do
	n attendance set $M "$p" närvarande
done

# 1. The ordförande is not the justerare: before any § is numbered (the
# meeting as a whole) and at each §.
expect_fail "the ordförande as justerare, nothing numbered" 1 \
	"^namnd: Karin Åberg är ordförande vid sammanträdet och kan inte också vara justerare där" \
	justerare set $M "Karin Åberg"
n paragraph number $M
expect_fail "the ordförande as justerare" 1 \
	"^namnd: Karin Åberg är ordförande vid § 1 och kan inte också vara justerare där" \
	justerare set $M "Olof Ek" "Karin Åberg"
eq "nothing chosen" "0" "$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM justerare")"
n justerare set $M "Olof Ek"
n meeting role $M ordförande "Sara Öhman" --from 4
expect_fail "the tjänstgörande ordförande as justerare of her §" 1 \
	"^namnd: Sara Öhman är tjänstgörande ordförande vid § 4 och kan inte också vara justerare där" \
	meeting role $M justerare "Sara Öhman" --from 4
expect_fail "the ordförande as justerare for §§ she presides" 1 \
	"^namnd: Karin Åberg är ordförande vid § 3 och kan inte också vara justerare där" \
	meeting role $M justerare "Karin Åberg" --from 3
expect_fail "the ordförande as ersättande justerare" 1 \
	"^namnd: Karin Åberg är ordförande vid § 1 och kan inte också vara ersättande justerare där" \
	meeting role $M "ersättande justerare" "Karin Åberg"
expect_fail "the justerare made tjänstgörande ordförande" 1 \
	"^namnd: Olof Ek är tjänstgörande ordförande vid § 2 och kan inte också vara justerare där" \
	meeting role $M ordförande "Olof Ek" --from 2 --to 2

# 2. A sekreterare of a § does not justera it, and the reverse.
expect_fail "the justerare as sekreterare" 1 \
	"^namnd: Olof Ek är sekreterare vid § 4 och kan inte också vara justerare där" \
	meeting role $M sekreterare "Olof Ek" --from 4
n meeting role $M sekreterare "Per Lind" --from 3 --to 3
expect_fail "the sekreterare as justerare" 1 \
	"^namnd: Per Lind är sekreterare vid § 3 och kan inte också vara justerare där" \
	meeting role $M justerare "Per Lind" --from 2 --to 3
expect_fail "the sekreterare as justerare of the protokoll" 1 \
	"^namnd: Per Lind är sekreterare vid § 3 och kan inte också vara justerare där" \
	justerare set $M "Olof Ek" "Per Lind"
n meeting role $M sekreterare "Per Lind" --remove

# 4. A sekreterare is an official as often as not: no attendance needed.
n meeting role $M sekreterare "Anna Berg" --from 2 --to 2
eq "Anna Berg has no attendance row" "0" "$(sqlite3 "$NAMND_DB" "SELECT count(*) FROM attendance WHERE person_id = (SELECT id FROM person WHERE name COLLATE BINARY = 'Anna Berg')")"

# 3. At most two justerare for a §, the protokoll's and a range's together.
expect_fail "three for the protokoll" 1 "^namnd: Ange en eller två justerare, inte 3: protokollet justeras av ordföranden och en eller två andra ledamöter" \
	justerare set $M "Olof Ek" "Per Lind" "Lena Holm"
n justerare set $M "Olof Ek" "Per Lind"
expect_fail "a third for § 4" 1 "^namnd: Vid § 4 justerar redan Olof Ek och Per Lind: högst två justerare" \
	meeting role $M justerare "Lena Holm" --from 4
n justerare set $M "Olof Ek"
n meeting role $M justerare "Lena Holm" --from 4
expect_fail "a third for §§ 3-4" 1 "^namnd: Vid § 4 justerar redan Olof Ek och Lena Holm: högst två justerare" \
	meeting role $M justerare "Per Lind" --from 3
expect_fail "two for the protokoll over the range's" 1 "^namnd: Vid § 4 justerar redan Per Lind och Lena Holm: högst två justerare" \
	justerare set $M "Olof Ek" "Per Lind"
# A standby justerare is not counted.
n meeting role $M "ersättande justerare" "Per Lind" --from 4
run review $M
hasnt "the review finds nothing in who justerar" "kan inte också|justerar redan|justerare valda"

# 6. Attendance that leaves a role holder not serving at the role's §§ is
# warned of; a sekreterare's is not asked for.
n attendance set $M "Sara Öhman" frånvarande --from 4
printf '%s\n' "$err" | grep -q "^namnd: varning: Sara Öhman är tjänstgörande ordförande vid § 4 men tjänstgör inte där" && ok ||
	bad "no warning for the tjänstgörande ordförande made absent: $err"
n attendance absent $M "Olof Ek" --from 3 --ersattare ingen
printf '%s\n' "$err" | grep -q "^namnd: varning: Olof Ek är vald att justera protokollet men tjänstgör inte vid §§ 3–4\.$" && ok ||
	bad "no warning for the justerare made absent: $err"
n attendance set $M "Lena Holm" frånvarande --from 4
printf '%s\n' "$err" | grep -q "^namnd: varning: Lena Holm är justerare vid § 4 men tjänstgör inte där" && ok ||
	bad "no warning for the justerare of § 4 made absent: $err"
n attendance set $M "Per Lind" frånvarande --to 2
printf '%s\n' "$err" | grep -q "varning" && bad "a warning away from his § 4: $err" || ok
n attendance set $M "Anna Berg" övrig --from 3
printf '%s\n' "$err" | grep -q "varning" && bad "a warning for the sekreterare of § 2: $err" || ok
n attendance set $M "Sara Öhman" närvarande
n attendance set $M "Olof Ek" närvarande
n attendance set $M "Lena Holm" närvarande
n attendance set $M "Per Lind" närvarande
printf '%s\n' "$err" | grep -q "varning" && bad "a warning once all serve: $err" || ok

# 5. Rows another program wrote: review names each, justering waits.
for i in 1 2 3 4; do n paragraph set $M $i --decision "Informationen noteras."; done
cp "$NAMND_DB" "$TMP/clean.db"
sqlite3 "$NAMND_DB" "INSERT INTO justerare (meeting_id, person_id, position) SELECT 1, id, 2 FROM person WHERE name COLLATE BINARY = 'Karin Åberg'; INSERT INTO meeting_role (meeting_id, role, person_id, from_paragraph) SELECT 1, 'sekreterare', id, 2 FROM person WHERE name COLLATE BINARY = 'Olof Ek'" || bad "setup: raw rows"
run review $M
has "review: the ordförande justerar" "Karin Åberg är ordförande vid § 1 och kan inte också vara justerare där"
has "review: a sekreterare justerar" "Olof Ek är sekreterare vid § 2 och kan inte också vara justerare där"
has "review: three justerare" "Vid § 4 är 3 justerare valda \(Olof Ek, Karin Åberg och Lena Holm\): högst två"
expect_fail "justering waits for them" 1 "Protokollet kan inte justeras: granskningen har" \
	justera $M --by "Olof Ek" --by "Karin Åberg"
eq "not justerat" "" "$(sqlite3 "$NAMND_DB" "SELECT coalesce(justerad_on, '') FROM meeting WHERE id = 1")"
cp "$TMP/clean.db" "$NAMND_DB"
# A tjänstgörande ordförande written over the justerare's own §.
sqlite3 "$NAMND_DB" "INSERT INTO meeting_role (meeting_id, role, person_id, from_paragraph, to_paragraph) SELECT 1, 'ordförande', id, 1, 1 FROM person WHERE name COLLATE BINARY = 'Olof Ek'" || bad "setup: raw ordförande"
run review $M
has "review: the justerare presides" "Olof Ek är tjänstgörande ordförande vid § 1 och kan inte också vara justerare där"
cp "$TMP/clean.db" "$NAMND_DB"
n justera $M --by "Olof Ek" --by "Karin Åberg"

# 7. Messages name the meeting's own §§ (a meeting without § 1), and
# a range once.
n agenda add $M2 --kind information --title "Fem"
n agenda add $M2 --kind information --title "Sex"
n paragraph number $M2
for p in "Karin Åberg" "Olof Ek" "Sara Öhman"; do
	n attendance set $M2 "$p" närvarande
done
n meeting role $M2 ordförande "Sara Öhman" --from 6
expect_fail "the same range said once" 1 "^namnd: § 6 och framåt har redan en tjänstgörande ordförande: Sara Öhman\. Ta bort den först\.$" \
	meeting role $M2 ordförande "Olof Ek" --from 6
expect_fail "the meeting's own first §" 1 "^namnd: Sara Öhman är redan tjänstgörande ordförande för § 6 och framåt, som överlappar §§ 5–6\. Ta bort den först\.$" \
	meeting role $M2 ordförande "Olof Ek" --to 6

# A samverkansråd (its own rules) may let its ordförande justera alone.
n committee add --code SRO --name "Samverkansrådet" --kind samverkansråd --place Rummet --time 09.00
n member add --person "Karin Åberg" --committee SRO --role ordförande --from 2024-01-01
n meeting add --committee SRO --date 2024-03-20
n attendance set SRO:2024-03-20 "Karin Åberg" närvarande
n justerare set SRO:2024-03-20 "Karin Åberg"
finish
