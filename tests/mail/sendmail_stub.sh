#!/bin/sh
# A stand-in for "sendmail -t -oi" in the tests: keeps each message it is
# given as $SENDMAIL_DIR/N.eml and its arguments as N.args, then exits
# with $SENDMAIL_STATUS (default 0; 75 is sendmail's "try again later").
n=$(ls "$SENDMAIL_DIR" | grep -c '\.eml$')
n=$((n + 1))
printf '%s\n' "$*" >"$SENDMAIL_DIR/$n.args"
cat >"$SENDMAIL_DIR/$n.eml"
exit "${SENDMAIL_STATUS:-0}"
