/* The benchmark generator's organisation and word lists: the data that
 * makes generated ärenden look like a real kommun's. Included once, by
 * benchgen.c. */
#ifndef NAMND_BENCHDATA_H
#define NAMND_BENCHDATA_H

#include <stddef.h>

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* ---- Bodies, series, people ------------------------------------------ */

struct body {
	const char *code, *name, *name_lc, *kind;
	int parent;  /* index of the nämnd for an arbetsutskott, else -1 */
	int series;  /* index into series[] */
	const char *place, *time;
	int weekday; /* 1 = Monday */
};

enum { S_KS, S_BUN, S_SBN, S_SN, NSERIES };

struct series {
	const char *code;
	int body;      /* the nämnd that owns it */
	int weight;    /* share of the ärenden, percent */
	const char *office, *office_lc; /* the förvaltning */
	const char *const *titles;
	size_t ntitles;
};

static const struct body bodies[] = {
	{ "KS", "Kommunstyrelsen", "kommunstyrelsen", "styrelse", -1, S_KS,
	  "Kommunhuset, Sessionssalen", "13:00", 3 },
	{ "KSAU", "Kommunstyrelsens arbetsutskott", "kommunstyrelsens arbetsutskott",
	  "arbetsutskott", 0, S_KS, "Kommunhuset, Lilla salen", "08:30", 3 },
	{ "BUN", "Barn- och utbildningsnämnden", "barn- och utbildningsnämnden", "nämnd",
	  -1, S_BUN, "Utbildningsförvaltningen, Rum Älven", "13:30", 2 },
	{ "BUNAU", "Barn- och utbildningsnämndens arbetsutskott",
	  "barn- och utbildningsnämndens arbetsutskott", "arbetsutskott", 2, S_BUN,
	  "Utbildningsförvaltningen, Rum Forsen", "09:00", 2 },
	{ "SBN", "Samhällsbyggnadsnämnden", "samhällsbyggnadsnämnden", "nämnd", -1,
	  S_SBN, "Stadshuset, Rum Fjärden", "09:00", 4 },
	{ "SBNAU", "Samhällsbyggnadsnämndens arbetsutskott",
	  "samhällsbyggnadsnämndens arbetsutskott", "arbetsutskott", 4, S_SBN,
	  "Stadshuset, Rum Viken", "08:15", 4 },
	{ "SN", "Socialnämnden", "socialnämnden", "nämnd", -1, S_SN,
	  "Socialkontoret, Rum Ängen", "13:15", 1 },
	{ "SNAU", "Socialnämndens arbetsutskott", "socialnämndens arbetsutskott",
	  "arbetsutskott", 6, S_SN, "Socialkontoret, Rum Gläntan", "08:30", 1 },
};
#define NBODIES ((int)N(bodies))

static const char *const ks_titles[] = {
	"Motion från {N} ({F}) om {T}",
	"Motion från {N} ({F}) om {T}",
	"Medborgarförslag om {T}",
	"Yttrande över remiss från {R} om {T}",
	"Mål och budget {Z} med ekonomisk plan för {Z}–{3}",
	"Delårsrapport per den 31 augusti {Y}",
	"Årsredovisning {X}",
	"Revidering av {L}",
	"Upphandling av {H}",
	"Försäljning av fastigheten {P}",
	"Förvärv av del av fastigheten {P}, {A}",
	"Avsiktsförklaring med {C} om {T}",
	"Interpellation från {N} ({F}) om {T}",
	"Internkontrollplan {Y} för kommunstyrelsen",
	"Ansökan om medel ur {E}",
	"Val av ombud till {C}s årsstämma {Y}",
	"Revisionsrapport: granskning av {L}",
};

static const char *const sbn_titles[] = {
	"Detaljplan för {P}, {A}",
	"Detaljplan för {P}, {A} – beslut om antagande",
	"Detaljplan för del av {P}, {A} – samråd",
	"Ansökan om bygglov för {B}, {P}",
	"Ansökan om bygglov för {B}, {P}",
	"Ansökan om bygglov för {B}, {P}",
	"Ansökan om rivningslov för {B}, {P}",
	"Förhandsbesked för nybyggnad av {B}, {P}",
	"Strandskyddsdispens för {B} på fastigheten {P}",
	"Tillsyn enligt plan- och bygglagen, olovlig byggnation på {P}",
	"Lokala trafikföreskrifter om hastighet på {G}, {A}",
	"Ansökan om markupplåtelse på {G} för uteservering vid {C}",
	"Namnsättning av gator inom {A}",
	"Medborgarförslag om {T}",
	"Yttrande över {R}s remiss om {T}",
	"Föreläggande om åtgärder vid {P} enligt miljöbalken",
	"Översiktsplan för {A} – utställning",
};

static const char *const bun_titles[] = {
	"Skolskjuts för elev vid {S}",
	"Anmälan om kränkande behandling vid {S}",
	"Anmälan om kränkande behandling vid {S}",
	"Ansökan om godkännande av {C} som huvudman för fristående förskola",
	"Systematiskt kvalitetsarbete {Y} för {S}",
	"Lokalförsörjningsplan för förskola och skola i {A}",
	"Beslut om tilläggsbelopp för barn i {S}",
	"Remiss från {R} om {T}",
	"Motion från {N} ({F}) om {T}",
	"Skolinspektionens tillsyn av {S}",
	"Elevhälsans verksamhetsberättelse {X}",
	"Läsårstider {Y}/{Z}",
	"Avgifter i förskola och fritidshem {Z}",
	"Stängning av {S} under sommaren {Y}",
};

static const char *const sn_titles[] = {
	"Anmälan enligt lex Sarah, {U}",
	"Anmälan enligt lex Sarah, {U}",
	"Anmälan enligt lex Maria, {U}",
	"Avgifter inom äldreomsorgen {Z}",
	"Ansökan om serveringstillstånd för {C}",
	"Tillsyn av serveringsställe, {C}",
	"Yttrande till förvaltningsrätten i mål om ekonomiskt bistånd",
	"Yttrande till Inspektionen för vård och omsorg (IVO) avseende {U}",
	"Verksamhetsberättelse {X} för {U}",
	"Riktlinjer för ekonomiskt bistånd {Z}",
	"Ej verkställda beslut enligt SoL och LSS, kvartal {k} {Y}",
	"Överenskommelse med Region Sjöbacka om {T}",
	"Medborgarförslag om {T}",
	"Upphandling av {H}",
};

static const struct series series[NSERIES] = {
	[S_KS] = { "KS", 0, 35, "Kommunledningskontoret", "kommunledningskontoret",
		   ks_titles, N(ks_titles) },
	[S_BUN] = { "BUN", 2, 15, "Utbildningsförvaltningen", "utbildningsförvaltningen",
		    bun_titles, N(bun_titles) },
	[S_SBN] = { "SBN", 4, 30, "Samhällsbyggnadsförvaltningen",
		    "samhällsbyggnadsförvaltningen", sbn_titles, N(sbn_titles) },
	[S_SN] = { "SN", 6, 20, "Socialförvaltningen", "socialförvaltningen",
		   sn_titles, N(sn_titles) },
};

static const char *const first_names[] = {
	"Anna", "Åsa", "Örjan", "Björn", "Märta", "Gösta", "Göran", "Sören", "Håkan",
	"Jöns", "Renée", "André", "Jürgen", "Karin", "Erik", "Lars", "Maria", "Eva",
	"Per", "Kerstin", "Mikael", "Ingrid", "Johan", "Birgitta", "Anders", "Lena",
	"Mohammed", "Fatima", "Ali", "Leyla", "Nils", "Sofia", "Emma", "Oskar",
	"Ulla", "Tove", "Linnéa", "Agnes", "Måns", "Stina", "Bengt", "Helén",
	"Ylva", "Torbjörn", "Jörgen", "Solveig", "Pär", "Lisa", "Ahmed", "Zeynep",
	"Mats", "Gunnel", "Hanna", "Viktor", "Malin", "Dragan", "Elin", "Åke",
};

static const char *const last_names[] = {
	"Öberg", "Åkesson", "Ström", "Lindén", "Müller", "Bäckström", "Sjögren",
	"Löfgren", "Nyström", "Wallén", "Hägg", "Söderlund", "Östlund", "Ekström",
	"Håkansson", "Jönsson", "Andrée", "Holmén", "Törnqvist", "Mårtensson",
	"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
	"Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Lindqvist",
	"Berg", "Hedlund", "Forsberg", "Sandström", "Lundgren", "Dahlén",
	"Yilmaz", "Hussein", "Kovačević", "Nordström", "Åberg", "Fägerström",
	"Granlund", "Lindström", "Blomqvist", "Sundén", "Björklund", "Rönnberg",
};

static const char *const parties[] = { "S", "M", "SD", "C", "V", "KD", "L", "MP" };
static const int party_weight[] = { 30, 19, 17, 9, 8, 6, 5, 6 };

static const char *const official_titles[] = {
	"handläggare", "utredare", "nämndsekreterare", "förvaltningschef",
	"enhetschef", "controller", "jurist", "verksamhetsutvecklare",
};
static const char *const sbn_official_titles[] = {
	"planarkitekt", "bygglovshandläggare", "miljöinspektör", "trafikingenjör",
};
static const char *const sn_official_titles[] = {
	"socialsekreterare", "biståndshandläggare", "alkoholhandläggare",
	"medicinskt ansvarig sjuksköterska",
};
static const char *const bun_official_titles[] = {
	"skolchef", "förskolechef", "elevhälsochef", "skolskjutssamordnare",
};

/* ---- Word lists for the template keys {x} ----------------------------- */

static const char *const w_area[] = {
	"Södermalm", "Sjöbacka centrum", "Västra hamnen", "Östra Öjaby", "Källängen",
	"Björkö", "Gåsholmen", "Älvsbacka", "Sävja", "Brännkyrka", "Fäboda",
	"Mörtviken", "Norra Åsen", "Lövsta", "Hägernäs", "Tallåsen", "Kvarnbyn",
	"Ängsbacken", "Strömsund", "Rödbergen",
};
static const char *const w_block[] = {
	"Örnen", "Björken", "Kvarnen", "Lärkan", "Sjöängen", "Hälleberget",
	"Tallåsen", "Ekbacken", "Ängsgården", "Skönvik", "Målaren", "Smedjan",
	"Fiskaren", "Väktaren", "Högåsen", "Bäckahagen", "Rönnen", "Säby",
	"Åkerby", "Dalkarlsbo", "Kronan", "Svärdet", "Häradshövdingen", "Lindén",
};
static const char *const w_topic[] = {
	"trygghetsvandringar i {A}",
	"fler laddstolpar vid kommunens anläggningar",
	"gång- och cykelväg längs {G}",
	"belysning på motionsspåret i {A}",
	"avgiftsfri kollektivtrafik för pensionärer",
	"ökad andel ekologisk mat i förskolan",
	"hundrastgård i {A}",
	"öppettider på biblioteket i {A}",
	"fler bänkar längs strandpromenaden",
	"åtgärder mot nedskräpning i {A}",
	"skolmåltidernas kvalitet",
	"bevarande av kvarnen i {A}",
	"digitala sammanträden i fullmäktige",
	"ersättning till förtroendevalda",
	"översyn av färdtjänsten",
	"näringslivsklimatet i kommunen",
	"tillgänglighet för personer med funktionsnedsättning",
	"kafé och kiosk vid badplatsen i {A}",
	"klimatanpassning av dagvattensystemet",
	"vattenkvaliteten i sjöarna runt {A}",
	"koloniområde i {A}",
	"elevhälsans resurser",
	"sommarlovsaktiviteter för unga",
	"trafiksäkerhet vid förskolan i {A}",
	"idéburet offentligt partnerskap med föreningslivet",
	"ny entré till simhallen",
	"solceller på kommunens fastigheter",
	"hastighetsdämpande åtgärder på {G}",
	"bostäder för äldre i {A}",
	"ensamhet bland äldre",
	"våld i nära relationer",
	"barnfattigdom och fritidskort",
	"skyddad natur vid {A}",
	"lokaler för kulturskolan",
	"ungdomsmottagningens öppettider",
	"snöröjning av gång- och cykelvägar",
	"pendelparkering i {A}",
	"fiberutbyggnad på landsbygden",
	"matsvinn i kommunens kök",
	"feriepraktik för gymnasieelever",
};
static const char *const w_authority[] = {
	"Länsstyrelsen", "Socialstyrelsen", "Trafikverket", "Skolverket", "Boverket",
	"Finansdepartementet", "Region Sjöbacka", "Naturvårdsverket",
	"Socialdepartementet", "Myndigheten för samhällsskydd och beredskap",
	"Sveriges Kommuner och Regioner", "Kammarkollegiet",
};
static const char *const w_building[] = {
	"enbostadshus", "garage och förråd", "tillbyggnad av fritidshus",
	"nybyggnad av flerbostadshus", "skärmtak", "transformatorstation",
	"solcellsanläggning", "brygga", "komplementbyggnad",
	"ändrad användning till kafé", "mur och plank", "inglasat uterum",
	"fasadändring", "skylt", "mobilmast", "rivning av ekonomibyggnad",
};
static const char *const w_street[] = {
	"Sjövägen", "Storgatan", "Kyrkvägen", "Hamngatan", "Åsvägen", "Fäbodvägen",
	"Müllers väg", "Lindéns gränd", "Skolgatan", "Järnvägsgatan",
	"Älvstranden", "Bäckvägen",
};
static const char *const w_company[] = {
	"Solrosen förskola AB", "Café Lindén", "Björkens Bygg AB",
	"Nöjesfabriken i Sjöbacka AB", "Restaurang Kökspingvinen", "Bistro Müller",
	"Pizzeria Napoli", "Hotell Älvsbacka", "Sjöbacka Energi AB",
	"Sjöbackahem AB", "Föreningen Kulturcentrum", "Sjöbacka Vatten AB",
	"Krögarn på Torget", "Brasserie Zürich",
};
static const char *const w_school[] = {
	"Källängsskolan", "Björkö skola", "Ängsbackens förskola", "Tallåsskolan",
	"Öjaby skola", "Sjöbacka gymnasium", "Fäboda förskola", "Kvarnbyskolan",
	"Rödbergsskolan", "Lövsta förskola", "Hägernässkolan",
};
static const char *const w_unit[] = {
	"hemtjänsten Norr", "hemtjänsten Söder", "Ängsgårdens äldreboende",
	"boendestöd Öst", "Solgläntans gruppbostad", "familjecentralen i Sävja",
	"mottagningsenheten", "Björkhagens korttidsboende", "daglig verksamhet Fyren",
};
static const char *const w_policy[] = {
	"arvodesreglementet", "delegationsordningen", "riktlinjer för representation",
	"policy för informationssäkerhet", "reglemente för intern kontroll",
	"styrdokument för medborgardialog", "plan för krisberedskap",
	"taxa för offentlig kontroll", "riktlinjer för föreningsbidrag",
	"riktlinjer för idéburet offentligt partnerskap",
	"kommunens upphandlingspolicy", "personalpolitiskt program",
};
static const char *const w_service[] = {
	"städtjänster", "skolskjuts", "livsmedel till kommunens kök",
	"konsulttjänster inom IT", "vinterväghållning", "hemtjänstens bilar",
	"entrémattor och tvätt", "café- och kioskverksamhet i simhallen",
	"trygghetslarm", "tolktjänster",
};
static const char *const w_fund[] = {
	"kommunstyrelsens utvecklingsfond", "folkhälsorådets medel",
	"landsbygdsutvecklingsfonden", "Leader Sjöbacka",
};
static const char *const w_action[] = {
	"godkänna förvaltningens förslag",
	"godkänna förvaltningens förslag",
	"anta detaljplanen",
	"avslå ansökan",
	"bevilja ansökan med villkor enligt förvaltningens förslag",
	"anse motionen besvarad",
	"avslå motionen",
	"bifalla medborgarförslaget",
	"lägga informationen till handlingarna",
	"överlämna yttrandet till {R}",
	"ge förvaltningen i uppdrag att återkomma med en redovisning senast den {Q}",
	"fastställa avgifterna enligt bilaga",
	"anta reviderade riktlinjer enligt bilaga",
	"uppdra åt förvaltningschefen att teckna avtal med {C}",
	"bevilja strandskyddsdispens för den del av fastigheten som utgör tomtplats",
	"avvisa överklagandet då det kommit in för sent",
};
static const char *const w_sentence[] = {
	"{V} har tagit fram ett förslag till beslut i ärendet.",
	"Ärendet har beretts i samråd med berörda förvaltningar och med {R}.",
	"Förslaget bedöms inte medföra några ökade kostnader för kommunen under {Y}.",
	"Kostnaden beräknas till {K} och ryms inom befintlig budget.",
	"Förslaget har stöd i gällande översiktsplan och bedöms vara förenligt med "
	"kommunens mål om hållbar utveckling.",
	"Synpunkter har inkommit från närboende i {A} och redovisas i "
	"samrådsredogörelsen.",
	"En barnkonsekvensanalys har gjorts och bifogas ärendet.",
	"{V} föreslår att {o} ger förvaltningen i uppdrag att utreda frågan vidare.",
	"Motionären anser att kommunen bör arbeta för {T}.",
	"Frågan om {T} har tidigare behandlats av {o} och bedömningen kvarstår.",
	"Förvaltningen bedömer att ansökan uppfyller kraven i plan- och bygglagen.",
	"Enligt {R} ska kommunen redovisa resultatet senast den {Q}.",
	"Åtgärderna följs upp i samband med delårsrapporten per den 31 augusti {Y}.",
	"Det finns ingen risk för påtaglig skada på riksintresset för kulturmiljövården.",
	"Beslutet kan överklagas till förvaltningsrätten inom tre veckor från den dag "
	"klaganden fick del av beslutet.",
	"Samverkan med föreningslivet och idéburna organisationer är en viktig del av "
	"arbetet.",
	"Förslaget har förhandlats enligt 11 § MBL med de fackliga organisationerna den {Q}.",
	"Verksamheten har under året haft svårt att rekrytera legitimerad personal.",
	"Kostnaderna för ekonomiskt bistånd har ökat med {I} procent jämfört med "
	"föregående år.",
	"Antalet elever i {S} väntas öka med cirka {I} procent fram till {3}.",
	"Förvaltningen har varit i kontakt med {C} och tagit del av deras synpunkter.",
	"Ärendet är av principiell beskaffenhet och ska därför avgöras av {o}.",
	"Kafé- och entréytorna i kommunhuset ses över i samband med ombyggnaden.",
	"En miljöbedömning har gjorts och planen bedöms inte medföra betydande "
	"miljöpåverkan.",
	"Trafikmängden på {G} har mätts under hösten och uppgår till cirka {I}00 "
	"fordon per dygn.",
	"Nämnden har tidigare, den {Q}, beslutat om {T}.",
	"Förvaltningen har inte funnit skäl att frångå tidigare bedömning.",
	"Ett platsbesök gjordes den {Q} tillsammans med sökanden.",
};

/* Rarely used: a rare word for search benchmarks (about 3 in 100 000). */
static const char *const rare_word = "Klöverträsk";

#endif
