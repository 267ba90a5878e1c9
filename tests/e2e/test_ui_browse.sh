#!/bin/sh
# Finding things: Sök highlights the hit and opens it, Ärenden pages by
# keyset and filters by words, the screen menu and help, Sammanträden
# from today, and Personer with one committee's members and the
# ersättare order.
. tests/e2e/lib.sh

demo_db
ui 80 24
see "Översikt" "Utbildningsnämnden \(UBN\)"

# Sök: the hit is highlighted (underlined without colours) in context.
keys S
see "search prompt" "Sök efter:"
type_text "brandskydd"
keys Enter
see "a hit" "ärende +UBN 2024/29 +Systematiskt brandskydd"
see "hit count" "[0-9]+ träffar\."
see_attr "hit highlighted in the list" "UBN 2024/29" "$ESC\[.*4m.*bran"
see_attr "hit highlighted in the context line" "Uppföljningen visar att" "$ESC\[.*4mbrandskydd" last
see "context of the selected hit below the list" "^─ Systematiskt brandskyddsarbete 2024"
keys Enter
see "Enter opens the ärende" "^ Ärende UBN 2024/29 +"
see "its fields" "Titel +Systematiskt brandskyddsarbete 2024"
keys Escape
see "back to the hits" "^ Sök · »brandskydd«"
# A paragraph hit opens its protokoll on that paragraph.
keys /
see "a new search from the hits" "Sök efter: brandskydd"
keys C-e C-u
type_text "Bäckeby"
keys Enter
see "a paragraph hit" "^paragraf +UBN 2023/489 +Framtida organisation"
keys j
selected_is "on the paragraph hit" "^paragraf +UBN 2023/489"
keys Enter
see "its protokoll" "^ UBNAU 2024-02-14 · §§ 1–13"
selected_is "the paragraph selected" "^ +6 Framtida organisation"
see "its text below" "^─ § 6 "
keys Escape Escape
see "back home" "^ namnd — Exempelstads kommun"

# The screen menu.
keys :
see "menu" "Gå till"
keys j j j Enter
see "Personer from the menu" "^ Personer · Tab visar ledamöter per nämnd"
see "people by name" "^André Frisk"
keys End
see "End: the last name" "^Ulrika Tornberg"
selected_is "End selects the last person" "^Ulrika Tornberg"
keys /
see "go to a name" "Gå till namn:"
type_text "Per"
keys Enter
see "the window starts at the name" "^Per-Olof Hägg"
selected_is "and selects it" "^Per-Olof Hägg"
keys Tab
see "members of a committee" "^ Ledamöter · "
i=0
while ! has_line "^ Ledamöter · Utbildningsnämnden \(UBN\)" && [ $i -lt 5 ]; do
	keys Right
	look
	i=$((i + 1))
done
see "UBN with → " "^ Ledamöter · Utbildningsnämnden \(UBN\)"
see "ersättare in their order" "ersättare +Sofia Brandt +M +1"
# Select Per-Olof Hägg (ersättare 2) and move him up.
keys Home
n=0
while [ $n -lt 12 ]; do
	selection
	case $sel in *Per-Olof*) break ;; esac
	keys j
	n=$((n + 1))
done
selected_is "Per-Olof Hägg selected" "Per-Olof"
keys K
see "order changed" "Ersättarordningen är ändrad"
got=$(sql "SELECT p.name || '=' || m.ersattare_order FROM membership m JOIN person p ON p.id = m.person_id JOIN committee c ON c.id = m.committee_id WHERE c.code = 'UBN' AND m.role = 'ersättare' AND m.ersattare_order <= 2 ORDER BY m.ersattare_order")
eq "the swap is stored" "Per-Olof Hägg=1
Sofia Brandt=2" "$got"
selected_is "selection follows the moved ersättare" "Per-Olof"

# Help lists the keys of the screen below and the keys file.
keys '?'
see "help for the screen below" "^ Hjälp · Personer och ledamöter"
see "its keys first, as the screen names them" "^Tab +Personer/ledamöter +växla"
keys End
see "the keys file is named last" "Tangentfilen"
keys Escape

# Ärenden: keyset pages, sorting, filter.
keys Ä
see "Ärenden" "^ Ärenden · sorterade efter diarienummer"
look
top=$(printf '%s\n' "$screen" | sed -n 3p)
keys PgDn
see "page down moves on" "^UBN 2024/"
look
after=$(printf '%s\n' "$screen" | sed -n 3p)
case $after in "$top") bad "PgDn did not move: $after" ;; *) ok ;; esac
keys End
last=$(sql "SELECT dnr_number FROM cases WHERE dnr_series = 'UBN' ORDER BY dnr_year DESC, dnr_number DESC LIMIT 1")
see "End shows the last ärende" "^UBN 2024/$last "
selected_is "End selects the last" "^UBN 2024/$last "
keys Home
see "Home back at the first" "^UBN 2023/1 "
keys s
see "sorted by title" "sorterade efter titel"
see "first by title" "^UBN 20[0-9]+/[0-9]+ +Attestordning"
keys /
see "filter prompt" "Filtrera ärenden"
type_text "skolskjuts"
keys Enter
see "filter in the title" "filter »skolskjuts«"
see "a matching ärende" "Överklagande av beslut om skolskjuts"
not_see "no other ärenden" "Attestordning"

# Sammanträden opens on today's and later meetings.
keys M
see "Sammanträden" "^ Sammanträden"
look
first=$(printf '%s\n' "$screen" | sed -n 3p)
case $first in *2024-03-1[2-9]*|*2024-03-[23]*) ok ;; *) bad "first meeting shown is not from today on: $first" ;; esac
keys /
see "go to a date" "Gå till datum \(ÅÅÅÅ-MM-DD eller ÅÅÅÅ\):"
type_text "2024-06-01"
keys Enter
selected_is "the first meeting from that day selected" "^UBNAU +2024-06-12 08\.30"
keys /
type_text "2024-13-01"
keys Enter
see "a bad date is named" "2024-13-01"
keys Enter
see "opens a meeting" "punkter"
quit_ui
finish
