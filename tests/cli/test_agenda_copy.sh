#!/bin/sh
# A new meeting's föredragningslista from the committee's previous one
# (namnd agenda copy): the recurring items with their föredragande and
# minutes, in order; no ärenden; the standard items replaced; an agenda
# with an ärende refused; nothing to copy from reported.
. tests/cli/lib.sh

expect_ok "init" init
expect_ok "nämnd" committee add --code UBN --name Utbildningsnämnden --time 13.00
expect_ok "template" template add --committee UBN --kind procedur --title Upprop --minutes 3
expect_ok "person" person add --name "Pia Holmqvist"
expect_ok "ärende" case add --committee UBN --title "Internkontrollplan 2024"
dnr=$(printf '%s\n' "$out" | sed -n 's/^Registrerade ärende \(.*\)\.$/\1/p')
expect_ok "first meeting" meeting add --committee UBN --date 2024-02-14
expect_fail "the first meeting has nothing before it" 3 "inget tidigare sammanträde att kopiera från" agenda copy UBN:2024-02-14
M=UBN:2024-02-14
expect_ok "procedur" agenda add $M --kind procedur --title "Val av justerare" --minutes 2
expect_ok "ärende" agenda add $M --case "$dnr" --minutes 20
expect_ok "standing" agenda add $M --kind stående --title "Information från förvaltningschefen" --presenter "Pia Holmqvist" --minutes 15
expect_ok "break" agenda add $M --kind paus --title Fika --minutes 15
expect_ok "round" agenda add $M --kind beslutsomgång --title Beslutsomgång --minutes 10

expect_ok "next month" meeting add --committee UBN --date 2024-03-13 --time 08.30
run --tsv agenda list UBN:2024-03-13
eq "the new meeting has the standard item" "Upprop" "$(printf '%s\n' "$out" | cut -f4)"
expect_ok "copy from the previous meeting" agenda copy UBN:2024-03-13
has "says how many" "^Kopierade 5 punkter\.$"
run --tsv agenda list UBN:2024-03-13
eq "recurring items in order with föredragande and times, no ärende" \
"A|Upprop||08.30–08.33
B|Val av justerare||08.33–08.35
1|Information från förvaltningschefen|Pia Holmqvist|08.35–08.50
|Fika||08.50–09.05
|Beslutsomgång||09.05–09.15" "$(printf '%s\n' "$out" | cut -f2,4,6,7 | tr '\t' '|')"
# The source is unchanged.
run --tsv agenda list $M
eq "the earlier meeting keeps its six items" 6 "$(printf '%s\n' "$out" | wc -l)"

expect_ok "an ärende on the new agenda" agenda add UBN:2024-03-13 --case "$dnr"
before=$(fingerprint)
expect_fail "an agenda with an ärende is not overwritten" 1 "har redan 1 ärende" agenda copy UBN:2024-03-13
eq "nothing changed" "$before" "$(fingerprint)"

expect_ok "a third meeting" meeting add --committee UBN --date 2024-04-17
expect_ok "copy from a named meeting" agenda copy UBN:2024-04-17 --from $M
has "five again" "^Kopierade 5 punkter\.$"
expect_fail "a missing source" 3 "" agenda copy UBN:2024-04-17 --from UBN:2024-01-01
expect_fail "onto itself" 1 "sin egen" agenda copy $M --from $M
finish
