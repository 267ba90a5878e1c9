#!/bin/sh
# Runs every test program given as arguments (cmocka unit tests) and then
# every tests/cli/*.sh and tests/e2e/*.sh script (e2e: the UI driven in
# tmux), and prints one closing line
# "check: N passed, N failed". Exits non-zero when anything failed.
passed=0
failed=0
log=$(mktemp)
# Every statement the tests run, for the query-plan check at the end.
NAMND_SQL_LOG=$(mktemp)
export NAMND_SQL_LOG
trap 'rm -f "$log" "$NAMND_SQL_LOG"' EXIT

count() { # $1 = log file
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$1" | awk '{s+=$1} END {print s+0}')
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$1" | awk '{s+=$1} END {print s+0}')
	p2=$(sed -n 's/^cli: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$1" | awk '{s+=$1} END {print s+0}')
	f2=$(sed -n 's/^cli: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$1" | awk '{s+=$1} END {print s+0}')
	passed=$((passed + p + p2))
	failed=$((failed + f + f2))
}

# The unit tests run raw SQL of their own (the lock tests' attacks on a
# justerat protokoll, counts to check a write); the plan check is about the
# statements the CLI and the UI run, so they are not logged.
for t in "$@"; do
	echo "== $t"
	if ! env -u NAMND_SQL_LOG "$t" >"$log" 2>&1; then
		cat "$log"
		count "$log"
		# A crash (sanitizer) may leave no cmocka summary: count it.
		grep -q '^\[  FAILED  \]' "$log" || failed=$((failed + 1))
	else
		grep -E '^\[  (PASSED|FAILED)  \]' "$log"
		count "$log"
	fi
done

for s in tests/cli/*.sh tests/e2e/*.sh; do
	[ -f "$s" ] || continue
	case "$s" in */lib.sh) continue ;; esac
	echo "== $s"
	if ! sh "$s" >"$log" 2>&1; then
		cat "$log"
		count "$log"
		grep -q '^cli: ' "$log" || failed=$((failed + 1))
	else
		grep -E '^(FAIL|cli: )' "$log"
		count "$log"
	fi
done

# The statements run above, each planned: none may read a whole large
# table (tests/unit/query_plans.c).
plans=${BUILD:-build/release}/tests/query_plans
if [ -x "$plans" ]; then
	echo "== $plans"
	if ! "$plans" "$NAMND_SQL_LOG" >"$log" 2>&1; then
		cat "$log"
		count "$log"
		grep -q '^\[  FAILED  \]' "$log" || failed=$((failed + 1))
	else
		grep -E '^(\[  (PASSED|FAILED)  \]|query plans:)' "$log"
		count "$log"
	fi
fi

echo "check: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
