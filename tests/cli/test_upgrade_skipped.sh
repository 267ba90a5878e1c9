#!/bin/sh
# Schema 036 (the budget table's Bokslut and plan years) reached main after
# 037-039. A file upgraded by a build from between the two is at version
# 39 without 036's columns; it must still get them, and its budget
# import must work, instead of "no column named outcome".
. tests/cli/lib.sh

/usr/bin/python3 - "$TMP/gap.db" <<'PY'
import sys
sys.path.insert(0, 'tests/cli')
from old_schema import made_by, migrations
con = made_by(sys.argv[1], 36)                     # version 35
con.execute("INSERT INTO committee (id, code, name) VALUES (1, 'UBN', 'Utbildningsnämnden')")
for number, path in migrations():
    if number in (37, 38, 39):                     # then 037-039, as main had them
        con.executescript(open(path, encoding='utf-8').read())
con.execute("PRAGMA user_version = 39")
con.commit()
PY
eq "the file has the gap" "" "$(sqlite3 "$TMP/gap.db" "SELECT name FROM pragma_table_info('budget_plan_line') WHERE name = 'outcome'")"

printf '(mnkr)\tBokslut 2023\tBudget 2024\tBudget 2025\tPlan 2026\tPlan 2027\nPolitisk verksamhet\t0,3\t0,2\t0,2\t– 1,8\t– 1,8\n' >"$TMP/sjobo.tsv"
expect_ok "a multi-year table imports into the upgraded file" --db "$TMP/gap.db" budget import --committee UBN "$TMP/sjobo.tsv"
eq "the figures are stored" "300|200|200|-1800|-1800" \
	"$(sqlite3 "$TMP/gap.db" "SELECT outcome / 100, budget / 100, budget_next / 100, plan1 / 100, plan2 / 100 FROM budget_plan_line")"
eq "at the latest version" "$SCHEMA_LATEST" "$(sqlite3 "$TMP/gap.db" 'PRAGMA user_version')"
expect_ok "the chain holds" --db "$TMP/gap.db" audit verify
# Opening it again changes nothing more.
before=$(fingerprint "$TMP/gap.db")
expect_ok "opens again" --db "$TMP/gap.db" budget show --committee UBN --year 2024
eq "no second repair" "$before" "$(fingerprint "$TMP/gap.db")"
finish
