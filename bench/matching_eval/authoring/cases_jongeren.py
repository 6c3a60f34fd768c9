# ruff: noqa: E501
# fmt: off
"""Young people: out of school, looking for day structure, a first job, an internship, a club (003 §3, §5)."""

from dsl import C, O, P, R, X

CAT = "jongeren"

C("jongeren-01", cat=CAT, kind="rp", title="Jongen van 17, uitgevallen op school, zoekt dagbesteding (003)", tags="synoniem afstand",
  q=R(None, "Jongen (17)", "Oude Toren", 100, 0, age=17, av="pm",
      wants="Is uitgevallen op school (speciaal onderwijs) en zit veel thuis. Zoekt dagbesteding en wil andere mensen leren kennen; vindt koken leuk.",
      offers="Goed in gamen, helpt thuis met eten maken."),
  rel=["o79", "o80"],
  traps=[X("o41", "leerwerkplek in een restaurantkeuken richting betaald werk; 2,5 km verderop en hij blijft in de wijk", "afstand")],
  need="gezelschap koken samen-eten", dir="any", avoid="jongeren werkervaring spelletjes")

C("jongeren-02", cat=CAT, kind="rp", title="Wil als DJ draaien op buurtfeesten (003)", tags="synoniem afstand",
  q=R(None, "Jongen (20)", "Hemelrijken", 150, 100, age=20, mob="far", lang="nl ar", av="ev we",
      offers="Houdt van muziek; draait als DJ en maakt zelf beats.", wants="Zou graag op evenementen in de buurt willen draaien."),
  rel=[O(None, "DJ voor het zomerfeest", "p21", cap=1, av="sat_pm sat_ev",
         offers="We zoeken iemand die de muziek verzorgt op het buurtfeest in juni en bij de kerstmarkt.", wants="Jongeren uit de wijk krijgen voorrang.")],
  traps=[X("o40", "jongerencentrum in Achtse Barrier, bijna 4 km; verder dan hij wil fietsen", "afstand"),
         X(O(None, "Geluidstechnicus", "p68", cap=1, av="wed_ev", offers="Licht en geluid bij repetities op woensdagavond.", wants="Ervaring met een mengpaneel."),
           "theater in Bergen; alleen op woensdagavond repetities, geen evenementen; en hij wil zelf draaien", "onderwerp")],
  need="muziek", dir="any", avoid="jongeren organiseren")

C("jongeren-03", cat=CAT, kind="rp", title="Scholier met een eigen sneakerhandeltje", tags="woordvorm afstand",
  q=R(None, "Jongen (16)", "Witte Dame", 0, 0, age=16, mob="far", av="ev",
      wants="Verkoopt sneakers via Instagram en wil er een echt eigen bedrijfje van maken; weet niet hoe dat moet met de KvK en belasting."),
  rel=["o56"],
  traps=[X(P(None, "Ondernemersvereniging Centrum", "Binnenstad", 100, 0, offers="Vereniging van winkeliers in het centrum; organiseert de kerstmarkt.", wants="Winkeliers die mee willen doen aan de kerstmarkt."),
           "vereniging voor gevestigde winkeliers, geen begeleiding voor starters", "onderwerp")],
  need="ondernemen", dir="any", avoid="werk-zoeken geldzaken administratie")

C("jongeren-04", cat=CAT, kind="rp", title="Van het mbo af, voetbalt graag, heeft structuur nodig", tags="synoniem",
  q=R(None, "Jongen (19)", "Woensel-West", 50, 50, age=19, mob="far", reach=3500, lang="nl ar", av="ev sat",
      wants="Gestopt met het mbo, weet niet wat hij wil. Heeft structuur nodig en iemand die meedenkt over school of werk.",
      offers="Voetbalt al zijn hele leven, fanatiek."),
  rel=["o28", "o54"],
  traps=[X("o82", "sollicitatiecafé op dinsdagochtend; hij kan 's avonds en op zaterdag", "tijd")],
  need="sport jongeren", dir="any", avoid="werk-zoeken werkervaring")

C("jongeren-05", cat=CAT, kind="rp", title="Thuiszitter die de hele dag tekent", tags="woordvorm samenstelling afstand plek",
  q=R(None, "Jongen (17)", "Schuttersbosch", 0, 0, age=17, av="pm",
      wants="Zit al een jaar thuis, niet naar school. Tekent de hele dag in zijn kamer, vooral manga.", offers="Kan heel goed tekenen."),
  rel=[O(None, "Tekenclub jongeren", P(None, "Bibliotheek-servicepunt Putten", "Gijzenrooi", -300, 0, pk="library"), cap=4, av="wed_pm fri_pm",
         offers="Tekenclub voor jongeren van 12 tot 18 op woensdag- en vrijdagmiddag: strips, manga, illustratie.", wants="Iedereen die graag tekent, alle niveaus.")],
  traps=[X("o06", "schildercursus in het centrum, 3 km verderop, en vol", "plek"),
         X("o05", "daar zoeken ze een ervaren begeleider met kunstopleiding, geen deelnemer", "anders")],
  need="schilderen", dir="any", avoid="jongeren")

C("jongeren-06", cat=CAT, kind="rp", title="Stage ICT gezocht", tags="synoniem rol",
  q=R(None, "Jongen (21)", "Jagershoef", -100, 100, age=21, av="all",
      offers="Kan goed met computers; heeft zijn pc zelf gebouwd.", wants="Moet voor zijn opleiding ICT-beheer een stageplek vinden."),
  rel=[O(None, "Stagiair ICT", "p31", cap=1, av="mon tue wed thu fri",
         offers="Stage van 20 weken: werkplekken, printers en wifi beheren en bezoekers helpen met hun laptop.", wants="Voor mbo-studenten ICT.")],
  traps=[X("o44", "docent computerles voor senioren; geen stage", "anders")],
  need="computer werkervaring", dir="any", avoid="")

C("jongeren-07", cat=CAT, kind="rr", title="Derdeklasser zakt voor Engels en wiskunde", tags="tijd richting woord-valkuil",
  q=R(None, "Jongen (15)", "Tempel", 0, 0, age=15, lang="nl ar", av="pm",
      wants="Staat onvoldoende voor Engels en wiskunde in de derde klas havo; zijn ouders kunnen hem niet helpen."),
  rel=[R(None, "Meisje (17)", "Tempel", 250, 150, age=17, av="pm",
         offers="Zit in 6 vwo en haalt negens voor wiskunde B en Engels. Wil graag brugklassers en onderbouwers bijles geven.")],
  traps=[X(R(None, "Meneer (58)", "Tempel", -200, 0, age=58, av="am", offers="Wiskundeleraar in deeltijd, geeft graag bijles."),
           "kan alleen 's ochtends, als de jongen op school zit", "tijd"),
         X(R(None, "Meisje (14)", "Tempel", 100, -200, age=14, av="pm", wants="Zoekt bijles wiskunde."),
           "zoekt zelf bijles", "richting"),
         X(R(None, "Mr. (34)", "Tempel", 150, 150, age=34, lang="en", av="ev", offers="English native speaker.", wants="Wants to learn Dutch with a language buddy."),
           "zoekt een taalmaatje Nederlands; kan 's avonds, niet 's middags", "tijd")],
  need="huiswerkbegeleiding", avoid="taal-engels lesgeven")

C("jongeren-08", cat=CAT, kind="rr", title="Kappersleerling zoekt mensen om op te oefenen", tags="richting synoniem",
  q=R(None, "Meisje (19)", "Genneperzijde", 0, 0, age=19, av="pm we",
      offers="Zit in het tweede jaar van de kappersopleiding en moet oefenen op echte klanten; komt ook aan huis.", o="kapper"),
  rel=[R(None, "Mevrouw (87)", "Genneperzijde", 300, -100, age=87, mob="homebound", av="pm",
         wants="Kan niet meer naar de salon; haar haar is veel te lang en ze zou het zo graag weer netjes hebben.")],
  traps=[X("r160", "is zelf kapster; zoekt geen knipbeurt", "richting"),
         X(R(None, "Mevrouw (45)", "Genneperzijde", -100, 200, age=45, av="am", wants="Zoekt een kapper die ook haar kleinkinderen knipt."),
           "kan alleen 's ochtends", "tijd")],
  need="kapper", dir="want")

C("jongeren-09", cat=CAT, kind="rp", title="Geld verdienen zonder diploma", tags="synoniem",
  q=R(None, "Jongen (18)", "Lievendaal", 0, 0, age=18, mob="far", av="am pm",
      wants="Gestopt met school, wil geld verdienen maar heeft geen diploma. Werkt graag met zijn handen."),
  rel=["o57"],
  traps=[X("o21", "fietsenwerkplaats in Tongelre, 5 km; te ver fietsen elke dag", "afstand")],
  need="werkervaring", dir="any", avoid="werk-zoeken techniek klussen jongeren")

C("jongeren-10", cat=CAT, kind="rp", title="Maatschappelijke stage bij de dieren", tags="taxonomie afstand",
  q=R(None, "Meisje (15)", "Genneperzijde", -150, 100, age=15, av="we wed_pm",
      wants="Moet een maatschappelijke stage doen en wil iets met dieren; is gek op konijnen en geiten."),
  rel=["p70"],
  traps=[X("o20", "kinderboerderij in Urkhoven, aan de andere kant van de stad", "afstand"),
         X("o48", "dierenopvang in Acht, 7 km; en alleen voor volwassenen die stevig ter been zijn", "afstand")],
  need="dieren", dir="any", avoid="natuur")

C("jongeren-11", cat=CAT, kind="rp", title="Wil automonteur worden", tags="synoniem woord-valkuil",
  q=R(None, "Jongen (19)", "Lakerlopen", 0, 0, age=19, mob="far", lang="nl ar", av="all",
      wants="Zoekt een stageplek als automonteur; sleutelt al jaren aan brommers."),
  rel=[O(None, "Leerling-monteur", P(None, "Garage Tongelre", "Doornakkers-West", 200, -100, pk="business"), cap=1, av="mon tue wed thu fri",
         offers="Leerwerkplek in onze garage: APK, onderhoud en banden wisselen, met BBL-opleiding.", wants="Voor een jongere met technisch inzicht.")],
  traps=[X(O(None, "Vrijwilliger autodelen", P(None, "Buurtauto Tongelre", "'t Hofke", 0, 0), cap=2, av="we",
             offers="De deelauto's van de buurt wassen en de afspraken bijhouden.", wants="Iemand met rijbewijs."),
           "de deelauto's wassen en plannen, geen vak leren", "onderwerp")],
  need="techniek werkervaring", dir="any", avoid="fietsen-repareren")

C("jongeren-12", cat=CAT, kind="rp", title="Nieuwkomer van 18 wil voetballen", tags="engels afstand",
  q=R(None, "Young man (18)", "Lievendaal", 100, -100, age=18, mob="far", lang="ti en", av="ev sat",
      wants="Loves football, played in a team in Eritrea. Wants to join a club and make friends here."),
  rel=["p49"],
  traps=[X("o28", "boksschool in Woensel, 2,5 km; hij wil voetballen", "onderwerp"),
         X("o81", "vrijwilligerswerk bij aangepast sporten in Tongelre", "afstand")],
  need="sport", dir="any", avoid="jongeren gezelschap")
