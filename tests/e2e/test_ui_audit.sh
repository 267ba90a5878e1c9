#!/bin/sh
# The audit log's chain checked from the UI (issue 11: the CLI and the UI
# are equal): L on the Översikt runs the same check as 'namnd audit
# verify' and shows its result on the message line: the chain holds, and
# its latest link to note outside the file; or, when a row has been
# changed behind namnd's back, that the log has been altered and which
# row. The CLI, run on the same file, says the same.
. tests/e2e/lib.sh

demo_db
ui 100 24
see "the Översikt" "^ namnd — "
keys L
see "L: the chain holds" "Kedjan håller: [0-9]+ rader, [0-9]+ i kedjan"
see "with the latest link to note" "Senaste länken \(anteckna den utanför filen\):"
look
# The link may wrap onto the next line: join the message's lines.
ui_head=$(printf '%s\n' "$screen" | tr -d '\n ' | grep -oE 'filen\):[0-9a-f]{64}' | cut -d: -f2)
quit_ui

run audit verify
cli_head=$(printf '%s\n' "$out" | sed -n 's/^Senaste länken: //p')
if [ -n "$cli_head" ] && [ "$ui_head" = "$cli_head" ]; then ok; else
	bad "the UI's latest link '$ui_head' is not the CLI's '$cli_head'"; fi
has "CLI: the chain holds" "^Kedjan håller\.$"

# A row changed behind namnd's back (its trigger dropped first).
n=$(sqlite3 "$NAMND_DB" "SELECT max(id) FROM audit_log")
row=$((n - 4))
sqlite3 "$NAMND_DB" "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET who = 'någon annan' WHERE id = $row"
ui 100 24
see "the Översikt again" "^ namnd — "
keys L
see "L: the log has been altered" "Granskningsloggen har ändrats: 1 fel i kedjan"
see "naming the row" "Rad $row stämmer inte med kedjan"
not_see "no longer says it holds" "Kedjan håller"
quit_ui

expect_fail "CLI: the same row" 1 "granskningsloggen har ändrats: 1 fel" audit verify
has "CLI: naming the row" "^Rad $row stämmer inte med kedjan"
finish
