#!/bin/sh
# One meeting from planning to the archive, every step through the UI's
# keys as a user types them and none through the CLI; each role's
# outcome is then read back through the CLI (namnd meeting show,
# attendance list, kallelse, protokoll, deadlines).
#  1. The secretary (2024-03-12): registers an ärende with the dnr it
#     has in the diarium, makes next month's meeting from the last one
#     (its föredragningslista copied), imports a pasted agenda over it,
#     records a förhinder (the ersättare in turn called in), runs the
#     check, exports the kallelse and records it as sent.
#  2. At the meeting (2024-04-24): the secretary marks attendance and
#     numbers the paragraphs; the ordförande writes the decisions,
#     records yrkanden, removes a wrong one, the propositionsordning, jäv
#     with an ersättare stepping in, an omröstning and a reservation,
#     reviews, picks the justerare, justerar and records the anslag after
#     seeing its dates.
#  3. After the appeal period (2024-06-10): the meeting is archived.
. tests/e2e/lib.sh

demo_db
export HOME="$TMP/home"
mkdir -p "$HOME/Dokument"
export XDG_DOCUMENTS_DIR="$HOME/Dokument"
M=UBNAU:2024-04-24

# The editor: for the föredragningslista it appends the pasted table
# below the help lines; for any other text it writes what the test put
# in $TMP/next (a decision), as a user would type it.
PASTE="$TMP/paste.tsv"
printf 'Nr\tÄrende\tDnr\tFöredragande\tTid\n' >"$PASTE"
printf 'A\tUpprop\t\t\t08.30-08.35\n' >>"$PASTE"
printf 'B\tVal av justerare\t\t\t08.35-08.40\n' >>"$PASTE"
printf '1\tSkolskjutsregler 2025\tUBN 2023/412\tController\t08.40-09.10\n' >>"$PASTE"
printf '\tFika\t\t\t09.10-09.25\n' >>"$PASTE"
printf '2\tRedovisning av delegeringsbeslut\t\t\t09.25-09.30\n' >>"$PASTE"
printf '3\tÖvriga frågor\t\t\t09.30-09.40\n' >>"$PASTE"
cat >"$TMP/ed.sh" <<ED
#!/bin/sh
if grep -q '^# Klistra in föredragningslistan' "\$1"; then
	cat '$PASTE' >>"\$1"
else
	cp '$TMP/next' "\$1"
fi
ED
chmod +x "$TMP/ed.sh"
export VISUAL="$TMP/ed.sh"
# next TEXT: what the editor writes the next time it is started.
next() { printf '%s\n' "$1" >"$TMP/next"; }

# --- 1. The secretary, before the meeting ------------------------------------
ui 80 24
see "Översikt" "^ namnd — Exempelstads kommun"

# The ärende with its dnr from the diarium.
keys Ä a
type_text "Skolskjutsregler 2025"
keys Enter
see "committee prompt" "Nämnd \(kod"
type_text "UBN"
keys Enter
see "dnr prompt" "Diarienummer i diariet \(tom: nästa lediga\):"
type_text "UBN 2023/412"
keys Enter
see "registered with the given dnr" "Registrerade ärende UBN 2023/412\."

# Next month's meeting from the last one: the föredragningslista's
# recurring items come with it.
keys M
see "Sammanträden" "^ Sammanträden"
keys /
type_text "2024-03-13"
keys Enter
selected_is "the last AU meeting" "^UBNAU +2024-03-13"
keys C
see "the same weekday next month proposed" "Nästa sammanträde för UBNAU efter 2024-03-13, datum: 2024-04-10$"
keys BSpace BSpace
type_text "24"
keys Enter
see "start time from the last meeting" "Starttid \(tom: nämndens vanliga\): 08\.30$"
keys Enter
see "the new meeting with the copied items" "Sammanträdet UBNAU 2024-04-24 är inlagt med 7 punkter från UBNAU 2024-03-13\."
see "its title" "^ UBNAU 2024-04-24 08\.30 · planerat · 7 punkter"

# The pasted föredragningslista replaces the copied one.
keys i
see "replacing is asked" "Föredragningslistan har 7 punkter; ersätt dem med den inklistrade\? \(j/n\)"
keys j
see "imported" "Lade in 6 punkter\."
see "the ärende on the agenda" "^1 +Skolskjutsregler 2025 +UBN 2023/412 +Controller +08\.40–09\.10"

# A förhinder: Camilla Rydén (SD) cannot come; Rasmus Tell (SD), the
# ersättare in turn, is named to be called in (he serves once he comes:
# a meeting is not genomfört before it is held).
keys n
see "Närvaro" "^ Närvaro · UBNAU 2024-04-24"
see "the footer offers förhinder" "f Förhinder"
keys j j j
selected_is "on Camilla Rydén" "^Camilla Rydén"
keys f
see "recorded, the ersättare in turn named" "Camilla Rydén har förhinder\. I tur att kallas in: Rasmus Tell \(SD\)\."
see "shown in the list" "^Camilla Rydén +SD +ledamot +frånvarande"
see "the quorum still holds" "tjänstgör 0 av 5"
keys Escape
see "still planerat" "^ UBNAU 2024-04-24 08\.30 · planerat"

# A delegeringsbeslut to report at the meeting, with who decided it; a
# meddelande added by mistake is taken off the meeting and removed.
keys D
see "the meeting's delegeringsbeslut" "^ Delegeringsbeslut · UBNAU 2024-04-24 · 0 anmäls"
keys a
see "which kind" "│delegeringsbeslut"
keys Enter
see "date asked" "Beslutsdatum \(ÅÅÅÅ-MM-DD\):"
type_text "2024-03-05"
keys Enter
see "decision asked" "Beslut:"
type_text "Skolskjuts på grund av särskilda skäl, två beslut"
keys Enter
see "who decided, picked" "Beslutsfattare"
type_text "emel"
keys Enter
see "added and reported here" "Delegeringsbeslutet 2024-03-05 är inlagt och anmäls vid UBNAU 2024-04-24\."
see "listed as reported" "^✓ +2024-03-05 +delegeringsbeslut +Emelie Sjöqvist +Skolskjuts"
see "counted" "· 1 anmäls"
keys a End Enter
see "date asked again" "Beslutsdatum"
type_text "2024-03-06"
keys Enter
see "a meddelande: its text asked" "Meddelande \(från vem, vad\):"
type_text "Skolinspektionen: beslut efter tillsyn"
keys Enter
see "the meddelande added" "Meddelandet 2024-03-06 är inlagt och anmäls vid UBNAU 2024-04-24\."
see "two reported" "· 2 anmäls"
keys Space
see "taken off the meeting" "Anmäls inte vid UBNAU 2024-04-24\."
see "one reported" "· 1 anmäls"
keys d
see "removal asked" "Ta bort \"Skolinspektionen: beslut efter tillsyn\" \(meddelande 2024-03-06\)\?"
keys j
see "removed" "Borttaget: meddelande 2024-03-06\."
not_see "gone from the list" "Skolinspektionen"
keys Escape

# The check, the kallelse, and its sending recorded.
keys c
see "the check's list" "^ Kontroll före utskick · UBNAU 2024-04-24"
not_see "no errors" "^ *FEL"
keys Escape
keys x
see "export choices" "Kallelse, offentlig version"
keys Enter
see "path in the documents folder" "Fil \(\.txt, \.xlsx eller \.pdf\): ~/Dokument/kallelse-UBNAU-2024-04-24\.txt$"
keys Enter
see "written" "Skrev kallelsen till ~/Dokument/kallelse-UBNAU-2024-04-24\.txt\."
keys v
see "asked" "Kallelsen skickad idag \(2024-03-12\)\?"
keys j
see "kallat" "^ UBNAU 2024-04-24 08\.30 · kallat"
quit_ui

# Read back through the CLI.
run meeting show "$M"
if printf '%s\n' "$out" | grep -qE "^Status +kallat"; then ok; else bad "meeting show: $out"; fi
run --tsv agenda list "$M"
eq "the imported agenda" "A|Upprop|
B|Val av justerare|
1|Skolskjutsregler 2025|UBN 2023/412
|Fika|
2|Redovisning av delegeringsbeslut|
3|Övriga frågor|" "$(printf '%s\n' "$out" | cut -f2,4,5 | tr '\t' '|')"
run --tsv attendance list "$M"
if printf '%s\n' "$out" | grep -q "Camilla Rydén.*frånvarande"; then ok; else bad "förhinder: $out"; fi
run --tsv delegation list --meeting "$M"
eq "one delegeringsbeslut reported" "2024-03-05|delegeringsbeslut|Emelie Sjöqvist|Skolskjuts på grund av särskilda skäl, två beslut" \
	"$(printf '%s\n' "$out" | cut -f3- | tr '\t' '|')"
run kallelse "$M"
if printf '%s\n' "$out" | grep -q "Skolskjutsregler 2025"; then ok; else bad "kallelse: $out"; fi
if cmp -s "$HOME/Dokument/kallelse-UBNAU-2024-04-24.txt" /dev/null; then bad "empty kallelse"; else ok; fi
run check "$M"
eq "the check passes" 0 "$rc"

# --- 2. At the meeting: attendance, the protokoll, justering, anslag ---------
export NAMND_TODAY=2024-04-24
ui 80 24
see "Översikt" "^ namnd — Exempelstads kommun"
keys A
see "every body's meetings" "^ Sammanträden"
selected_is "the day's meeting" "^UBNAU +2024-04-24"
keys Enter
see "the meeting" "^ UBNAU 2024-04-24 08\.30 · kallat"
keys n
see "Närvaro" "^ Närvaro · UBNAU 2024-04-24"
see "the förhinder stands" "^Camilla Rydén +SD +ledamot +frånvarande"
# Who came: the ledamöter present; Jonas Ahlgren (S), an ersättare, is
# there without a seat; Rasmus Tell comes in Camilla Rydén's place and,
# being next in turn for her, is offered her seat.
keys Home Space
see "the ordförande present" "^Henrik Östlund +M +ordförande +närvarande"
keys j Space j Space j j Space
see "Leila Haddad present" "^Leila Haddad +V +ledamot +närvarande"
keys j j j Space
see "an ersättare present without a seat" "^Jonas Ahlgren +S +ersättare +närvarande ersättare"
keys j Space
see "the seat offered to the one in turn" "Camilla Rydén är frånvarande och Rasmus Tell står i tur\."
see "asked" "tjänstgöra för Camilla Rydén\? \(j/n\)"
keys j
see "he serves" "^Rasmus Tell +SD +ersättare +tjänstgör för Camilla Rydén"
see "all five seats" "tjänstgör 5 av 5 · beslutför"

# An ajournering, written down as it happens (a mistyped time kept at
# the field); one recorded by mistake removed.
keys a
see "from asked" "Ajournering från \(TT\.MM\):"
type_text "10.15"
keys Enter
see "to asked" "Ajournering till \(TT\.MM\):"
type_text "10.3x"
keys Enter
see "the bad time stays at the field" "Ajournering till \(TT\.MM\): 10\.3x$"
keys BSpace
type_text "0"
keys Enter
see "recorded" "Sammanträdet ajournerades 10\.15–10\.30"
see "shown under the list" "^ Ajournerat 10\.15–10\.30$"
keys a
see "add or remove" "│Ny ajournering"
keys Enter
type_text "11.00"
keys Enter
type_text "11.05"
keys Enter
see "both shown" "^ Ajournerat 10\.15–10\.30, 11\.00–11\.05$"
keys a
see "the wrong one offered" "│Ta bort 11\.00–11\.05"
keys End Enter
see "asked" "Ta bort ajourneringen 11\.00–11\.05\?"
keys j
see "removed" "Ajourneringen 11\.00–11\.05 är borttagen\."
see "one left" "^ Ajournerat 10\.15–10\.30$"
keys Escape
see "genomfört now" "^ UBNAU 2024-04-24 08\.30 · genomfört"

# The protokoll: its paragraphs numbered from the agenda.
keys o
see "numbering asked" "Sammanträdet har inga paragrafer\. Numrera"
keys j
see "numbered" "Paragraferna är numrerade"
see "five paragraphs, none reviewed" "^ UBNAU 2024-04-24 · §§ 14–18 · ej justerat · granskat 0 av 5"

# The delegeringsbeslut reported go into their paragraph.
keys Escape D
see "the delegeringsbeslut" "^ Delegeringsbeslut · UBNAU 2024-04-24 · 1 anmäls"
keys p
see "listed in the paragraph" "§ 17 listar 1 anmälda beslut\."
keys Escape o
see "the protokoll again" "^ UBNAU 2024-04-24 · §§ 14–18"

# The decisions, written in the editor.
next "Upprop förrättades."
keys b
see "saved" "Beslutet är sparat\."
keys j
next "Utskottet utser Birgitta Sandell att jämte ordföranden justera protokollet."
keys b
see "saved again" "Beslutet är sparat\\."
keys j
next "Utskottet föreslår utbildningsnämnden att anta skolskjutsregler 2025."
keys b
see "the ärende's decision" "Beslutet är sparat\\."
keys j
keys Home j j j
selected_is "on § 17" "^ +17 Redovisning av delegeringsbeslut"
see "its decision written with the list" "Utbildningsnämndens arbetsutskott noterar redovisningen\\."
keys j
next "Inga övriga frågor anmäldes."
keys b
see "the last decision" "Beslutet är sparat\\."
not_see "no decision missing" "Beslut saknas"
keys k k
selected_is "on § 16" "^ +16 Skolskjutsregler 2025"

# Yrkanden, the maker picked by typing part of the name.
keys y
see "picker of those serving" "Yrkande av i § 16"
type_text "henr"
keys Enter
see "the sentence begun" "Yrkande i § 16: Henrik Östlund \(M\) yrkar"
type_text "bifall till förvaltningens förslag."
keys Enter
see "recorded" "Yrkandet av Henrik Östlund \(M\) är antecknat i § 16\."
keys y
type_text "birg"
keys Enter
see "second maker" "Yrkande i § 16: Birgitta Sandell \(S\) yrkar"
type_text "avslag på förvaltningens förslag."
keys Enter
see "second recorded" "Yrkandet av Birgitta Sandell \(S\) är antecknat i § 16\."
keys y
type_text "leila"
keys Enter
type_text "återremiss."
keys Enter
see "a third, by mistake" "Yrkandet av Leila Haddad \(V\) är antecknat i § 16\."
keys d
see "what can be removed" "Ta bort ur § 16"
type_text "återremiss"
keys Enter
see "asked first" "Ta bort Yrkande 3: Leila Haddad \(V\) yrkar återremiss\.\? \(j/n\)"
keys j
see "removed" "Borttaget ur § 16: Yrkande 3"

# The propositionsordning, drafted from the yrkanden.
keys p
see "draft names the yrkanden" "Propositionsordning § 16: .*och Birgitta Sandells yrkande och finner att"
type_text "utskottet beslutar enligt Henrik Östlunds yrkande."
keys Enter
see "voteringsproposition drafted" "Voteringsproposition \(tom: ingen votering\): .*röstar nej\."
keys Enter
see "saved" "Propositionsordningen i § 16 är sparad med voteringspropositionen\."

# Jäv: Annika Wennberg leaves the room; Jonas Ahlgren serves instead.
keys v
see "who leaves" "Jäv: vem lämnar i § 16"
type_text "annika"
keys Enter
see "who steps in" "I stället för Annika Wennberg \(KD\) i § 16"
type_text "jonas"
keys Enter
see "jäv recorded" "Jävet är antecknat: Annika Wennberg \(KD\) deltar inte i § 16\."

# The omröstning.
keys o
see "omröstning" "^ Omröstning § 16 · ja 0 · nej 0 · avstår 0 · saknas 5"
see "the ersättare votes in the jävig's place" "^Jonas Ahlgren +för Annika Wennberg"
keys Home j j n j n Enter
see "saved" "Omröstningen i § 16 är sparad: 3 ja, 2 nej, 0 avstår\."

# Birgitta Sandell voted for her own yrkande and reserves herself.
keys r
type_text "birg"
keys Enter
see "reason asked" "Skäl \(tomt: skriftlig reservation utlovas\)"
type_text "Till förmån för eget yrkande."
keys Enter
see "reservation recorded" "Reservationen är antecknad\."

# The justerare, picked among those serving.
keys s
see "the first asked" "Justerare 1"
type_text "birg"
keys Enter
see "a second may follow" "Justerare 2 \(Inga fler: klart\)"
keys Enter
see "chosen" "Justerare: Birgitta Sandell \(S\)"

# Every paragraph reviewed, then justerat.
keys Home
n=14
while [ $n -le 18 ]; do
	keys Enter
	see "review prompt § $n" "Granskad § $n, kommentar"
	keys Enter
	n=$((n + 1))
done
see "all reviewed" "granskat 5 av 5"
keys J
see "who justerar" "Justera protokollet\? Justeras av Henrik Östlund och Birgitta Sandell\."
keys j
see "justerat" "JUSTERAT 2024-04-24"
see "the anslag's deadline shown" "^ Anslag senast 2024-04-26 \(A antecknar det\)"

# The anslag: its dates shown before it is recorded.
keys A
see "date asked with the deadline" "Anslaget om protokollet sätts upp \(senast 2024-04-26\): 2024-04-24"
keys C-u
type_text "2024-04-25"
keys Enter
see "asked" "Anteckna anslaget med dessa datum\? \(j/n\)"
look
shown=$(printf '%s\n' "$screen" | grep -o "Anslaget sätts upp 2024-04-25 torsdag, tas ned [0-9-]*")
down=${shown##* }
keys j
see "recorded" "Anslaget sattes upp 2024-04-25; överklagandetiden går ut [0-9-]+\."
look
appeal=$(printf '%s\n' "$screen" | sed -n 's/.*överklagandetiden går ut \([0-9-]*\)\..*/\1/p' | head -n 1)
see "the dates stay on screen" "^ Anslaget 2024-04-25–$down · överklagande t\.o\.m\. $appeal"
quit_ui

# Read back through the CLI: the protokoll, the justering, the anslag.
out=$("$NAMND" protokoll "$M")
for want in "Upprop förrättades." \
	"Henrik Östlund (M) yrkar bifall till förvaltningens förslag." \
	"Birgitta Sandell (S) yrkar avslag på förvaltningens förslag." \
	"finner att utskottet beslutar enligt Henrik Östlunds yrkande." \
	"Den som vill bifalla Henrik Östlunds yrkande röstar ja" \
	"Till förmån för eget yrkande." \
	"Skolskjuts på grund av särskilda skäl, två beslut" "noterar redovisningen." \
	"ajournering kl. 10.15–10.30" \
	"Annika Wennberg" "Jonas Ahlgren" "Rasmus Tell"; do
	if printf '%s\n' "$out" | tr -s ' \n' '  ' | grep -qF -- "$want"; then ok; else bad "protokoll lacks '$want'"; fi
done
if printf '%s\n' "$out" | grep -qF "återremiss"; then bad "the removed yrkande is in the protokoll"; else ok; fi
run meeting show "$M"
if printf '%s\n' "$out" | grep -qE "^Status +anslaget"; then ok; else bad "meeting show: $out"; fi
run deadlines "$M"
if printf '%s\n' "$out" | grep -qE "^Överklagandetiden går ut +$appeal "; then ok; else bad "deadlines vs the UI's $appeal: $out"; fi
if printf '%s\n' "$out" | grep -qE "^Anslaget tas ned +$down "; then ok; else bad "deadlines vs the UI's $down: $out"; fi
if printf '%s\n' "$out" | grep -qE "^Justering .*2024-04-24"; then ok; else bad "the justering in deadlines: $out"; fi
run protokoll "$M" --verify
eq "the justerat protokoll verifies" 0 "$rc"

# --- 3. After the appeal period: the meeting goes to the archive -------------
export NAMND_TODAY=2024-06-10
ui 80 24
see "Översikt" "^ namnd — Exempelstads kommun"
keys A /
type_text "2024-04-24"
keys Enter
selected_is "the meeting" "^UBNAU +2024-04-24 .*laga kraft"
keys Enter
see "laga kraft" "^ UBNAU 2024-04-24 08\.30 · laga kraft"
see "the footer offers the archive" "A Arkivera"
keys A
see "asked" "Arkivera sammanträdet UBNAU 2024-04-24 idag \(2024-06-10\)\?"
keys j
see "archived" "Sammanträdet är arkiverat 2024-06-10\."
see "its state" "^ UBNAU 2024-04-24 08\.30 · arkiverat"
keys A
see "once only, and why" "Sammanträdet är redan arkiverat\."
quit_ui
run meeting show "$M"
if printf '%s\n' "$out" | grep -qE "^Status +arkiverat"; then ok; else bad "meeting show: $out"; fi
quit_ui

finish
