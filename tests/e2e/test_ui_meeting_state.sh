#!/bin/sh
# A meeting's state in the UI: no status list to pick from; v records the
# kallelse as sent (after the check, with who and when); a justerat
# meeting's agenda refuses add, move, retime and föredragande with a
# message.
. tests/e2e/lib.sh

demo_db
"$NAMND" review UBNAU:2024-02-14 --paragraph 6 --override reservation \
	--reason "Skälen lämnas senare." --by "Henrik Östlund" >/dev/null 2>&1 || bad "override"
"$NAMND" justera UBNAU:2024-02-14 --by "Henrik Östlund" --by "Birgitta Sandell" --late \
	>/dev/null 2>&1 || bad "justering by the CLI"
ui 80 24
see "Översikt" "Utbildningsnämnden \(UBN\) +2024-03-20 13\.00"
keys j
selected_is "the UBN row selected" "^Utbildningsnämnden \(UBN\)"
keys Enter
see "Sammanträde, planerat" "^ UBN 2024-03-20 13\.00 · planerat · "
keys v
see "asked first" "Kallelsen skickad idag \(2024-03-12\)\? Kontrollen körs först\."
keys j
see "recorded" "Kallelsen är antecknad som skickad 2024-03-12; sammanträdet är kallat\."
see "the state follows" "^ UBN 2024-03-20 13\.00 · kallat · "
eq "stored with who and when" "kallat|2024-03-12|testare" \
	"$(sql "SELECT status || '|' || kallelse_sent_on || '|' || kallelse_sent_by FROM meeting WHERE date = '2024-03-20'")"
keys m
see "the meeting's form" "^ Sammanträde"
keys Home j j j j j j j
selected_is "on the status" "^Status +kallat"
keys Enter
see "no status list: it follows from the acts" "Fältet Status kan inte ändras här\."
not_see "no list of states offered" "arkiverat"
keys Escape
see "back" "^ UBN 2024-03-20 13\.00 · kallat"

# The justerat meeting: its agenda is part of the record.
keys M
see "Sammanträden" "^ Sammanträden"
keys Home
selected_is "the justerat meeting" "UBNAU +2024-02-14"
keys Enter
see "opened" "^ UBNAU 2024-02-14 08\.30 · justerat"
not_see "no adding in the footer" "a Lägg till|K/J Flytta|t Tid|f Föredragande"
before=$(sql "SELECT group_concat(position || ':' || duration || ':' || coalesce(presenter_role, ''), ',') FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE m.date = '2024-02-14'")
for k in a J t f s p; do
	keys "$k"
	see "$k refused with a message" "^Justerat 2024-03-12: föredragningslistan och tiderna kan inte ändras\."
	keys C-l
done
eq "the agenda unchanged" "$before" \
	"$(sql "SELECT group_concat(position || ':' || duration || ':' || coalesce(presenter_role, ''), ',') FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE m.date = '2024-02-14'")"
quit_ui
finish
