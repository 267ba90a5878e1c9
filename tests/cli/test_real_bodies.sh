#!/bin/sh
# Real meetings as they are written (issue 12): derived dates on open
# days, body codes with digits, and a database made by the previous
# schema upgrading to this one.
. tests/cli/lib.sh

expect_ok "init" init
expect_ok "nämnd" committee add --code UBN --name Utbildningsnämnden --time 13.00

# Meeting Wednesday 2024-01-10, nothing done yet: justering due 01-24, the
# anslag 01-26 (Friday), whose 21st day is Friday 02-16. The notice comes
# down on the first weekday after: Monday 02-19, not Saturday 02-17.
expect_ok "meeting" meeting add --committee UBN --date 2024-01-10
run deadlines UBN:2024-01-10
has "appeal period ends on a Friday" "^Överklagandetiden går ut +2024-02-16 fredag"
has "notice taken down on Monday" "^Anslaget tas ned +2024-02-19 måndag"
# Meeting Tuesday 2024-12-10: the 14th day is julafton, so the justering
# may wait until Friday 12-27 (juldagen and annandag jul are closed); the
# second day after is Sunday 12-29, so the anslag is due Monday 12-30.
expect_ok "meeting before Christmas" meeting add --committee UBN --date 2024-12-10
run deadlines UBN:2024-12-10
has "justering past Christmas" "^Justering senast +2024-12-27 fredag"
has "anslag past the weekend" "^Anslag senast +2024-12-30 måndag"
has "appeal ends 21 days later" "^Överklagandetiden går ut +2025-01-20 måndag"
has "down the next day" "^Anslaget tas ned +2025-01-21 tisdag"
# Seven days before Thursday 2024-06-13 is nationaldagen: the kallelse
# goes out on Wednesday 06-05.
expect_ok "meeting after nationaldagen" meeting add --committee UBN --date 2024-06-13
run deadlines UBN:2024-06-13
has "kallelse before the holiday" "^Kallelse senast +2024-06-05 onsdag"

# A body code with a digit (Trafiknämnd 1, "T1"): its ärenden are in its
# own series.
expect_ok "body T1" committee add --code T1 --name "Trafiknämnd 1"
expect_ok "case in T1's series" case add --committee T1 --title "Parkeringsregler"
has "T1's dnr" "^Registrerade ärende T1 2024/1\.$"
expect_ok "dnr given with T1" case add --dnr "T1 2024/7" --title "Busshållplats"
run --tsv case show "t1 2024/7"
has "found in lower case" "^Titel	Busshållplats$"
run --tsv case list
has "listed with its series" "T1 2024/7"

# A database made by the previous schema (every migration before this
# one, applied by another program as the previous namnd left it) opens,
# upgrades, and takes a T1 ärende.
mine=$(ls schema | sed -n 's/^0*\([0-9][0-9]*\)_dnr_series_digits\.sql$/\1/p')
/usr/bin/python3 - "$TMP/old.db" "$mine" <<'PY'
import sqlite3, sys
sys.path.insert(0, 'tests/cli')
from old_schema import made_by
path, mine = sys.argv[1], int(sys.argv[2])
con = made_by(sys.argv[1], mine)
con.execute("INSERT INTO committee (id, code, name) VALUES (1, 'T1', 'Trafiknämnd 1')")
con.execute("INSERT INTO cases (committee_id, dnr_series, dnr_year, dnr_number, title, "
            "registered) VALUES (1, 'T', 2023, 5, 'Gammalt ärende', '2023-10-11')")
con.commit()
try:
    con.execute("INSERT INTO cases (committee_id, dnr_series, dnr_year, dnr_number, "
                "title, registered) VALUES (1, 'T1', 2023, 6, 'x', '2023-10-11')")
    print("old schema took a series with a digit")
except sqlite3.IntegrityError:
    pass
con.close()
PY
eq "previous schema refused T1" "" "$(sqlite3 "$TMP/old.db" "SELECT title FROM cases WHERE dnr_series = 'T1'")"
expect_ok "case in T1 after the upgrade" --db "$TMP/old.db" case add --committee T1 --title "Nytt ärende"
has "T1 series in the upgraded file" "^Registrerade ärende T1 2024/1\.$"
eq "upgraded to the latest version" "$SCHEMA_LATEST" "$(sqlite3 "$TMP/old.db" 'PRAGMA user_version')"
eq "old ärende kept" "T|2023|5|Gammalt ärende" "$(sqlite3 "$TMP/old.db" "SELECT dnr_series, dnr_year, dnr_number, title FROM cases WHERE dnr_number = 5")"
expect_ok "classification code after the upgrade" --db "$TMP/old.db" case add --dnr "Dnr 48/2011 042" --title "Äldre ärende"
eq "code stored" "042" "$(sqlite3 "$TMP/old.db" "SELECT dnr_class FROM cases WHERE dnr_year = 2011 AND dnr_number = 48")"
eq "file is sound" ok "$(/usr/bin/python3 -c '
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.create_collation("sv", lambda a, b: (a > b) - (a < b))
print(con.execute("PRAGMA integrity_check").fetchone()[0])' "$TMP/old.db")"
# Another program (SQLite's own shell) sees the new rule too, and the old
# rule's other half still holds: a series starts with a letter.
if sqlite3 "$TMP/old.db" "INSERT INTO cases (dnr_series, dnr_year, dnr_number, title, registered) VALUES ('1T', 2024, 9, 'y', '2024-01-01')" 2>/dev/null; then
	bad "a series starting with a digit was stored"
else ok; fi

finish
