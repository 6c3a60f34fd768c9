# ruff: noqa: E501
# fmt: off
"""Newcomers: learning Dutch, language buddies, shared languages (Arabic, Tigrinya, Turkish, Polish, Ukrainian,
Dari), work and volunteering as a way in (003 §4-5, the Egyptian art-school graduate, the man from Jordan)."""

from dsl import C, O, P, R, X

CAT = "nieuwkomers"
RP_TAAL = ["afstand", "toegang", "plek", "tijd", "taal"]

C("nieuwkomers-01", cat=CAT, kind="rr", title="Egyptische kunstacademie-afgestudeerde en slechtziende oud-vormgever (003)",
  tags="woordvorm samenstelling richting afstand woord-valkuil waarde-beide-kanten",
  q=R(None, "Mevrouw (31)", "Hemelrijken", 0, 0, age=31, lang="ar en nl", av="am pm",
      offers="Komt uit Egypte en heeft daar de kunstacademie gedaan; schildert graag.", wants="Wil graag vrijwilligerswerk doen en zo beter Nederlands leren."),
  rel=[R(None, "Meneer (61)", "Hemelrijken", 300, 200, age=61, mob="wheelchair", av="am pm",
         wants="Ernstig slechtziend, zit in een rolstoel, heel klein netwerk, komt nauwelijks buiten. Was vroeger vormgever en zou heel graag weer gaan schilderen, maar weet niet hoe dat nog kan.")],
  traps=[X(R(None, "Mevrouw (70)", "Tivoli", 0, 0, age=70, av="am pm", wants="Zou graag leren aquarelleren."),
           "woont in Stratum, 3 km verderop; beiden blijven in de eigen wijk", "afstand"),
         X(R(None, "Meneer (55)", "Hemelrijken", -200, 100, age=55, av="am pm", wants="Zoekt iemand die helpt met het schilderen van zijn schuur en kozijnen."),
           "schilderwerk aan huis, geen kunst", "onderwerp")],
  need="schilderen", dir="want", avoid="taal-nederlands")

C("nieuwkomers-02", cat=CAT, kind="rr", title="Syrische oud-docente wil haar Nederlands oefenen", tags="taxonomie richting woord-valkuil",
  q=R(None, "Mevrouw (34)", "Woensel-West", 0, 0, age=34, lang="ar en nl", av="am pm",
      offers="Was docent Engels in Damascus.", wants="Wil haar Nederlands verbeteren; praat nog te weinig met Nederlanders."),
  rel=[R(None, "Mevrouw (68)", "Woensel-West", 250, 150, age=68, av="am",
         offers="Wil wekelijks met een nieuwkomer koffie drinken en kletsen, zodat die de taal kan oefenen.")],
  traps=[X(R(None, "Meneer (45)", "Woensel-West", -150, 200, age=45, av="pm", offers="Geeft Engelse les aan volwassenen."),
           "biedt Engelse les; zij wil Nederlands oefenen", "onderwerp")],
  need="taal-nederlands", avoid="gezelschap")

C("nieuwkomers-03", cat=CAT, kind="rr", title="Brieven uitleggen in het Tigrinya", tags="taal synoniem",
  q=R(None, "Mevrouw (26)", "Woensel-West", 100, -100, age=26, lang="ti", av="am pm",
      wants="Net uit de opvang, heeft een huis gekregen. Begrijpt de brieven van de gemeente, de energie en de huur niet."),
  rel=[R(None, "Mevrouw (41)", "Woensel-West", -200, 100, age=41, lang="ti nl en", av="pm ev",
         offers="Woont al tien jaar in Eindhoven en helpt landgenoten uit Eritrea met hun post en formulieren.")],
  traps=[X(R(None, "Mevrouw (44)", "Woensel-West", 200, 200, age=44, lang="ar nl en", av="pm", offers="Tolk Arabisch-Nederlands; helpt met brieven."),
           "tolk Arabisch; geen gedeelde taal met deze mevrouw", "taal"),
         X(R(None, "Meneer (70)", "Woensel-West", -100, -150, age=70, av="am pm", offers="Oud-ambtenaar, helpt buren met brieven en formulieren."),
           "spreekt alleen Nederlands", "taal")],
  need="administratie vertalen", avoid="geldzaken")

C("nieuwkomers-04", cat=CAT, kind="rp", title="Oekraïense boekhouder zoekt werkervaring", tags="synoniem engels afstand",
  q=R(None, "Mevrouw (40)", "Witte Dame", 0, 0, age=40, lang="uk ru en", av="am pm",
      offers="Was boekhouder in Charkiv, kent Excel en boekhoudpakketten.", wants="Wil werkervaring opdoen in Nederland en de taal leren; spreekt nog vooral Engels."),
  rel=[O(None, "Financieel administratief medewerker", P(None, "Stichting Welkom Eindhoven", "Binnenstad", -300, 100, pk="foundation", lang="nl en uk"),
         cap=1, av="mon tue wed thu", offers="Werkervaringsplek: facturen verwerken, de kas en de jaarcijfers voorbereiden; voertaal op kantoor Engels en Nederlands.",
         wants="Voor een nieuwkomer met een financiële achtergrond.")],
  traps=[X("o82", "sollicitatiecafé in Stratum, 3 km; zij blijft in de buurt", "afstand"),
         X(O(None, "Vrijwilliger schuldhulp", "p06", cap=2, av="ev", offers="Gezinnen helpen hun huishoudboekje op orde te brengen.", wants="Goed Nederlands, avonden."),
           "alleen 's avonds, en vraagt goed Nederlands", "tijd")],
  need="geldzaken administratie werkervaring", dir="any", avoid="werk-zoeken taal-nederlands")

C("nieuwkomers-05", cat=CAT, kind="rp", title="Turkse opa wil Nederlands leren voor zijn kleinkinderen", tags="rol synoniem afstand",
  q=R(None, "Meneer (62)", "'t Hofke", 100, 100, age=62, mob="short", lang="tr", av="am pm",
      wants="Wil Nederlands leren om met zijn kleinkinderen te kunnen praten; die spreken thuis geen Turks meer."),
  rel=["p17"],
  traps=[X("o52", "daar zoeken ze een Nederlandstalige gespreksleider; en het is in Strijp", "anders"),
         X("p56", "Turks centrum in Gestel, 6 km; geen taalles", "afstand")],
  need="taal-nederlands", dir="any", avoid="lezen")

C("nieuwkomers-06", cat=CAT, kind="rp", title="Poolse moeder kan alleen op zaterdag naar een taalcafé", tags="tijd",
  q=R(None, "Mevrouw (36)", "Woensel-West", 200, 0, age=36, lang="pl en", av="sat",
      wants="Werkt doordeweeks in een distributiecentrum. Wil op zaterdag Nederlands oefenen, in een groepje met anderen."),
  rel=["p20"],
  traps=[X("p47", "taalcafé op dinsdagavond; zij kan alleen op zaterdag", "tijd"),
         X("o52", "gespreksleider op dinsdagavond", "tijd")],
  need="taal-nederlands", dir="any", avoid="gezelschap")

C("nieuwkomers-07", cat=CAT, kind="rp", title="Afghaanse kok zoekt werk in een keuken", tags="synoniem afstand",
  q=R(None, "Meneer (35)", "Schoot", 0, 0, age=35, lang="prs fa en", av="am pm",
      offers="Maakt Afghaanse gerechten: pilav, mantu, kebab. Stond in Kabul in een restaurant.", wants="Wil aan het werk en ondertussen Nederlands leren."),
  rel=[O(None, "Hulpkok wijkrestaurant", P(None, "Wijkrestaurant Strijp", "Schoot", 300, 200, pk="foundation"), cap=1, av="mon tue wed thu fri",
         offers="Werkervaringsplek in de keuken: groente snijden, mee-koken voor 60 gasten; op de werkvloer spreek je Nederlands.",
         wants="Voor iemand die richting werk in de horeca wil.")],
  traps=[X("o41", "sociaal restaurant in Woensel-Noord, 5 km; hij blijft in de buurt", "afstand")],
  need="koken werkervaring", dir="any", avoid="samen-eten werk-zoeken taal-nederlands")

C("nieuwkomers-08", cat=CAT, kind="rp", title="Eritrese boer wil buiten werken", tags="synoniem afstand",
  q=R(None, "Meneer (38)", "Woensel-West", -100, 200, age=38, lang="ti en", av="am pm",
      offers="Was boer in Eritrea, teelde gerst en groenten.", wants="Wil graag buiten werken met planten en zo werkervaring opdoen."),
  rel=[O(None, "Groenploeg (werkervaringsplek)", P(None, "Wijkonderhoud Woensel-West", "Woensel-West", 300, -200, pk="business"), cap=2, av="mon tue wed thu",
         offers="Plantsoenen, hagen en boomspiegels in de wijk onderhouden met een vaste ploeg.", wants="Werkervaring voor mensen die richting betaald werk willen.")],
  traps=[X("o12", "moestuin in Stratum, 5 km; vrijwillig, geen werkervaring", "afstand"),
         X("o46", "groenploeg in Dommelbeemd, 4 km; hij blijft in de buurt", "afstand")],
  need="tuinieren werkervaring", dir="any", avoid="natuur")

C("nieuwkomers-09", cat=CAT, kind="rp", title="Syrische naaister wil andere vrouwen leren naaien", tags="rol",
  q=R(None, "Mevrouw (43)", "Bennekel-Oost", 0, 0, age=43, lang="ar nl", av="am",
      offers="Naait al twintig jaar haar eigen kleding en die van haar kinderen.", wants="Zou het leuk vinden andere vrouwen te leren naaien; zo praat ze ook Nederlands."),
  rel=["o59"],
  traps=[X("o60", "cursus voor beginners; zij kan het al en wil lesgeven", "anders"),
         X("o10", "naailes in een atelier op zolder in Stratum, 3 km", "afstand")],
  need="naaien", dir="any", avoid="handwerken taal-nederlands lesgeven")

C("nieuwkomers-10", cat=CAT, kind="rp", title="Expat wants to meet Dutch neighbours", tags="engels afstand",
  q=R(None, "Mr. (33)", "Meerrijk", 0, 0, age=33, lang="en", av="ev we",
      offers="Works at ASML, plays guitar.", wants="Wants to practise Dutch and meet locals in the neighbourhood; feels he only knows colleagues."),
  rel=["p51"],
  traps=[X("p20", "taalcafé in Woensel-West, 4 km", "afstand"),
         X("o55", "gezocht: een Nederlandse gastheer; hij wil zelf oefenen", "anders")],
  need="taal-nederlands gezelschap", dir="any", avoid="taal-engels")

C("nieuwkomers-11", cat=CAT, kind="rp", title="Syrische elektricien zoekt werkervaring", tags="synoniem afstand",
  q=R(None, "Meneer (30)", "Roosten", 0, 0, age=30, lang="ar en", av="am pm",
      offers="Was in Syrië elektricien: groepenkasten, bekabeling.", wants="Wil werkervaring in Nederland en zijn Nederlands verbeteren."),
  rel=[O(None, "Meewerken met onderhoudsploeg", P(None, "Woningcorporatie Kortonjo, onderhoud", "Eikenburg", 100, 0, pk="business"), cap=1, av="mon tue wed thu fri",
         offers="Werkervaring als monteur in de onderhoudsploeg: stopcontacten, verlichting en installaties in huurwoningen.", wants="Technische achtergrond; Nederlands leer je op de werkvloer.")],
  traps=[X("o57", "assemblage in De Hurk, 6 km", "afstand")],
  need="techniek werkervaring", dir="any", avoid="klussen taal-nederlands")

C("nieuwkomers-12", cat=CAT, kind="rp", title="Leren fietsen als volwassen vrouw", tags="woord-valkuil rol",
  q=R(None, "Mevrouw (39)", "Woenselse Heide", 200, 100, age=39, lang="ar ber nl", av="am",
      wants="Heeft nooit leren fietsen; wil dat graag, dan kan ze zelf de kinderen naar school brengen."),
  rel=["p39"],
  traps=[X("o21", "fietsen repareren, niet leren fietsen; en in Tongelre", "onderwerp"),
         X("o45", "daar zoeken ze een vrijwilligster die lesgeeft", "anders")],
  need="sport", dir="any", avoid="fietsen-repareren vervoer")

C("nieuwkomers-13", cat=CAT, kind="rp", title="Oekraïense lerares wil in een school werken", tags="synoniem engels",
  q=R(None, "Mrs. (28)", "Lakerlopen", 0, 0, age=28, lang="uk ru en", av="am pm",
      offers="English teacher from Ukraine, taught primary school children.", wants="Would like to work in a Dutch school and learn Dutch."),
  rel=[O(None, "Onderwijsassistent nieuwkomersklas", P(None, "Basisschool De Laak", "Lakerlopen", 250, 150, pk="school", lang="nl en"), cap=1, av="mon tue wed thu fri",
         offers="Werkervaring als onderwijsassistent in de klas voor nieuwkomerskinderen; Engels en Oekraïens zijn welkom.", wants="Iemand met onderwijservaring.")],
  traps=[X("o29", "voorlezen in het Nederlands als vrijwilliger, in Woensel", "afstand")],
  need="lesgeven werkervaring", dir="any", avoid="huiswerkbegeleiding lezen werk-zoeken taal-nederlands")

C("nieuwkomers-14", cat=CAT, kind="rp", title="Man uit Jordanië wil iets terugdoen voor de buurt (003)", tags="synoniem afstand",
  q=R(None, "Meneer (44)", "Rapelenburg", 0, 0, age=44, lang="ar nl", av="am",
      offers="Was lasser en is heel handig.", wants="Volgt taalles bij Woordenschat. Omdat hij geholpen is, wil hij zich ook inzetten voor de buurt."),
  rel=["o89"],
  traps=[X("o47", "houtwerkplaats in Dommelbeemd, 6 km", "afstand")],
  need="klussen", dir="any", avoid="techniek werkervaring")

C("nieuwkomers-15", cat=CAT, kind="rp", title="Eritrese kok wil Nederlands oefenen door te koken", tags="synoniem afstand",
  q=R(None, "Mevrouw (30)", "Doornakkers-Oost", -200, 0, age=30, lang="ti ar", av="pm",
      offers="Maakt injera en stoofschotels voor grote groepen.", wants="Wil Nederlands oefenen door iets samen met anderen te doen."),
  rel=["o17"],
  traps=[X("o08", "buurtmaaltijd in de Irisbuurt, 1,8 km; ze blijft in de wijk", "afstand")],
  need="koken samen-eten", dir="any", avoid="taal-nederlands gezelschap")

C("nieuwkomers-16", cat=CAT, kind="rr", title="Turkse vrouw wil landgenoten helpen met formulieren", tags="taal richting",
  q=R(None, "Mevrouw (38)", "Doornakkers-West", 0, 0, age=38, lang="tr nl", av="am",
      offers="Spreekt Turks en Nederlands, werkte op een administratiekantoor.", wants="Wil Turkse vrouwen helpen die de post niet kunnen lezen."),
  rel=[R(None, "Mevrouw (59)", "Doornakkers-West", 200, 250, age=59, lang="tr", av="am",
         wants="Kan de brieven van de gemeente en de zorgverzekering niet lezen; haar man deed dat altijd.")],
  traps=[X(R(None, "Mevrouw (50)", "Doornakkers-West", -150, 150, age=50, lang="ar", av="am", wants="Heeft hulp nodig met brieven en formulieren."),
           "spreekt alleen Arabisch; geen gedeelde taal", "taal")],
  need="administratie", dir="want", avoid="lezen geldzaken")

C("nieuwkomers-17", cat=CAT, kind="rp", title="Engelstalige elektronicus wil repareren", tags="engels taal",
  q=R(None, "Mr. (36)", "Strijp S", 0, 0, age=36, lang="en", av="we",
      offers="Electronics engineer; I can fix almost anything with a circuit board.", wants="Would like to volunteer on weekends; I only speak English so far."),
  rel=["p44"],
  checks=RP_TAAL,
  traps=[X("o09", "Repair Café Stratum is Nederlandstalig", "taal")],
  need="techniek klussen", dir="any", avoid="")

C("nieuwkomers-18", cat=CAT, kind="rr", title="Taalmaatje voor de ochtenden dat de kinderen op school zijn", tags="tijd taxonomie",
  q=R(None, "Mevrouw (33)", "Barrier", 0, 0, age=33, lang="ar nl", av="tue_am thu_am",
      wants="Zoekt een taalmaatje om Nederlands mee te oefenen; kan alleen als de kinderen op school zijn."),
  rel=[R(None, "Mevrouw (63)", "Barrier", 200, -200, age=63, av="am",
         offers="Praat graag Nederlands met iemand die de taal leert; gepensioneerd, dus overdag vrij.")],
  traps=[X(R(None, "Meneer (29)", "Barrier", -100, 100, age=29, av="ev", offers="Wil taalmaatje zijn voor een nieuwkomer."),
           "kan alleen 's avonds", "tijd")],
  need="taal-nederlands", avoid="gezelschap")

C("nieuwkomers-19", cat=CAT, kind="rr", title="Poolse tegelzetter wil in het weekend Nederlands praten", tags="tijd",
  q=R(None, "Meneer (48)", "Vredeoord", 100, 100, age=48, lang="pl de nl", av="we",
      wants="Werkt de hele week; wil in het weekend Nederlands leren praten, zodat hij zelf met klanten kan overleggen."),
  rel=[R(None, "Meneer (66)", "Vredeoord", -200, 200, age=66, mob="far", av="we",
         offers="Wil graag een taalmaatje zijn, juist in het weekend; was vertegenwoordiger en praat makkelijk.")],
  traps=[X(R(None, "Mevrouw (52)", "Vredeoord", 150, -150, age=52, av="am pm", offers="Begeleidt nieuwkomers bij het leren van Nederlands."),
           "alleen doordeweeks overdag", "tijd")],
  need="taal-nederlands", avoid="gezelschap")

C("nieuwkomers-20", cat=CAT, kind="rp", title="Jonge violist uit de opvang wil optreden (003)", tags="synoniem afstand",
  q=R(None, "Jongeman (22)", "Hurk", 300, 200, age=22, mob="far", reach=3500, lang="ar en", av="all",
      offers="Speelt viool sinds zijn vijfde, klassiek en Arabische muziek.", wants="Zou graag optreden en andere muzikanten leren kennen."),
  rel=["p45"],
  traps=[X("o38", "muziekmaatje in een zorgcentrum in Woensel-Noord, 6 km", "afstand"),
         X("o63", "buurtkoor dat zangers zoekt; hij speelt viool en wil optreden", "onderwerp")],
  need="muziek", dir="any", avoid="gezelschap")

C("nieuwkomers-21", cat=CAT, kind="rp", title="Oekraïense kinderarts wil iets in de zorg doen", tags="synoniem engels",
  q=R(None, "Mevrouw (37)", "Oude Toren", 200, 0, age=37, lang="uk ru en", av="am pm",
      offers="Was kinderarts in Odesa; werkt hier nu in de schoonmaak.", wants="Wil iets in de zorg doen, haar Nederlands oefenen en ervaring opdoen."),
  rel=[O(None, "Gastvrouw Oekraïense ouders", "p28", cap=1, av="tue_am thu_am",
         offers="Oekraïense en Russischtalige ouders wegwijs maken op het consultatiebureau en vertalen bij de peuterochtend.", wants="Iemand met een medische of pedagogische achtergrond.")],
  traps=[X("o86", "gastvrouw in het hospice in Tongelre, 2 km", "afstand")],
  need="zorg ouders werkervaring", dir="any", avoid="vertalen gezondheid taal-nederlands")

C("nieuwkomers-22", cat=CAT, kind="rp", title="Marokkaanse oma wil naar een vrouwengroep dichtbij", tags="afstand toegang",
  q=R(None, "Mevrouw (69)", "Woensel-West", -50, -100, age=69, mob="rollator", lang="ar ber", av="am",
      wants="Zit veel thuis sinds haar kinderen het huis uit zijn; wil andere vrouwen ontmoeten, in haar eigen taal als het kan."),
  rel=["p65"],
  traps=[X("p25", "naaicafé in een woonkamer zonder drempelvrije toegang, 1 km", "toegang"),
         X("p75", "dansgroep in Gestel, 4 km", "afstand")],
  need="gezelschap", dir="any", avoid="naaien taal-nederlands")
