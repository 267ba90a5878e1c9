#!/bin/sh
# Utkast (issue 10, item 5): an ärende may be saved as an utkast before it
# is registered. It has no dnr (no number of the series is used up),
# shows as "utkast" where the dnr stands, gets the next number when it is
# registered, and is removed only while it never stood in a sent kallelse
# or a protokoll; a registered ärende never is, by namnd or by another
# program. Every step is in the audit log with the user.
. tests/cli/lib.sh
. tests/cli/fixtures/raw.sh

expect_ok "demo" demo
q() { sqlite3 -readonly "$NAMND_DB" "$1"; }
cases=$(q "SELECT count(*) FROM cases")
last=$(q "SELECT max(dnr_number) FROM cases WHERE dnr_series = 'UBN' AND dnr_year = 2024")
counter=$(q "SELECT last FROM dnr_counter WHERE series = 'UBN' AND year = 2024")

# An utkast: no dnr, no number used up.
expect_ok "save an utkast" case add --utkast --title "Skolskjuts för elever i Åby" --committee UBN
has "said so, with its id" "^Sparade utkast [0-9]+; det har inget diarienummer än \(registrera: namnd case register [0-9]+\)\.$"
draft=$(printf '%s\n' "$out" | sed -n 's/^Sparade utkast \([0-9]*\);.*/\1/p')
eq "one row more" "$((cases + 1))" "$(q "SELECT count(*) FROM cases")"
eq "the series counter untouched" "$counter" "$(q "SELECT last FROM dnr_counter WHERE series = 'UBN' AND year = 2024")"
expect_fail "an utkast takes no dnr" 2 "--utkast går inte med --dnr" \
	case add --utkast --title "X" --dnr "UBN 2024/900"
expect_ok "a registered ärende meanwhile" case add --title "Lokalbehov" --committee UBN
has "gets the next number: the utkast used none" "^Registrerade ärende UBN 2024/$((last + 1))\.$"

# Shown as utkast where the dnr would stand: list, show, search.
run case list --limit 3
has "list: utkast first, with its id" "^utkast $draft +Skolskjuts för elever i Åby +utkast +UBN$"
run --tsv case list --status utkast
eq "list --status utkast: only it" "$draft	utkast $draft	Skolskjuts för elever i Åby	utkast	UBN" "$out"
expect_ok "show by 'utkast N'" case show "utkast $draft"
has "show: Dnr" "^Dnr +utkast $draft$"
has "show: Status" "^Status +utkast$"
hasnt "show: not registered" "^Registrerat "
expect_ok "show by its id" case show "$draft"
has "the same" "^Titel +Skolskjuts för elever i Åby$"
run --tsv search "elever i Åby"
has "search: utkast where the dnr stands" "utkast $draft.*Skolskjuts för elever i Åby"
run --tsv search utkast
has "search finds utkast by the word" "Skolskjuts för elever i Åby"
expect_fail "no other utkast by that name" 3 "Det finns inget utkast med id 999999" \
	case show "utkast 999999"

# It can be edited, and the edit is audited.
expect_ok "edit" case edit "utkast $draft" --title "Skolskjuts för elever i Åby och Berga"
expect_fail "an utkast is not makulerat: it has no number" 1 \
	"Utkastet $draft har inget diarienummer att makulera" case void "$draft" --reason "Fel"

# Register: the next number now, today's date.
expect_ok "register" case register "utkast $draft"
has "its new dnr" "^Registrerade utkast $draft som ärende UBN 2024/$((last + 2))\.$"
run case show "UBN 2024/$((last + 2))"
has "registered: its dnr" "^Dnr +UBN 2024/$((last + 2))$"
has "registered: today" "^Registrerat +2024-03-12$"
has "registered: its status" "^Status +registrerat$"
expect_fail "register twice" 1 "Ärende UBN 2024/$((last + 2)) är redan registrerat" \
	case register "UBN 2024/$((last + 2))"
expect_fail "now never removed" 1 "är registrerat i diariet och tas aldrig bort" \
	case rm "UBN 2024/$((last + 2))"
# By its id (as --tsv lists it, and as an utkast is named): the message
# says which ärende that is and why it stays, not "Ogiltigt diarienummer".
regid=$(q "SELECT id FROM cases WHERE dnr_series = 'UBN' AND dnr_year = 2024 AND dnr_number = $((last + 2))")
before=$(fingerprint)
expect_fail "rm by the id of a registered ärende: which, and why not" 1 \
	"^namnd: Id $regid är ärende UBN 2024/$((last + 2)), som är registrerat i diariet och därför aldrig tas bort \(ett id anger bara ett utkast\)\. .*namnd case void \"UBN 2024/$((last + 2))\" --reason" \
	case rm "$regid"
eq "nothing changed" "$before" "$(fingerprint)"
expect_fail "other verbs name it by its dnr too" 1 \
	"\"$regid\" är inget diarienummer: ett id anger bara ett utkast, och id $regid är det registrerade ärendet UBN 2024/$((last + 2))\." \
	case show "$regid"
expect_fail "an id no ärende has: still a bad dnr" 1 "Ogiltigt diarienummer: \"99999\"" \
	case rm 99999

# An utkast never seen is removed.
expect_ok "a second utkast" case add --utkast --title "Felskrivet utkast" --committee UBN
gone=$(printf '%s\n' "$out" | sed -n 's/^Sparade utkast \([0-9]*\);.*/\1/p')
expect_ok "removed" case rm "$gone"
has "said so" "^Tog bort utkast $gone\.$"
eq "gone" "0" "$(q "SELECT count(*) FROM cases WHERE id = $gone")"

# Registering with a given dnr, in another series.
expect_ok "a third utkast" case add --utkast --title "Från kommunstyrelsen"
third=$(printf '%s\n' "$out" | sed -n 's/^Sparade utkast \([0-9]*\);.*/\1/p')
expect_fail "a dnr that is taken" 1 "Diarienumret UBN 2024/$((last + 1)) finns redan" \
	case register "$third" --dnr "UBN 2024/$((last + 1))"
expect_ok "with its own dnr" case register "$third" --dnr "KS 2024/77"
has "that dnr" "^Registrerade utkast $third som ärende KS 2024/77\.$"

# On an agenda: taken off first. On a sent kallelse: never removed, even
# once taken off again; the message says where and what to do.
expect_ok "a fourth utkast" case add --utkast --title "Information om skolval" --committee UBN
shown=$(printf '%s\n' "$out" | sed -n 's/^Sparade utkast \([0-9]*\);.*/\1/p')
expect_ok "on the agenda as information" agenda add UBN:2024-04-17 --case "$shown" --kind information
run agenda list UBN:2024-04-17
has "the agenda: utkast as its dnr" "Information om skolval +utkast "
expect_fail "on an agenda: refused" 1 \
	"Utkastet $shown »Information om skolval« står på föredragningslistan för UBN 2024-04-17; ta först bort punkten" \
	case rm "$shown"
expect_ok "the kallelse sent" meeting sent UBN:2024-04-17
run kallelse UBN:2024-04-17
has "the kallelse: utkast where the dnr stands" "Information om skolval.*utkast|utkast.*Information om skolval"
item=$(q "SELECT id FROM agenda_item WHERE case_id = $shown")
expect_ok "taken off the agenda afterwards" agenda rm "$item"
expect_fail "stood in a sent kallelse: refused" 1 \
	"Utkastet $shown »Information om skolval« har stått i kallelsen till UBN 2024-04-17 och tas inte bort.*namnd case register $shown.*namnd case void DNR --reason" \
	case rm "$shown"
eq "still there" "1" "$(q "SELECT count(*) FROM cases WHERE id = $shown")"
raw_sql "INSERT OR REPLACE INTO case_shown (case_id, shown_in) VALUES ($shown, 'ingenting')" >/dev/null
eq "where it stood is not rewritten by REPLACE" "kallelsen till UBN 2024-04-17" \
	"$(q "SELECT shown_in FROM case_shown WHERE case_id = $shown")"
# Makulering is not a way out either, and its message does not send the
# user back to case rm.
run case void "$shown" --reason "Fel"
if [ "$rc" -eq 1 ] && printf '%s\n' "$err" | grep -q "har stått i kallelsen till UBN 2024-04-17 och tas därför inte bort: registrera det först (namnd case register $shown) och makulera det sedan" &&
	! printf '%s\n' "$err" | grep -q "case rm"; then ok; else
	bad "void of a shown utkast: exit $rc: $err"; fi
# An utkast put on an agenda whose kallelse went out is in it from then on.
expect_ok "a fifth utkast" case add --utkast --title "Sent tillägg" --committee UBN
late=$(printf '%s\n' "$out" | sed -n 's/^Sparade utkast \([0-9]*\);.*/\1/p')
expect_ok "on the kallat meeting's agenda" agenda add UBN:2024-04-17 --case "$late" --kind information
item=$(q "SELECT id FROM agenda_item WHERE case_id = $late")
expect_ok "off again" agenda rm "$item"
expect_fail "refused" 1 "Utkastet $late »Sent tillägg« har stått i kallelsen till UBN 2024-04-17" \
	case rm "$late"
# The way out: register, then makulera.
expect_ok "registered" case register "$shown"
dnr=$(printf '%s\n' "$out" | sed -n 's/^Registrerade utkast [0-9]* som ärende \(.*\)\.$/\1/p')
expect_ok "and makulerat" case void "$dnr" --reason "Skulle inte ha stått i kallelsen"

# A decision item's ärende needs a dnr under the kommunallag: an utkast
# on one is the check's error.
expect_ok "a sixth utkast" case add --utkast --title "Beslut utan nummer" --committee UBN
decide=$(printf '%s\n' "$out" | sed -n 's/^Sparade utkast \([0-9]*\);.*/\1/p')
expect_ok "as a decision item" agenda add UBN:2024-05-15 --case "$decide"
run --tsv check UBN:2024-05-15
has "the check's error" "^fel	[0-9]+	punkt [0-9]+	dnr_saknas	Beslutspunktens ärende är ett utkast utan diarienummer; registrera det \(namnd case register $decide\)\."

# In a protokoll (a paragraph): never removed; the review asks for its
# registration before justering; once registered, its paragraph is found
# by the new dnr.
expect_ok "an utkast for the protokoll" case add --utkast --title "Protokollsärende om Åby" --committee UBN
para=$(printf '%s\n' "$out" | sed -n 's/^Sparade utkast \([0-9]*\);.*/\1/p')
expect_ok "on the agenda" agenda add UBN:2024-03-20 --case "$para" --kind information
expect_ok "paragraphs numbered" paragraph number UBN:2024-03-20
run paragraph list UBN:2024-03-20
has "the paragraph: utkast where the dnr stands" "Protokollsärende om Åby +utkast "
item=$(q "SELECT id FROM agenda_item WHERE case_id = $para")
expect_fail "stood in a protokoll: refused" 1 \
	"Utkastet $para »Protokollsärende om Åby« har stått i protokollet för UBN 2024-03-20 och tas inte bort" \
	case rm "$para"
run review UBN:2024-03-20
has "the review: register it before justering" "Ärendet är ett utkast utan diarienummer; registrera det före justeringen"
expect_ok "registered" case register "$para"
pdnr=$(printf '%s\n' "$out" | sed -n 's/^Registrerade utkast [0-9]* som ärende \(.*\)\.$/\1/p')
run review UBN:2024-03-20
hasnt "the finding gone" "Ärendet är ett utkast"
run --tsv search "Protokollsärende om Åby"
has "the paragraph found by its new dnr" "^paragraf	[0-9]+	$pdnr	"

# Audited with the user: saved, edited, registered, removed.
eq "the utkast's history in the audit log" \
"testare|insert|utkast|Skolskjuts för elever i Åby
testare|update|utkast|Skolskjuts för elever i Åby och Berga
testare|update|$((last + 2))|Skolskjuts för elever i Åby och Berga" \
	"$(q "SELECT who || '|' || action || '|' || CASE WHEN json_extract(new, '$.dnr_number') < 0 THEN 'utkast' ELSE json_extract(new, '$.dnr_number') END || '|' || json_extract(new, '$.title') FROM audit_log WHERE tbl = 'cases' AND row_id = $draft ORDER BY id")"
eq "the removal too" "testare|delete|Felskrivet utkast" \
	"$(q "SELECT who || '|' || action || '|' || json_extract(old, '$.title') FROM audit_log WHERE tbl = 'cases' AND row_id = $gone AND action = 'delete'")"

# Other programs. The stock sqlite3 shell cannot make namnd forget where
# an utkast stood ...
reg=$(q "SELECT id FROM cases WHERE dnr_number > 0 AND NOT EXISTS (SELECT 1 FROM paragraph p WHERE p.case_id = cases.id) ORDER BY id LIMIT 1")
before=$(fingerprint)
for stmt in \
	"DELETE FROM case_shown WHERE case_id = $late" \
	"UPDATE case_shown SET case_id = 0 WHERE case_id = $late"; do
	if res=$(sqlite3 "$NAMND_DB" "$stmt" 2>&1); then
		bad "sqlite3 shell changed: $stmt"
	else
		case $res in
		*"utkastet har stått i en kallelse"*) ok ;;
		*) bad "sqlite3 shell not given the diarium's message: $stmt ($res)" ;;
		esac
	fi
done
# ... and no program turns a registered ärende into an utkast (to remove
# it) or makulerar an utkast (the sv collation of cases needs Python with
# a stand-in: the stock shell cannot write cases at all) ...
for stmt in \
	"UPDATE cases SET dnr_series = '', dnr_year = 1900, dnr_number = -99 WHERE id = $reg" \
	"UPDATE cases SET dnr_number = -5 WHERE id = $reg" \
	"UPDATE cases SET voided = '2024-03-12', void_reason = 'x' WHERE id = $decide"; do
	case $(raw_sql "$stmt") in
	*"utkast"*) ok ;;
	*) bad "changed: $stmt ($(raw_sql "$stmt"))" ;;
	esac
done
# ... an utkast put on a sent kallelse by it is kept as well ...
expect_ok "a seventh utkast" case add --utkast --title "Via skalet" --committee UBN
shell=$(printf '%s\n' "$out" | sed -n 's/^Sparade utkast \([0-9]*\);.*/\1/p')
mtg=$(q "SELECT id FROM meeting WHERE date = '2024-04-17' AND committee_id = (SELECT id FROM committee WHERE code = 'UBN')")
sqlite3 "$NAMND_DB" "INSERT INTO agenda_item (meeting_id, position, kind, case_id) VALUES ($mtg, 50, 'information', $shell); DELETE FROM agenda_item WHERE case_id = $shell" 2>&1
eq "marked by the shell's insert" "kallelsen till UBN 2024-04-17" "$(q "SELECT shown_in FROM case_shown WHERE case_id = $shell")"
# ... and no program removes a registered ärende or an utkast that stood
# in a kallelse, nor gives that utkast a new id (its case_shown would no
# longer name it, and it could be removed) (the title index needs namnd's collation: Python with a
# stand-in, foreign keys off as in any other program).
before=$(fingerprint)
for stmt in \
	"DELETE FROM cases WHERE id = $reg" \
	"DELETE FROM cases WHERE id = $late" \
	"DELETE FROM cases WHERE id = $shell" \
	"DELETE FROM cases WHERE dnr_number < 0" \
	"UPDATE cases SET id = 900001 WHERE id = $shell"; do
	case $(raw_sql "$stmt") in
	*"diariet"*) ok ;;
	*) bad "removed: $stmt ($(raw_sql "$stmt"))" ;;
	esac
done
eq "an utkast on an agenda, by another program" \
	"Utkastet står på en föredragningslista; ta först bort punkten." \
	"$(raw_sql "DELETE FROM cases WHERE id = $decide")"
eq "the file is as it was" "$before" "$(fingerprint)"
expect_ok "an utkast never seen" case add --utkast --title "Aldrig visat"
unseen=$(printf '%s\n' "$out" | sed -n 's/^Sparade utkast \([0-9]*\);.*/\1/p')
eq "another program may remove it" "ok" "$(raw_sql "DELETE FROM cases WHERE id = $unseen")"
eq "removed" "0" "$(q "SELECT count(*) FROM cases WHERE id = $unseen")"

finish
