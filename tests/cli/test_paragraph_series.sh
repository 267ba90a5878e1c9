#!/bin/sh
# One § series for several bodies (issue 12, item 2): Kommunstyrelsen and
# its arbetsutskott number their paragraphs in one series through the
# year; numbering a meeting renumbers the series' later meetings of both
# bodies. Compared with the hand-written golden files
# tests/golden/beslutslista_series_*.txt.
. tests/cli/lib.sh
export NAMND_TODAY=2024-01-05
n() { expect_ok "$*" "$@"; }
same() { # DESC GOLDEN FILE
	if cmp -s "$2" "$3"; then ok; else bad "$1 differs:"; diff "$2" "$3"; fi
}

n init
n committee add --code KS --name Kommunstyrelsen --kind styrelse
n committee add --code KSAU --name "Kommunstyrelsens arbetsutskott" --parent KS --series-with KS
run committee show KSAU
has "shown" "^Numrering +§ i serie med KS$"
run committee show KS
has "the series' own body" "^Numrering +§ genom året$"
n meeting add --committee KS --date 2024-01-10
n meeting add --committee KSAU --date 2024-01-17
n meeting add --committee KS --date 2024-02-07
n agenda add KS:2024-01-10 --kind information --title "Information om bostadsbolaget"
n agenda add KS:2024-01-10 --kind information --title "Rapport från regionen"
n agenda add KS:2024-01-10 --kind information --title "Ekonomisk lägesrapport"
n agenda add KSAU:2024-01-17 --kind information --title "Budgetuppföljning"
n agenda add KSAU:2024-01-17 --kind information --title "Motion om cykelbanor"
n agenda add KS:2024-02-07 --kind information --title "Årsplan"
n agenda add KS:2024-02-07 --kind information --title "Delegationsordning"
# The series starts at 1 for the year, set through either body.
n paragraph start --committee KSAU --year 2024 --first 1
n paragraph number KS:2024-01-10
has "KS January" "§§ 1–3"
n paragraph number KSAU:2024-01-17
has "the AU follows on" "§§ 4–5"
n paragraph number KS:2024-02-07
has "KS February after the AU" "§§ 6–7"
# An item added to the AU's meeting: the AU renumbers, and KS's later
# meeting follows.
n agenda add KSAU:2024-01-17 --kind information --title "Ny taxa"
n paragraph number KSAU:2024-01-17
has "the AU grows" "§§ 4–6"
n paragraph set KSAU:2024-01-17 4 --decision "Godkänd."
n paragraph set KSAU:2024-01-17 5 --decision "Bereds vidare."
n paragraph set KSAU:2024-01-17 6 --decision "Godkänd."
n paragraph set KS:2024-02-07 7 --decision "Antagen."
n paragraph set KS:2024-02-07 8 --decision "Antagen."
"$NAMND" beslutslista KSAU:2024-01-17 > "$TMP/au.txt" 2>"$TMP/err"
same "the AU's beslutslista" tests/golden/beslutslista_series_au.txt "$TMP/au.txt"
"$NAMND" beslutslista KS:2024-02-07 > "$TMP/ks.txt" 2>"$TMP/err"
same "KS's beslutslista" tests/golden/beslutslista_series_ks.txt "$TMP/ks.txt"
# Search shows each paragraph with its own body, not the series'.
run search cykelbanor
has "the AU's paragraph under KSAU" "§ 5, KSAU 2024-01-17"

# A body alone keeps its own series beside them.
n committee add --code UBN --name Utbildningsnämnden
n meeting add --committee UBN --date 2024-01-24
n agenda add UBN:2024-01-24 --kind information --title "Skolval"
n paragraph number UBN:2024-01-24
has "own series from 1" "§ 1"

# One series, one keeper: no chains, not its own, not after numbering.
expect_fail "own series" 1 "Fältet \"paragrafserie med\" kan inte vara \"KS\"" committee edit KS --series-with KS
expect_fail "no chain" 1 "KSAU delar själv en annan nämnds serie" committee edit UBN --series-with KSAU
expect_fail "a keeper does not share" 1 "KSAU delar organets serie" committee edit KS --series-with UBN
expect_fail "not after numbering" 1 "har redan numrerade paragrafer \(2024\) i en annan serie" committee edit UBN --series-with KS
run committee show UBN
has "refused whole" "^Numrering +§ genom året$"
# Leaving the series after numbering is refused the same way.
expect_fail "leaving after numbering" 1 "har redan numrerade paragrafer" committee edit KSAU --series-with ""

# A file made by the previous schema upgrades; its bodies keep their own
# series until set.
/usr/bin/python3 - "$TMP/old.db" <<'PY'
import sqlite3, sys
sys.path.insert(0, 'tests/cli')
from old_schema import made_by
con = made_by(sys.argv[1], 20)
con.execute("INSERT INTO committee (id, code, name, kind) VALUES (1, 'KS', 'Kommunstyrelsen', 'styrelse')")
con.execute("INSERT INTO committee (id, code, name, kind, parent_id) VALUES (2, 'KSAU', 'KS AU', 'arbetsutskott', 1)")
con.commit()
PY
run --db "$TMP/old.db" committee show KSAU
has "upgraded: own series" "^Numrering +§ genom året$"
expect_ok "upgraded: shares KS's series" --db "$TMP/old.db" committee edit KSAU --series-with KS
eq "upgraded to the latest version" "$SCHEMA_LATEST" "$(sqlite3 "$TMP/old.db" 'PRAGMA user_version')"
eq "the change is audited" "1" "$(sqlite3 "$TMP/old.db" "SELECT json_extract(new, '$.series_id') FROM audit_log WHERE tbl = 'committee_series' ORDER BY id DESC LIMIT 1")"

finish
