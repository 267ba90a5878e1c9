#!/bin/sh
# The demo database: a fictional kommun that every verb can list and
# search, dated relative to today, and never written over real data.
. tests/cli/lib.sh

for today in 2024-03-12 2025-01-03 2026-07-15 2026-11-22; do
	export NAMND_TODAY=$today
	DB="$TMP/demo-$today.db"
	expect_ok "demo on $today" --db "$DB" demo
	q() { sqlite3 -readonly "$DB" "$1"; }
	n=$(q "SELECT count(*) FROM cases")
	if [ "$n" -ge 25 ] && [ "$n" -le 60 ]; then ok; else bad "about 30 ärenden on $today: $n"; fi
	eq "a nämnd and its arbetsutskott ($today)" "UBN" \
		"$(q "SELECT p.code FROM committee c JOIN committee p ON p.id = c.parent_id WHERE c.kind = 'arbetsutskott'")"
	n=$(q "SELECT count(DISTINCT p.party) FROM membership m JOIN person p ON p.id = m.person_id WHERE m.role IN ('ledamot', 'ersättare', 'ordförande')")
	if [ "$n" -ge 4 ]; then ok; else bad "members from several parties: $n"; fi
	n=$(q "SELECT count(*) FROM meeting WHERE committee_id = (SELECT id FROM committee WHERE code = 'UBNAU') AND substr(date, 1, 4) = substr('$today', 1, 4)")
	if [ "$n" -ge 8 ]; then ok; else bad "a year's plan for the AU on $today: $n meetings"; fi
	eq "no meeting on a weekend ($today)" 0 "$(q "SELECT count(*) FROM meeting WHERE strftime('%w', date) IN ('0', '6')")"
	coming=$(q "SELECT id FROM meeting WHERE status = 'kallat' AND date >= '$today' ORDER BY date LIMIT 1")
	held=$(q "SELECT id FROM meeting WHERE status = 'genomfört' AND date < '$today' AND EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = meeting.id) ORDER BY date DESC LIMIT 1")
	if [ -n "$coming" ]; then ok; else bad "a coming meeting with notice on $today"; fi
	if [ -n "$held" ]; then ok; else bad "a held meeting with paragraphs on $today"; fi
	run --db "$DB" --tsv agenda list "$coming"
	n=$(printf '%s\n' "$out" | wc -l)
	if [ "$n" -ge 12 ]; then ok; else bad "full agenda on $today: $n items"; fi
	has "procedural items lettered" "^[0-9]+	A	procedur	Upprop"
	has "a break" "	paus	Fika	"
	has "ärenden with dnr" "	ärende	.*	UBN 20[0-9][0-9]/[0-9]+	"
	# A paragraph without an ärende (Upprop) has no Dnr line, not "0000/0";
	# one with an ärende shows its dnr.
	run --db "$DB" --tsv paragraph list "$held"
	up=$(printf '%s\n' "$out" | awk -F '\t' '$2 == "Upprop" { print $1; exit }')
	withcase=$(printf '%s\n' "$out" | awk -F '\t' '$3 ~ /^UBN/ { print $1; exit }')
	run --db "$DB" paragraph show "$held" "$up"
	has "Upprop shown ($today)" "^Rubrik +Upprop$"
	hasnt "no dnr for Upprop ($today)" "^Dnr"
	run --db "$DB" paragraph show "$held" "$withcase"
	has "an ärende's dnr shown ($today)" "^Dnr +UBN 20[0-9][0-9]/[0-9]+$"
	# The demo's coming meeting is ready to send: a clean check shows
	# what a finished agenda looks like (members all have e-mail).
	run --db "$DB" check "$coming"
	has "the coming meeting passes the check ($today)" "^Inga problem hittades"
	# The controller has the last two months' reports to look at.
	for k in 1 2; do
		period=$(date -d "$(printf '%s' "$today" | cut -c1-7)-01 -$k month" +%Y-%m)
		run --db "$DB" --tsv report list
		has "month report for $period ($today)" "^UBN	$period	13	tkr	"
	done
	run --db "$DB" report show --committee UBN --period "$period"
	has "its deviations computed ($today)" "^Totalt .*[0-9]"
	run --db "$DB" meeting show "$held"
	has "held meeting shown" "genomfört"
	# The held meeting's protokoll: each beslutsunderlag dated once, each
	# protokollsanteckning after its author's name, not twice.
	run --db "$DB" protokoll "$held"
	has "beslutsunderlag with its date ($today)" "^- Tjänsteutlåtande [0-9]{4}-[0-9]{2}-[0-9]{2}$"
	hasnt "no date given twice ($today)" "([0-9]{4}-[0-9]{2}-[0-9]{2}) \1"
	has "a protokollsanteckning ($today)" "^Birgitta Sandell \(S\): Socialdemokraterna vill"
	hasnt "the author not named twice ($today)" "^(.+ \([A-ZÅÄÖa-zåäö]+\)): \1"
	# An earlier, justerat meeting: its members were there, not absent.
	earlier=$(q "SELECT id FROM meeting WHERE justerad_on IS NOT NULL AND committee_id IN (1, 2) ORDER BY date DESC LIMIT 1")
	run --db "$DB" protokoll "$earlier"
	has "earlier meeting: the ordförande present ($today)" "^Beslutande +Henrik Östlund \(M\), ordförande$"
	hasnt "earlier meeting: nobody absent ($today)" "^Frånvarande"
	run --db "$DB" --tsv search budget
	if [ -n "$out" ]; then ok; else bad "search finds budget on $today"; fi
	run --db "$DB" --tsv case list --sort title --limit 5
	eq "case list pages ($today)" 5 "$(printf '%s\n' "$out" | wc -l)"
	run --db "$DB"
	has "overview names the kommun" "Exempelstads kommun"
done

# demo refuses a database with data, and --force replaces only a demo.
expect_fail "demo into a non-empty database" 1 "innehåller redan" --db "$DB" demo
expect_ok "demo --force replaces a demo" --db "$DB" demo --force
expect_ok "a real database" committee add --code KS --name Kommunstyrelsen
before=$(fingerprint)
expect_fail "demo --force never replaces real data" 1 "riktiga uppgifter" demo --force
eq "real database untouched" "$before" "$(fingerprint)"
finish
