#!/bin/sh
# The CLI and the UI side by side (ARCHITECTURE.md: "the CLI and the UI
# are equal"). The CLI's verbs and sub-verbs are read from the binary's
# own help (namnd --help, namnd VERB --help); the UI's actions from its
# tables (the TUI_ACTIONS X-macro and each screen's tscreen_ops with its
# action array in src/tui). Every CLI verb must name the UI actions that
# do the same, or be an exception with its reason; every UI action must
# be named by some verb, or be an exception with its reason. Adding a
# verb or an action without saying how the other side does it fails.
. tests/cli/lib.sh

# CLI verb [sub] <TAB> UI screen:action, … (a screen alone: the screen
# shows it) — or "-" <TAB> the reason it has no UI equivalent.
cat >"$TMP/map" <<'MAP'
init	-	creates or upgrades the database file before anything can open it; the UI upgrades a file it opens
demo	-	fills an empty file with a fictional kommun for trying namnd (make run, make demo); no register work
committee add	-	setup, done once by whoever installs namnd: a body with its dnr series, notice days and usual time and place
committee edit	-	setup (see committee add)
committee rm	-	setup (see committee add)
committee list	Översikt
committee show	Översikt
person add	Personer och ledamöter:ny
person edit	Personer och ledamöter:öppna, Uppgifter:ändra
person list	Personer och ledamöter
person rm	Personer och ledamöter:ta-bort
person show	Personer och ledamöter:öppna
member add	Personer och ledamöter:ny, Personer och ledamöter:vakant
member fill	Personer och ledamöter:tillsätt
member edit	Personer och ledamöter:öppna, Personer och ledamöter:flytta-upp, Personer och ledamöter:flytta-ned
member list	Personer och ledamöter:växla
member rm	Personer och ledamöter:ta-bort
member show	Personer och ledamöter:öppna
case add	Ärenden:ny, Ärenden:utkast
case register	Ärenden:registrera
case edit	Ärenden:ändra, Uppgifter:ändra
case list	Ärenden, Ärenden:sortera, Ärenden:sök, Ärenden:filtrera
case import	Ärenden:importera
case rm	Ärenden:ta-bort
case void	Ärenden:makulera
case show	Ärenden:öppna
document add	Underlag och expediering:ny, Handlingar och mottagare:ny
signera	Protokoll:signera
audit verify	Översikt:granskningslogg
document edit	Handlingar och mottagare:ändra
document list	Protokoll:underlag, Ärenden:underlag, Handlingar och mottagare
document rm	Underlag och expediering:ta-bort, Handlingar och mottagare:ta-bort
document show	Protokoll:underlag, Handlingar och mottagare
recipient add	Handlingar och mottagare:ny
recipient edit	Handlingar och mottagare:ändra
recipient list	Ärenden:underlag, Handlingar och mottagare
recipient rm	Handlingar och mottagare:ta-bort
recipient show	Handlingar och mottagare
section add	Handlingar och mottagare:ny
section edit	Handlingar och mottagare:ändra
section list	Handlingar och mottagare
section rm	Handlingar och mottagare:ta-bort
section show	Handlingar och mottagare
meeting sent	Sammanträde:kallelse-skickad
meeting archive	Sammanträde:arkivera
meeting adjourn	Närvaro:ajournering
meeting role	Roller:ny, Roller:ta-bort
meeting absent	Närvaro:förhinder
meeting add	Sammanträden:ny, Sammanträden:kopiera
meeting edit	Sammanträden:ändra, Sammanträde:sammanträdet, Uppgifter:ändra
meeting list	Sammanträden
meeting plan	Sammanträden:årsplan, Sammanträden:exportera
meeting rm	Sammanträden:ta-bort
meeting show	Sammanträden:öppna
agenda add	Sammanträde:lägg-till, Sammanträde:stående, Sammanträde:paus
agenda copy	Sammanträde:kopiera, Sammanträden:kopiera
agenda export	Sammanträde:exportera
agenda import	Sammanträde:importera
agenda list	Sammanträde
agenda move	Sammanträde:flytta-upp, Sammanträde:flytta-ned
agenda rm	Sammanträde:ta-bort
agenda set	Sammanträde:tid, Sammanträde:föredragande, Sammanträde:öppna
template add	-	setup: a body's standard agenda, set once; in the UI a new meeting takes the last meeting's items (C)
template edit	-	setup (see template add)
template list	-	setup (see template add)
template rm	-	setup (see template add)
template show	-	setup (see template add)
delegation add	Delegeringsbeslut:ny
delegation edit	Delegeringsbeslut:öppna, Delegeringsbeslut:ändra, Delegeringsbeslut:anmäl
delegation list	Delegeringsbeslut
delegation rm	Delegeringsbeslut:ta-bort
delegation show	Delegeringsbeslut:öppna
kallelse	Sammanträde:exportera
check	Sammanträde:kontroll
attendance absent	Närvaro:växla-närvaro
attendance list	Närvaro
attendance quorum	Närvaro
attendance rm	Närvaro:ta-bort
attendance set	Närvaro:växla-närvaro
paragraph delegations	Delegeringsbeslut:till-paragrafen
paragraph list	Protokoll
paragraph number	Protokoll
paragraph set	Protokoll:beslutstext, Protokoll:ändra
paragraph show	Protokoll:granska
paragraph start	-	setup: the first § number of a body's year when namnd is taken into use mid-year
motion add	Protokoll:yrkande, Protokoll:propositionsordning
motion rm	Protokoll:ta-bort
vote clear	Omröstning:ta-bort
vote set	Protokoll:omröstning, Omröstning:ja, Omröstning:nej, Omröstning:avstår, Omröstning:spara
reservation add	Protokoll:reservation
reservation rm	Protokoll:ta-bort
note add	Protokoll:protokollsanteckning
note rm	Protokoll:ta-bort
recusal add	Protokoll:jäv
recusal rm	Protokoll:ta-bort
expedite add	Underlag och expediering:ny
expedite rm	Underlag och expediering:ta-bort
review	Protokoll:granska, Protokoll:åsidosätt
justerare set	Protokoll:justerare
justera	Protokoll:justera
anslag	Protokoll:anslag
rattelse add	Protokoll:rättelse
protokoll	Protokoll:exportera, Sammanträde:exportera
utdrag	Protokoll:exportera
beslutslista	Protokoll:exportera
deadlines	Översikt, Sammanträde:kontroll
search	Sök:sök
setting list	-	setup: the organisation's name, dnr pattern and places, set once
setting set	-	setup (see setting list)
publish	-	writes the organisation's anslagstavla into a web server's folder; run where the site is served from (a cron job or a deploy script), not at a terminal session's meeting work
dnr	-	reads and shows one dnr for scripts; in the UI every field that takes a dnr reads it the same way and says what is wrong
overview	Översikt
report comment	Månadsrapport:kommentar
report export	Månadsrapport:exportera-xlsx, Månadsrapport:exportera-pdf, Månadsrapport:exportera-text
report import	Månadsrapport:importera
report list	Månadsrapport:välj-nämnd, Månadsrapport:välj-period
report rm	Månadsrapport:ta-bort
report show	Månadsrapport
budget import	Budget:importera
budget list	Budget:välj-period, Budget:föregående-period, Budget:välj-nämnd
budget rm	Budget:ta-bort
budget show	Budget, Budget:exportera
MAP

# UI actions that move between screens or rows and change nothing;
# the CLI's equivalents are its lists' options. Name <TAB> reason.
cat >"$TMP/nav" <<'NAV'
öppna	opens the selected row's screen or form
sök	goes to a name or date, filters a list, or searches (search, list filters)
växla	switches between the person register and a body's members
närvaro	opens Närvaro from the meeting
delegeringsbeslut	opens the meeting's Delegeringsbeslut (those reported there and those not yet reported)
protokoll	Protokoll:exportera, Sammanträde:exportera
ärenden	goes to Ärenden
sammanträden	goes to Sammanträden (on the Översikt: the row's body's)
alla-sammanträden	goes to every body's Sammanträden
personer	goes to Personer
rapport	goes to the Månadsrapport
föregående-period	the month before
nästa-period	the month after
sortera	the order of a list (case list --sort)
roller	opens the meeting's Roller from the Protokoll (meeting role)
budget	goes from the Månadsrapport to the same body's Budget (budget show)
NAV

# The UI's actions, read from its tables.
awk '
FNR == 1 { file = FILENAME }
/X\([A-Z_]+, *"/ {
	id = $0; sub(/.*X\(/, "", id); sub(/,.*/, "", id)
	nm = $0; sub(/^[^"]*"/, "", nm); sub(/".*/, "", nm)
	name["ACT_" id] = nm
}
/static const enum tui_action [a-z_]+\[\] = \{/ {
	arr = $0; sub(/.*tui_action /, "", arr); sub(/\[.*/, "", arr)
	inarr = 1; list[file, arr] = ""; next
}
inarr {
	line = $0
	while (match(line, /ACT_[A-Z_]+/)) {
		a = substr(line, RSTART, RLENGTH)
		if (a != "ACT_NONE") list[file, arr] = list[file, arr] " " a
		line = substr(line, RSTART + RLENGTH)
	}
	if ($0 ~ /\};/) inarr = 0
	next
}
/static const struct tscreen_ops [a-z_]+ = \{/ { inops = 1; sname = ""; sarr = ""; next }
inops && /\.name = "/ { sname = $0; sub(/^[^"]*"/, "", sname); sub(/".*/, "", sname) }
inops && /\.actions = / { sarr = $0; sub(/.*\.actions = /, "", sarr); sub(/,.*/, "", sarr) }
inops && /^\};/ { inops = 0; ops[++nops] = sname SUBSEP file SUBSEP sarr }
END {
	for (i = 1; i <= nops; i++) {
		split(ops[i], p, SUBSEP)
		print p[1] "\t"
		n = split(list[p[2], p[3]], acts, " ")
		for (k = 1; k <= n; k++) if (acts[k] in name) print p[1] "\t" name[acts[k]]
	}
}' src/tui/tui.h src/tui/*.c | sort -u >"$TMP/ui"
n=$(grep -c . "$TMP/ui")
if [ "$n" -gt 40 ]; then ok; else bad "the UI's action tables were not read (only $n lines)"; fi
for nav in upp ned sida-upp sida-ned först sist vänster höger; do
	sed -i "/	$nav\$/d" "$TMP/ui"
done

# The CLI's verbs, from its help.
"$NAMND" --help | awk '/^  [a-z]/ { print $1 }' >"$TMP/verbs"
: >"$TMP/cli"
while read -r v; do
	subs=$("$NAMND" "$v" --help 2>&1 | grep -oE "namnd $v [a-z][a-z-]*" | awk '{ print $3 }' | sort -u)
	if [ -z "$subs" ]; then
		echo "$v" >>"$TMP/cli"
	else
		for s in $subs; do echo "$v $s" >>"$TMP/cli"; done
	fi
done <"$TMP/verbs"
n=$(wc -l <"$TMP/cli")
if [ "$n" -gt 60 ]; then ok; else bad "the CLI's verbs were not read (only $n)"; fi

# 1. Every CLI verb has a row: UI actions that exist, or a reason.
while read -r verb; do
	row=$(awk -F '\t' -v v="$verb" '$1 == v' "$TMP/map")
	if [ -z "$row" ]; then
		bad "CLI 'namnd $verb' has no UI equivalent and no exception in tests/cli/test_parity.sh"
		continue
	fi
	ui=$(printf '%s\n' "$row" | cut -f2)
	if [ "$ui" = "-" ]; then
		reason=$(printf '%s\n' "$row" | cut -f3)
		if [ -n "$reason" ]; then ok; else bad "exception for 'namnd $verb' without a reason"; fi
		continue
	fi
	printf '%s\n' "$ui" | tr ',' '\n' | sed 's/^ *//' | while read -r ref; do
		screen=${ref%%:*}
		action=${ref#*:}
		[ "$action" = "$ref" ] && action=""
		if grep -qxF "$(printf '%s\t%s' "$screen" "$action")" "$TMP/ui"; then
			echo ok >>"$TMP/found"
		else
			echo "CLI 'namnd $verb' names the UI's '$ref', which is not in the UI's tables" >>"$TMP/missing"
		fi
	done
done <"$TMP/cli"
[ -f "$TMP/missing" ] && while read -r m; do bad "$m"; done <"$TMP/missing"
[ -f "$TMP/found" ] && pass=$((pass + $(wc -l <"$TMP/found")))

# Rows for verbs the CLI no longer has are stale.
cut -f1 "$TMP/map" | while read -r verb; do
	grep -qxF "$verb" "$TMP/cli" || echo "$verb" >>"$TMP/stale"
done
if [ -f "$TMP/stale" ]; then bad "rows for verbs the CLI lacks: $(tr '\n' ' ' <"$TMP/stale")"; else ok; fi

# 2. Every UI action is named by some verb, or is navigation.
cut -f2 "$TMP/map" | tr ',' '\n' | sed 's/^ *//' | grep ':' | sort -u >"$TMP/named"
while IFS="$(printf '\t')" read -r screen action; do
	[ -z "$action" ] && continue
	if grep -qxF "$screen:$action" "$TMP/named"; then
		ok
	elif awk -F '\t' -v a="$action" '$1 == a && $2 != "" { f = 1 } END { exit !f }' "$TMP/nav"; then
		ok
	else
		bad "UI action '$action' on '$screen' has no CLI equivalent in tests/cli/test_parity.sh (add the verb it does, or a reason)"
	fi
done <"$TMP/ui"
# Every verb's --help answers without a database and without crashing
# (overview --help read a setting through a database never opened).
for v in $("$NAMND" --help 2>&1 | grep -oE '^  [a-z][a-z-]*' | sort -u); do
	"$NAMND" "$v" --help >/dev/null 2>"$TMP/help_err"
	hrc=$?
	if [ "$hrc" -ge 128 ] || grep -q 'Sanitizer\|runtime error' "$TMP/help_err"; then
		bad "namnd $v --help crashed (status $hrc)"
	else
		ok
	fi
done

finish
