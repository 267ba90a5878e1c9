#!/bin/sh
# Tamper evidence outside the file. The justerade protokoll of
# fixtures/protokoll.sh is signed by a justerare with namnd signera
# --key and by the ordförande with ssh-keygen on her own; its anslag and
# checksums are exported. A forger then copies the file, drops the lock
# triggers, changes a decision (in the rows and in the record made at
# justering), stores the new checksum and recreates the triggers: the
# file alone then vouches for itself, but --verify against the exported
# anslag, the per-paragraph checksums and the signatures catches it,
# while the genuine file passes. The audit log is a hash chain whose
# verify finds a deleted or altered row and a cut-off tail.
. tests/cli/lib.sh
. tests/cli/fixtures/raw.sh
. tests/cli/fixtures/meeting.sh
. tests/cli/fixtures/protokoll.sh
q() { sqlite3 -readonly "$NAMND_DB" "$1"; }

fixture_protokoll
mid=$(q "SELECT id FROM meeting WHERE date = '2024-03-20'")
expect_ok "anslag exported" anslag $MEETING --out "$TMP/anslag.txt"
expect_ok "anslag exported as PDF" anslag $MEETING --out "$TMP/anslag.pdf"
expect_ok "anslag exported as xlsx" anslag $MEETING --out "$TMP/anslag.xlsx"
"$NAMND" protokoll $MEETING --checksums > "$TMP/sums.txt"
"$NAMND" protokoll $MEETING --canonical > "$TMP/canon.txt"
# The sums are those of the canonical text, by coreutils.
eq "whole sum is sha256sum of the canonical text" \
	"$(sha256sum "$TMP/canon.txt" | cut -d' ' -f1)  protokoll" "$(head -1 "$TMP/sums.txt")"
eq "one sum per paragraph" 5 "$(grep -c '  § ' "$TMP/sums.txt")"

# Keys: the justerare's and the ordförande's, and a stranger's.
for k in olof karin stranger; do
	ssh-keygen -q -t ed25519 -N '' -C "$k" -f "$TMP/$k" || bad "ssh-keygen $k"
done
{
	echo "olof.ek@exempelstad.se namespaces=\"namnd-protokoll\" $(cut -d' ' -f1,2 "$TMP/olof.pub")"
	echo "karin.aberg@exempelstad.se namespaces=\"namnd-protokoll\" $(cut -d' ' -f1,2 "$TMP/karin.pub")"
} > "$TMP/allowed_signers"
expect_ok "setting names the allowed signers" setting set allowed_signers "$TMP/allowed_signers"

expect_ok "signed by a justerare through namnd" signera $MEETING --key "$TMP/olof"
ssh-keygen -q -Y sign -f "$TMP/karin" -n namnd-protokoll "$TMP/canon.txt" 2>/dev/null || bad "karin signs"
expect_ok "signed by the ordförande with ssh-keygen" signera $MEETING --signature "$TMP/canon.txt.sig"
# Anyone can check her signature without namnd.
if ssh-keygen -Y verify -f "$TMP/allowed_signers" -I karin.aberg@exempelstad.se -n namnd-protokoll \
	-s "$TMP/canon.txt.sig" < "$TMP/canon.txt" >/dev/null 2>&1; then ok; else bad "ssh-keygen -Y verify"; fi
# A signature of something else, or in another namespace, is refused.
echo "annan text" > "$TMP/other.txt"
ssh-keygen -q -Y sign -f "$TMP/karin" -n namnd-protokoll "$TMP/other.txt" 2>/dev/null
expect_fail "signature of another text refused" 1 "gäller inte protokollets kanoniska text" \
	signera $MEETING --signature "$TMP/other.txt.sig"
cp "$TMP/canon.txt" "$TMP/canon2.txt"
ssh-keygen -q -Y sign -f "$TMP/karin" -n file "$TMP/canon2.txt" 2>/dev/null
expect_fail "signature in another namespace refused" 1 "namnrymden namnd-protokoll" \
	signera $MEETING --signature "$TMP/canon2.txt.sig"
expect_fail "a key or a signature" 1 "antingen --key" signera $MEETING
eq "two signatures kept" 2 "$(q "SELECT count(*) FROM justering_signature WHERE meeting_id = $mid")"
if res=$(sqlite3 "$NAMND_DB" "DELETE FROM justering_signature" 2>&1); then bad "signature deleted"; else
	case $res in *"kan inte tas bort"*) ok ;; *) bad "signature delete: $res" ;; esac; fi

# The genuine file passes every check.
expect_ok "genuine: verify" protokoll $MEETING --verify --against "$TMP/anslag.txt"
has "stored sum" "^Kontrollsumman stämmer: "
has "anslag sum" "^Kontrollsumman stämmer med $TMP/anslag.txt\.$"
has "olof's signature" "^Underskrift 1 \(2024-03-26\): olof.ek@exempelstad.se – gäller\.$"
has "karin's signature" "^Underskrift 2 \(2024-03-26\): karin.aberg@exempelstad.se – gäller\.$"
expect_ok "genuine: against the PDF anslag" protokoll $MEETING --verify --against "$TMP/anslag.pdf"
has "PDF anslag sum" "^Kontrollsumman stämmer med $TMP/anslag.pdf\.$"
expect_fail "an xlsx anslag is named as such" 2 "varken text eller PDF" \
	protokoll $MEETING --verify --against "$TMP/anslag.xlsx"
expect_ok "genuine: per paragraph" protokoll $MEETING --verify --against "$TMP/sums.txt"
has "every paragraph" "^Varje paragraf stämmer"
expect_ok "genuine: --hash" protokoll $MEETING --verify --hash "$(sha256sum "$TMP/canon.txt" | cut -d' ' -f1)"
expect_fail "--hash that differs" 1 "stämmer inte med --hash" protokoll $MEETING --verify --hash "$(printf '%064d' 0)"
expect_fail "--hash not a sum" 2 "ingen SHA-256" protokoll $MEETING --verify --hash abc
expect_fail "--against without a sum" 2 "ingen kontrollsumma" protokoll $MEETING --verify --against "$TMP/other.txt"
cp "$TMP/allowed_signers" "$TMP/only_olof"
sed -i '/karin/d' "$TMP/only_olof"
expect_fail "a key the file does not allow" 1 "1 av 2 underskrifter håller inte" \
	protokoll $MEETING --verify --allowed-signers "$TMP/only_olof"
has "named as not allowed" "^Underskrift 2 .*okänd nyckel – gäller inte: nyckeln finns inte bland de tillåtna\.$"

# The forger: a copy of the file, a changed decision, a new checksum.
F="$TMP/forged.db"
cp "$NAMND_DB" "$F"
old="Nämnden noterar närvaron."
new="Nämnden beslutar att lägga ned Norrskolan."
/usr/bin/python3 - "$F" "$mid" "$old" "$new" <<'PY'
import sqlite3, sys
db, mid, old, new = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
con = sqlite3.connect(db, isolation_level=None)
con.create_collation('sv', lambda a, b: (a > b) - (a < b))
trig = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (tbl_name IN ('paragraph', 'meeting', 'protocol_record'))").fetchall()
con.execute("BEGIN")
for name, _ in trig:
    con.execute(f'DROP TRIGGER "{name}"')
con.execute("UPDATE paragraph SET decision = ? WHERE meeting_id = ? AND decision = ?", (new, mid, old))
ob, nb = old.encode(), new.encode()
body = con.execute("SELECT body FROM protocol_record WHERE meeting_id = ? AND number = 0", (mid,)).fetchone()[0].encode()
body = body.replace(b"s%d:%s\n" % (len(ob), ob), b"s%d:%s\n" % (len(nb), nb))
con.execute("UPDATE protocol_record SET body = ? WHERE meeting_id = ? AND number = 0", (body.decode(), mid))
con.execute("COMMIT")
PY
sum=$(NAMND_DB="$F" "$NAMND" protokoll $MEETING --canonical | sha256sum | cut -d' ' -f1)
/usr/bin/python3 - "$F" "$mid" "$sum" "$NAMND_DB" <<'PY'
import sqlite3, sys
db, mid, s, genuine = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
con = sqlite3.connect(db, isolation_level=None)
con.create_collation('sv', lambda a, b: (a > b) - (a < b))
con.execute("BEGIN")
names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'meeting'")]
for n in names:
    con.execute(f'DROP TRIGGER "{n}"')
con.execute("UPDATE meeting SET protocol_sha256 = ? WHERE id = ?", (s, mid))
# The triggers as they were, from the genuine file.
g = sqlite3.connect(genuine)
for (sql,) in g.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('paragraph', 'meeting', 'protocol_record') ORDER BY rowid"):
    con.execute(sql)
con.execute("COMMIT")
PY
eq "the forgery has every trigger back" "$(q "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")" \
	"$(sqlite3 -readonly "$F" "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")"
NAMND_DB="$F" run protokoll $MEETING
has "the forged protokoll says the new decision" "lägga ned Norrskolan"
NAMND_DB="$F" run protokoll $MEETING --verify
has "the file alone vouches for itself" "^Kontrollsumman stämmer: $sum$"
eq "but the signatures catch it" 1 "$rc"
has "olof's signature fails" "^Underskrift 1 .*olof.ek@exempelstad.se – gäller inte: texten har ändrats"
has "karin's signature fails" "^Underskrift 2 .*karin.aberg@exempelstad.se – gäller inte"
NAMND_DB="$F" expect_fail "the exported anslag catches it" 1 "stämmer inte med $TMP/anslag.txt" \
	protokoll $MEETING --verify --against "$TMP/anslag.txt"
NAMND_DB="$F" expect_fail "the PDF anslag catches it" 1 "stämmer inte med $TMP/anslag.pdf" \
	protokoll $MEETING --verify --against "$TMP/anslag.pdf"
NAMND_DB="$F" expect_fail "the checksums catch it" 1 "stämmer inte" \
	protokoll $MEETING --verify --against "$TMP/sums.txt"
has "and name the paragraph" "^§ 12 skiljer sig från texten i $TMP/sums.txt\.$"
hasnt "and only it" "^§ 1[3-7] skiljer"
# Outside namnd: the canonical text and sha256sum against the anslag.
want=$(grep -oE '[0-9a-f]{64}' "$TMP/anslag.txt")
eq "sha256sum of the genuine canonical text is the anslag's" "$want" \
	"$("$NAMND" protokoll $MEETING --canonical | sha256sum | cut -d' ' -f1)"
[ "$sum" != "$want" ] && ok || bad "the forged text's sum differs from the anslag's"
expect_ok "the genuine file still passes" protokoll $MEETING --verify --against "$TMP/anslag.txt"

# The audit log: a chain that namnd verifies.
expect_ok "audit verify" audit verify
has "the chain holds" "^Kedjan håller\.$"
head=$(printf '%s\n' "$out" | sed -n 's/^Senaste länken: //p')
eq "a head is printed" 64 "${#head}"
eq "namnd's rows are chained" 0 "$(q "SELECT count(*) FROM audit_log WHERE hash IS NULL")"
refused_log() {
	if res=$(sqlite3 "$NAMND_DB" "$1" 2>&1); then bad "audit log: $1 went through"; else
		case $res in *Granskningsloggen*) ok ;; *) bad "audit log: $1: $res" ;; esac; fi
}
refused_log "DELETE FROM audit_log"
refused_log "UPDATE audit_log SET who = 'någon annan'"
# Past the triggers, as a forger would go.
A="$TMP/audit.db"
cp "$NAMND_DB" "$A"
n=$(q "SELECT max(id) FROM audit_log")
sqlite3 "$A" "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = $((n - 5))"
NAMND_DB="$A" expect_fail "a deleted row is found" 1 "granskningsloggen har ändrats" audit verify
has "named" "^Rad $((n - 5)) saknas"
sqlite3 "$A" "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET who = 'någon annan' WHERE id = $((n - 10))"
NAMND_DB="$A" expect_fail "an altered row is found" 1 "granskningsloggen har ändrats" audit verify
has "named" "^Rad $((n - 10)) stämmer inte med kedjan"
cp "$NAMND_DB" "$A"
sqlite3 "$A" "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > $((n - 3))"
NAMND_DB="$A" expect_ok "a cut-off tail leaves a chain that holds" audit verify
NAMND_DB="$A" expect_fail "but not the head noted before" 1 "finns inte i kedjan" audit verify --head "$head"
expect_ok "the genuine log has it" audit verify --head "$head"
# Another program's writes stand outside the chain.
eq "another program writes" ok "$(raw_sql "UPDATE person SET phone = '08-111 11 11' WHERE id = (SELECT min(id) FROM person)")"
expect_ok "audit verify with a row outside the chain" audit verify
has "counted outside" " 1 utanför den"
finish
