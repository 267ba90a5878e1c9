#!/bin/sh
# Signera in the UI (issue 11, item 1; namnd signera --key): on the
# Protokoll screen of a justerat protokoll, i signs it with the user's
# own OpenSSH key (the usual one in ~/.ssh offered). ssh-keygen asks for
# the key's passphrase on the terminal, which the UI hands over to it and
# takes back; a wrong passphrase or a missing key file is said in
# Swedish with the key's name. An omedelbart justerad paragraph of a
# protokoll not yet justerat is signed as its utdrag. The signatures are
# checked through the CLI (protokoll --verify, utdrag --verify).
. tests/e2e/lib.sh

demo_db
export HOME="$TMP/home"
mkdir -p "$HOME/.ssh"
ssh-keygen -q -t ed25519 -N 'rätt lösen' -C henrik -f "$HOME/.ssh/id_ed25519" || bad "ssh-keygen"
echo "henrik.ostlund@exempelstad.se namespaces=\"namnd-protokoll\" $(cut -d' ' -f1,2 "$HOME/.ssh/id_ed25519.pub")" >"$TMP/allowed_signers"
"$NAMND" setting set allowed_signers "$TMP/allowed_signers" >/dev/null || bad "setting allowed_signers"

# Keys typed to ssh-keygen while it has the terminal: the UI does not
# read them, so they are not counted as its keys.
to_terminal() { tm send-keys -t ui -l -- "$1"; tm send-keys -t ui Enter; }
on_terminal() { if wait_for "$2"; then ok; else bad "$1: '$2' never appeared; screen:
$screen"; fi; }

M=UBNAU:2024-02-14
open_protokoll() {
	keys A /
	type_text "2024-02-14"
	keys Enter Enter
	see "the meeting" "^ UBNAU 2024-02-14 08\.30"
	keys o
}

# Not justerat: nothing to sign but an omedelbart justerad paragraph.
ui 80 24
open_protokoll
see "not justerat" "^ UBNAU 2024-02-14 · §§ 1–13 · ej justerat"
not_see "no signing offered in the footer" "i Signera"
keys i
see "refused with the reason" "^Det som skrivs under är det justerade protokollet \(eller en omedelbart justerad"
keys j j j j j j
selected_is "on § 7, justerad omedelbart" "^ +7 Yttrande till Skolinspektionen"

# A key file that is not there: said, nothing run.
keys i
see "the usual key offered" "Skriv under med din privata OpenSSH-nyckel: ~/\.ssh/id_ed25519"
keys C-u
type_text "~/.ssh/id_saknas"
keys Enter
see "the missing key named, in Swedish" "^Nyckelfilen ~/\.ssh/id_saknas kan inte läsas: filen eller mappen finns inte\."

# A wrong passphrase: ssh-keygen says so on the terminal, the UI names
# the key when it is back.
keys i Enter
on_terminal "the terminal handed over, what is signed said" "namnd: Utdraget ur § 7 skrivs under med nyckeln ~/\.ssh/id_ed25519\."
on_terminal "ssh-keygen asks for the passphrase" "passphrase"
to_terminal "fel lösen"
see "refused" "^ssh-keygen kunde inte skriva under med nyckeln"
see "the key named" "home/\.ssh/id_ed25519 \(finns den, och är lösenordet rätt\?\)\.$"
see "the screen is back" "^ UBNAU 2024-02-14 · §§ 1–13 · ej justerat"
eq "nothing stored" "0" "$(sql "SELECT count(*) FROM justering_signature")"

# The right one: signed, checked against allowed_signers, shown.
keys i Enter
on_terminal "asked again" "passphrase"
to_terminal "rätt lösen"
see "signed and checked" "^Underskriften med ~/\.ssh/id_ed25519 är sparad: henrik\.ostlund@exempelstad\.se –$"
see "valid, counted" "^gäller\. Utdraget ur § 7 har 1 underskrift; 1 gäller\.$"
see "the screen is back" "^ UBNAU 2024-02-14 · §§ 1–13 · ej justerat"
run utdrag "$M" 7 --verify
if [ "$rc" = 0 ] && printf '%s\n' "$out" | grep -q "^Underskrift 1 (2024-03-12): henrik\.ostlund@exempelstad\.se – gäller\.$"; then ok; else bad "utdrag --verify: $rc $out $err"; fi
quit_ui

# Justerat (through the CLI here): the whole protokoll, or § 7's utdrag.
"$NAMND" review "$M" --paragraph 6 --override reservation --reason "Skälen lämnas senare." --by "Henrik Östlund" >/dev/null || bad "override"
"$NAMND" justera "$M" --by "Henrik Östlund" --by "Birgitta Sandell" --late >/dev/null || bad "justera"
ui 80 24
open_protokoll
see "justerat" "^ UBNAU 2024-02-14 · §§ 1–13 · JUSTERAT 2024-03-12"
see "the footer offers signing" "i Signera"
keys j j j j j j
selected_is "on § 7" "^ +7 Yttrande till Skolinspektionen"
keys i
see "which" "Skriv under"
see "the whole offered first" "│Hela protokollet"
see "or the paragraph's utdrag" "│Utdraget ur § 7 \(omedelbart justerad\)"
keys Enter
see "the key asked" "Skriv under med din privata OpenSSH-nyckel: ~/\.ssh/id_ed25519"
keys Enter
on_terminal "the protokoll is what is signed" "namnd: Det justerade protokollet skrivs under med nyckeln ~/\.ssh/id_ed25519\."
on_terminal "passphrase asked" "passphrase"
to_terminal "rätt lösen"
see "signed" "Det justerade protokollet har 1 underskrift; 1 gäller\."
run protokoll "$M" --verify
if [ "$rc" = 0 ] && printf '%s\n' "$out" | grep -q "^Underskrift 1 (2024-03-12): henrik\.ostlund@exempelstad\.se – gäller\.$"; then ok; else bad "protokoll --verify: $rc $out $err"; fi
eq "stored: the utdrag's, then the protokoll's" "7
0" "$(sql "SELECT number FROM justering_signature ORDER BY id")"
quit_ui
finish
