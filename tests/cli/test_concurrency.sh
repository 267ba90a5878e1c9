#!/bin/sh
# Diarienummer are allocated atomically: four programs registering
# ärenden at the same time get every number once, with no gaps.
. tests/cli/lib.sh

expect_ok "committee" committee add --code UBN --name Utbildningsnämnden
for w in 1 2 3 4; do
	(
		i=0
		while [ $i -lt 15 ]; do
			"$NAMND" case add --committee UBN --title "Ärende $w-$i" >/dev/null 2>>"$TMP/err$w" || echo x >> "$TMP/fails"
			i=$((i + 1))
		done
	) &
done
wait
eq "no registration failed" "" "$(cat "$TMP/fails" 2>/dev/null; cat "$TMP"/err? 2>/dev/null)"
nums=$(sqlite3 -readonly "$NAMND_DB" "SELECT dnr_number FROM cases WHERE dnr_series = 'UBN' AND dnr_year = 2024 ORDER BY dnr_number" | tr '\n' ' ')
eq "numbers 1..60, each once" "$(seq 1 60 | tr '\n' ' ')" "$nums"
expect_ok "next one continues" case add --committee UBN --title "Efter"
has "61 follows" "UBN 2024/61"
# Another program in the middle of a long write does not stop namnd from
# reading (WAL; opening a current database takes no lock), even past the
# 5 s that a write would wait.
printf "BEGIN IMMEDIATE;\nINSERT INTO dnr_counter VALUES ('X', 2024, 1);\n" > "$TMP/w.sql"
(cat "$TMP/w.sql"; sleep 7; printf 'COMMIT;\n') | sqlite3 "$NAMND_DB" &
sleep 0.5
expect_ok "read while another program writes" case list --limit 1
wait
# A shorter write is waited for instead of failing at once.
(cat "$TMP/w.sql" | sed "s/'X'/'Y'/"; sleep 2; printf 'COMMIT;\n') | sqlite3 "$NAMND_DB" &
sleep 0.5
expect_ok "write waits for the other program" case add --committee UBN --title "Väntar"
wait

finish
