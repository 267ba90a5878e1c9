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
see "a hit" "ärende +UBN 2024/29 +Systematiskt brandskyd"
see "a paragraph hit shows its § and its body and date" "^§ 8 +UBN 2024/29 +Systematiskt brandsk.* UBNAU 2024-02-14"
see "hit count" "2 träffar, de nyaste först\."
see "context of the selected hit below the list" "^─ Systematiskt brandskyddsarbete 2024"
keys Enter
see "Enter opens the first hit, a paragraph, in its protokoll" "^ UBNAU 2024-02-14 · §§ 1–13"
see "n/N named in the footer of a hit opened from Sök" "n/N Träffar"
keys n
see "n opens the next hit: the ärende" "^ Ärende UBN 2024/29 +"
see "which hit it is" "Träff 2 av 2 för »brandskydd«"
see "its fields" "Titel +Systematiskt brandskyddsarbete 2024"
keys n
see "n on the last hit says so" "Det var den sista träffen\."
see "and stays" "^ Ärende UBN 2024/29 +"
keys N
see "N goes back to the previous hit" "^ UBNAU 2024-02-14 · §§ 1–13"
keys Escape
see "back to the hits" "^ Sök · »brandskydd«"
selected_is "the list follows the hit last shown" "^§ 8 +UBN 2024/29"
keys j Enter
see "Enter opens the ärende" "^ Ärende UBN 2024/29 +"
keys Escape
see_attr "hit highlighted in the context line" "Uppföljningen visar att" "$ESC\[.*4mbrandskydd" last
# A paragraph hit opens its protokoll on that paragraph; diacritics need
# not be typed.
keys /
see "a new search from the hits" "Sök efter: brandskydd"
keys C-e C-u
type_text "backeby"
keys Enter
see "a paragraph hit, found without ä" "^§ 6 +UBN 2023/489 +Framtida organisation"
keys j
selected_is "on the paragraph hit" "^§ 6 +UBN 2023/489"
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
# f narrows by status and by handläggare, beside the words.
keys / C-e C-u Enter
see "words cleared" "^ Ärenden · sorterade efter titel +"
keys f
see "filter menu" "Filtrera ärenden"
keys Enter
see "status list" "klart för beslut"
keys j j j j Enter
see "status in the title" "^ Ärenden · sorterade efter titel · beslutat"
n=$(printf '%s\n' "$screen" | grep -cE " beslutat +[A-ZÅÄÖ]+ *$")
eq "the nine beslutade ärenden" 9 "$n"
not_see "no other status" " avslutat "
keys f j Enter
see "handläggare picker" "Handläggare: skriv en del av namnet"
type_text "sjoq"
see "she is found without ö" "│Emelie Sjöqvist"
keys Enter
see "handläggare in the title" "· beslutat · handläggare Emelie Sjöqvist"
want=$(sql "SELECT count(*) FROM cases c JOIN person p ON p.id = c.officer_id WHERE p.name || '' = 'Emelie Sjöqvist' AND c.status = 'beslutat'")
n=$(printf '%s\n' "$screen" | grep -cE " beslutat +[A-ZÅÄÖ]+ *$")
eq "her beslutade ärenden" "$want" "$n"
keys f j j Enter
see "both dropped" "^ Ärenden · sorterade efter titel +[0-9]"
see "every status again" " avslutat "
# i imports a diarium export: a faulty file registers nothing and names
# the row and column; a good one registers every row.
printf 'Diarienummer\tÄrendemening\tStatus\nUBN 2019/7\tGammalt ärende från diariet\tAvslutad\nUBN 2019/8\tEtt till\tkanske\n' >"$TMP/bad.tsv"
keys i
see "import prompt" "Importera ärenden från fil"
type_text "$TMP/bad.tsv"
keys Enter
see "the fault by row and column" "Inget ärende registrerades: 1 fel\. Första: Rad 3, kolumn \"status\""
eq "nothing registered" 0 "$(sql "SELECT count(*) FROM cases WHERE dnr_year = 2019")"
printf 'Diarienummer\tÄrendemening\tStatus\nUBN 2019/7\tGammalt ärende från diariet\tAvslutad\nUBN 2019/8\tEtt till\tPågående\n' >"$TMP/good.tsv"
keys i
type_text "$TMP/good.tsv"
keys Enter
see "registered" "Registrerade 2 ärenden"
eq "both in the register" 2 "$(sql "SELECT count(*) FROM cases WHERE dnr_year = 2019")"
see "in the list at once" "Gammalt ärende från diariet"

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
