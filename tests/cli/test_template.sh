#!/bin/sh
# The standard agenda per committee: kept with namnd template, copied in
# order into every new meeting, which can then be built on.
. tests/cli/lib.sh

expect_ok "init" init
expect_ok "nämnd" committee add --code UBN --name Utbildningsnämnden --time 13.00
expect_ok "upprop" template add --committee UBN --kind procedur --title Upprop --minutes 3
expect_ok "justerare" template add --committee UBN --kind procedur --title "Val av justerare" --minutes 2
expect_ok "dropped later" template add --committee UBN --title "Information om lokaler"
expect_ok "föredragningslistan" template add --committee UBN --title "Fastställande av föredragningslistan"
expect_ok "övriga frågor" template add --committee UBN --title "Övriga frågor" --minutes 10 --role Ordförande
run --tsv template list --committee UBN
eq "kept in the order added" "1 Upprop|2 Val av justerare|3 Information om lokaler|4 Fastställande av föredragningslistan|5 Övriga frågor" \
	"$(printf '%s\n' "$out" | awk -F '\t' '{printf("%s%s %s", (NR > 1 ? "|" : ""), $3, $5)}')"
expect_ok "remove one in the middle" template rm "$(printf '%s\n' "$out" | awk -F '\t' '$5 ~ /lokaler/ {print $1}')"
expect_fail "not an ärende" 1 "ärende" template add --committee UBN --kind ärende --title X
expect_fail "a title is needed" 1 "rubrik" template add --committee UBN --kind paus

expect_ok "a new meeting" meeting add --committee UBN --date 2024-05-15
run --tsv agenda list UBN:2024-05-15
eq "standard items copied in order, numbered and timed" "A Upprop 13.00–13.03|B Val av justerare 13.03–13.05|1 Fastställande av föredragningslistan 13.05–13.10|2 Övriga frågor 13.10–13.20" \
	"$(printf '%s\n' "$out" | awk -F '\t' '{printf("%s%s %s %s", (NR > 1 ? "|" : ""), $2, $4, $7)}')"
has "role copied" "	Övriga frågor		Ordförande	"
# Positions run 1, 2, 3, 4 even after the removal: an item goes last.
expect_ok "add at the end" agenda add UBN:2024-05-15 --title "Information från förvaltningschefen"
run --tsv agenda list UBN:2024-05-15
has "added last" "	3	information	Information från förvaltningschefen			13.20–13.25	5$"
expect_ok "a meeting of a committee without template" committee add --code KS --name Kommunstyrelsen
expect_ok "empty agenda" meeting add --committee KS --date 2024-05-16
run agenda list KS:2024-05-16
has "nothing copied" "föredragningslistan är tom"
finish
