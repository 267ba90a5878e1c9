#!/bin/sh
# Editing in the UI: the keys file rebinds keys, the line editor edits
# Swedish text and Esc cancels without writing, long texts go through
# $VISUAL (a failing or empty edit keeps the old text), a registered
# ärende is makulerat, never deleted, and a locked database is retried
# with a message.
. tests/e2e/lib.sh

demo_db
mkdir -p "$XDG_CONFIG_HOME/namnd"
cat >"$XDG_CONFIG_HOME/namnd/keys" <<'KEYS'
# Egna tangenter
ärenden c
flyga x
ned n Down
KEYS
ui 80 24
see "a bad line in the keys file is reported" "Tangentfilen .*/namnd/keys, rad 3: okänd åtgärd \"flyga\""
see "the footer shows the rebound key" "c Ärenden"
not_see "the old key is not offered" "Ä Ärenden"
keys Ä
keys j
see "a key bound elsewhere still works (j moves down)" "Utbildningsnämnden"
keys c
see "c opens Ärenden" "^ Ärenden · sorterade"
selected_is "a row is selected" "^UBN"
selection
first=$sel
keys n
selection
second=$sel
eq "n moves down one row (ned rebound to n)" "$(row_after "$first")" "$second"
keys j Down
selection
third=$sel
eq "j no longer moves: Down alone moved one row" "$(row_after "$second")" "$third"
quit_ui
# c, bound to Ärenden, was the meeting's Kontroll: said when the screen
# first opens, and the footer and help offer only the keys in force.
ui 80 24
keys A
see "all meetings" "^ Sammanträden"
keys Enter
see "a meeting" "^ [A-Z]+ 2024-"
see "the collisions are reported" 'Tangentfilen krockar på skärmen Sammanträde: '
see "c among them" '"ärenden", inte "kontroll"'
not_see "the footer no longer offers c for Kontroll" "c Kontroll"
keys ?
see "help lists the meeting's actions" "Kontroll"
not_see "with no key for Kontroll" "^ c +Kontroll"
keys Escape c
see "c does what the keys file says" "^ Ärenden · sorterade"
quit_ui
rm -f "$XDG_CONFIG_HOME/namnd/keys"

# The line editor: Swedish letters, Backspace, ^W; Esc writes nothing.
before=$(sql "SELECT count(*) FROM cases")
ui 80 24
keys Ä
see "Ärenden" "^ Ärenden"
keys a
see "title prompt" "Nytt ärende, titel:"
type_text "Utredning om skolskjuts"
keys BSpace BSpace
see "Backspace deletes characters" "titel: Utredning om skolskju$"
keys C-w
see "^W deletes the word" "titel: Utredning om$"
keys Escape
see "Esc cancels" "Avbrutet; ingenting ändrades"
eq "nothing written after Esc" "$before" "$(sql "SELECT count(*) FROM cases")"

keys a
type_text "Ny skolgård i Åby"
keys Left Left Left Left BSpace
type_text "ö"
see "editing in the middle of Swedish text" "titel: Ny skolgård ö Åby$"
keys C-e C-u
see "^U empties the line" "titel:$"
type_text "Ny skolgård i Åby"
keys Enter
see "committee prompt" "Nämnd \(kod"
type_text "UBN"
keys Enter
see "dnr prompt: empty gives the next one" "Diarienummer i diariet \(tom: nästa lediga\):"
keys Enter
see "the new ärende opens with its allocated dnr" "^ Ärende UBN 2024/[0-9]+ "
see "registered message" "Registrerade ärende UBN 2024/[0-9]+\."
eq "stored exactly as typed" "Ny skolgård i Åby" "$(sql "SELECT title FROM cases ORDER BY id DESC LIMIT 1")"
dnr=$(sql "SELECT dnr_number FROM cases ORDER BY id DESC LIMIT 1")
eq "dnr allocated in the series" "1" "$(sql "SELECT count(*) FROM cases WHERE dnr_series = 'UBN' AND dnr_year = 2024 AND dnr_number = $dnr")"
quit_ui

# Long texts in the editor.
ED_MODE="$TMP/ed.mode"
cat >"$TMP/ed.sh" <<ED
#!/bin/sh
case \$(cat '$ED_MODE') in
ok) printf 'Nämnden beslutar\\natt anta planen.\\n' >"\$1" ;;
fail) printf 'skräp\\n' >"\$1"; exit 1 ;;
empty) : >"\$1" ;;
esac
ED
chmod +x "$TMP/ed.sh"
export VISUAL="$TMP/ed.sh"
ui 80 24
keys Ä
see "Ärenden" "^ Ärenden"
keys End
see "last page" "Ny skolgård i Åby"
keys Enter
see "form" "^ Ärende UBN 2024/"
keys End k k
selected_is "on Förslag till beslut" "^Förslag till beslut"
echo ok >"$ED_MODE"
keys Enter
see "saved from the editor" "Sparat: förslag till beslut\."
see "the text shown" "Nämnden beslutar"
eq "stored with its line break" "Nämnden beslutar
att anta planen." "$(sql "SELECT proposal FROM cases ORDER BY id DESC LIMIT 1")"
echo fail >"$ED_MODE"
keys Enter
see "failing editor reported" "Redigeraren avslutades med fel \(status 1\); texten är oförändrad"
echo empty >"$ED_MODE"
keys Enter
see "empty edit reported" "Texten blev tom; den gamla texten behålls"
eq "old text kept" "Nämnden beslutar
att anta planen." "$(sql "SELECT proposal FROM cases ORDER BY id DESC LIMIT 1")"

# A locked database: the UI says so and retries until it is free.
# The other program writes 1 to a file once it holds the lock.
mkfifo "$TMP/lock"
sqlite3 "$NAMND_DB" <"$TMP/lock" >/dev/null 2>&1 &
exec 3>"$TMP/lock"
printf '.bail on\n.output %s\nBEGIN IMMEDIATE;\nSELECT 1;\n.output\n' "$TMP/locked" >&3
if poll grep -qsx 1 "$TMP/locked"; then ok; else bad "the other program never locked the database"; fi
keys Home j j
selected_is "on Titel" "^Titel"
keys Enter
see "title in the line editor" "Titel: Ny skolgård i Åby"
type_text " etapp 2"
keys Enter
see "locked database reported, retrying" "Databasen är låst av ett annat program; försöker igen"
echo "COMMIT;" >&3
exec 3>&-
wait
see "saved once the lock is gone" "Sparat: titel\."
eq "the edit arrived" "Ny skolgård i Åby etapp 2" "$(sql "SELECT title FROM cases ORDER BY id DESC LIMIT 1")"

# A registered ärende is never deleted: d says so and how to makulera
# it; m asks for the reason (Esc: nothing), then j/n; the ärende keeps
# its dnr and shows as makulerat.
keys Escape
see "back in the list" "^ Ärenden"
keys End
n=$(sql "SELECT count(*) FROM cases")
keys d
see "d refuses, naming the dnr and the way out" "UBN 2024/[0-9]+ är registrerat i diariet och tas aldrig bort"
eq "still there" "$n" "$(sql "SELECT count(*) FROM cases")"
keys m
see "the reason is asked" "Makulera ärende UBN 2024/[0-9]+, skäl"
keys Escape
eq "Esc makulerar nothing" "0" "$(sql "SELECT count(*) FROM cases WHERE voided IS NOT NULL")"
keys m
see "asked again" "Makulera ärende UBN 2024/[0-9]+, skäl"
type_text "Registrerades två gånger"
keys Enter
see "then a confirmation" "Makulera ärende UBN 2024/[0-9]+ »Ny skolgård i Åby etapp 2«\? \(j/n\)"
see "asking j or n" "\(j/n\)"
keys j
see "makulerat" "är makulerat; diarienumret står kvar i diariet"
see "the list shows it as makulerat" "Ny skolgård i Åby etapp 2 +makulerat"
eq "same number of ärenden" "$n" "$(sql "SELECT count(*) FROM cases")"
eq "reason and user recorded" "Registrerades två gånger|$NAMND_USER" \
	"$(sql "SELECT void_reason || '|' || voided_by FROM cases WHERE voided IS NOT NULL")"
quit_ui
finish
