#!/bin/sh
# Kallelse and föredragningslista of a meeting like the seed's, built
# through the CLI: text compared with hand-written golden files, xlsx read
# by openpyxl, confidential items left out of the public rendering, and
# exports that fail without leaving anything behind.
. tests/cli/lib.sh
. tests/fixtures/seed_meeting.sh
GOLDEN=$(pwd)/tests/golden

seed_register
seed_agenda

# golden DESC FILE ARGS…: stdout of namnd ARGS equals the golden file.
golden() {
	d=$1 f=$2
	shift 2
	"$NAMND" "$@" >"$TMP/got" 2>"$TMP/err"
	if cmp -s "$TMP/got" "$GOLDEN/$f"; then ok; else
		bad "$d differs from $f:"
		diff "$GOLDEN/$f" "$TMP/got" | head -20
	fi
}

golden "kallelse as text" kallelse_seed.txt kallelse UBNAU:2023-12-06
golden "föredragningslista as text" agenda_seed.txt agenda export UBNAU:2023-12-06
expect_ok "kallelse to a file" kallelse UBNAU:2023-12-06 --out "$TMP/kallelse.txt"
if cmp -s "$TMP/kallelse.txt" "$GOLDEN/kallelse_seed.txt"; then ok; else bad "file differs from stdout"; fi

# Every line fits the width asked for.
for w in 60 72 100; do
	run kallelse UBNAU:2023-12-06 --width $w
	# Characters, not bytes: å ä ö are one column each.
	long=$(printf '%s\n' "$out" | /usr/bin/python3 -c "import sys; print(sum(len(l.rstrip('\n')) > $w for l in sys.stdin))")
	eq "no line wider than $w" 0 "$long"
done
run agenda export UBNAU:2023-12-06 --width 60
has "narrow: titles wrap inside their column" "^1   Fastställande av     UBN  +08.05–08.10$"
has "narrow: the rest of the title on the next line" "^    föredragningslistan  2023/1$"
# A dnr's number is never cut ("2023/10-" "9" would read as another one):
# the titles give up the width instead.
has "narrow: the dnr's number whole" "^    .*  2023/109( |$)"
hasnt "narrow: no dnr cut" "2023/[0-9]*-"

# Confidential: marked in the full rendering, details left out with --public.
expect_ok "confidential item" agenda set "$(sqlite3 "$NAMND_DB" "SELECT a.id FROM agenda_item a JOIN cases c ON c.id = a.case_id WHERE c.dnr_number = 428")" \
	--confidential ja --secrecy "OSL 26 kap. 1 §"
run agenda export UBNAU:2023-12-06
has "marked in the full list" "^7   \[sekretess\] Remiss -"
run agenda export UBNAU:2023-12-06 --public
has "public: only the ground, dnr and time" "^7   Sekretess enligt OSL 26     UBN 2023/428 +09.30–09.35$"
has "public: the ground wraps" "^    kap. 1 §$"
hasnt "public: no title" "Samverkansavtal"
hasnt "public: no presenter" "^7 .*Förvaltningschef"
# A person presenting is invited; not named in public for a confidential item.
expect_ok "presenter" person add --name "Lars Sand" --title skolskjutssamordnare
expect_ok "presents the confidential item" agenda set "$(sqlite3 "$NAMND_DB" "SELECT a.id FROM agenda_item a JOIN cases c ON c.id = a.case_id WHERE c.dnr_number = 428")" \
	--presenter "Lars Sand"
run kallelse UBNAU:2023-12-06
has "presenter among the invited" "^           Lars Sand, skolskjutssamordnare$"
run kallelse UBNAU:2023-12-06 --public
hasnt "public: presenter of a confidential item not named" "Lars Sand"
expect_ok "back to the role" agenda set "$(sqlite3 "$NAMND_DB" "SELECT a.id FROM agenda_item a JOIN cases c ON c.id = a.case_id WHERE c.dnr_number = 428")" \
	--role Förvaltningschef
expect_ok "a confidential ärende" case edit "UBN 2023/395" --confidential ja
run kallelse UBNAU:2023-12-06 --public
has "an ärende's sekretess applies to its item" "^9   Sekretess  +UBN 2023/395"
hasnt "public kallelse: no title" "brandskydd"

# xlsx, read by openpyxl.
expect_ok "föredragningslista as xlsx" agenda export UBNAU:2023-12-06 --out "$TMP/lista.xlsx"
has "says where it wrote" "Skrev föredragningslistan till .*lista.xlsx"
expect_ok "title that looks like a formula" case edit "UBN 2023/422" --title "=SUM(A1:A9) Internkontrollplan"
expect_ok "kallelse as xlsx" kallelse UBNAU:2023-12-06 --format xlsx --out "$TMP/kallelse.xlsx"
if /usr/bin/python3 tests/xlsx/check_agenda.py "$TMP/lista.xlsx" "$TMP/kallelse.xlsx"; then ok; else bad "xlsx check"; fi

# Bad export paths: a Swedish message naming the folder, nothing written.
before=$(fingerprint)
expect_fail "missing folder" 4 "Mappen $TMP/saknas finns inte" kallelse UBNAU:2023-12-06 --out "$TMP/saknas/k.txt"
mkdir "$TMP/ro" && chmod 555 "$TMP/ro"
if [ "$(id -u)" != 0 ]; then
	expect_fail "folder not writable" 4 "Kan inte skriva i mappen $TMP/ro" kallelse UBNAU:2023-12-06 --out "$TMP/ro/k.xlsx"
fi
eq "nothing left in the folder" "" "$(ls -A "$TMP/ro")"
# Even root cannot create files in /proc.
expect_fail "folder that takes no files" 4 "Kan inte skriva i mappen /proc \(.*\); /proc/k.txt skrevs inte" \
	kallelse UBNAU:2023-12-06 --out /proc/k.txt
touch "$TMP/file"
expect_fail "a file is no folder" 4 "$TMP/file är ingen mapp" kallelse UBNAU:2023-12-06 --out "$TMP/file/k.txt"
expect_fail "xlsx needs a file" 2 "ange --out" kallelse UBNAU:2023-12-06 --format xlsx
expect_fail "unknown format" 1 "Formatet \"pfd\" finns inte" kallelse UBNAU:2023-12-06 --format pfd --out "$TMP/k.pdf"
expect_fail "width out of range" 2 "--width ska vara ett tal 60–400" kallelse UBNAU:2023-12-06 --width 20
expect_fail "unknown meeting" 3 "Inget sammanträde" kallelse UBNAU:2023-12-07
eq "database unchanged by exports" "$before" "$(fingerprint)"
# An existing file is replaced (with --force) whole, never left half-written.
echo old > "$TMP/k.txt"
expect_ok "replace a file" kallelse UBNAU:2023-12-06 --out "$TMP/k.txt" --force
if ! grep -q old "$TMP/k.txt" && [ "$(ls -A "$TMP" | grep -c '^\.k\.txt')" = 0 ]; then ok; else bad "replaced file"; fi
# Long names reach the kallelse whole: a 200-character name and
# organisation (400 bytes each) with a role.
long_name=$(printf 'Ø%.0s' $(seq 200))
long_org=$(printf 'Æ%.0s' $(seq 200))
expect_ok "long person" person add --name "$long_name" --org "$long_org"
expect_ok "long member" member add --person "$long_name" --committee UBNAU --role "2:e vice ordförande" \
	--from 2023-01-01
expect_ok "kallelse with the long name" kallelse UBNAU:2023-12-06
counts=$(printf '%s\n' "$out" | /usr/bin/python3 -c "import sys; t = sys.stdin.read(); print(t.count('Ø'), t.count('Æ'), '2:e vice ordförande' in ' '.join(t.split()))")
eq "name, organisation and role whole" "200 200 True" "$counts"
finish
