#!/bin/sh
# Bad input: each gets a clear Swedish message naming the field and the
# value, a non-zero exit, and leaves the database exactly as it was.
. tests/cli/lib.sh

expect_ok "init" init
expect_ok "committee" committee add --code UBN --name Utbildningsnämnden --time 08.30
expect_ok "person" person add --name "Åsa Ek" --party S
expect_ok "case" case add --committee UBN --title "Ett ärende"
expect_ok "meeting" meeting add --committee UBN --date 2024-03-20
before=$(fingerprint)

# unchanged DESC: the database fingerprint is what it was before.
unchanged() {
	if [ "$(fingerprint)" = "$before" ]; then ok; else bad "$1: database changed"; fi
}

expect_fail "invalid dnr" 1 'Ogiltigt diarienummer.*"XYZ 12"' case add --dnr "XYZ 12" --title "T"
unchanged "invalid dnr"
expect_fail "dnr without number" 1 'diarienummer.*"2023/"' case show "2023/"
expect_fail "unknown dnr" 3 'Inget ärende har diarienummer "UBN 2020/5"' case show "UBN 2020/5"
expect_fail "invalid dnr for an agenda item" 1 'Fältet "ärende".*"UBN 20x/1"' agenda add 1 --case "UBN 20x/1"
unchanged "agenda with bad dnr"
expect_fail "item without title or ärende" 1 'Fältet "rubrik" måste anges när punkten inte har något ärende \(--title RUBRIK eller --case DNR\)' \
	agenda add 1 --kind paus --minutes 15
expect_fail "empty title, no ärende" 1 'Fältet "rubrik" måste anges' agenda add 1 --title ""
expect_fail "ärende item without ärende" 1 'En punkt av typen ärende behöver ett ärende ur diariet\. Ange --case DNR' \
	agenda add 1 --kind ärende --title "Utan dnr"
unchanged "incomplete agenda items"

expect_fail "impossible date" 1 'Fältet "datum".*2023-02-30' meeting add --committee UBN --date 2023-02-30
expect_fail "month 13" 1 'Fältet "från".*2023-13-01' member add --person "Åsa Ek" --committee UBN --role ledamot --from 2023-13-01
expect_fail "date in another form" 1 'Fältet "datum".*20/3' meeting add --committee UBN --date 20/3
unchanged "impossible dates"

expect_fail "hour 25" 1 'Fältet "starttid".*25:00' meeting edit 1 --time 25:00
expect_fail "minute 60" 1 'Fältet "starttid".*08.60' committee edit UBN --time 08.60
unchanged "impossible times"

expect_fail "negative duration" 1 'Fältet "längd i minuter".*-5' agenda add 1 --title Fika --kind paus --minutes -5
expect_fail "duration not a number" 1 'Fältet "längd i minuter".*"tio"' agenda add 1 --title Fika --kind paus --minutes tio
unchanged "durations"

expect_fail "unknown committee" 3 'Okänd nämnd: "XYZ"' meeting add --committee XYZ --date 2024-04-01
expect_fail "unknown person" 3 'Okänd person: "Ingen Alls"' member add --person "Ingen Alls" --committee UBN --role ledamot
expect_fail "unknown role" 1 'Fältet "roll" kan inte vara "kung".*ordförande' member add --person "Åsa Ek" --committee UBN --role kung
expect_fail "unknown field" 1 'Okänt fält "colour"' person add --name "X Y" --colour blå
unchanged "unknown references"

expect_fail "duplicate person" 1 'Personen "Åsa Ek" finns redan' person add --name "Åsa Ek" --party S
expect_fail "duplicate, other case" 1 'finns redan' person add --name "åsa ek" --party S
unchanged "duplicate person"
expect_fail "duplicate dnr" 1 'Diarienumret UBN 2024/1 finns redan' case add --dnr "UBN 2024/1" --title X
expect_fail "duplicate committee code" 1 'finns redan' committee add --code UBN --name Annan
unchanged "duplicates"

bad_utf8=$(printf 'Budget \377\376 2024')
expect_fail "non-UTF-8 bytes" 1 'Fältet "titel" är inte giltig UTF-8' case edit "UBN 2024/1" --title "$bad_utf8"
esc=$(printf 'Rubrik \033[31mröd')
expect_fail "control character" 1 'Fältet "namn" innehåller ett otillåtet styrtecken \(U\+001B\)' person add --name "$esc"
nl=$(printf 'Två\nrader')
expect_fail "newline in a one-line field" 1 'styrtecken \(U\+000A\)' committee edit UBN --name "$nl"
unchanged "bad text"

head -c 1048576 /dev/zero | tr '\0' 'a' > "$TMP/big.txt"
expect_fail "1 MB title" 1 'Fältet "titel" är för långt: 1048576 tecken \(högst 1000\)' case edit "UBN 2024/1" --title-file "$TMP/big.txt"
expect_fail "1 MB proposal" 1 'Fältet "förslag till beslut" är för långt: 1048576 tecken \(högst 100000\)' case edit "UBN 2024/1" --proposal-file "$TMP/big.txt"
expect_fail "1 MB name" 1 'Fältet "namn" är för långt' person add --name-file "$TMP/big.txt"
unchanged "very long fields"

expect_fail "several fields: all or nothing" 1 'Fältet "status"' case edit "UBN 2024/1" --title "Ny titel" --status okänd
unchanged "half an edit is not saved"

expect_fail "bad dnr pattern" 1 'dnr_pattern' setting set dnr_pattern "{Q}"
expect_fail "unknown setting" 1 'Okänd inställning "färg"' setting set färg blå
unchanged "settings"

# Not a database at all.
printf 'Detta är ett protokoll, inte en databas.\n' > "$TMP/text.db"
cp "$TMP/text.db" "$TMP/text.orig"
expect_fail "text file" 4 'inte en namnd-databas' --db "$TMP/text.db" case list
if cmp -s "$TMP/text.db" "$TMP/text.orig"; then ok; else bad "text file was changed"; fi

# Another program's SQLite database.
sqlite3 "$TMP/other.db" "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
cp "$TMP/other.db" "$TMP/other.orig"
expect_fail "foreign SQLite file" 4 'SQLite-databas men inte en namnd-databas' --db "$TMP/other.db" committee add --code A --name B
if cmp -s "$TMP/other.db" "$TMP/other.orig"; then ok; else bad "foreign database was changed"; fi

# A database from a newer namnd is refused and not touched.
cp "$NAMND_DB" "$TMP/newer.db"
sqlite3 "$TMP/newer.db" "PRAGMA user_version = 99"
cp "$TMP/newer.db" "$TMP/newer.orig"
expect_fail "newer schema" 4 "schemaversion 99.*version $SCHEMA_LATEST" --db "$TMP/newer.db" case list
if cmp -s "$TMP/newer.db" "$TMP/newer.orig"; then ok; else bad "newer database was changed"; fi

# Missing database for a reading verb: not created by accident.
expect_fail "missing database" 3 'finns inte' --db "$TMP/nope.db" case list
if [ -e "$TMP/nope.db" ]; then bad "reading verb created a database"; else ok; fi

# A read-only database: readable, writes refused. Root ignores file
# modes, so the test runs namnd as an unprivileged user when it is root.
cp "$NAMND_DB" "$TMP/ro.db"
chmod 444 "$TMP/ro.db"
ro_run() {
	if [ "$(id -u)" = 0 ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups env NAMND_TODAY=$NAMND_TODAY "$NAMND" --db "$TMP/ro.db" "$@"
	else
		"$NAMND" --db "$TMP/ro.db" "$@"
	fi
}
ro_before=$(sha256sum < "$TMP/ro.db")
# Reading needs SQLite's shared-memory file beside a WAL database; where
# that cannot be made, namnd must say so rather than fail obscurely.
if ro_run case list > "$TMP/out" 2>"$TMP/err"; then
	grep -q "Ett ärende" "$TMP/out" && ok || bad "read-only list shows the ärende"
else
	grep -q "skrivskyddad" "$TMP/err" && ok || bad "read-only read message: $(cat "$TMP/err")"
fi
ro_run person add --name "Ny Person" > "$TMP/out" 2>"$TMP/err"
rc=$?
eq "write to read-only database exits 4" 4 "$rc"
grep -q "skrivskyddad" "$TMP/err" && ok || bad "read-only message: $(cat "$TMP/err")"
eq "read-only database unchanged" "$ro_before" "$(sha256sum < "$TMP/ro.db")"

# Usage errors.
expect_fail "unknown verb" 2 'okänt kommando "frobnicate"' frobnicate
expect_fail "option without value" 2 '--title behöver ett värde' case add --title
expect_fail "bad limit" 2 '--limit' case list --limit -3

# What the user typed is quoted in messages, but never with its control
# characters: an escape sequence must not reach the terminal.
esc_verb=$(printf 'x\033]0;hack\007')
run "$esc_verb"
if printf '%s' "$err" | grep -q "$(printf '\033')"; then bad "ESC reached stderr"; else ok; fi
run setting set "$(printf 'k\033[2J')" v
if printf '%s' "$err" | grep -q "$(printf '\033')"; then bad "ESC in setting key reached stderr"; else ok; fi
has_err() { printf '%s\n' "$err" | grep -qE -- "$1" && ok || bad "stderr lacks '$1': $err"; }
has_err "Okänd inställning"

unchanged "after all bad input"
# Found by a newcomer's test: each of these once slipped through.
run search "$(printf 'X\033]0;pwned\007Y')"
if printf '%s' "$out$err" | grep -q "$(printf '\033')"; then bad "search echoed ESC"; else ok; fi
expect_fail "dnr_series setting must be a series" 1 'dnr_series.*"UBN X"' setting set dnr_series "UBN X"
: > "$TMP/empty.db"
chmod 644 "$TMP/empty.db"
expect_fail "an empty file is not silently made a database" 4 "tom och ingen namnd-databas" --db "$TMP/empty.db" case list
eq "empty file left empty" 0 "$(stat -c %s "$TMP/empty.db")"
expect_ok "init makes it a database" --db "$TMP/empty.db" init
eq "and private" 600 "$(stat -c %a "$TMP/empty.db")"
expect_ok "agenda up to the evening" agenda add 1 --title Lång --minutes 600 --kind information
before=$(fingerprint)
expect_fail "agenda past midnight" 1 "sluta kl. 06.30 nästa dag.*senast 24.00" agenda add 1 --title Längre --minutes 720 --kind information --at 1
expect_fail "moving the meeting later pushes it past midnight" 1 "senast 24.00" meeting edit 1 --time 18.00
expect_fail "end before start named" 1 'Fältet "till" kan inte vara "2026-01-01"' member add --person "Åsa Ek" --committee UBN --role ledamot --from 2027-01-01 --to 2026-01-01
expect_fail "required value emptied" 1 'Fältet "starttid" kan inte vara tomt' meeting edit 1 --time ""
expect_fail "utskott without nämnd" 1 'går inte ihop.*--parent' committee add --code AU --name Utskott --kind arbetsutskott
unchanged "refused changes"
expect_ok "remove the long item" agenda rm "$(sqlite3 -readonly "$NAMND_DB" "SELECT id FROM agenda_item WHERE title = 'Lång'")"


finish
