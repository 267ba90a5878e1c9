-- namnd demo data: a fictional kommun, Exempelstads kommun, with its
-- Utbildningsnämnd (UBN), the nämnd's arbetsutskott (UBNAU) and a
-- samverkansråd (SRBU). Every person, place and organisation is invented.
--
-- Run by `namnd demo` inside one transaction on a freshly migrated, empty
-- database. temp.demo_today(d) holds today's date (NAMND_TODAY honoured);
-- every date below is computed from it, so the demo always has a meeting
-- just held (not yet justerat) and one coming with a full agenda:
--
--   meeting id 200 + M  the AU meeting in month M of this year (202 = Feb,
--                       212 = Dec); 100 + M the nämnd, a week later;
--                       300 + M the samverkansråd. Last year's December is
--                       200/100 and next year's February 214/114, added only
--                       when this year has no AU meeting before/after today.
--   the held AU meeting    status 'genomfört': `namnd meeting list
--                          --committee UBNAU`, the last one before today;
--   the coming AU meeting  status 'kallat', the first one from today on.
--   (With NAMND_TODAY=2026-11-22: held 211 on 2026-11-11, coming 212 on
--   2026-12-02.)
--
-- Conventions: ärenden 1..46, agenda items and paragraphs of the held
-- meeting 1001.. (a paragraph has the id of its agenda item), agenda items
-- of the coming meeting 2001...

------------------------------------------------------------------------
-- Working tables (temp, dropped at the end)
------------------------------------------------------------------------

-- The months with meetings (not January, not July) and the day of the
-- month from which the AU's Wednesday is counted; the nämnd meets a week
-- after its AU.
CREATE TEMP TABLE demo_month (m INTEGER PRIMARY KEY, au_from INTEGER, name TEXT);
INSERT INTO demo_month (m, au_from, name) VALUES
	( 1, NULL, 'januari'),
	( 2,    8, 'februari'),
	( 3,    8, 'mars'),
	( 4,    8, 'april'),
	( 5,    8, 'maj'),
	( 6,    8, 'juni'),
	( 7, NULL, 'juli'),
	( 8,   15, 'augusti'),
	( 9,    8, 'september'),
	(10,    8, 'oktober'),
	(11,    8, 'november'),
	(12,    1, 'december');

-- Today and its year.
CREATE TEMP TABLE demo_t AS
	SELECT d AS t, CAST(strftime('%Y', d) AS INTEGER) AS y FROM demo_today;

-- The sammanträdesplan: (id, committee, date).
CREATE TEMP TABLE demo_plan (id INTEGER PRIMARY KEY, committee_id INTEGER NOT NULL,
                             date TEXT NOT NULL);

-- UBNAU on a Wednesday, UBN the Wednesday after, in each meeting month.
INSERT INTO demo_plan (id, committee_id, date)
	SELECT 200 + m, 2, date(printf('%04d-%02d-%02d', y, m, au_from), 'weekday 3')
	  FROM demo_month, demo_t WHERE au_from IS NOT NULL;
INSERT INTO demo_plan (id, committee_id, date)
	SELECT 100 + m, 1, date(printf('%04d-%02d-%02d', y, m, au_from), 'weekday 3', '+7 days')
	  FROM demo_month, demo_t WHERE au_from IS NOT NULL;

-- Early in the year (no AU meeting yet): last year's December meetings.
INSERT INTO demo_plan (id, committee_id, date)
	SELECT 200, 2, date(printf('%04d-12-01', y - 1), 'weekday 3') FROM demo_t
	 WHERE NOT EXISTS (SELECT 1 FROM demo_plan WHERE committee_id = 2 AND date < t);
INSERT INTO demo_plan (id, committee_id, date)
	SELECT 100, 1, date(printf('%04d-12-01', y - 1), 'weekday 3', '+7 days') FROM demo_t
	 WHERE EXISTS (SELECT 1 FROM demo_plan WHERE id = 200);

-- Late in the year (no AU meeting left): next year's February meetings.
INSERT INTO demo_plan (id, committee_id, date)
	SELECT 214, 2, date(printf('%04d-02-08', y + 1), 'weekday 3') FROM demo_t
	 WHERE NOT EXISTS (SELECT 1 FROM demo_plan WHERE committee_id = 2 AND date >= t);
INSERT INTO demo_plan (id, committee_id, date)
	SELECT 114, 1, date(printf('%04d-02-08', y + 1), 'weekday 3', '+7 days') FROM demo_t
	 WHERE EXISTS (SELECT 1 FROM demo_plan WHERE id = 214);

-- The samverkansråd: four Thursdays a year.
INSERT INTO demo_plan (id, committee_id, date)
	SELECT 300 + m, 3, date(printf('%04d-%02d-15', y, m), 'weekday 4')
	  FROM demo_month, demo_t WHERE m IN (3, 5, 9, 11);

-- The anchors: h = the held AU meeting (last before today), c = the coming
-- one (first from today on), their ids and years; p0 = the first paragraph
-- number of the held meeting (paragraphs run on through the year, about
-- nine per earlier AU meeting); jd = its justering day (six days after, or
-- the first Tuesday after today if that has passed); term_from/term_to
-- = the mandatperiod (2023–2026, 2027–2030, …) around h and c.
CREATE TEMP TABLE demo_at AS
	SELECT t, y, h, c, hid, cid,
	       CAST(strftime('%Y', h) AS INTEGER) AS hy,
	       CAST(strftime('%Y', c) AS INTEGER) AS cy,
	       1 + 9 * (CAST(strftime('%m', h) AS INTEGER) - 2
	                - (CAST(strftime('%m', h) AS INTEGER) > 7)) AS p0,
	       max(date(h, '+6 days'), date(t, '+1 day', 'weekday 2')) AS jd,
	       printf('%04d-01-01', CAST(strftime('%Y', h) AS INTEGER)
	              - ((CAST(strftime('%Y', h) AS INTEGER) - 2023) % 4 + 4) % 4) AS term_from,
	       printf('%04d-12-31', CAST(strftime('%Y', c) AS INTEGER)
	              - ((CAST(strftime('%Y', c) AS INTEGER) - 2023) % 4 + 4) % 4 + 3) AS term_to
	  FROM (SELECT t, y,
	               (SELECT max(date) FROM demo_plan WHERE committee_id = 2 AND date < t) AS h,
	               (SELECT min(date) FROM demo_plan WHERE committee_id = 2 AND date >= t) AS c,
	               (SELECT id FROM demo_plan WHERE committee_id = 2 AND date < t
	                 ORDER BY date DESC LIMIT 1) AS hid,
	               (SELECT id FROM demo_plan WHERE committee_id = 2 AND date >= t
	                 ORDER BY date LIMIT 1) AS cid
	          FROM demo_t);

------------------------------------------------------------------------
-- Settings
------------------------------------------------------------------------

INSERT INTO setting (key, value) VALUES
	('org_name',      'Exempelstads kommun'),
	('dnr_pattern',   '{S} {Y}/{N}'),
	('archive_place', 'Kommunkansliet, Kommunhuset, Exempelstad'),
	('anslag_place',  'Exempelstads kommuns digitala anslagstavla, exempelstad.se/anslagstavla'),
	('demo',          '1');

------------------------------------------------------------------------
-- Committees
------------------------------------------------------------------------

INSERT INTO committee (id, code, name, kind, parent_id, place, start_time, notice_days, dnr_series) VALUES
	(1, 'UBN',   'Utbildningsnämnden',                'nämnd',         NULL, 'Sessionssalen, Kommunhuset',          '13:00', 7, 'UBN'),
	(2, 'UBNAU', 'Utbildningsnämndens arbetsutskott', 'arbetsutskott', 1,    'Sammanträdesrum Forsen, Kommunhuset', '08:30', 7, 'UBN'),
	(3, 'SRBU',  'Samverkansrådet för barn och unga i Norrdalen',
	                                                  'samverkansråd', NULL, 'Regionens hus, Norrvik',              '13:00', 7, NULL);

------------------------------------------------------------------------
-- People
------------------------------------------------------------------------

-- Politicians of the utbildningsnämnd (ledamöter 1–9, ersättare 10–18).
-- ExL = Exempelstadslistan, a local party.
INSERT INTO person (id, name, party, organisation, title, email, phone) VALUES
	( 1, 'Henrik Östlund',     'M',   'Exempelstads kommun', NULL, 'henrik.ostlund@politiker.exempelstad.se', NULL),
	( 2, 'Annika Wennberg',    'KD',  NULL, NULL, 'annika.wennberg@politiker.exempelstad.se', NULL),
	( 3, 'Birgitta Sandell',   'S',   NULL, NULL, 'birgitta.sandell@politiker.exempelstad.se', NULL),
	( 4, 'Camilla Rydén',      'SD',  NULL, NULL, 'camilla.ryden@politiker.exempelstad.se', NULL),
	( 5, 'Leila Haddad',       'V',   NULL, NULL, 'leila.haddad@politiker.exempelstad.se', NULL),
	( 6, 'Jonas Ahlgren',      'S',   NULL, NULL, 'jonas.ahlgren@politiker.exempelstad.se', NULL),
	( 7, 'André Frisk',        'L',   NULL, NULL, 'andre.frisk@politiker.exempelstad.se', NULL),
	( 8, 'Malin Öberg',        'C',   NULL, NULL, 'malin.oberg@politiker.exempelstad.se', NULL),
	( 9, 'Ingvar Åström',      'ExL', NULL, NULL, NULL, NULL),
	(10, 'Sofia Brandt',       'M',   NULL, NULL, 'sofia.brandt@politiker.exempelstad.se', NULL),
	(11, 'Per-Olof Hägg',      'S',   NULL, NULL, 'per-olof.hagg@politiker.exempelstad.se', NULL),
	(12, 'Rasmus Tell',        'SD',  NULL, NULL, 'rasmus.tell@politiker.exempelstad.se', NULL),
	(13, 'Elsa Grönvall',      'KD',  NULL, NULL, 'elsa.gronvall@politiker.exempelstad.se', NULL),
	(14, 'Karolina Åkerlund',  'V',   NULL, NULL, 'karolina.akerlund@politiker.exempelstad.se', NULL),
	(15, 'Gunnar Wiklander',   'MP',  NULL, NULL, 'gunnar.wiklander@politiker.exempelstad.se', NULL),
	(16, 'Nadia Berglöf',      'C',   NULL, NULL, 'nadia.berglof@politiker.exempelstad.se', NULL),
	(17, 'Jenny Müller',       'L',   NULL, NULL, 'jenny.muller@politiker.exempelstad.se', NULL),
	(18, 'Lars-Erik Ärlig',    'ExL', NULL, NULL, NULL, NULL);

-- Officials of utbildningsförvaltningen.
INSERT INTO person (id, name, party, organisation, title, email, phone) VALUES
	(20, 'Magdalena Strand',   NULL, NULL, 'förvaltningschef',                             'magdalena.strand@exempelstad.se',  NULL),
	(21, 'Therese Lundmark',   NULL, NULL, 'nämndsekreterare',                             'therese.lundmark@exempelstad.se',  '0123-45 67 80'),
	(22, 'Oskar Bengtzon',     NULL, NULL, 'controller',                                   'oskar.bengtzon@exempelstad.se',    NULL),
	(23, 'Emelie Sjöqvist',    NULL, NULL, 'verksamhetschef grundskola',                   'emelie.sjoqvist@exempelstad.se',   NULL),
	(24, 'Kristoffer Nyholm',  NULL, NULL, 'verksamhetschef förskola',                     'kristoffer.nyholm@exempelstad.se', NULL),
	(25, 'Ahmed Karimi',       NULL, NULL, 'verksamhetschef gymnasium och vuxenutbildning', 'ahmed.karimi@exempelstad.se',     NULL),
	(26, 'Pia Holmqvist',      NULL, NULL, 'administrativ chef',                           'pia.holmqvist@exempelstad.se',     NULL),
	(27, 'Jesper Malmsten',    NULL, NULL, 'verksamhetsutvecklare',                        'jesper.malmsten@exempelstad.se',   NULL),
	(28, 'Fredrik Ödman',      NULL, NULL, 'säkerhetssamordnare',                          'fredrik.odman@exempelstad.se',     NULL);

-- The samverkansråd's members represent organisations, not parties.
INSERT INTO person (id, name, party, organisation, title, email, phone) VALUES
	(30, 'Ulrika Tornberg',    NULL, 'Region Västerland', NULL, NULL, NULL),
	(31, 'Mats Granqvist',     NULL, 'Norrviks kommun',   NULL, NULL, NULL),
	(32, 'Hanna Vikström',     NULL, 'Sjöbacka kommun',   NULL, NULL, NULL),
	(33, 'Roger Almgren',      NULL, 'Region Västerland', NULL, NULL, NULL),
	(34, 'Tove Bergman',       NULL, 'Norrviks kommun',   NULL, NULL, NULL),
	(35, 'Nils Ekdahl',        NULL, 'Region Västerland', NULL, NULL, NULL),
	(36, 'Emma Sjödin',        NULL, 'Sjöbacka kommun',   NULL, NULL, NULL),
	(37, 'Jelena Marković',    NULL, 'Region Västerland', 'regional samordnare', 'jelena.markovic@regionvasterland.se', '0123-45 12 00');

------------------------------------------------------------------------
-- Memberships (the current mandatperiod)
------------------------------------------------------------------------

INSERT INTO membership (id, person_id, committee_id, role, ersattare_order, valid_from, valid_to)
	SELECT v.column1, v.column2, v.column3, v.column4, v.column5, a.term_from, a.term_to
	  FROM (VALUES
	-- Utbildningsnämnden: ledamöter
	( 1,  1, 1, 'ordförande',          NULL),
	( 2,  2, 1, '1:e vice ordförande', NULL),
	( 3,  3, 1, '2:e vice ordförande', NULL),
	( 4,  4, 1, 'ledamot',             NULL),
	( 5,  5, 1, 'ledamot',             NULL),
	( 6,  6, 1, 'ledamot',             NULL),
	( 7,  7, 1, 'ledamot',             NULL),
	( 8,  8, 1, 'ledamot',             NULL),
	( 9,  9, 1, 'ledamot',             NULL),
	-- Utbildningsnämnden: ersättare in tjänstgöringsordning
	(10, 10, 1, 'ersättare',           1),
	(11, 11, 1, 'ersättare',           2),
	(12, 12, 1, 'ersättare',           3),
	(13, 13, 1, 'ersättare',           4),
	(14, 14, 1, 'ersättare',           5),
	(15, 15, 1, 'ersättare',           6),
	(16, 16, 1, 'ersättare',           7),
	(17, 17, 1, 'ersättare',           8),
	(18, 18, 1, 'ersättare',           9),
	-- Utbildningsnämnden: sekreterare and invited officials
	(19, 21, 1, 'sekreterare',         NULL),
	(20, 20, 1, 'övrig',               NULL),
	(21, 22, 1, 'övrig',               NULL),
	(22, 26, 1, 'övrig',               NULL),
	-- Arbetsutskottet: ledamöter
	(30,  1, 2, 'ordförande',          NULL),
	(31,  2, 2, '1:e vice ordförande', NULL),
	(32,  3, 2, '2:e vice ordförande', NULL),
	(33,  4, 2, 'ledamot',             NULL),
	(34,  5, 2, 'ledamot',             NULL),
	-- Arbetsutskottet: ersättare
	(35, 10, 2, 'ersättare',           1),
	(36,  6, 2, 'ersättare',           2),
	(37, 12, 2, 'ersättare',           3),
	(38, 13, 2, 'ersättare',           4),
	(39,  7, 2, 'ersättare',           5),
	-- Arbetsutskottet: sekreterare and invited officials
	(40, 21, 2, 'sekreterare',         NULL),
	(41, 20, 2, 'övrig',               NULL),
	(42, 22, 2, 'övrig',               NULL),
	(43, 23, 2, 'övrig',               NULL),
	(44, 24, 2, 'övrig',               NULL),
	(45, 25, 2, 'övrig',               NULL),
	(46, 26, 2, 'övrig',               NULL),
	(47, 27, 2, 'övrig',               NULL),
	-- Samverkansrådet
	(50, 30, 3, 'ordförande',          NULL),
	(51, 31, 3, '1:e vice ordförande', NULL),
	(52,  1, 3, 'ledamot',             NULL),
	(53, 32, 3, 'ledamot',             NULL),
	(54, 33, 3, 'ledamot',             NULL),
	(55, 34, 3, 'ersättare',           1),
	(56, 35, 3, 'ersättare',           2),
	(57, 36, 3, 'ersättare',           3),
	(58, 37, 3, 'sekreterare',         NULL),
	(59, 20, 3, 'övrig',               NULL)
	) AS v, demo_at AS a;

------------------------------------------------------------------------
-- Standard agenda (föredragningslista) per committee
------------------------------------------------------------------------

INSERT INTO agenda_template (id, committee_id, position, kind, title, presenter_role, duration) VALUES
	( 1, 2, 1, 'procedur', 'Upprop',                                          NULL,  5),
	( 2, 2, 2, 'procedur', 'Val av justerare',                                NULL,  5),
	( 3, 2, 3, 'stående',  'Fastställande av föredragningslistan',            NULL,  5),
	( 4, 2, 4, 'stående',  'Påminnelse om jävsbestämmelser',                  NULL,  5),
	( 5, 2, 5, 'stående',  'Redovisning av delegeringsbeslut',                NULL,  5),
	( 6, 2, 6, 'stående',  'Redovisning av underrättelser, beslut och domar', NULL,  5),
	( 7, 2, 7, 'stående',  'Övriga frågor',                                   NULL, 10),
	(11, 1, 1, 'procedur', 'Upprop',                                          NULL,  5),
	(12, 1, 2, 'procedur', 'Val av justerare',                                NULL,  5),
	(13, 1, 3, 'stående',  'Fastställande av föredragningslistan',            NULL,  5),
	(14, 1, 4, 'stående',  'Påminnelse om jävsbestämmelser',                  NULL,  5),
	(15, 1, 5, 'stående',  'Redovisning av delegeringsbeslut',                NULL,  5),
	(16, 1, 6, 'stående',  'Redovisning av underrättelser, beslut och domar', NULL,  5),
	(17, 1, 7, 'stående',  'Övriga frågor',                                   NULL, 10);

------------------------------------------------------------------------
-- Sammanträden: the plan of the year
------------------------------------------------------------------------

-- Past meetings are justerade six days after and anslagna the day after
-- that (archived after six weeks) -- except the held AU meeting, which
-- waits for its justering. Coming meetings are planned, or kallade once
-- within the notice period; the coming AU meeting is kallat. The
-- justering itself is recorded after the past meetings' attendance (see
-- "Earlier meetings" below): a justerat protokoll takes no attendance.
INSERT INTO meeting (id, committee_id, date, start_time, end_time, place, status, notes,
                     justering_place, justering_date)
	SELECT p.id, p.committee_id, p.date, k.start_time,
	       CASE WHEN p.date >= a.t THEN NULL
	            WHEN p.id = a.hid THEN '11:35'
	            WHEN k.id = 1 THEN '15:40'
	            WHEN k.id = 2 THEN '11:30'
	            ELSE '15:00' END,
	       k.place,
	       CASE WHEN p.id = a.hid THEN 'genomfört'
	            WHEN p.id = a.cid THEN 'kallat'
	            WHEN p.date >= a.t THEN
	                 CASE WHEN date(p.date, printf('-%d days', k.notice_days)) <= a.t
	                      THEN 'kallat' ELSE 'planerat' END
	            WHEN date(p.date, '+6 days') >= a.t THEN 'genomfört'
	            WHEN p.date < date(a.t, '-45 days') THEN 'arkiverat'
	            ELSE 'anslaget' END,
	       CASE WHEN p.id = a.cid THEN
	            'Efter sammanträdet och lunch besöker arbetsutskottet Kvarnbackaskolan '
	            || 'och Bäckeby förskola. Buss avgår från Kommunhusets entré kl. 12.45.' END,
	       CASE WHEN p.date < a.t THEN
	            CASE WHEN k.id = 3 THEN 'Regionens hus, Norrvik'
	                 ELSE 'Kommunkansliet, Kommunhuset' END END,
	       CASE WHEN p.id = a.hid THEN a.jd
	            WHEN p.date < a.t THEN date(p.date, '+6 days') END
	  FROM demo_plan p JOIN committee k ON k.id = p.committee_id, demo_at a
	 ORDER BY p.id;

------------------------------------------------------------------------
-- Ärenden
------------------------------------------------------------------------

-- Staged first: their registration dates are relative to today and to the
-- held (H) and coming (C) meetings, and their dnr follows from the date.
--   anchor 'S': standing ärende of this year (`days` 0) or last year
--               (`days` -1), registered 2 January with a fixed number;
--   'H' / 'C':  registered `days` before the held / coming AU meeting
--               (never after today);
--   'T':        registered `days` before today;
--   'Y':        registered `days` per cent into this year so far;
--   'P':        registered on day `days` of last year.
-- Placeholders in the texts: {Y} the dnr year, {N} the year after, {F} the
-- year before, {MÅN} {MY} the last month closed three weeks before the
-- meeting (the month report's period) and its year,
-- {TERM} HT/VT and year of the meeting, {DATUM} next year's AU dates.
-- status NULL: 'beslutat' once the nämnd has met after the held AU
-- meeting, else 'klart för beslut'.
CREATE TEMP TABLE demo_case (
	id INTEGER PRIMARY KEY, anchor TEXT, days INTEGER, number INTEGER, status TEXT,
	officer INTEGER, conf INTEGER, title TEXT, proposal TEXT, summary TEXT,
	description TEXT,
	reg TEXT, yr INTEGER, anchor_date TEXT, num INTEGER);

-- Standing ärenden, this year (1–4) and last year (5–8).
INSERT INTO demo_case (id, anchor, days, number, status, officer, conf, title, proposal, summary) VALUES
	(1, 'S',  0, 1, 'under beredning', 21, 0, 'Fastställande av föredragningslistan {Y}',
	    'Utbildningsnämnden fastställer föredragningslistan.', NULL),
	(2, 'S',  0, 4, 'under beredning', 21, 0, 'Redovisning av delegeringsbeslut {Y}',
	    'Utbildningsnämnden noterar redovisningen av delegeringsbeslut.',
	    'Beslut som fattats med stöd av utbildningsnämndens delegeringsordning anmäls till nämnden vid varje sammanträde.'),
	(3, 'S',  0, 5, 'under beredning', 21, 0, 'Redovisning av underrättelser, beslut och domar {Y}',
	    'Utbildningsnämnden noterar redovisningen.',
	    'Underrättelser, beslut och domar från myndigheter och domstolar som rör nämndens verksamhet redovisas för nämnden.'),
	(4, 'S',  0, 8, 'under beredning', 21, 0, 'Påminnelse om jävsbestämmelser {Y}',
	    'Utbildningsnämnden noterar informationen.',
	    'Vid varje sammanträde påminns ledamöter och ersättare om bestämmelserna om jäv i 6 kap. 28–32 §§ kommunallagen.'),
	(5, 'S', -1, 1, 'avslutat',        21, 0, 'Fastställande av föredragningslistan {Y}',
	    'Utbildningsnämnden fastställer föredragningslistan.', NULL),
	(6, 'S', -1, 4, 'avslutat',        21, 0, 'Redovisning av delegeringsbeslut {Y}',
	    'Utbildningsnämnden noterar redovisningen av delegeringsbeslut.', NULL),
	(7, 'S', -1, 5, 'avslutat',        21, 0, 'Redovisning av underrättelser, beslut och domar {Y}',
	    'Utbildningsnämnden noterar redovisningen.', NULL),
	(8, 'S', -1, 8, 'avslutat',        21, 0, 'Påminnelse om jävsbestämmelser {Y}',
	    'Utbildningsnämnden noterar informationen.', NULL);

-- On the held AU meeting's agenda (11–15).
INSERT INTO demo_case (id, anchor, days, number, status, officer, conf, title, proposal, summary, description) VALUES
	(11, 'H', 12, NULL, NULL,       22, 0, 'Månadsuppföljning per {MÅN} {MY}',
	     'Utbildningsnämnden noterar informationen.',
	     'Utbildningsnämnden har för perioden en positiv avvikelse mot budget på 2,4 mnkr. Prognosen för helåret är en budget i balans: underskottet för skolskjuts vägs upp av vakanser inom ledning och administration.',
	     NULL),
	(12, 'H', 45, NULL, NULL,       23, 0, 'Framtida organisation av Bäckeby skola',
	     'Utbildningsnämnden beslutar att årskurs 4–6 vid Bäckeby skola flyttas till Kvarnbackaskolan från och med höstterminen {N}, och att Bäckeby skola därefter är en skola för förskoleklass och årskurs 1–3.',
	     'Elevantalet vid Bäckeby skola har minskat under flera år och befolkningsprognosen visar en fortsatt minskning. Skolan har svårt att bemanna undervisningen i årskurs 4–6 med behöriga lärare. Förvaltningen föreslår att mellanstadiet flyttas till Kvarnbackaskolan, som har lediga lokaler och ett större lärarlag.',
	     'Bäckeby skola har i dag 96 elever i förskoleklass till årskurs 6, varav 38 i årskurs 4–6. Enligt befolkningsprognosen minskar antalet barn i upptagningsområdet med ungefär en femtedel under de kommande fem åren. Med få elever per årskurs behöver lärarna undervisa i många ämnen, och andelen lektioner med behörig lärare i årskurs 4–6 var förra läsåret 61 procent. Kvarnbackaskolan ligger sju kilometer från Bäckeby och har plats för ytterligare två klasser. Eleverna från Bäckeby får skolskjuts. Vårdnadshavare och personal har informerats vid två dialogmöten.'),
	(13, 'H', 20, NULL, 'beslutat', 23, 0, 'Yttrande till Skolinspektionen över ansökan om godkännande som huvudman – Gläntans Montessori AB',
	     'Utbildningsnämnden beslutar att översända förvaltningens yttrande till Skolinspektionen som sitt eget.',
	     'Gläntans Montessori AB har ansökt hos Skolinspektionen om godkännande som huvudman för förskoleklass och grundskola årskurs 1–6 i Exempelstad. Kommunen ges tillfälle att yttra sig över vilka följder etableringen får för kommunens skolväsende. Förvaltningen bedömer att etableringen kan få negativa ekonomiska följder för de kommunala skolorna i Bäckeby och Kvarnbacka.',
	     NULL),
	(14, 'H', 30, NULL, NULL,       28, 0, 'Systematiskt brandskyddsarbete {Y}',
	     'Utbildningsnämnden godkänner rapporteringen av det systematiska brandskyddsarbetet {Y}.',
	     'Samtliga förskolor och skolor har genomfört den årliga uppföljningen av det systematiska brandskyddsarbetet. Uppföljningen visar att brandskyddspolicyn i huvudsak följs, men att fler medarbetare behöver genomgå brandskyddsutbildning.',
	     NULL),
	(15, 'H', 35, NULL, NULL,       23, 0, 'Revidering av riktlinjer för skolskjuts',
	     'Utbildningsnämnden beslutar att anta reviderade riktlinjer för skolskjuts i Exempelstads kommun.',
	     'Riktlinjerna har setts över med anledning av nya regler om skolskjuts vid växelvis boende och en ny upphandling av skolskjutstrafiken. Avståndsgränserna är oförändrade.',
	     NULL);

-- On the coming AU meeting's agenda (21–28).
INSERT INTO demo_case (id, anchor, days, number, status, officer, conf, title, proposal, summary, description) VALUES
	(21, 'C', 10, NULL, 'klart för beslut', 22, 0, 'Månadsuppföljning per {MÅN} {MY}',
	     'Utbildningsnämnden noterar informationen.',
	     'Utbildningsnämnden har för perioden en positiv avvikelse mot budget på 2,9 mnkr och en prognos som visar en budget i balans. Köpta platser i grundskolan och skolskjuts visar underskott.',
	     NULL),
	(22, 'C', 25, NULL, 'klart för beslut', 27, 0, 'Nämndplan med budget {N} – Utbildningsnämnden',
	     'Utbildningsnämnden beslutar att fastställa nämndplan med budget för {N}.',
	     'Nämndplanen utgår från kommunfullmäktiges mål och budget. Nämnden fortsätter med de två fokusområdena lika möjligheter till framgångsrikt lärande och hållbar kompetensförsörjning. Barn- och elevpengen räknas upp med 3,8 procent; personaltätheten i förskolan beräknas bli oförändrad.',
	     'Utbildningsnämndens nämndplan med budget för {N} består av tre riktningsmål och två uppdrag från kommunfullmäktige samt två nämndmål och tre uppdrag som nämnden själv fastställer. Planen beskriver de aktiviteter som ska leda till målen och fördelar ramen på verksamhetsområden. En procent av ramen avsätts till utvecklingsreserven för att möta förändringar i antalet barn och elever under året.'),
	(23, 'C', 30, NULL, 'klart för beslut', 27, 0, 'Handlingsplan för digitalisering – utbildningsnämnden',
	     'Utbildningsnämnden beslutar att godkänna handlingsplanen för digitalisering för läsåret {Y}/{N}.',
	     'Enligt kommunens digitaliseringspolicy ska varje nämnd ha en handlingsplan för digitalisering. Planen omfattar förskola, grundskola, anpassad skola, gymnasium och Komvux och beskriver aktiviteter för att utveckla undervisningen, de digitala tjänsterna till vårdnadshavare och personalens digitala kompetens.',
	     NULL),
	(24, 'C', 14, NULL, 'klart för beslut', 27, 0, 'Uppföljning av elevers kunskapsprogression, mittermin {TERM}',
	     'Utbildningsnämnden noterar informationen.',
	     'Uppföljningar av elevernas kunskapsprogression har genomförts på alla skolor vid mitten av terminen, och förvaltningen har följt upp resultaten i dialog med varje rektor. Rektorerna redovisar vilka insatser som planeras för elever som riskerar att inte nå målen.',
	     NULL),
	(25, 'C', 40, NULL, 'klart för beslut', 24, 0, 'Remiss – Samverkansavtal för familjecentraler i Region Västerland',
	     'Utbildningsnämnden beslutar att tillstyrka förslaget till samverkansavtal för familjecentraler och överlämnar yttrandet till kommunstyrelsen.',
	     'Region Västerland och länets kommuner har tagit fram ett gemensamt samverkansavtal för familjecentraler, där förskola och socialtjänst från kommunen samverkar med mödra- och barnhälsovården från regionen. Avtalet tydliggör uppdraget och skapar ett likvärdigt innehåll i hela länet.',
	     'Förslaget har skickats på remiss till kommunerna med svar senast under innevarande termin. Avtalet gäller i två år och förlängs därefter automatiskt om det inte sägs upp. Exempelstad har i dag två familjecentraler, i Exempelstad centrum och i Bäckeby. Förvaltningen bedömer att avtalet stämmer väl med hur verksamheten redan bedrivs.'),
	(26, 'C', 21, NULL, 'klart för beslut', 26, 0, 'Internkontrollplan {N}',
	     'Utbildningsnämnden beslutar att fastställa internkontrollplan för {N}.',
	     'Nämnderna ska enligt 6 kap. 6 § kommunallagen se till att den interna kontrollen är tillräcklig. Inför {N} har en riskinventering gjorts där varje risk värderats efter sannolikhet och konsekvens. Kontrollpunkterna gäller bland annat interkommunal ersättning, skolskjuts och hantering av personuppgifter.',
	     NULL),
	(27, 'C', 18, NULL, 'klart för beslut', 21, 0, 'Tider för utbildningsnämndens arbetsutskott {N}',
	     'Utbildningsnämnden beslutar att arbetsutskottet sammanträder följande dagar {N}, med start kl. 08.30: {DATUM}.',
	     'Enligt arbetsordningen bestämmer nämnden tid för sina sammanträden. Arbetsutskottet bereder ärendena inför nämnden och sammanträder därför en vecka före nämndens sammanträden.',
	     NULL),
	(28, 'C', 16, NULL, 'klart för beslut', 23, 1, 'Yttrande till förvaltningsrätten i mål om skolskjuts',
	     'Utbildningsnämnden beslutar att avge yttrande till förvaltningsrätten i enlighet med förvaltningens förslag.',
	     'Vårdnadshavare har överklagat förvaltningens beslut att avslå en ansökan om skolskjuts. Förvaltningsrätten har förelagt nämnden att yttra sig. Handlingarna omfattas av sekretess enligt 23 kap. 2 § offentlighets- och sekretesslagen.',
	     NULL);

-- Other ärenden of this year (31–38) and last year (41–46).
INSERT INTO demo_case (id, anchor, days, number, status, officer, conf, title, proposal, summary) VALUES
	(31, 'T',   3, NULL, 'registrerat',     21, 0, 'Medborgarförslag om fler cykelställ vid Kvarnbackaskolan',
	     NULL, NULL),
	(32, 'T',   9, NULL, 'registrerat',     20, 0, 'Remiss – Motion om avgiftsfri simundervisning i årskurs 3',
	     NULL, 'Kommunfullmäktige har remitterat en motion från Miljöpartiet till utbildningsnämnden för yttrande.'),
	(33, 'T',  35, NULL, 'under beredning', 21, 0, 'Revidering av delegeringsordning för utbildningsnämnden',
	     'Utbildningsnämnden beslutar att anta reviderad delegeringsordning.',
	     'Delegeringsordningen behöver anpassas till förvaltningens nya organisation och till ändringar i skollagen.'),
	(34, 'T',  50, NULL, 'under beredning', 26, 0, 'Lokalförsörjningsplan för förskola och skola',
	     NULL,
	     'Planen ska beskriva behovet av lokaler för förskola och skola de kommande tio åren utifrån befolkningsprognosen.'),
	(35, 'T',  20, NULL, 'under beredning', 25, 0, 'Utökat utbud av yrkesutbildning inom Komvux',
	     NULL,
	     'Förvaltningen utreder möjligheten att tillsammans med Norrviks kommun erbjuda fler yrkesutbildningar inom vård och omsorg.'),
	(36, 'Y',  20, NULL, 'beslutat',        20, 0, 'Verksamhetsberättelse med bokslut {F}',
	     'Utbildningsnämnden beslutar att godkänna verksamhetsberättelse med bokslut för {F}.',
	     'Nämnden redovisar ett överskott på 1,2 mnkr för {F}. Två av tre nämndmål bedöms uppfyllda.'),
	(37, 'Y',  45, NULL, 'beslutat',        27, 0, 'Kvalitetsrapport för förskolan {F}',
	     'Utbildningsnämnden noterar informationen.',
	     'Kvalitetsrapporten sammanfattar förskolornas systematiska kvalitetsarbete och pekar ut språkutveckling som prioriterat område.'),
	(38, 'Y',  70, NULL, 'beslutat',        24, 0, 'Revidering av regler för omsorg på obekväm arbetstid',
	     'Utbildningsnämnden beslutar att anta reviderade regler för omsorg på obekväm arbetstid.',
	     NULL),
	(41, 'P', 290, NULL, 'avslutat',        27, 0, 'Nämndplan med budget {N} – Utbildningsnämnden',
	     'Utbildningsnämnden beslutar att fastställa nämndplan med budget för {N}.', NULL),
	(42, 'P', 298, NULL, 'avslutat',        26, 0, 'Internkontrollplan {N}',
	     'Utbildningsnämnden beslutar att fastställa internkontrollplan för {N}.', NULL),
	(43, 'P', 318, NULL, 'avslutat',        21, 0, 'Tider för utbildningsnämndens arbetsutskott {N}',
	     'Utbildningsnämnden beslutar om tider för arbetsutskottets sammanträden {N}.', NULL),
	(44, 'P', 305, NULL, 'avslutat',        27, 0, 'Uppföljning av elevers kunskapsprogression, mittermin HT {Y}',
	     'Utbildningsnämnden noterar informationen.', NULL),
	(45, 'P', 140, NULL, 'avslutat',        23, 1, 'Överklagande av beslut om skolskjuts',
	     'Utbildningsnämnden beslutar att avge yttrande till förvaltningsrätten.', NULL),
	(46, 'P', 200, NULL, 'beslutat',        26, 0, 'Attestordning för utbildningsnämnden {N}',
	     'Utbildningsnämnden beslutar att fastställa attestordning för {N}.', NULL);

-- Registration dates, then the dnr year and number: within a year, numbers
-- grow with the registration date (about 1.3 per day, like a real diary).
UPDATE demo_case SET reg = (SELECT
	CASE demo_case.anchor
	WHEN 'S' THEN min(printf('%04d-01-02', a.y + demo_case.days), a.t)
	WHEN 'H' THEN date(a.h, printf('-%d days', demo_case.days))
	WHEN 'C' THEN min(date(a.c, printf('-%d days', demo_case.days)), a.t)
	WHEN 'T' THEN date(a.t, printf('-%d days', demo_case.days))
	WHEN 'Y' THEN date(printf('%04d-01-01', a.y), printf('+%d days',
	              CAST((julianday(a.t) - julianday(printf('%04d-01-01', a.y)))
	                   * demo_case.days / 100 AS INTEGER)))
	WHEN 'P' THEN date(printf('%04d-01-01', a.y - 1), printf('+%d days', demo_case.days))
	END FROM demo_at a);
UPDATE demo_case SET yr = CAST(strftime('%Y', reg) AS INTEGER),
	anchor_date = CASE anchor WHEN 'H' THEN (SELECT h FROM demo_at)
	                          WHEN 'C' THEN (SELECT c FROM demo_at) ELSE reg END;
UPDATE demo_case SET num = coalesce(number, 8 + CAST(strftime('%j', reg) AS INTEGER) * 13 / 10
	+ (SELECT count(*) FROM demo_case o WHERE o.number IS NULL AND o.yr = demo_case.yr
	      AND (o.reg < demo_case.reg OR (o.reg = demo_case.reg AND o.id <= demo_case.id))));
UPDATE demo_case SET status = (SELECT CASE WHEN date(h, '+7 days') < t THEN 'beslutat'
                                           ELSE 'klart för beslut' END FROM demo_at)
 WHERE status IS NULL;

-- Fill in the placeholders.
UPDATE demo_case SET title = replace(title, '{Y}', yr), proposal = replace(proposal, '{Y}', yr),
	summary = replace(summary, '{Y}', yr), description = replace(description, '{Y}', yr);
UPDATE demo_case SET title = replace(title, '{N}', yr + 1), proposal = replace(proposal, '{N}', yr + 1),
	summary = replace(summary, '{N}', yr + 1), description = replace(description, '{N}', yr + 1);
UPDATE demo_case SET title = replace(title, '{F}', yr - 1), proposal = replace(proposal, '{F}', yr - 1),
	summary = replace(summary, '{F}', yr - 1);
UPDATE demo_case SET title = replace(replace(title, '{MÅN}',
	(SELECT name FROM demo_month WHERE m = CAST(strftime('%m', anchor_date, '-20 days', 'start of month', '-1 month') AS INTEGER))),
	'{MY}', strftime('%Y', anchor_date, '-20 days', 'start of month', '-1 month'));
UPDATE demo_case SET title = replace(title, '{TERM}',
	CASE WHEN CAST(strftime('%m', anchor_date) AS INTEGER) >= 8 THEN 'HT ' ELSE 'VT ' END
	|| strftime('%Y', anchor_date));
UPDATE demo_case SET proposal = replace(proposal, '{DATUM}',
	(SELECT group_concat(d, ', ') FROM (
	   SELECT CAST(strftime('%d', x) AS INTEGER) || '/' || CAST(strftime('%m', x) AS INTEGER) AS d
	     FROM (SELECT date(printf('%04d-%02d-%02d', demo_case.yr + 1, m, au_from), 'weekday 3') AS x
	             FROM demo_month WHERE au_from IS NOT NULL ORDER BY m))));

INSERT INTO cases (id, committee_id, dnr_series, dnr_year, dnr_number, title, officer_id, status,
                   registered, proposal, summary, description, confidential)
	SELECT id, 1, 'UBN', yr, num, title, officer, status, reg, proposal, summary, description, conf
	  FROM demo_case ORDER BY id;

-- The diary's counters: the last number used per series and year.
INSERT INTO dnr_counter (series, year, last)
	SELECT dnr_series, dnr_year, max(dnr_number) FROM cases GROUP BY dnr_series, dnr_year;

-- Beslutsunderlag. `days` after registration (never after today): the
-- document's date, which the protokoll prints after the title.
CREATE TEMP TABLE demo_doc (id INTEGER PRIMARY KEY, case_id INTEGER, position INTEGER,
                            title TEXT, days INTEGER);
INSERT INTO demo_doc (id, case_id, position, title, days) VALUES
	( 1, 11, 1, 'Tjänsteutlåtande',                                          3),
	( 2, 11, 2, 'Månadsuppföljning per verksamhetsområde (tkr)',                  3),
	( 3, 12, 1, 'Tjänsteutlåtande',                                         20),
	( 4, 12, 2, 'Konsekvensanalys, organisation av Bäckeby skola',             14),
	( 5, 12, 3, 'Barnkonsekvensanalys',                                         14),
	( 6, 12, 4, 'Protokoll från samverkan enligt MBL',                      18),
	( 7, 13, 1, 'Tjänsteutlåtande',                                          6),
	( 8, 13, 2, 'Remiss från Skolinspektionen med ansökan',                      0),
	( 9, 14, 1, 'Tjänsteutlåtande',                                          8),
	(10, 14, 2, 'Rapport, uppföljning av systematiskt brandskyddsarbete',        7),
	(11, 15, 1, 'Tjänsteutlåtande',                                         10),
	(12, 15, 2, 'Riktlinjer för skolskjuts, förslag till revidering',          10),
	(13, 21, 1, 'Tjänsteutlåtande',                                          3),
	(14, 21, 2, 'Månadsuppföljning per verksamhetsområde (tkr)',                  3),
	(15, 22, 1, 'Tjänsteutlåtande Nämndplan med budget – Utbildningsnämnden',    8),
	(16, 22, 2, 'Nämndplan med budget – Utbildningsnämnden',                     8),
	(17, 22, 3, 'Barnkonsekvensanalys',                                          8),
	(18, 22, 4, 'Förhandlingsprotokoll enligt MBL',                         12),
	(19, 23, 1, 'Tjänsteutlåtande',                                          7),
	(20, 23, 2, 'Handlingsplan för digitalisering, utbildningsnämnden',          7),
	(21, 24, 1, 'Tjänsteutlåtande',                                          4),
	(22, 25, 1, 'Tjänsteutlåtande',                                         15),
	(23, 25, 2, 'Samverkansavtal för familjecentraler i Region Västerland',      0),
	(24, 25, 3, 'Missiv från Region Västerland',                                 0),
	(25, 26, 1, 'Tjänsteutlåtande',                                          9),
	(26, 26, 2, 'Internkontrollplan med riskanalys',                             9),
	(27, 27, 1, 'Tjänsteutlåtande',                                          1),
	(28, 28, 1, 'Tjänsteutlåtande',                                          5),
	(29, 28, 2, 'Föreläggande från förvaltningsrätten',                          0);
INSERT INTO case_document (id, case_id, position, title, doc_date)
	SELECT d.id, d.case_id, d.position, d.title,
	       min(date(c.registered, printf('+%d days', d.days)), a.t)
	  FROM demo_doc d JOIN cases c ON c.id = d.case_id, demo_at a ORDER BY d.id;

-- Beslutet skickas till.
INSERT INTO case_recipient (id, case_id, recipient, purpose) VALUES
	( 1, 12, 'Förvaltningschef, utbildningsförvaltningen',        'för vidare hantering'),
	( 2, 12, 'Verksamhetschef grundskola',                        'för vidare hantering'),
	( 3, 12, 'Rektor, Bäckeby skola',                             'för kännedom'),
	( 4, 12, 'Rektor, Kvarnbackaskolan',                          'för kännedom'),
	( 5, 13, 'Skolinspektionen',                                  'för vidare hantering'),
	( 6, 13, 'Kommunstyrelsen',                                   'för kännedom'),
	( 7, 14, 'Säkerhetsenheten, kommunledningskontoret',          'för vidare hantering'),
	( 8, 22, 'Kommunstyrelsen',                                   'för vidare hantering'),
	( 9, 22, 'Ekonomichef, kommunledningskontoret',               'för vidare hantering'),
	(10, 22, 'Förvaltningschef, utbildningsförvaltningen',        'för vidare hantering'),
	(11, 23, 'Förvaltningschef, utbildningsförvaltningen',        'för vidare hantering'),
	(12, 23, 'Kommunstyrelsen',                                   'för kännedom'),
	(13, 25, 'Kommunstyrelsen',                                   'för vidare hantering'),
	(14, 25, 'Verksamhetschef förskola',                          'för kännedom'),
	(15, 26, 'Administrativ chef, utbildningsförvaltningen',      'för vidare hantering'),
	(16, 26, 'Kommunstyrelsen',                                   'för kännedom'),
	(17, 27, 'Kommunkansliet',                                    'för vidare hantering'),
	(18, 27, 'Förvaltningsledningen, utbildningsförvaltningen',   'för kännedom');

-- Further parts of the tjänsteutlåtande: perspectives and follow-up.
INSERT INTO case_section (id, case_id, position, heading, body) VALUES
	( 1, 12, 1, 'Ekonomiska konsekvenser',
	     'Flytten minskar lärarkostnaden med ungefär 1,6 mnkr per år. Kostnaden för skolskjuts ökar med ungefär 0,4 mnkr per år.'),
	( 2, 12, 2, 'Barnrättsperspektiv',
	     'En barnkonsekvensanalys har gjorts. Eleverna i årskurs 4–6 får längre resväg men tillgång till behöriga lärare i fler ämnen och en större kamratgrupp. Elevrådet vid Bäckeby skola har fått lämna synpunkter.'),
	( 3, 12, 3, 'Invånarperspektiv',
	     'Förslaget påverkar familjer i Bäckeby. Vårdnadshavare har informerats vid dialogmöten och haft möjlighet att lämna synpunkter.'),
	( 4, 12, 4, 'Uppföljning',
	     'Förvaltningen återrapporterar elevernas resultat och trivsel till nämnden efter det första läsåret med den nya organisationen.'),
	( 5, 14, 1, 'Ekonomisk bedömning',
	     'Området har beaktats men inte bedömts tillföra ärendet något ytterligare underlag.'),
	( 6, 14, 2, 'Invånarperspektiv',
	     'Det systematiska brandskyddsarbetet berör kommunens barn och elever. Förvaltningen bedömer att det finns en fungerande brandskyddsorganisation på varje enhet.'),
	( 7, 14, 3, 'Lagstiftning och kommunala styrdokument',
	     'Lag (2003:778) om skydd mot olyckor. Brandskyddspolicy för Exempelstads kommun.'),
	( 8, 14, 4, 'Beslutets genomförande',
	     'Varje rektor ansvarar för brandskyddet i sin verksamhet. Brister åtgärdas tillsammans med kommunens säkerhetssamordnare.'),
	( 9, 22, 1, 'Ekonomisk bedömning',
	     'Ramen har räknats upp med 3,8 procent. Minskningen av antalet barn i förskolan kräver en anpassning av organisationen på ungefär 6 mnkr, varav hälften bedöms få effekt under budgetåret.'),
	(10, 22, 2, 'Invånarperspektiv',
	     'Nämndplanens syfte är att skapa bästa möjliga nytta för barn och elever.'),
	(11, 22, 3, 'Hållbarhetsperspektiv',
	     'Området har beaktats men inte bedömts tillföra ärendet något ytterligare underlag.'),
	(12, 22, 4, 'Behandlad enligt MBL',
	     'Förhandlad enligt 11 § MBL. Se protokoll som bilaga.'),
	(13, 22, 5, 'Förvaltningens bedömning',
	     'Förvaltningen bedömer att planeringen bidrar till att uppfylla kommunfullmäktiges riktningsmål och uppdrag.'),
	(14, 25, 1, 'Ekonomiska konsekvenser',
	     'Ärendet bedöms inte medföra några ekonomiska konsekvenser.'),
	(15, 25, 2, 'Barnrättsperspektiv',
	     'Familjecentralerna främjar barns hälsa och utveckling genom tidiga och samordnade insatser. Avtalet bedöms stärka barnets rätt till stöd.'),
	(16, 25, 3, 'Invånarperspektiv',
	     'Ett gemensamt avtal ger familjer i hela länet ett likvärdigt utbud på familjecentralerna.'),
	(17, 25, 4, 'Uppföljning',
	     'Avtalet följs upp årligen av parterna gemensamt.');

------------------------------------------------------------------------
-- The coming AU meeting: a full föredragningslista (08.30–11.40)
------------------------------------------------------------------------

-- Standing items refer to the standing ärenden of the meeting's year.
INSERT INTO agenda_item (id, meeting_id, position, kind, title, case_id, presenter_id, presenter_role, duration, confidential)
	SELECT v.column1, a.cid, v.column2, v.column3, v.column4,
	       CASE WHEN v.column5 < 0 THEN (SELECT id FROM cases WHERE dnr_series = 'UBN'
	                                     AND dnr_year = a.cy AND dnr_number = -v.column5)
	            ELSE v.column5 END,
	       v.column6, v.column7, v.column8, v.column9
	  FROM (VALUES
	-- id   pos  kind             title                                              case  presenter role                                              min  sekr
	(2001,  1, 'procedur',      'Upprop',                                           NULL, NULL, NULL,                                                5,  0),
	(2002,  2, 'procedur',      'Val av justerare',                                 NULL, NULL, NULL,                                                5,  0),
	(2003,  3, 'stående',       'Fastställande av föredragningslistan',              -1,  NULL, NULL,                                                5,  0),
	(2004,  4, 'stående',       'Påminnelse om jävsbestämmelser',                    -8,  NULL, NULL,                                                5,  0),
	(2005,  5, 'ärende',        NULL,                                                21,  NULL, 'Controller',                                       10,  0),
	(2006,  6, 'ärende',        NULL,                                                22,  NULL, 'Förvaltningschef, verksamhetschefer, controller',  30,  0),
	(2007,  7, 'ärende',        NULL,                                                23,  27,   NULL,                                               15,  0),
	(2008,  8, 'ärende',        NULL,                                                24,  NULL, 'Verksamhetschefer, verksamhetsutvecklare',         10,  0),
	(2009,  9, 'ärende',        NULL,                                                25,  20,   NULL,                                                5,  0),
	(2010, 10, 'ärende',        NULL,                                                26,  26,   NULL,                                               10,  0),
	(2011, 11, 'paus',          'Fika',                                             NULL, NULL, NULL,                                               15,  0),
	(2012, 12, 'ärende',        NULL,                                                27,  21,   NULL,                                                5,  0),
	(2013, 13, 'ärende',        NULL,                                                28,  NULL, 'Verksamhetschef grundskola',                        5,  1),
	(2014, 14, 'information',   'Information från förvaltningschef',                NULL, 20,   NULL,                                               10,  0),
	(2015, 15, 'stående',       'Redovisning av delegeringsbeslut',                  -4,  NULL, NULL,                                                5,  0),
	(2016, 16, 'stående',       'Redovisning av underrättelser, beslut och domar',   -5,  NULL, NULL,                                                5,  0),
	(2017, 17, 'stående',       'Övriga frågor',                                    NULL, NULL, NULL,                                               10,  0),
	(2018, 18, 'paus',          'Gruppmöten',                                       NULL, NULL, NULL,                                               20,  0),
	(2019, 19, 'beslutsomgång', 'Beslutsomgång',                                    NULL, NULL, NULL,                                               15,  0)
	) AS v, demo_at AS a;

------------------------------------------------------------------------
-- The held AU meeting: agenda, attendance and protokoll (not justerat)
------------------------------------------------------------------------

INSERT INTO agenda_item (id, meeting_id, position, kind, title, case_id, presenter_id, presenter_role, duration, confidential)
	SELECT v.column1, a.hid, v.column2, v.column3, v.column4,
	       CASE WHEN v.column5 < 0 THEN (SELECT id FROM cases WHERE dnr_series = 'UBN'
	                                     AND dnr_year = a.hy AND dnr_number = -v.column5)
	            ELSE v.column5 END,
	       v.column6, v.column7, v.column8, 0
	  FROM (VALUES
	-- id   pos  kind             title                                              case  presenter role                 min
	(1001,  1, 'procedur',      'Upprop',                                           NULL, NULL, NULL,                    5),
	(1002,  2, 'procedur',      'Val av justerare',                                 NULL, NULL, NULL,                    5),
	(1003,  3, 'stående',       'Fastställande av föredragningslistan',              -1,  NULL, NULL,                    5),
	(1004,  4, 'stående',       'Påminnelse om jävsbestämmelser',                    -8,  NULL, NULL,                    5),
	(1005,  5, 'ärende',        NULL,                                                11,  NULL, 'Controller',           10),
	(1006,  6, 'ärende',        NULL,                                                12,  23,   NULL,                   30),
	(1007,  7, 'ärende',        NULL,                                                13,  NULL, 'Verksamhetschef grundskola', 10),
	(1008,  8, 'ärende',        NULL,                                                14,  28,   NULL,                   10),
	(1009,  9, 'paus',          'Fika',                                             NULL, NULL, NULL,                   15),
	(1010, 10, 'ärende',        NULL,                                                15,  23,   NULL,                   15),
	(1011, 11, 'information',   'Information från förvaltningschef',                NULL, 20,   NULL,                   10),
	(1012, 12, 'stående',       'Redovisning av delegeringsbeslut',                  -4,  NULL, NULL,                    5),
	(1013, 13, 'stående',       'Redovisning av underrättelser, beslut och domar',   -5,  NULL, NULL,                    5),
	(1014, 14, 'stående',       'Övriga frågor',                                    NULL, NULL, NULL,                   10),
	(1015, 15, 'paus',          'Gruppmöten',                                       NULL, NULL, NULL,                   20),
	(1016, 16, 'beslutsomgång', 'Beslutsomgång',                                    NULL, NULL, NULL,                   15)
	) AS v, demo_at AS a;

-- Närvaro: Camilla Rydén (SD) is absent and Rasmus Tell (SD) serves for
-- her; Jonas Ahlgren (S) attends as ersättare; officials attend for the
-- paragraphs they present (0 / NULL: the whole meeting).
INSERT INTO attendance (id, meeting_id, person_id, status, replaces_id, from_paragraph, to_paragraph)
	SELECT v.column1, a.hid, v.column2, v.column3, v.column4,
	       CASE WHEN v.column5 IS NULL THEN 0 ELSE a.p0 + v.column5 END,
	       CASE WHEN v.column6 IS NULL THEN NULL ELSE a.p0 + v.column6 END
	  FROM (VALUES
	-- id person status                     replaces  from-§ to-§ (offsets from the first §)
	( 1,  1, 'närvarande',                  NULL,     NULL, NULL),
	( 2,  2, 'närvarande',                  NULL,     NULL, NULL),
	( 3,  3, 'närvarande',                  NULL,     NULL, NULL),
	( 4,  4, 'frånvarande',                 NULL,     NULL, NULL),
	( 5,  5, 'närvarande',                  NULL,     NULL, NULL),
	( 6, 12, 'tjänstgörande ersättare',     4,        NULL, NULL),
	( 7,  6, 'närvarande ersättare',        NULL,     NULL, NULL),
	( 8, 20, 'övrig',                       NULL,     NULL, NULL),
	( 9, 22, 'övrig',                       NULL,     4,    4),
	(10, 23, 'övrig',                       NULL,     5,    8),
	(11, 28, 'övrig',                       NULL,     7,    7),
	(12, 26, 'övrig',                       NULL,     NULL, NULL),
	(13, 21, 'övrig',                       NULL,     NULL, NULL)
	) AS v, demo_at AS a;

-- Earlier meetings: the ledamöter were there and the sekreterare kept
-- the protokoll. Their paragraphs are not in namnd (its numbering of the
-- year starts at the held meeting); their justering and anslag are.
INSERT INTO attendance (meeting_id, person_id, status, from_paragraph)
	SELECT m.id, s.person_id,
	       CASE s.role WHEN 'sekreterare' THEN 'övrig' ELSE 'närvarande' END, 0
	  FROM meeting m JOIN membership s ON s.committee_id = m.committee_id
	       AND s.valid_from <= m.date AND (s.valid_to IS NULL OR s.valid_to >= m.date),
	       demo_at a
	 WHERE m.date < a.t AND m.id <> a.hid
	   AND s.role IN ('ordförande', '1:e vice ordförande', '2:e vice ordförande',
	                  'ledamot', 'sekreterare')
	 ORDER BY m.id, s.id;
-- They were justerade six days after, the anslag the day after that. A
-- protokoll is justerat with its record (schema 041): namnd writes each
-- record, then justerad_on, where the script stops at the marker below
-- (src/store/setting.c).
CREATE TEMP TABLE demo_justerat AS
	SELECT id, date(date, '+6 days') AS justerad_on, date(date, '+7 days') AS anslag_on
	  FROM meeting
	 WHERE id <> (SELECT hid FROM demo_at)
	   AND date(date, '+6 days') < (SELECT t FROM demo_at);
-- @justera

-- Paragraph numbering of the year in namnd starts at the held meeting.
INSERT INTO paragraph_start (committee_id, year, first_number)
	SELECT 2, hy, p0 FROM demo_at;

-- One paragraph per agenda item except breaks; decisions are the
-- arbetsutskott's proposals to the nämnd, written from the ärendes.
INSERT INTO paragraph (id, meeting_id, agenda_item_id, committee_id, year, number, title, case_id,
                       presenter, account, decision, proposition, vote_question, immediate,
                       justerad_on)
	SELECT v.column1, a.hid, v.column1, 2, a.hy, a.p0 + v.column2,
	       coalesce(v.column3, c.title), c.id, v.column4,
	       coalesce(v.column5, c.summary),
	       replace(replace(v.column6, '{JD}', a.jd), '{N}', coalesce(c.dnr_year + 1, '')),
	       v.column7, v.column8, v.column9,
	       NULL
	  FROM (VALUES
	(1001, 0, 'Upprop', NULL,
	 'Ordföranden hälsar välkommen, öppnar sammanträdet och förrättar upprop.',
	 'Arbetsutskottet noterar närvaron enligt protokollets första sida.', NULL, NULL, 0),
	(1002, 1, 'Val av justerare', NULL, NULL,
	 'Arbetsutskottet utser Birgitta Sandell (S) att jämte ordföranden justera protokollet. Justeringen sker på Kommunkansliet, Kommunhuset, {JD}.',
	 NULL, NULL, 0),
	(1003, 2, 'Fastställande av föredragningslistan', NULL,
	 'Ordföranden föreslår att en övrig fråga från Annika Wennberg (KD) om skolgården vid Kvarnbackaskolan tas upp under punkten Övriga frågor.',
	 'Arbetsutskottet fastställer föredragningslistan med tillägg av en övrig fråga.', NULL, NULL, 0),
	(1004, 3, 'Påminnelse om jävsbestämmelser', NULL,
	 'Ordföranden påminner om bestämmelserna om jäv i 6 kap. 28–32 §§ kommunallagen. Leila Haddad (V) anmäler jäv i ärendet om yttrande över Gläntans Montessori AB.',
	 'Arbetsutskottet noterar informationen.', NULL, NULL, 0),
	(1005, 4, NULL, 'Oskar Bengtzon, controller', NULL,
	 'Arbetsutskottet föreslår utbildningsnämnden att notera informationen.', NULL, NULL, 0),
	(1006, 5, NULL, 'Emelie Sjöqvist, verksamhetschef grundskola', NULL,
	 'Arbetsutskottet föreslår utbildningsnämnden besluta att årskurs 4–6 vid Bäckeby skola flyttas till Kvarnbackaskolan från och med höstterminen {N}, och att Bäckeby skola därefter är en skola för förskoleklass och årskurs 1–3.',
	 'Ordföranden ställer proposition på bifall till förvaltningens förslag mot Birgitta Sandells (S) yrkande och finner att arbetsutskottet bifaller förvaltningens förslag. Omröstning begärs.',
	 'Den som bifaller förvaltningens förslag röstar ja. Den som bifaller Birgitta Sandells (S) yrkande röstar nej.',
	 0),
	(1007, 6, NULL, 'Emelie Sjöqvist, verksamhetschef grundskola', NULL,
	 'Arbetsutskottet beslutar, med stöd av nämndens delegering i brådskande ärenden, att översända förvaltningens yttrande till Skolinspektionen som sitt eget. Paragrafen förklaras omedelbart justerad.',
	 NULL, NULL, 1),
	(1008, 7, NULL, 'Fredrik Ödman, säkerhetssamordnare', NULL,
	 'Arbetsutskottet föreslår utbildningsnämnden att godkänna rapporteringen av det systematiska brandskyddsarbetet.',
	 NULL, NULL, 0),
	(1010, 8, NULL, 'Emelie Sjöqvist, verksamhetschef grundskola', NULL,
	 'Arbetsutskottet föreslår utbildningsnämnden besluta att anta reviderade riktlinjer för skolskjuts i Exempelstads kommun.',
	 NULL, NULL, 0),
	(1011, 9, 'Information från förvaltningschef', 'Magdalena Strand, förvaltningschef',
	 'Förvaltningschefen informerar om rekryteringen av rektor till Kvarnbackaskolan, om läget i arbetet med lokalförsörjningsplanen och om sjukfrånvaron bland personalen, som har minskat jämfört med samma period förra året.',
	 'Arbetsutskottet noterar informationen.', NULL, NULL, 0),
	(1012, 10, 'Redovisning av delegeringsbeslut', NULL,
	 'Delegeringsbeslut som fattats sedan förra sammanträdet redovisas enligt förteckning.',
	 'Arbetsutskottet noterar redovisningen av delegeringsbeslut.', NULL, NULL, 0),
	(1013, 11, 'Redovisning av underrättelser, beslut och domar', NULL,
	 'Inga underrättelser, beslut eller domar har kommit in sedan förra sammanträdet.',
	 'Arbetsutskottet noterar redovisningen.', NULL, NULL, 0),
	(1014, 12, 'Övriga frågor', NULL,
	 'Annika Wennberg (KD) frågar när den nya skolgården vid Kvarnbackaskolan blir klar. Förvaltningschefen svarar att arbetet är försenat och beräknas vara klart till nästa termin.',
	 'Arbetsutskottet noterar informationen.', NULL, NULL, 0)
	) AS v
	JOIN agenda_item ai ON ai.id = v.column1
	LEFT JOIN cases c ON c.id = ai.case_id, demo_at a;

-- Yrkanden, omröstning and reservationer in the Bäckeby paragraph.
INSERT INTO motion (id, paragraph_id, position, person_id, text) VALUES
	(1, 1006, 1, 1, 'Henrik Östlund (M) yrkar bifall till förvaltningens förslag.'),
	(2, 1006, 2, 3, 'Birgitta Sandell (S) yrkar avslag på förvaltningens förslag och att förvaltningen i stället får i uppdrag att utreda en gemensam ledning för Bäckeby skola och Kvarnbackaskolan med undervisningen i årskurs 4–6 kvar i Bäckeby.'),
	(3, 1006, 3, 5, 'Leila Haddad (V) yrkar bifall till Birgitta Sandells (S) yrkande.'),
	(4, 1006, 4, 2, 'Annika Wennberg (KD) yrkar bifall till förvaltningens förslag.');

INSERT INTO vote (id, paragraph_id, person_id, vote) VALUES
	(1, 1006,  1, 'ja'),
	(2, 1006,  2, 'ja'),
	(3, 1006, 12, 'ja'),
	(4, 1006,  3, 'nej'),
	(5, 1006,  5, 'nej');

INSERT INTO reservation (id, paragraph_id, person_id, written_promised, reason) VALUES
	(1, 1006, 3, 0, 'Socialdemokraterna reserverar sig mot beslutet till förmån för eget yrkande. En flytt av mellanstadiet ger eleverna längre resvägar och riskerar att Bäckeby på sikt förlorar sin skola. Alternativet med gemensam ledning har inte utretts.'),
	(2, 1006, 5, 1, NULL);

-- The protokoll prints a note after its author's name and party: the
-- text is the note itself.
INSERT INTO protocol_note (id, paragraph_id, person_id, text) VALUES
	(1, 1005, 3, 'Socialdemokraterna vill att förvaltningen till nästa sammanträde redovisar hur kostnaderna för skolskjuts kan minska utan att elevernas resvägar blir längre.');

-- Jäv: Leila Haddad (V) leaves the Gläntan paragraph; Jonas Ahlgren (S)
-- serves in her place.
INSERT INTO recusal (id, paragraph_id, person_id, replaced_by) VALUES
	(1, 1007, 5, 6);

-- Expediering.
INSERT INTO paragraph_recipient (id, paragraph_id, recipient, purpose) VALUES
	( 1, 1005, 'Utbildningsnämnden',                              'för vidare hantering'),
	( 2, 1006, 'Utbildningsnämnden',                              'för vidare hantering'),
	( 3, 1006, 'Förvaltningsledningen, utbildningsförvaltningen', 'för kännedom'),
	( 4, 1006, 'Rektor, Bäckeby skola',                           'för kännedom'),
	( 5, 1007, 'Skolinspektionen',                                'för vidare hantering'),
	( 6, 1007, 'Kommunstyrelsen',                                 'för kännedom'),
	( 7, 1008, 'Utbildningsnämnden',                              'för vidare hantering'),
	( 8, 1008, 'Säkerhetsenheten, kommunledningskontoret',        'för kännedom'),
	( 9, 1010, 'Utbildningsnämnden',                              'för vidare hantering');

-- Justerare: Birgitta Sandell (S), chosen under Val av justerare.
INSERT INTO justerare (meeting_id, person_id, position)
	SELECT hid, 3, 1 FROM demo_at;

-- The Gläntan paragraph (immediate = 1) was justerad at the meeting
-- itself: namnd does that after this script (db_load_demo), so its
-- checksum is computed as for any omedelbar justering.

------------------------------------------------------------------------
-- Delegeringsbeslut, ordförandebeslut and meddelanden
------------------------------------------------------------------------

-- Reported at the held meeting: `n` days before it. Reported at the
-- coming meeting: `n` per cent of the way from the held meeting to today.
-- Not yet reported: `n` days before today. A date on a weekend moves back
-- to the Friday. The ärende is the year's standing one (-4 for
-- delegeringsbeslut, -5 for meddelanden).
INSERT INTO delegation (id, committee_id, kind, decided_on, decided_by, point, title, case_id, meeting_id)
	SELECT v.id, 1, v.kind, v.d, v.who, v.point, v.title,
	       (SELECT id FROM cases WHERE dnr_series = 'UBN'
	           AND dnr_year = CAST(strftime('%Y', v.d) AS INTEGER) AND dnr_number = -v.ck),
	       v.mid
	  FROM (SELECT id, kind, who, point, title, ck, mid,
	               date(d0, CASE strftime('%w', d0) WHEN '6' THEN '-1 day'
	                                                WHEN '0' THEN '-2 days' ELSE '+0 days' END) AS d
	          FROM (SELECT x.column1 AS id, x.column2 AS kind, x.column4 AS who, x.column5 AS point,
	                       x.column6 AS title, x.column7 AS ck,
	                       CASE x.column3
	                       WHEN 'H' THEN date(a.h, printf('-%d days', x.column8))
	                       WHEN 'C' THEN date(julianday(a.h) + max(1, CAST((julianday(a.t) - julianday(a.h))
	                                                                        * x.column8 / 100 AS INTEGER)))
	                       ELSE date(a.t, printf('-%d days', x.column8)) END AS d0,
	                       CASE x.column3 WHEN 'H' THEN a.hid WHEN 'C' THEN a.cid END AS mid
	                  FROM (VALUES
	-- id  kind                 reported  by    point  title                                                                                       case  n
	( 1, 'delegeringsbeslut',  'H',       20,  '1.4', 'Förordnande av tillförordnad rektor för Kvarnbackaskolan',                                -4,  21),
	( 2, 'delegeringsbeslut',  'H',       26,  '6.2', 'Avslag på begäran om utlämnande av allmän handling (23 kap. 2 § OSL)',                    -4,  12),
	( 3, 'delegeringsbeslut',  'C',       23,  '3.2', 'Beslut om skolskjuts på grund av särskilda skäl, fyra beslut',                            -4,  10),
	( 4, 'delegeringsbeslut',  'C',       24,  '2.1', 'Beslut om förtur till förskoleplats, två beslut',                                         -4,  25),
	( 5, 'delegeringsbeslut',  'C',       25,  '4.3', 'Beslut om mottagande på gymnasieskolans introduktionsprogram, sex beslut',                -4,  40),
	( 6, 'delegeringsbeslut',  'C',       20,  '1.2', 'Avtal med Norrviks kommun om köp av förskoleplatser',                                     -4,  55),
	( 7, 'ordförandebeslut',   'C',        1,  '1.1', 'Ordförandebeslut i brådskande ärende: begäran om anstånd med yttrande till Skolinspektionen', -4,  70),
	( 8, 'meddelande',         'C',     NULL,  NULL,  'Skolinspektionen: beslut efter tillsyn av Kvarnbackaskolan',                              -5,  85),
	( 9, 'meddelande',         'T',     NULL,  NULL,  'Kommunfullmäktige: protokollsutdrag om mål och budget',                                   -5,   2),
	(10, 'delegeringsbeslut',  'T',       23,  '3.5', 'Beslut om placering vid annan skolenhet än den vårdnadshavare önskat',                    -4,   1)
	                  ) AS x, demo_at AS a)) AS v;

------------------------------------------------------------------------
-- Månadsuppföljning: the controller's reports for UBN for the two months
-- before today's month, thirteen areas as in the finance system's export
-- (tkr, costs negative, money in hundredths). Accumulated budget is the
-- year's budget pro rata; each area drifts from it by a fixed amount a
-- month, so the two months differ the way real ones do.
------------------------------------------------------------------------

CREATE TEMP TABLE demo_area (pos INTEGER PRIMARY KEY, area TEXT NOT NULL,
                             budget_year INTEGER NOT NULL, drift INTEGER NOT NULL,
                             prognos INTEGER NOT NULL, comment TEXT);
INSERT INTO demo_area (pos, area, budget_year, drift, prognos, comment) VALUES
	( 1, 'Utvecklingsreserv',                                   -8478,  712,  400, NULL),
	( 2, 'Ledning och administration',                         -26443, -221,    0, 'Konsultkostnader för nytt elevregister.'),
	( 3, 'Förskola centralt, förskoleenheter',                -214114,  -55,    0, NULL),
	( 4, 'Förskola köpta, sålda',                              -25285,   98,    0, NULL),
	( 5, 'Grundskola centralt, fsklass, grundskola, fritids',  -374893, -268,    0, NULL),
	( 6, 'Grundskola köpta, sålda, skolskjuts',                -41771, -164, -800, 'Fler elever med rätt till skolskjuts än budgeterat.'),
	( 7, 'Enheten för flerspråkighet',                         -11654,   32,    0, NULL),
	( 8, 'Övergripande verksamhetschef elevhälsa, anpassad skola, gymnasium, komvux', -8406, 46, 400, NULL),
	( 9, 'Elevhälsa',                                          -26047,   41,    0, NULL),
	(10, 'Anpassad skola',                                     -41573,   29,    0, NULL),
	(11, 'Gymnasium köpta, sålda',                            -140069,   47,    0, NULL),
	(12, 'Exempelstads gymnasium inkl. IM och komvux',         -21104,   31,    0, NULL),
	(13, 'Komvux',                                             -12577,  -60,    0, NULL);

-- The two periods: (k = 1, 2 months back), their year and month.
CREATE TEMP TABLE demo_period AS
	SELECT k, CAST(strftime('%Y', p) AS INTEGER) AS y, CAST(strftime('%m', p) AS INTEGER) AS m
	  FROM (SELECT n.k, date(t, 'start of month', printf('-%d months', n.k)) AS p
	          FROM (SELECT 1 AS k UNION ALL SELECT 2) AS n, demo_t);

INSERT INTO month_report (id, committee_id, year, month, unit, comment, source, imported_on)
	SELECT p.k, 1, p.y, p.m, 'tkr',
	       'Utbildningsnämnden har för perioden en positiv avvikelse mot budget. '
	       || 'Prognosen för helåret är en budget i balans: underskottet för skolskjuts '
	       || 'vägs upp av utvecklingsreserven.',
	       'demo', t
	  FROM demo_period AS p, demo_t;

INSERT INTO month_report_line (report_id, position, area, budget_ack, utfall_ack,
                               budget_year, prognos_year, comment)
	SELECT p.k, a.pos, a.area,
	       (a.budget_year * p.m / 12) * 100,
	       (a.budget_year * p.m / 12 + a.drift * p.m) * 100,
	       a.budget_year * 100, (a.budget_year + a.prognos) * 100, a.comment
	  FROM demo_period AS p, demo_area AS a;

------------------------------------------------------------------------
-- The facts behind the meetings' states (schema version 13)
------------------------------------------------------------------------

-- Every meeting past 'planerat' had its kallelse sent by the secretary
-- on the day its notice period began (or today); the archived ones were archived
-- six weeks after the meeting.
UPDATE meeting SET kallelse_sent_on = min((SELECT d FROM temp.demo_today),
                       date(date, printf('-%d days', (SELECT notice_days FROM committee k
                                                      WHERE k.id = committee_id)))),
       kallelse_sent_by = 'sekreteraren',
       kallelse_sent_as = date || ' ' || start_time || ' ' || coalesce(place, '')
 WHERE status <> 'planerat';
UPDATE meeting SET archived_on = date(date, '+42 days') WHERE status = 'arkiverat';

------------------------------------------------------------------------
-- Clean up
------------------------------------------------------------------------

DROP TABLE temp.demo_doc;
DROP TABLE temp.demo_case;
DROP TABLE temp.demo_at;
DROP TABLE temp.demo_plan;
DROP TABLE temp.demo_t;
DROP TABLE temp.demo_month;
DROP TABLE temp.demo_area;
DROP TABLE temp.demo_period;
