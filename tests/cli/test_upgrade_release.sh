#!/bin/sh
# A database made by the previous release opens and upgrades. The file is
# the demo as namnd at schema version 14 (main at 1eef732) made it on
# 2026-12-01 (NAMND_TODAY), then with that release: the held meeting 211
# justerat on 2026-11-17 by Henrik Östlund and Birgitta Sandell, its
# anslag on 2026-11-18, and afterwards Birgitta Sandell's party changed to
# L. Kept gzipped in tests/data with the protokoll of 211 as that release
# printed it; neither is made by the code under test. Each later release
# adds its own file here.
. tests/cli/lib.sh
export NAMND_TODAY=2026-12-01
gzip -dc tests/data/release-v14-demo.db.gz >"$NAMND_DB"
eq "the file is from schema version 14" 14 "$(sqlite3 -readonly "$NAMND_DB" "PRAGMA user_version")"
justerade=$(sqlite3 -readonly "$NAMND_DB" "SELECT id FROM meeting WHERE justerad_on IS NOT NULL ORDER BY date")
kallade=$(sqlite3 -readonly "$NAMND_DB" "SELECT group_concat(id, ' ') FROM meeting WHERE status = 'kallat'")
audit_rows=$(sqlite3 -readonly "$NAMND_DB" "SELECT count(*) FROM audit_log")

expect_ok "the old file opens" meeting list
eq "upgraded to the current version" "$SCHEMA_LATEST" "$(sqlite3 -readonly "$NAMND_DB" "PRAGMA user_version")"
eq "22 justerade meetings in the old file" 22 "$(printf '%s\n' $justerade | wc -l | tr -d ' ')"
expect_ok "the protokoll justerat by the old release verifies" protokoll 211 --verify
has "its checksum" "^Kontrollsumman stämmer: ad9c905f994abc2f8f0561a9cc986e2685220883f23468e4286f90aa8ed87e31$"
expect_ok "the protokoll as the upgraded file prints it" protokoll 211
if printf '%s\n' "$out" | cmp -s - tests/data/release-v14-protokoll-211.txt; then ok; else
	bad "the justerat protokoll changed in the upgrade: $(printf '%s\n' "$out" | diff tests/data/release-v14-protokoll-211.txt - | head -20)"
fi
expect_ok "the omedelbart justerad § 79 verifies" utdrag 211 79 --verify
# The upgrade keeps what the old file said: a kallat meeting is kallat
# because its kallelse is recorded as sent (the fact 016 asks for).
eq "the kallade meetings stay kallat, with the kallelse recorded" "$kallade" \
	"$(sqlite3 -readonly "$NAMND_DB" "SELECT group_concat(id, ' ') FROM meeting WHERE status = 'kallat' AND kallelse_sent_on IS NOT NULL")"
# Schema 41 came with the upgrade: no program marks a meeting justerat
# without its justering record (the old file's justerat ones have theirs).
open=$(sqlite3 -readonly "$NAMND_DB" "SELECT min(id) FROM meeting WHERE justerad_on IS NULL")
if res=$(sqlite3 "$NAMND_DB" "UPDATE meeting SET justerad_on = date WHERE id = $open" 2>&1); then
	bad "the upgraded file let the sqlite3 shell justera meeting $open"; else
	case $res in *"namnd justera"*) ok ;; *) bad "raw justering in the upgraded file: $res" ;; esac; fi
eq "every justerat meeting of the old file has its record" 0 \
	"$(sqlite3 -readonly "$NAMND_DB" "SELECT count(*) FROM meeting m WHERE m.justerad_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM protocol_record r WHERE r.meeting_id = m.id AND r.number = 0)")"
expect_ok "the audit chain of the old file holds" audit verify
eq "no audit row lost" 1 "$(sqlite3 -readonly "$NAMND_DB" "SELECT count(*) >= $audit_rows FROM audit_log")"
# The upgraded file works: a new ärende, the check of the next meeting.
expect_ok "a new ärende in the upgraded file" case add --committee UBN --title "Efter uppgraderingen"
num=$(printf '%s\n' "$out" | sed -n 's/^Registrerade ärende UBN 2026\/\([0-9]*\)\.$/\1/p')
expect_ok "an utkast in the upgraded file (schema 23)" case add --utkast --committee UBN --title "Utkast efter uppgraderingen"
draft=$(printf '%s\n' "$out" | sed -n 's/^Sparade utkast \([0-9]*\);.*/\1/p')
expect_ok "registered" case register "$draft"
has "with the next number: the utkast used none" "^Registrerade utkast $draft som ärende UBN 2026/$((num + 1))\.$"
# A multi-year budget table (schema 36: Bokslut and Plan years) in the
# upgraded file; Sjöbo's heads (finansiellinfo.se/Sjobo/Budget-2025).
printf '(mnkr)\tBokslut 2023\tBudget 2024\tBudget 2025\tPlan 2026\tPlan 2027\nPolitisk verksamhet\t0,3\t0,2\t0,2\t– 1,8\t– 1,8\n' >"$TMP/sjobo.tsv"
expect_ok "a budget table with plan years in the upgraded file" budget import --committee UBN "$TMP/sjobo.tsv"
run budget show --committee UBN --year 2024
has "shown with them" "^Politisk verksamhet +300 +200 +200 +-1 800 +-1 800$"
next=$(sqlite3 -readonly "$NAMND_DB" "SELECT id FROM meeting WHERE date >= '2026-12-01' ORDER BY date LIMIT 1")
run check "$next"
case $rc in 0|1) ok ;; *) bad "check of the next meeting: exit $rc: $err" ;; esac
finish
