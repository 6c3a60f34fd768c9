# ruff: noqa: E501
# fmt: off
"""People who want to work: De Wijk Werkt!, work experience places, internships, CV and applications, steps
up the participation ladder (003: the participant who dared to apply again, the library volunteer, the
Recovery College, the man who found new energy at two places)."""

from dsl import C, O, P, R, X

CAT = "werk"
RP_TAAL = ["afstand", "toegang", "plek", "tijd", "taal"]

C("werk-01", cat=CAT, kind="rp", title="Durft na afwijzingen niet meer te solliciteren (003)", tags="samenstelling woordvorm",
  q=R(None, "Mevrouw (45)", "Tivoli", 0, 0, age=45, av="am pm",
      wants="Werd onzeker van alle afwijzingen en is gestopt met solliciteren. Na De Wijk Werkt! wil ze het weer proberen, maar ze wil eerst oefenen."),
  rel=["o82"],
  traps=[X("o56", "traject voor jongeren die een eigen bedrijf willen starten; 's avonds", "tijd")],
  need="werk-zoeken", dir="any", avoid="werkervaring")

C("werk-02", cat=CAT, kind="rp", title="Breder kijken dan koffie schenken voor ouderen (003)", tags="rol synoniem",
  q=R(None, "Mevrouw (52)", "Winkelcentrum", -100, 100, age=52, av="am pm",
      offers="Schonk jaren koffie bij de inloop voor ouderen; leest veel.", wants="Wil na De Wijk Werkt! iets doen waarin ze meer van zichzelf vraagt: met boeken en met mensen die de weg zoeken."),
  rel=[O(None, "Vrijwilliger uitleenbalie", "p31", cap=2, av="mon tue wed thu fri",
         offers="Bezoekers wegwijs maken, boeken uitlenen en innemen, helpen zoeken in de catalogus.", wants="Voor iemand die van lezen houdt en graag mensen helpt.")],
  traps=[X("o36", "weer koffie en ontvangst bij de seniorenmiddag: juist wat ze achter zich wil laten", "anders")],
  need="lezen", dir="any", avoid="computer taal-nederlands")

C("werk-03", cat=CAT, kind="rp", title="Na jaren thuis met angstklachten weer stappen zetten (003, Recovery College)", tags="synoniem",
  q=R(None, "Meneer (41)", "Gildebuurt", 100, -100, age=41, av="am pm",
      wants="Zit al jaren thuis met angstklachten. Wil weer stappen zetten, het liefst samen met mensen die weten hoe dat voelt."),
  rel=["o25"],
  traps=[X(O(None, "Personal training", P(None, "Sportschool Fit Woensel", "Gildebuurt", 300, 0, pk="business"), cap=5, av="all",
             offers="Personal training met een voedingsschema.", wants="Klanten die willen afvallen of spieren opbouwen."),
           "commerciële sportschool, niets met herstel", "onderwerp")],
  need="gezondheid", dir="any", avoid="luisteren gezelschap")

C("werk-04", cat=CAT, kind="rp", title="Oud-kok die zich schaamt en nergens meer komt (003)", tags="synoniem afstand",
  q=R(None, "Meneer (48)", "Genderdal", 0, 0, age=48, av="pm",
      offers="Was vroeger kok in een hotel.", wants="Zit al jaren eenzaam thuis en komt nauwelijks de deur uit door zijn gewicht. Wil ergens bij horen en weer iets doen."),
  rel=["o58", O(None, "Wandelgroep 'Samen in beweging'", "p54", cap=10, av="mon_pm thu_pm",
                 offers="Rustig wandelen in een groep, in je eigen tempo, met koffie na afloop.", wants="Voor wie meer wil bewegen, ook met overgewicht.")],
  traps=[X("o41", "leerwerkplek in Woensel-Noord, 7 km", "afstand")],
  need="koken gezelschap sport wandelen", dir="any", avoid="samen-eten werkervaring")

C("werk-05", cat=CAT, kind="rp", title="Organisatietalent uit De Wijk Werkt! (003, de teamdag)", tags="synoniem",
  q=R(None, "Meneer (50)", "Het Ven", 0, 0, age=50, av="am pm",
      offers="Zette tijdens De Wijk Werkt! op eigen initiatief een teamdag op poten, met een persoonlijk cadeautje voor iedereen.",
      wants="Wil dat talent inzetten voor de buurt."),
  rel=["o53"],
  traps=[X("o23", "barvrijwilliger op avonden; hij kan overdag", "tijd")],
  need="organiseren", dir="any", avoid="gezelschap")

C("werk-06", cat=CAT, kind="rp", title="Na twaalf jaar mantelzorg terug naar kantoorwerk", tags="synoniem plek",
  q=R(None, "Mevrouw (46)", "Mensfort", 0, 0, age=46, av="am pm",
      offers="Was secretaresse; typt snel en houdt van orde.", wants="Heeft twaalf jaar voor haar moeder gezorgd en wil nu weer aan het werk, eerst om ervaring op te doen."),
  rel=[O(None, "Receptie en administratie (werkervaring)", P(None, "Wijkcentrum Mensfort", "Mensfort", 250, 150), cap=1, av="mon tue wed thu",
         offers="Werkervaringsplek aan de receptie: telefoon, agenda van de zalen, facturen klaarzetten.", wants="Voor iemand die weer wil wennen aan werken.")],
  traps=[X("o02", "digitaal spreekuur in het centrum: vol", "plek")],
  need="administratie werkervaring", dir="any", avoid="werk-zoeken computer")

C("werk-07", cat=CAT, kind="rp", title="Meubelmaker na een faillissement", tags="synoniem woord-valkuil",
  q=R(None, "Meneer (49)", "Vaartbroek", 0, 0, age=49, av="am pm",
      offers="Had een eigen meubelmakerij.", wants="Ging failliet en zit nu thuis. Wil weer ritme en het liefst weer met hout werken."),
  rel=["o47"],
  traps=[X("o46", "groenonderhoud; hij wil met hout werken", "onderwerp")],
  need="klussen werkervaring", dir="any", avoid="techniek")

C("werk-08", cat=CAT, kind="rp", title="Turkse vrouw zoekt werk in de schoonmaak", tags="synoniem woord-valkuil",
  q=R(None, "Mevrouw (49)", "Rapelenburg", 100, 0, age=49, lang="tr nl", av="am",
      wants="Zoekt werk als schoonmaakster; heeft nooit in Nederland gewerkt en wil eerst ervaring opdoen."),
  rel=[O(None, "Werkervaring huishoudelijk medewerker", "p58", cap=1, av="mon_am tue_am wed_am thu_am",
         offers="Meewerken in de huishoudelijke dienst van het zorgcentrum: kamers poetsen, linnen, met een vaste begeleider.", wants="Werkervaringsplek; doorstroom naar een baan mogelijk.")],
  traps=[X("o89", "klusjes in de huiskamers, geen schoonmaakwerk", "onderwerp")],
  need="schoonmaken werkervaring", dir="any", avoid="werk-zoeken")

C("werk-09", cat=CAT, kind="rp", title="Eritrese vrouw wil werken, spreekt nog weinig Nederlands", tags="taal synoniem",
  q=R(None, "Mevrouw (29)", "Hurk", 0, 300, age=29, lang="ti en", av="am pm",
      offers="Handig met kleine onderdelen; heeft in Eritrea in een fabriek gewerkt.", wants="Wil graag werken en geld verdienen; spreekt nog maar een beetje Nederlands."),
  rel=["o57"],
  checks=RP_TAAL,
  traps=[X(O(None, "Receptioniste", P(None, "Hotel Strijp", "Strijp S", 0, 0, pk="business"), cap=1, av="am pm",
             offers="Gasten ontvangen en telefoon beantwoorden; werkervaringsplek.", wants="Vloeiend Nederlands."),
           "vraagt vloeiend Nederlands; zij spreekt Tigrinya en Engels", "taal")],
  need="werkervaring techniek", dir="any", avoid="werk-zoeken")

C("werk-10", cat=CAT, kind="rr", title="Nog nooit een cv gemaakt", tags="woordvorm richting",
  q=R(None, "Meneer (52)", "Tempel", 200, 0, age=52, av="ev",
      wants="Reed 25 jaar voor hetzelfde bedrijf, dat nu dicht is. Heeft nog nooit een cv gemaakt en weet niet hoe solliciteren tegenwoordig gaat."),
  rel=["r224"],
  traps=[X(R(None, "Meneer (55)", "Tempel", -200, 100, age=55, av="ev", offers="Vrachtwagenchauffeur.", wants="Zoekt ook een nieuwe baan."),
           "zoekt zelf werk", "richting")],
  need="werk-zoeken", avoid="")

C("werk-11", cat=CAT, kind="rp", title="Weer aan het werk als kapster", tags="synoniem",
  q=R(None, "Mevrouw (38)", "Woensel-West", 0, 200, age=38, lang="nl ar", av="tue wed thu",
      offers="Was kapster in Marokko; knipt nu alleen familie.", wants="Wil weer in een salon werken, maar haar diploma telt hier niet."),
  rel=["o75"],
  traps=[X(O(None, "Receptioniste haarwerkspecialist", P(None, "Haarwerk Studio", "Woensel-West", 300, 0, pk="business"), cap=1, av="am pm",
             offers="Afspraken plannen en klanten ontvangen.", wants="Ervaring met de telefoon en agenda."),
           "receptiewerk, geen kappersvak", "onderwerp")],
  need="kapper", dir="any", avoid="werkervaring")

C("werk-12", cat=CAT, kind="rp", title="Mag ik vrijwilligerswerk doen met een uitkering? (003)", tags="synoniem afstand",
  q=R(None, "Mevrouw (33)", "Woensel-West", -100, -200, age=33, lang="ar nl", av="tue_am thu_am",
      offers="Kan heel goed met kleine kinderen; heeft zelf drie.", wants="Heeft een uitkering en wist niet dat ze vrijwilligerswerk mag doen; wil graag iets voor anderen betekenen."),
  rel=["o69"],
  traps=[X("o37", "speeltuin in Prinsejagt, 1,5 km; en alleen woensdag en zaterdag", "tijd")],
  need="oppassen", dir="any", avoid="ouders jongeren huiswerkbegeleiding lezen")

C("werk-13", cat=CAT, kind="rp", title="Sterke man zoekt fysiek werk", tags="synoniem",
  q=R(None, "Meneer (50)", "Kronehoef", 0, 0, age=50, lang="nl pap", av="am pm",
      offers="Bouwvakker, sterk, tilt alles.", wants="Zit in de bijstand na een blessure die nu over is; wil weer aan de slag."),
  rel=["o27"],
  traps=[X("o07", "ophaalroute van de voedselbank in het centrum, 2 km; vraagt rijbewijs en hij blijft in de wijk", "afstand")],
  need="verhuizen werkervaring", dir="any", avoid="werk-zoeken vervoer")

C("werk-14", cat=CAT, kind="rp", title="Werkervaring in de kinderopvang", tags="taal",
  q=R(None, "Mevrouw (26)", "Achtse Barrier-Hoeven", 0, 0, age=26, mob="far", lang="nl ar", av="am pm",
      wants="Wil pedagogisch medewerker worden en zoekt eerst werkervaring met kinderen."),
  rel=[O(None, "Werkervaringsplek kinderopvang", P(None, "Kinderdagverblijf De Molen", "Achtse Barrier-Gunterslaer", 200, 100, pk="business"), cap=1, av="mon tue wed thu fri",
         offers="Meedraaien op de peutergroep met een praktijkbegeleider; kans op een BBL-plek.", wants="Voor iemand die in de kinderopvang wil werken.")],
  checks=RP_TAAL,
  traps=[X("o67", "kinderactiviteiten bij de Oekraïense opvang; daar spreken ze Oekraïens, Russisch en Engels", "taal")],
  need="oppassen werkervaring", dir="any", avoid="ouders jongeren huiswerkbegeleiding lezen")

C("werk-15", cat=CAT, kind="rp", title="Gepensioneerd accountant wil zijn kennis inzetten", tags="buiten-taxonomie rol",
  q=R(None, "Meneer (66)", "Irisbuurt", 0, 0, age=66, av="am pm ev",
      offers="Was 35 jaar accountant.", wants="Net met pensioen; wil die kennis ergens nuttig inzetten."),
  rel=[O(None, "Penningmeester", "p06", cap=1, av="ev",
         offers="Het buurthuis zoekt een penningmeester voor het bestuur: begroting, subsidieaanvragen, jaarrekening.", wants="Iemand die cijfers leuk vindt.")],
  traps=[X("o82", "sollicitatiecafé voor werkzoekenden; hij zoekt geen baan", "anders")],
  need="geldzaken vergaderen administratie", dir="any", avoid="werk-zoeken")

C("werk-16", cat=CAT, kind="rp", title="Rustige dagbesteding met dieren", tags="synoniem afstand",
  q=R(None, "Mevrouw (24)", "Gijzenrooi", 200, 0, age=24, av="am pm",
      wants="Heeft autisme en raakt overprikkeld in drukte. Zoekt een rustige plek om een paar dagen per week nuttig bezig te zijn, het liefst met dieren."),
  rel=["o78"],
  traps=[X("o20", "kinderboerderij in Urkhoven, 3,5 km en druk met bezoekers", "afstand")],
  need="dieren", dir="any", avoid="werkervaring tuinieren natuur")
