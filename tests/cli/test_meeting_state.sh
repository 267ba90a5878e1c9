#!/bin/sh
# A meeting's state follows from what happened, never from a choice:
# planerat → kallat (the kallelse recorded as sent, after the check, with
# who and when) → genomfört (attendance recorded) → justerat → anslaget →
# laga kraft (the appeal period over) → arkiverat. The database refuses a
# status without its fact, whichever program writes. After justering the
# agenda and its times are locked; a kallat meeting that moves needs a new
# kallelse. On the demo (today 2024-03-12).
. tests/cli/lib.sh
q() { sqlite3 -readonly "$NAMND_DB" "$1"; }
raw() { sqlite3 "$NAMND_DB" "$1" 2>&1; }
"$NAMND" demo >/dev/null 2>&1 || bad "demo"

# No free choice, through namnd or any other program.
expect_fail "status is not edited" 1 'Fältet "status" kan inte ändras' \
	meeting edit UBN:2024-03-20 --status justerat
case $(raw "UPDATE meeting SET status = 'kallat' WHERE date = '2024-03-20'") in
*"status följer av vad som har skett"*) ok ;; *) bad "raw SQL set kallat without a kallelse" ;; esac
case $(raw "UPDATE meeting SET status = 'arkiverat' WHERE date = '2024-03-20'") in
*"status följer av vad som har skett"*) ok ;; *) bad "raw SQL set a future meeting arkiverat" ;; esac
case $(raw "UPDATE meeting SET status = 'genomfört' WHERE date = '2024-02-21'") in
*justerat*) ok ;; *) bad "raw SQL took a justerat meeting back" ;; esac
eq "nothing changed" "planerat|anslaget" \
	"$(q "SELECT group_concat(status, '|') FROM (SELECT status FROM meeting WHERE date IN ('2024-03-20', '2024-02-21') ORDER BY date DESC)")"

# Kallat: the kallelse recorded as sent, after the check.
expect_ok "kallelse sent" meeting sent UBN:2024-03-20
has "said" "^Kallelsen är antecknad som skickad; sammanträdet är kallat\.$"
run meeting show UBN:2024-03-20
has "kallat" "^Status +kallat$"
has "when" "^Kallelse skickad +2024-03-12$"
has "by whom" "^Kallelse skickad av +testare$"
eq "audited with the user" "testare|planerat|kallat" \
	"$(q "SELECT who || '|' || json_extract(old, '\$.status') || '|' || json_extract(new, '\$.status') FROM audit_log WHERE tbl = 'meeting' AND json_extract(new, '\$.status') = 'kallat' AND json_extract(new, '\$.date') = '2024-03-20'")"
expect_fail "not in the future" 1 'Fältet "skickad": 2024-03-13 har inte kommit än' \
	meeting sent SRBU:2024-03-21 --date 2024-03-13

# The check must pass first: a decision item without a dnr is an error
# where the body's rules require one (a samverkansråd does not unless set).
expect_ok "SRBU requires a dnr" committee edit SRBU --dnr-required ja
expect_ok "decision item without dnr" agenda add SRBU:2024-03-21 --kind information --title "Utan diarienummer" --decision ja
expect_fail "refused while the check has errors" 1 "Kallelsen kan inte skickas: kontrollen har [0-9]+ fel, först punkt" \
	meeting sent SRBU:2024-03-21
eq "still planerat" "planerat" "$(q "SELECT status FROM meeting WHERE date = '2024-03-21'")"

# A kallat meeting may move, but then the check says a new kallelse is due.
expect_ok "moved" meeting edit UBN:2024-03-20 --time 14.00 --place "Lilla salen"
run check UBN:2024-03-20
has "new kallelse due" "^VARNING  sammanträdet: Sammanträdet har ändrats sedan kallelsen skickades 2024-03-12 \(då 2024-03-20 13:00 Sessionssalen, Kommunhuset, nu 2024-03-20 14:00 Lilla salen\): en ny kallelse behöver gå ut\.$"
expect_ok "new kallelse sent" meeting sent UBN:2024-03-20
run check UBN:2024-03-20
hasnt "then nothing to say about it" "ny kallelse"

# Genomfört: attendance recorded; no kallelse after that.
expect_ok "present" attendance set UBN:2024-03-20 "Henrik Östlund" närvarande
eq "genomfört" "genomfört" "$(q "SELECT status FROM meeting WHERE date = '2024-03-20'")"
expect_fail "no kallelse after the meeting" 1 "Sammanträdet 2024-03-20 är genomfört; en kallelse skickas före sammanträdet" \
	meeting sent UBN:2024-03-20
expect_ok "attendance removed" attendance rm UBN:2024-03-20 "Henrik Östlund"
eq "back to kallat before justering" "kallat" "$(q "SELECT status FROM meeting WHERE date = '2024-03-20'")"

# Justerat and anslaget (UBN 2024-02-21, anslaget 2024-02-28): the agenda
# and its times are locked, and nothing of another body comes in.
expect_ok "another body's ärende" case add --committee SRBU --title "Samverkan kring elevhälsa"
other=$(q "SELECT nd FROM (SELECT dnr_series || ' ' || dnr_year || '/' || dnr_number AS nd FROM cases ORDER BY id DESC LIMIT 1)")
expect_fail "no item into a justerat agenda" 1 "Sammanträdet UBN 2024-02-21 är justerat 2024-02-27 \(anslaget\): föredragningslistan, dess punkter och tider kan inte ändras" \
	agenda add UBN:2024-02-21 --case "$other"
expect_fail "nor an information item" 1 "föredragningslistan, dess punkter och tider kan inte ändras" \
	agenda add UBN:2024-02-21 --kind information --title "Sent tillägg"
held=$(q "SELECT a.id FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE m.date = '2024-02-14' ORDER BY a.position LIMIT 1")
expect_ok "justera the held meeting" review UBNAU:2024-02-14 --paragraph 6 --override reservation --reason "Skälen lämnas senare." --by "Henrik Östlund"
expect_ok "justerat" justera UBNAU:2024-02-14 --by "Henrik Östlund" --by "Birgitta Sandell" --late
fp=$(fingerprint)
expect_fail "no retiming" 1 "kan inte ändras" agenda set "$held" --minutes 30
expect_fail "no föredragande" 1 "kan inte ändras" agenda set "$held" --role Controller
expect_fail "no moving" 1 "kan inte ändras" agenda move "$held" 3
eq "agenda unchanged" "$fp" "$(fingerprint)"

# Laga kraft once the appeal period is over (2024-03-20), then arkiverat.
expect_fail "not archived before laga kraft" 1 'Fältet "arkiverat": överklagandetiden för sammanträdet 2024-02-21 går ut 2024-03-20' \
	meeting archive UBN:2024-02-21
expect_fail "a planned meeting is not archived" 1 "det arkiveras när protokollet har vunnit laga kraft" \
	meeting archive UBN:2024-04-17
export NAMND_TODAY=2024-03-21
run meeting list --committee UBN
has "laga kraft" "^102 +UBN +2024-02-21 +13\.00 +laga kraft "
expect_ok "archived" meeting archive UBN:2024-02-21
run meeting show UBN:2024-02-21
has "arkiverat" "^Status +arkiverat$"
has "when" "^Arkiverat +2024-03-21$"
expect_fail "archived once" 1 "arkiverades 2024-03-21" meeting archive UBN:2024-02-21
finish
