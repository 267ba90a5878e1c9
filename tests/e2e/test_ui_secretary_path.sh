#!/bin/sh
# The secretary's whole path in the UI, without the command line:
# register an ärende with the dnr it already has in the diarium, plan
# next year's meetings, make next month's meeting from the last one
# (date checked when the field is left), import a föredragningslista
# pasted into the editor (a refused paste is kept for correcting), run
# the check, and export the kallelse (path asked with a default folder,
# ending checked, overwriting asked). The result is read back through
# the CLI and SQLite.
. tests/e2e/lib.sh

demo_db
export HOME="$TMP/home"
mkdir -p "$HOME/Dokument"
export XDG_DOCUMENTS_DIR="$HOME/Dokument"

# The editor: appends the pasted table below the help lines, or, on the
# second run, corrects the unknown dnr in the text it is given back.
PASTE="$TMP/paste.tsv"
printf 'Nr\tÄrende\tDnr\tFöredragande\tTid\n' >"$PASTE"
printf 'A\tUpprop\t\t\t08.30-08.35\n' >>"$PASTE"
printf '1\tSkolskjutsregler 2025\tUBN 2023/999\tController\t08.35-09.05\n' >>"$PASTE"
printf '\tFika\t\t\t09.05-09.20\n' >>"$PASTE"
printf '2\tÖvriga frågor\t\t\t09.20-09.30\n' >>"$PASTE"
cat >"$TMP/ed.sh" <<ED
#!/bin/sh
if grep -q '2023/999' "\$1"; then
	cp "\$1" '$TMP/second-start'
	sed -i 's|2023/999|2023/412|' "\$1"
else
	cp "\$1" '$TMP/first-start'
	cat '$PASTE' >>"\$1"
fi
ED
chmod +x "$TMP/ed.sh"
export VISUAL="$TMP/ed.sh"

ui 80 24
see "Översikt" "^ namnd — Exempelstads kommun"

# An ärende with the dnr it has in the diarium; a dnr that cannot be
# read is refused at the field and the text stays for correcting.
keys Ä a
type_text "Skolskjutsregler 2025"
keys Enter
see "committee prompt" "Nämnd \(kod"
type_text "UBN"
keys Enter
see "dnr prompt" "Diarienummer i diariet \(tom: nästa lediga\):"
type_text "UBN 2023/4x2"
keys Enter
see "a dnr that cannot be read is named above the field" "2023/4x2"
see "the field stays open with the text" "Diarienummer i diariet \(tom: nästa lediga\): UBN 2023/4x2$"
keys BSpace BSpace BSpace
type_text "412"
keys Enter
see "registered with the given dnr" "Registrerade ärende UBN 2023/412\."
see "its form opens" "^ Ärende UBN 2023/412"
run --tsv case show "UBN 2023/412"
if printf '%s\n' "$out" | grep -q "Skolskjutsregler 2025"; then ok; else bad "case show: $out"; fi

# Next year's sammanträdesplan for the AU.
keys M
see "Sammanträden from today" "^ Sammanträden"
keys p
see "plan: committee" "Sammanträdesplan, nämnd \(kod\):"
type_text "UBNAU"
keys Enter
see "plan: the year, next one by default in the autumn, this one now" "År: 2024"
keys BSpace
type_text "5"
keys Enter
type_text "15/1, 31/2"
keys Enter
see "a date that does not exist is named at the field" "31/2"
see "and the list stays for correcting" "Datum \(t\.ex\. 17/1, 21/2, 20/3\): 15/1, 31/2$"
keys BSpace BSpace BSpace BSpace
type_text "12/2"
keys Enter Enter Enter
see "plan added" "Lade in 2 sammanträden för UBNAU 2025\."
run --tsv meeting list --committee UBNAU --year 2025
eq "the plan in the register" "2025-01-15|2025-02-12" "$(printf '%s\n' "$out" | cut -f3 | paste -sd'|')"

# Next month's meeting from the last one: the AU's 2024-03-13 meeting.
keys /
type_text "2024-03-13"
keys Enter
selected_is "the last AU meeting selected" "^UBNAU +2024-03-13"
keys C
see "the date proposed: the same weekday of next month" "Nästa sammanträde för UBNAU efter 2024-03-13, datum: 2024-04-10$"
keys Enter
see "that day is planned already: said at the field" "UBNAU har redan ett sammanträde 2024-04-10"
keys BSpace BSpace
type_text "24"
keys Enter
see "start time from the last meeting" "Starttid \(tom: nämndens vanliga\): 08\.30$"
keys Enter
see "the new meeting opens" "^ UBNAU 2024-04-24 08\.30 · planerat · 7 punkter"
see "with what was copied" "Sammanträdet UBNAU 2024-04-24 är inlagt med 7 punkter från UBNAU 2024-03-13\."
see "the break kept its length" "^ +Fika +08\.40–08\.55"
run --tsv agenda list UBNAU:2024-04-24
eq "recurring items in the register, no ärenden" "Upprop|Val av justerare|Fika|Information från förvaltningschef|Övriga frågor|Gruppmöten|Beslutsomgång" \
	"$(printf '%s\n' "$out" | cut -f4 | paste -sd'|')"

# Import a pasted föredragningslista over it; the first paste names an
# unknown dnr: nothing is imported, the line is named, the text kept.
keys i
see "replacing is asked" "Föredragningslistan har 7 punkter; ersätt dem med den inklistrade\? \(j/n\)"
keys j
see "the errors listed with their lines" "^ +[0-9]+ +FEL +.*2023/999"
see "nothing imported" "Ingenting lades in"
if grep -q "^# Klistra in föredragningslistan" "$TMP/first-start"; then ok; else bad "the editor did not start with the help lines: $(cat "$TMP/first-start")"; fi
run --tsv agenda list UBNAU:2024-04-24
eq "the agenda is unchanged" 7 "$(printf '%s\n' "$out" | wc -l)"
keys Escape
see "back on the meeting" "^ UBNAU 2024-04-24 08\.30"
keys i j
see "imported after the correction" "Lade in 4 punkter\."
if grep -q "Skolskjutsregler 2025	UBN 2023/999" "$TMP/second-start"; then ok; else bad "the refused paste was not given back: $(cat "$TMP/second-start")"; fi
see "the ärende on the agenda with its slot" "^1 +Skolskjutsregler 2025 +UBN 2023/412 +Controller +08\.35–09\.05"
see "the break" "^ +Fika +09\.05–09\.20"

# The check before sending.
keys c
see "the check's list" "^ Kontroll före utskick · UBNAU 2024-04-24"
keys Escape

# The kallelse: the path starts in the documents folder; an ending we
# do not write is refused by name; then written; the next export starts
# in the same folder and an existing file is not overwritten unasked.
keys x
see "export choices" "Kallelse, offentlig version"
keys Enter
see "default in the documents folder" "Fil \(\.txt, \.xlsx eller \.pdf\): ~/Dokument/kallelse-UBNAU-2024-04-24\.txt$"
keys BSpace BSpace BSpace
type_text "odt"
keys Enter
see "the ending refused by name" "Ändelsen \.odt kan inte skrivas"
keys BSpace BSpace BSpace
type_text "txt"
keys Enter
see "written" "Skrev kallelsen till ~/Dokument/kallelse-UBNAU-2024-04-24\.txt\."
k="$HOME/Dokument/kallelse-UBNAU-2024-04-24.txt"
if grep -q "Skolskjutsregler 2025" "$k" && grep -q "UBN 2023/412" "$k"; then ok; else bad "the kallelse lacks the imported ärende: $(head -30 "$k")"; fi
sum=$(cksum <"$k")
keys x Enter
see "the next export starts where the last went" "Fil \(\.txt, \.xlsx eller \.pdf\): ~/Dokument/kallelse-UBNAU-2024-04-24\.txt$"
keys Enter
see "overwriting is asked" "Filen ~/Dokument/kallelse-UBNAU-2024-04-24\.txt finns redan; skriva över den\?"
keys n
see "not overwritten" "Avbrutet; ingenting ändrades\."
eq "the file is as it was" "$sum" "$(cksum <"$k")"

# Read back through the CLI.
run --tsv agenda list UBNAU:2024-04-24
eq "the imported agenda in the register" "A|Upprop||08.30–08.35
1|Skolskjutsregler 2025|Controller|08.35–09.05
|Fika||09.05–09.20
2|Övriga frågor||09.20–09.30" "$(printf '%s\n' "$out" | cut -f2,4,6,7 | sed -n '1,4p' | tr '\t' '|')"
run kallelse UBNAU:2024-04-24
if printf '%s\n' "$out" | grep -q "Skolskjutsregler 2025"; then ok; else bad "kallelse through the CLI: $out"; fi
quit_ui
finish
