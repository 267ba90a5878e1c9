# Helpers for the CLI tests: each test script sources this, calls the
# real binary ($NAMND_BIN) and ends with `finish`, which prints
# "cli: N passed, N failed".
set -u
NAMND=${NAMND_BIN:-build/release/namnd}
case $NAMND in /*) ;; *) NAMND=$(pwd)/$NAMND ;; esac
TMP=$(mktemp -d)
chmod 755 "$TMP"
trap 'rm -rf "$TMP"' EXIT
export NAMND_DB="$TMP/test.db"
export NAMND_TODAY=2024-03-12
export NAMND_USER=testare
unset XDG_DATA_HOME
pass=0
fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# run ARGS…: runs namnd, keeps stdout in $out, stderr in $err, status in $rc.
run() {
	"$NAMND" "$@" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	out=$(cat "$TMP/out")
	err=$(cat "$TMP/err")
	# A sanitizer report is always a failure, whatever the test expects.
	if grep -q 'Sanitizer' "$TMP/err"; then
		bad "sanitizer report for: namnd $*"
		cat "$TMP/err"
	fi
}

# expect_ok DESC ARGS…: command succeeds.
expect_ok() {
	d=$1; shift
	run "$@"
	if [ "$rc" -eq 0 ]; then ok; else bad "$d: exit $rc: $err"; fi
}

# expect_fail DESC CODE PATTERN ARGS…: command fails with exit CODE and a
# message on stderr matching PATTERN (grep -E).
expect_fail() {
	d=$1; code=$2; pat=$3; shift 3
	run "$@"
	if [ "$rc" -ne "$code" ]; then
		bad "$d: expected exit $code, got $rc (stderr: $err)"
	elif ! printf '%s\n' "$err" | grep -qE -- "$pat"; then
		bad "$d: stderr does not match '$pat': $err"
	else
		ok
	fi
}

# has DESC PATTERN: the last stdout contains a line matching PATTERN.
has() {
	if printf '%s\n' "$out" | grep -qE -- "$2"; then ok; else bad "$1: no line matches '$2' in:
$out"; fi
}

# hasnt DESC PATTERN
hasnt() {
	if printf '%s\n' "$out" | grep -qE -- "$2"; then bad "$1: unexpected '$2' in:
$out"; else ok; fi
}

# eq DESC EXPECTED ACTUAL
eq() {
	if [ "$2" = "$3" ]; then ok; else bad "$1: expected '$2', got '$3'"; fi
}

# The schema version this checkout writes: the number of its newest
# migration (schema/NNN_name.sql).
SCHEMA_LATEST=$(ls schema | sed -n 's/^0*\([0-9][0-9]*\)_.*\.sql$/\1/p' | sort -n | tail -1)

# A fingerprint of everything in a database, read by SQLite's own shell,
# not by namnd: equal fingerprints mean no change.
fingerprint() {
	sqlite3 -readonly "${1:-$NAMND_DB}" .dump 2>/dev/null | sha256sum | cut -d' ' -f1
}

finish() {
	echo "cli: $pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}
