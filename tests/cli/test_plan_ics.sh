#!/bin/sh
# The sammanträdesplan as iCalendar: one event per meeting of the nämnd and
# its utskott with body, place and Stockholm times, read back by
# python3-icalendar; UIDs stay when a meeting moves, so a new export
# updates a calendar; exporting unchanged data gives the same bytes.
. tests/cli/lib.sh
CHECK="/usr/bin/python3 tests/ics/check_plan_ics.py"

expect_ok "init" init
expect_ok "org" setting set org_name "Exempelstads kommun"
expect_ok "nämnd" committee add --code UBN --name Utbildningsnämnden
expect_ok "nämnd time and place" committee edit UBN --time 13.00 --place "Sessionssalen, Stadshuset"
expect_ok "utskott" committee add --code UBNAU --name "Utbildningsnämndens arbetsutskott" \
	--parent UBN --time 08.30 --place "Sammanträdesrum Älven, Stadshuset"
expect_ok "other" committee add --code SN --name Socialnämnden
expect_ok "nämnd plan" meeting plan --committee UBN --year 2024 --dates "24/1, 12/6, 30/10"
expect_ok "utskott plan" meeting plan --committee UBNAU --year 2024 --dates "17/1"
expect_ok "next year" meeting add --committee UBN --date 2025-01-22
expect_ok "other body" meeting add --committee SN --date 2024-02-01
# The June meeting has an agenda of 45 minutes: it ends at 13.45; the
# October one was held and ended at 16.10; the rest last two hours.
expect_ok "agenda 1" agenda add UBN:2024-06-12 --kind procedur --title Upprop --minutes 15
expect_ok "agenda 2" agenda add UBN:2024-06-12 --kind information --title Skolval --minutes 30
expect_ok "end time" meeting edit UBN:2024-10-30 --end 16.10

before=$(fingerprint)
expect_ok "export" meeting plan --committee UBN --year 2024 --out "$TMP/plan.ics"
has "says where" "^Skrev sammanträdesplanen \(iCalendar\) till .*plan\.ics\.$"
cat >"$TMP/expect" <<'X'
exempelstads-kommun.namnd|Utbildningsnämnden|Sessionssalen, Stadshuset|2024-01-24 13:00|2024-01-24 15:00
exempelstads-kommun.namnd|Utbildningsnämnden|Sessionssalen, Stadshuset|2024-06-12 13:00|2024-06-12 13:45
exempelstads-kommun.namnd|Utbildningsnämnden|Sessionssalen, Stadshuset|2024-10-30 13:00|2024-10-30 16:10
exempelstads-kommun.namnd|Utbildningsnämndens arbetsutskott|Sammanträdesrum Älven, Stadshuset|2024-01-17 08:30|2024-01-17 10:30
X
if $CHECK "$TMP/plan.ics" "$TMP/expect" >"$TMP/uids1" 2>"$TMP/why"; then ok; else
	bad "plan.ics: $(cat "$TMP/why")"; fi
eq "exporting changes nothing in the database" "$before" "$(fingerprint)"

expect_ok "export again" meeting plan --committee UBN --year 2024 --out "$TMP/plan2.ics"
if cmp -s "$TMP/plan.ics" "$TMP/plan2.ics"; then ok; else bad "unchanged data, different file"; fi

# The January meeting moves to the 31st: same UID, new time, higher
# SEQUENCE; the other events keep theirs.
expect_ok "move a meeting" meeting edit UBN:2024-01-24 --date 2024-01-31 --time 14.00
expect_ok "export after the move" meeting plan --committee UBN --year 2024 --out "$TMP/plan3.ics"
sed -i 's/2024-01-24 13:00|2024-01-24 15:00/2024-01-31 14:00|2024-01-31 16:00/' "$TMP/expect"
if $CHECK "$TMP/plan3.ics" "$TMP/expect" >"$TMP/uids3" 2>"$TMP/why"; then ok; else
	bad "plan3.ics: $(cat "$TMP/why")"; fi
eq "the same UIDs after the move" "$(cut -d' ' -f1 "$TMP/uids1")" "$(cut -d' ' -f1 "$TMP/uids3")"
moved=$(grep ' 2024-01-31 ' "$TMP/uids3" | cut -d' ' -f1)
eq "the moved meeting keeps its UID" "$(grep ' 2024-01-24 ' "$TMP/uids1" | cut -d' ' -f1)" "$moved"
seq_of() { /usr/bin/python3 -c 'import sys, icalendar
c = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
print([int(e.get("SEQUENCE")) for e in c.walk("VEVENT") if str(e.get("UID")) == sys.argv[2]][0])' "$1" "$2"; }
s1=$(seq_of "$TMP/plan.ics" "$moved")
s3=$(seq_of "$TMP/plan3.ics" "$moved")
if [ "$s3" -gt "$s1" ]; then ok; else bad "SEQUENCE of the moved meeting: $s1 then $s3"; fi

# The organisation's domain names the UIDs once it is set.
expect_fail "a domain with a space" 1 "org_domain ska vara ett domännamn.*\"exempel stad\.se\"" \
	setting set org_domain "exempel stad.se"
expect_fail "a domain in capitals" 1 "org_domain" setting set org_domain "Exempelstad.SE"
expect_ok "domain" setting set org_domain exempelstad.se
run meeting plan --committee UBNAU --year 2024 --format ics
case $out in *"UID:sammantrade-"*"@exempelstad.se"*) ok ;; *) bad "no UID @exempelstad.se: $out" ;; esac
case $out in *"BEGIN:VEVENT"*"BEGIN:VEVENT"*) bad "utskott alone: more than one event" ;; *) ok ;; esac
run meeting plan --committee UBN --year 2023 --format ics
case $out in *"BEGIN:VCALENDAR"*"END:VCALENDAR"*) ok ;; *) bad "empty year: no calendar: $out" ;; esac
case $out in *VEVENT*) bad "empty year has events" ;; *) ok ;; esac
expect_fail "missing folder" 4 "Mappen $TMP/nej finns inte" meeting plan --committee UBN --year 2024 --out "$TMP/nej/plan.ics"
finish
