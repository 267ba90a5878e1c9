#!/bin/sh
# Seed 003's VästKom protokoll (Styrelse Extrainsatt, 2023-06-22, §§ 40–48)
# reproduced through the CLI from its facts: a kommunalförbund's styrelse
# whose members represent kommuner (no party), övriga from other
# organisations with theirs, frånvarande, numbering from § 40, paragraphs
# with föredragande and "Se bifogat material" and no dnr. Compared with
# the hand-checked golden file tests/golden/protokoll_vastkom.txt.
. tests/cli/lib.sh
export NAMND_TODAY=2023-06-22
n() { expect_ok "$*" "$@"; }
n init
n setting set org_name "VästKom"
n committee add --code VKS --name "VästKom Styrelse Extrainsatt" --kind förbundsstyrelse --place "Via Teams" --time 08.30
for p in "Miguel Odhner:Kungälv" "Peter Eriksson:Trollhättan" "Ulf Olsson:Borås" "Theres Sahlström:Skövde" \
	"Jonas Attenius:Göteborg" "Axel Josefson:Göteborg" "Marith Hesse:Partille" "Liselotte Fröjd:Tanum" \
	"Benny Augustsson:Vänersborg" "Dan Nyberg:Vänersborg" "Ulf Dahlberg:Mark" "Annette Carlson:Borås" \
	"Adam Johansson:Falköping" "Bengt Hilmersson:Vårgårda" "Daniel Andersson:Essunga" "Jan Hanna:Tibro"; do
	n person add --name "${p%%:*}" --org "${p##*:}"
done
n member add --person "Miguel Odhner" --committee VKS --role ordförande --from 2023-01-01
n member add --person "Peter Eriksson" --committee VKS --role "1:e vice ordförande" --from 2023-01-01
n member add --person "Ulf Olsson" --committee VKS --role "2:e vice ordförande" --from 2023-01-01
for p in "Theres Sahlström" "Jonas Attenius" "Axel Josefson" "Marith Hesse" "Liselotte Fröjd" \
	"Benny Augustsson" "Dan Nyberg" "Ulf Dahlberg" "Annette Carlson" "Adam Johansson" \
	"Bengt Hilmersson" "Daniel Andersson" "Jan Hanna"; do
	n member add --person "$p" --committee VKS --role ledamot --from 2023-01-01
done
for p in "Gitte Caous:Göteborgsregionen" "Magnus Haggren:Boråsregionen" "Anna Lärk Ståhlberg:Fyrbodal" \
	"Kristofer Svensson:Skaraborg" "Erik Lindskog:VästKom" "Johanna Hansson:VästKom" "Bo Andersson:Göteborgsregionen"; do
	n person add --name "${p%%:*}" --org "${p##*:}"
done
n member add --person "Johanna Hansson" --committee VKS --role sekreterare --from 2023-01-01
n meeting add --committee VKS --date 2023-06-22
M=VKS:2023-06-22
n paragraph start --committee VKS --year 2023 --first 40
n agenda add $M --kind procedur --title "Mötets öppnande"
n agenda add $M --kind information --title "Konsekvensutredning" --presenter "Bo Andersson"
n agenda add $M --kind information --title "Arbetsmiljöutredning 2023" --presenter "Erik Lindskog"
n agenda add $M --kind information --title "Samverkansavtal familjecentral / familjecentralsliknande verksamhet" --presenter "Erik Lindskog"
n agenda add $M --kind information --title "Förändring av riktlinjer gällande dubbelförskrivning i Handbok för förskrivning av personliga hjälpmedel" --presenter "Erik Lindskog"
n agenda add $M --kind information --title "Konferens Start Up Millennium 21 september 2023" --presenter "Erik Lindskog"
n agenda add $M --kind information --title "Anmälan om Beslut VästKom gällande införande av produktanvisning Digital tillsyn" --presenter "Erik Lindskog"
n agenda add $M --kind information --title "Anmälan om Beslut VästKom gällande införande av produktanvisning Mobila trygghetslarm" --presenter "Erik Lindskog"
n agenda add $M --kind stående --title "Övriga frågor"
for p in "Miguel Odhner" "Peter Eriksson" "Ulf Olsson" "Theres Sahlström" "Axel Josefson" "Marith Hesse" \
	"Liselotte Fröjd" "Benny Augustsson" "Ulf Dahlberg" "Adam Johansson" "Bengt Hilmersson" \
	"Daniel Andersson" "Jan Hanna"; do
	n attendance set $M "$p" närvarande
done
for p in "Jonas Attenius" "Dan Nyberg" "Annette Carlson"; do
	n attendance absent $M "$p" --ersattare ingen
done
for p in "Gitte Caous" "Magnus Haggren" "Anna Lärk Ståhlberg" "Kristofer Svensson" "Erik Lindskog" "Johanna Hansson"; do
	n attendance set $M "$p" övrig
done
n paragraph number $M
n justerare set $M "Ulf Olsson"
n meeting edit $M --end 09.30
n paragraph set $M 40 --account "Mötet öppnades av Miguel Odhner och alla hälsades välkomna. Till justeringsperson valdes Ulf Olsson." --decision "Styrelsen noterar informationen."
n paragraph set $M 41 --account "Se bifogat material 2.1 Protokoll Styrelse 230405, 2.2 VästKoms framtida inriktning, 2.3 Presentation." --decision "Styrelsen beslutar att följa rekommenderat beslut enligt 2.2 och väljer att gå vidare med förslag A."
n paragraph set $M 42 --account "Se bifogat material 3.1 Tjänsteutlåtande Arbetsmiljöutredning, 3.2 Arbetsmiljöutredning Rapport." --decision "Styrelsen noterar informationen."
n paragraph set $M 43 --account "Se bifogat material 4.1 Tjänsteutlåtande Familjecentralsavtalet." --decision "VästKoms styrelse ställer sig bakom förslaget på samverkansavtal."
n paragraph set $M 44 --account "Se bifogat material 5.1–5.3." --decision "VästKoms styrelse ställer sig bakom föreslagen förändring av riktlinjerna."
n paragraph set $M 45 --account "Se bifogat material 6.1 Tjänsteutlåtande Nystartsmöte Boråsregionen." --decision "VästKoms styrelse godkänner kostnader för upp till 200 000 kr."
n paragraph set $M 46 --account "Se bifogat material 7.1." --decision "Styrelsen noterar informationen."
n paragraph set $M 47 --account "Se bifogat material 8.1." --decision "Styrelsen noterar informationen."
n paragraph set $M 48 --account "Kommunikation kring taget beslut § 41." --decision "Information från Erik Lindskog och HR-stöd till personalen 22/6 2023."

"$NAMND" protokoll $M > "$TMP/got.txt" 2> "$TMP/err"
if cmp -s tests/golden/protokoll_vastkom.txt "$TMP/got.txt"; then ok; else
	bad "VästKom protokoll differs:"; diff tests/golden/protokoll_vastkom.txt "$TMP/got.txt"; fi
# No dnr is invented for items without an ärende.
hasnt_file() { if grep -q "$1" "$TMP/got.txt"; then bad "$2"; else ok; fi; }
hasnt_file "Dnr" "a dnr printed for items without an ärende"

# A member who represents an organisation and has a party shows both.
n person edit "Theres Sahlström" --party M
run protokoll $M
has "party and organisation" "^ +Theres Sahlström \(M\), Skövde$"

finish
