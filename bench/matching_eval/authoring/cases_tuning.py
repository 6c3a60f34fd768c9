# ruff: noqa: E501
# fmt: off
"""TUNING set: separate cases the engine's weights may be tuned on (never the evaluation cases). Same pool,
same kinds of situations, different queries and different right counterparts."""

from dsl import PLACES, C, O, P, R, X
from pool_places import OPENINGS

POOL = {o["key"]: o for o in OPENINGS} | PLACES

# -- ouderen
C("tune-ouderen-01", cat="ouderen", kind="rr", title="Schaakpartner voor een 85-jarige", tags="synoniem afstand",
  q=R(None, "Meneer (85)", "Drents Dorp", 0, 0, age=85, mob="short", av="pm", wants="Heeft niemand meer om een partijtje schaak mee te spelen sinds zijn broer overleed."),
  rel=[R(None, "Meneer (59)", "Drents Dorp", 200, 150, age=59, av="pm ev", offers="Schaakt al veertig jaar en komt graag bij iemand thuis een partij spelen.")],
  traps=[X(R(None, "Meneer (66)", "Tempel", 0, 0, age=66, mob="short", av="pm", offers="Speelt graag schaak."), "woont in Woensel-Noord, 5 km", "afstand")],
  need="spelletjes", dir="any", avoid="gezelschap")

C("tune-ouderen-02", cat="ouderen", kind="rp", title="Tuinieren met een rollator", tags="toegang synoniem",
  q=R(None, "Mevrouw (79)", "Oude Gracht-West", 150, -120, age=79, mob="rollator", av="wed_pm sat_am", wants="Zou zo graag weer in de aarde wroeten en kruiden kweken, maar bukken lukt niet meer."),
  rel=["o32"],
  traps=[X("o12", "moestuin zonder verharde paden, in Stratum", "toegang")],
  need="tuinieren", dir="any", avoid="natuur")

C("tune-ouderen-03", cat="ouderen", kind="rr", title="WhatsApp leren, in het Turks uitgelegd", tags="taal taxonomie",
  q=R(None, "Meneer (68)", "Gildebuurt", 0, 0, age=68, lang="tr", av="am", wants="Wil leren berichtjes en foto's sturen met zijn nieuwe telefoon; spreekt alleen Turks."),
  rel=[R(None, "Mevrouw (27)", "Gildebuurt", 200, 200, age=27, lang="tr nl en", av="am pm", offers="Helpt ouderen graag met hun smartphone, in het Turks of Nederlands.")],
  traps=[X(R(None, "Meneer (50)", "Gildebuurt", -200, 100, age=50, av="am", offers="Helpt ouderen met hun telefoon en tablet."), "spreekt alleen Nederlands", "taal")],
  need="computer", avoid="")

C("tune-ouderen-04", cat="ouderen", kind="rp", title="Oma wil voorlezen aan kinderen", tags="woordvorm afstand",
  q=R(None, "Mevrouw (71)", "Winkelcentrum", 150, -100, age=71, mob="short", av="wed_pm", offers="Las haar kleinkinderen elke avond voor.", wants="Mist dat nu ze groot zijn."),
  rel=["o84"],
  traps=[X("o03", "voorlezen in de bibliotheek in het centrum, 4 km, op zaterdag", "afstand")],
  need="lezen", dir="any", avoid="oppassen")

C("tune-ouderen-05", cat="ouderen", kind="rr", title="Boodschappen in het weekend", tags="synoniem richting",
  q=R(None, "Mevrouw (84)", "Kerstroosplein", 100, 100, age=84, mob="homebound", av="we", wants="Haar zoon doet de boodschappen, maar verhuist naar Groningen."),
  rel=["r074"],
  traps=[X(R(None, "Meneer (82)", "Kerstroosplein", -100, 150, age=82, mob="short", av="we", wants="Zoekt iemand die zijn boodschappen doet."), "zoekt zelf hulp", "richting")],
  need="boodschappen", avoid="vervoer")

C("tune-ouderen-06", cat="ouderen", kind="rp", title="Klaverjassen in het wijkhuis", tags="synoniem afstand",
  q=R(None, "Meneer (72)", "Bergen", -50, 50, age=72, av="pm", wants="Kaartte vroeger elke week; zijn maten zijn er niet meer."),
  rel=["o04"],
  traps=[X("o35", "sjoelclub in Woensel-Noord, 4 km", "afstand")],
  need="spelletjes", dir="any", avoid="gezelschap")

# -- jongeren
C("tune-jongeren-01", cat="jongeren", kind="rp", title="Meisje van 16 wil iets met kinderen doen", tags="synoniem",
  q=R(None, "Meisje (16)", "Prinsejagt", 0, 0, age=16, av="wed_pm we", wants="Moet een maatschappelijke stage doen; vindt het leuk om met kleine kinderen te knutselen."),
  rel=["o37"], traps=[X("o67", "opvang in Meerhoven, 5 km", "afstand")],
  need="oppassen ouders jongeren", dir="any", avoid="organiseren")

C("tune-jongeren-02", cat="jongeren", kind="rp", title="Maakt muziek op zijn laptop", tags="synoniem",
  q=R(None, "Jongen (18)", "Achtse Barrier-Hoeven", 0, 0, age=18, mob="far", av="ev", offers="Produceert hiphop-beats op zijn laptop.", wants="Wil leren opnemen en mixen in een echte studio."),
  rel=["o40"], traps=[X("o51", "jamsessie in Strijp, 6 km", "afstand")],
  need="muziek", dir="any", avoid="jongeren")

C("tune-jongeren-03", cat="jongeren", kind="rp", title="Sleutelt graag aan fietsen", tags="samenstelling",
  q=R(None, "Jongen (17)", "Karpen", 0, 0, age=17, av="all", wants="Zit thuis sinds hij van school is gegaan; sleutelt graag aan fietsen en brommers."),
  rel=["o21"], traps=[X("o09", "Repair Café in Stratum op zaterdagmiddag, elektronica", "onderwerp")],
  need="fietsen-repareren werkervaring", dir="any", avoid="techniek")

# -- nieuwkomers
C("tune-nieuwkomers-01", cat="nieuwkomers", kind="rr", title="Schoolbrieven uitleggen in het Arabisch", tags="taal",
  q=R(None, "Mevrouw (35)", "Barrier", 0, 0, age=35, lang="ar", av="am", wants="Begrijpt de brieven en de app van de school van haar kinderen niet."),
  rel=[R(None, "Mevrouw (40)", "Barrier", 200, 200, age=40, lang="ar nl", av="am", offers="Zit in de ouderraad en legt andere ouders graag uit hoe de school werkt, in het Arabisch.")],
  traps=[X(R(None, "Mevrouw (33)", "Barrier", -150, 100, age=33, lang="ti en", av="am", offers="Helpt ouders met schoolzaken."), "spreekt Tigrinya en Engels", "taal")],
  need="administratie vertalen ouders", avoid="")

C("tune-nieuwkomers-02", cat="nieuwkomers", kind="rp", title="Nederlandse die expats wil helpen", tags="engels",
  q=R(None, "Mevrouw (56)", "Zandrijk", 100, 0, age=56, lang="nl en", av="ev", offers="Spreekt goed Engels.", wants="Wil internationale buren helpen Nederlands te leren."),
  rel=["o55"], traps=[X("o52", "taalcafé in Drents Dorp op dinsdagavond, 3 km", "afstand")],
  need="taal-nederlands", dir="any", avoid="gezelschap")

C("tune-nieuwkomers-03", cat="nieuwkomers", kind="rp", title="Poolse lerares wil Poolse ouders helpen", tags="tijd",
  q=R(None, "Mevrouw (44)", "Limbeek-Zuid", 100, 100, age=44, lang="pl nl", av="we", offers="Woont al 15 jaar hier, geeft Nederlandse les.", wants="Wil iets doen voor Poolse gezinnen in de wijk."),
  rel=["o68"], traps=[X("o18", "taalhuis doordeweeks, in Tongelre", "tijd")],
  need="taal-nederlands", dir="any", avoid="lesgeven")

C("tune-nieuwkomers-04", cat="nieuwkomers", kind="rr", title="Oekraïense scholier heeft hulp nodig met wiskunde", tags="taal",
  q=R(None, "Meisje (14)", "Flight Forum", 0, 0, age=14, mob="far", lang="uk ru en", av="pm", wants="Zit in de internationale schakelklas en loopt achter met wiskunde."),
  rel=[R(None, "Meneer (23)", "Meerrijk", 0, 0, age=23, lang="ru en nl", av="pm ev", offers="Student wiskunde, geeft bijles in het Russisch, Engels of Nederlands.")],
  traps=[X(R(None, "Mevrouw (60)", "Meerrijk", 200, 0, age=60, av="pm", offers="Geeft bijles wiskunde."), "spreekt alleen Nederlands", "taal")],
  need="huiswerkbegeleiding", avoid="")

C("tune-nieuwkomers-05", cat="nieuwkomers", kind="rp", title="Eritrese vrouw wil bewegen", tags="synoniem",
  q=R(None, "Mevrouw (30)", "Bennekel-West", 0, 0, age=30, lang="ti", av="fri_am", wants="Danste veel in Eritrea; zit nu binnen en mist het bewegen."),
  rel=["o77"], traps=[X("o81", "aangepast sporten in Tongelre, woensdagavond", "tijd")],
  need="dansen sport", dir="any", avoid="")

C("tune-nieuwkomers-06", cat="nieuwkomers", kind="rp", title="Nieuwkomer wil zingen in een koor", tags="synoniem",
  q=R(None, "Meneer (29)", "Hagenkamp", 0, 0, age=29, lang="ti en", av="ev", offers="Zong in het kerkkoor in Asmara.", wants="Wil Nederlanders ontmoeten en de taal oefenen."),
  rel=["o63"], traps=[X("o38", "muziekmaatje in een zorgcentrum in Woensel, 's middags", "tijd")],
  need="muziek", dir="any", avoid="gezelschap taal-nederlands")

# -- ouders
C("tune-ouders-01", cat="ouders", kind="rr", title="Oppas op zaterdag", tags="tijd",
  q=R(None, "Meneer (38)", "Genderbeemd", 0, 0, age=38, av="sat", wants="Alleenstaande vader, werkt op zaterdag in de winkel; zoekt iemand die dan op zijn dochter van 4 past."),
  rel=[R(None, "Mevrouw (61)", "Genderbeemd", 200, 200, age=61, av="we", offers="Past graag op jonge kinderen; haar kleinkinderen wonen ver weg.")],
  traps=[X(R(None, "Mevrouw (20)", "Genderbeemd", -200, 100, age=20, av="am pm", offers="Studeert pedagogiek, past op."), "alleen doordeweeks", "tijd")],
  need="oppassen")

C("tune-ouders-02", cat="ouders", kind="rp", title="Moeder wil helpen op school", tags="synoniem",
  q=R(None, "Mevrouw (34)", "Generalenbuurt", 100, 100, age=34, av="am", wants="Haar kinderen zitten op De Generaal; ze wil graag iets doen op school."),
  rel=["o29"], traps=[X("o03", "voorlezen in het centrum op zaterdag", "tijd")],
  need="lezen ouders", dir="any", avoid="huiswerkbegeleiding")

C("tune-ouders-03", cat="ouders", kind="rr", title="Zoon van 12 loopt vast met rekenen", tags="synoniem",
  q=R(None, "Mevrouw (41)", "Hanevoet", 0, 0, age=41, av="pm ev", wants="Haar zoon van 12 loopt vast met breuken en procenten; zij kan hem niet helpen."),
  rel=[R(None, "Meneer (70)", "Hanevoet", 200, -200, age=70, av="pm", offers="Gepensioneerd wiskundeleraar; helpt graag kinderen met sommen.")],
  traps=[X(R(None, "Mevrouw (36)", "Hanevoet", -100, 200, age=36, av="pm", wants="Zoekt bijles voor haar dochter."), "zoekt zelf bijles", "richting")],
  need="huiswerkbegeleiding", avoid="lesgeven")

# -- verlies
C("tune-verlies-01", cat="verlies", kind="rr", title="Naar het theater, maar niet meer alleen", tags="synoniem",
  q=R(None, "Mevrouw (73)", "Villapark", 0, 0, age=73, av="ev", wants="Ging altijd met haar man naar het Parktheater; nu hij er niet meer is durft ze niet alleen."),
  rel=[R(None, "Mevrouw (69)", "Villapark", 200, 200, age=69, av="ev", wants="Weduwe, zou graag iemand hebben om mee naar voorstellingen en concerten te gaan.")],
  traps=[X(R(None, "Meneer (30)", "Villapark", -200, 100, age=30, av="am", offers="Acteur, geeft toneelles."), "toneelles, alleen 's ochtends", "tijd")],
  need="gezelschap rouw", dir="any", avoid="muziek")

C("tune-verlies-02", cat="verlies", kind="rp", title="Weduwnaar, oud-timmerman, wil iets om handen", tags="synoniem",
  q=R(None, "Meneer (71)", "Tempel", 100, 0, age=71, av="we", offers="Was timmerman.", wants="Sinds zijn vrouw overleed zit hij met zijn handen in het haar; wil iets nuttigs doen."),
  rel=["o43"], traps=[X("o89", "klusjes in een zorgcentrum in Gestel, doordeweeks", "tijd")],
  need="klussen", dir="any", avoid="tuinieren")

C("tune-verlies-03", cat="verlies", kind="rr", title="De tuin was van haar man", tags="synoniem afstand",
  q=R(None, "Mevrouw (74)", "Achtse Barrier-Spaaihoef", 100, 0, age=74, av="am pm", wants="Haar man deed de tuin; nu groeit alles dicht en ze weet niet waar ze moet beginnen."),
  rel=[R(None, "Meneer (63)", "Achtse Barrier-Spaaihoef", 200, -200, age=63, av="am pm", offers="Houdt van snoeien en grasmaaien; doet al de tuin van zijn buurvrouw.")],
  traps=[X(R(None, "Meneer (50)", "Tuindorp", 0, 0, age=50, av="am pm", offers="Hovenier."), "woont in Stratum, 7 km", "afstand")],
  need="tuinieren")

# -- werk
C("tune-werk-01", cat="werk", kind="rp", title="Werkervaring in een magazijn", tags="synoniem",
  q=R(None, "Meneer (34)", "Rapenland", 0, 0, age=34, av="am", wants="Zit al twee jaar zonder werk; wil ervaring opdoen in logistiek of een magazijn."),
  rel=["o87"], traps=[X("o07", "chauffeur ophaalroute, vraagt rijbewijs; in het centrum", "anders")],
  need="werkervaring voedsel", dir="any", avoid="werk-zoeken verhuizen")

C("tune-werk-02", cat="werk", kind="rp", title="Buiten werken in het groen", tags="synoniem",
  q=R(None, "Meneer (45)", "Heesterakker", 100, 0, age=45, av="am pm", wants="Wil weer aan het werk, het liefst buiten; heeft vroeger bij een hovenier gewerkt."),
  rel=["o46"], traps=[X("o12", "vrijwillig tuinieren in Stratum op zaterdag", "afstand")],
  need="werkervaring tuinieren", dir="any", avoid="klussen")

C("tune-werk-03", cat="werk", kind="rp", title="Ervaring in de bediening", tags="tijd",
  q=R(None, "Mevrouw (27)", "Vaartbroek", 0, 0, age=27, av="ev", wants="Wil in de horeca werken; heeft nog geen ervaring in de bediening."),
  rel=["o42"], traps=[X("o41", "leerwerkplek in de keuken; zij wil de bediening in", "anders")],
  need="werkervaring samen-eten", dir="any", avoid="koken")

C("tune-werk-04", cat="werk", kind="rp", title="Ervaring in een winkel", tags="synoniem",
  q=R(None, "Mevrouw (22)", "Kronehoef", 100, 100, age=22, av="am pm", wants="Wil later in een winkel werken; heeft nog nooit gewerkt."),
  rel=["o26"], traps=[X("o74", "bakkerij, vroeg beginnen, vakopleiding bakker", "anders")],
  need="werkervaring", dir="any", avoid="werk-zoeken")

# -- creatief
C("tune-creatief-01", cat="creatief", kind="rp", title="Breien in een groep", tags="synoniem",
  q=R(None, "Mevrouw (64)", "Philipsdorp", 100, -100, age=64, av="tue_pm", wants="Breit en haakt graag, maar altijd alleen."),
  rel=["o49"], traps=[X("o50", "kleding repareren in het Repair Café op zaterdag", "tijd")],
  need="handwerken", dir="any", avoid="naaien")

C("tune-creatief-02", cat="creatief", kind="rp", title="Jazzsaxofonist wil samenspelen", tags="synoniem",
  q=R(None, "Meneer (52)", "Strijp S", 100, 100, age=52, av="fri_ev", offers="Speelt saxofoon.", wants="Zoekt mensen om mee te jammen."),
  rel=["o51"], traps=[X("o59", "naailes geven", "onderwerp")],
  need="muziek", dir="any", avoid="")

C("tune-creatief-03", cat="creatief", kind="rr", title="Leren fotograferen", tags="woordvorm",
  q=R(None, "Mevrouw (38)", "Schoot", 100, 0, age=38, av="we", wants="Heeft een spiegelreflexcamera gekocht maar snapt de instellingen niet."),
  rel=["r106"], traps=[X(R(None, "Meneer (45)", "Schoot", -200, 100, age=45, av="we", offers="Verkoopt camera's."), "verkoper", "onderwerp")],
  need="fotografie")

C("tune-creatief-04", cat="creatief", kind="rp", title="Verhalen opschrijven", tags="synoniem",
  q=R(None, "Mevrouw (58)", "Schrijversbuurt", -200, 100, age=58, av="wed_pm", offers="Schrijft graag.", wants="Zou verhalen van anderen willen optekenen."),
  rel=["o64"], traps=[X("o71", "galerie", "onderwerp")],
  need="schrijven", dir="any", avoid="lezen")

# -- praktisch
C("tune-praktisch-01", cat="praktisch", kind="rr", title="Fietsverlichting kapot", tags="samenstelling",
  q=R(None, "Mevrouw (45)", "Het Ven", 0, 0, age=45, av="ev", wants="Haar fietslampen doen het niet en ze fietst 's avonds naar haar werk."),
  rel=["r194"], traps=[X(R(None, "Meneer (30)", "Het Ven", 200, 0, age=30, av="ev", wants="Zoekt een tweedehands fiets."), "zoekt een fiets", "richting")],
  need="fietsen-repareren")

C("tune-praktisch-02", cat="praktisch", kind="rr", title="Gordijnen inkorten", tags="synoniem",
  q=R(None, "Mevrouw (80)", "Philipsdorp", -100, 0, age=80, mob="short", av="am", wants="Heeft nieuwe gordijnen, maar ze zijn veel te lang."),
  rel=["r103"], traps=[X(R(None, "Mevrouw (30)", "Philipsdorp", 100, 100, age=30, av="am", offers="Verkoopt gordijnen en rolgordijnen."), "verkoopt gordijnen", "onderwerp")],
  need="naaien")

C("tune-praktisch-03", cat="praktisch", kind="rr", title="Belastingaangifte", tags="samenstelling",
  q=R(None, "Meneer (75)", "Jagershoef", 100, 0, age=75, av="am", wants="Zijn vrouw deed altijd de belastingaangifte; hij weet niet waar te beginnen."),
  rel=["r031"], traps=[X(R(None, "Mevrouw (70)", "Jagershoef", -100, 100, age=70, av="am", wants="Heeft ook hulp nodig met haar aangifte."), "zoekt zelf hulp", "richting")],
  need="administratie geldzaken", avoid="rouw")

# -- eten
C("tune-eten-01", cat="eten", kind="rp", title="Kookt graag voor velen", tags="synoniem",
  q=R(None, "Meneer (55)", "Hemelrijken", 0, 0, age=55, av="ev", offers="Kookt voor feesten van de moskee.", wants="Wil koken voor de buurt."),
  rel=[O(None, "Kok buurtmaaltijd", "p21", cap=1, av="thu_ev", offers="Eens per maand koken voor de buurtmaaltijd.", wants="Iemand die voor groepen kan koken.")],
  traps=[X("o58", "wijkcentrum in Gestel, woensdagmiddag", "tijd")],
  need="koken samen-eten", dir="any", avoid="")

C("tune-eten-02", cat="eten", kind="rr", title="Samen taart bakken", tags="woordvorm",
  q=R(None, "Mevrouw (79)", "Kerkdorp Acht", 200, 0, age=79, av="am pm", wants="Zou graag weer eens een appeltaart bakken, maar alleen is er niks aan."),
  rel=["r041"], traps=[X(R(None, "Meneer (40)", "Kerkdorp Acht", 0, 200, age=40, av="am", wants="Zoekt een taart voor een feest."), "wil een taart kopen", "onderwerp")],
  need="bakken", dir="any", avoid="koken gezelschap")

C("tune-eten-03", cat="eten", kind="rp", title="Samen eten in het buurthuis", tags="synoniem",
  q=R(None, "Meneer (80)", "Het Ven", 100, 0, age=80, mob="short", av="ev", wants="Eet elke avond alleen."),
  rel=["p48"], traps=[X("p06", "buurtmaaltijd in Stratum", "afstand")],
  need="samen-eten gezelschap", dir="any", avoid="koken")

# -- plek zoekt inwoner
C("tune-plek-01", cat="plek-zoekt-inwoner", kind="rp", title="Dierenopvang zoekt hondenuitlaters", tags="synoniem",
  q=POOL["o48"], rel=[R(None, "Meneer (52)", "Kapelbeemd", 200, 200, age=52, mob="far", av="we", offers="Wandelt elk weekend uren door het bos en is gek op honden.")],
  traps=[X(R(None, "Mevrouw (80)", "Kapelbeemd", 0, 300, age=80, mob="rollator", av="am", wants="Haar hond moet uitgelaten worden."), "zoekt zelf een uitlater", "richting")],
  need="dieren wandelen", dir="offer")

C("tune-plek-02", cat="plek-zoekt-inwoner", kind="rp", title="Zorgcentrum zoekt wandelvrijwilligers", tags="synoniem",
  q=POOL["o39"], rel=[R(None, "Mevrouw (61)", "Vlokhoven", 200, 100, age=61, av="am", offers="Loopt graag; wil ouderen mee naar buiten nemen.")],
  traps=[X(R(None, "Meneer (84)", "Vlokhoven", -100, 100, age=84, mob="wheelchair", av="am", wants="Wil graag naar buiten."), "wil zelf naar buiten", "richting")],
  need="wandelen", dir="offer", avoid="gezelschap")

C("tune-plek-03", cat="plek-zoekt-inwoner", kind="rp", title="Maatjesmiddag zoekt gastvrouw", tags="synoniem",
  q=POOL["o83"], rel=[R(None, "Mevrouw (59)", "Oude Toren", 100, 200, age=59, av="thu_pm", offers="Gezellig, maakt met iedereen een praatje.")],
  traps=[X(R(None, "Mevrouw (30)", "Oude Toren", 0, 0, age=30, av="ev", offers="Sociaal en vrolijk."), "alleen 's avonds", "tijd")],
  need="gezelschap", dir="offer", avoid="organiseren")

C("tune-plek-04", cat="plek-zoekt-inwoner", kind="rp", title="Buurtauto zoekt chauffeurs", tags="synoniem",
  q=POOL["o73"], rel=[R(None, "Meneer (66)", "Kerstroosplein", 200, -100, age=66, av="am pm", offers="Heeft een auto en tijd; rijdt graag.")],
  traps=[X(R(None, "Mevrouw (85)", "Kerstroosplein", -100, -100, age=85, mob="short", av="am", wants="Moet naar het ziekenhuis."), "zoekt zelf vervoer", "richting")],
  need="vervoer", dir="offer")

C("tune-plek-05", cat="plek-zoekt-inwoner", kind="rp", title="Bibliotheekkar in het zorgcentrum", tags="synoniem",
  q=POOL["o62"], rel=[R(None, "Mevrouw (66)", "Rapelenburg", 150, 150, age=66, av="fri_am", offers="Leest drie boeken per week en praat er graag over.")],
  traps=[X(R(None, "Meneer (88)", "Rapelenburg", -100, 50, age=88, mob="homebound", av="am", wants="Kan zelf niet meer lezen."), "zoekt zelf een voorlezer", "richting")],
  need="lezen", dir="offer", avoid="gezelschap")

# -- plaats-plaats
C("tune-plaats-01", cat="plaats-plaats", kind="pp", title="Huiswerkproject zoekt leerlingen in de wijk", tags="synoniem",
  q=PLACES["p05"], rel=["p61"], traps=[X("p56", "biedt zelf ook huiswerkhulp", "richting")],
  need="huiswerkbegeleiding", dir="want", avoid="ruimte")

C("tune-plaats-02", cat="plaats-plaats", kind="pp", title="Expat community zoekt een ontmoetingsplek", tags="engels",
  q=PLACES["p51"], rel=[P(None, "Bibliotheek Meerhoven", "Zandrijk", 300, 0, pk="library", offers="Leestafel en zaal voor bewonersinitiatieven, ook 's avonds.", wants="Meer bezoekers.")],
  traps=[X("p50", "zoekt zelf ook een ruimte", "richting")],
  need="ruimte", dir="offer", avoid="taal-nederlands gezelschap lezen")

C("tune-plaats-03", cat="plaats-plaats", kind="pp", title="Fietswerkplaats zoekt oude fietsen", tags="synoniem",
  q=PLACES["p19"], rel=["p24"], traps=[X("p25", "zoekt zelf stoffen", "richting")],
  need="materiaal", dir="offer")

C("tune-plaats-04", cat="plaats-plaats", kind="pp", title="Zorgcentrum zoekt spelletjesvrijwilligers", tags="synoniem",
  q=PLACES["p58"], rel=[P(None, "Bridgeclub Gestel", "Genderdal", 0, 0, pk="association", av="pm", offers="Leden willen graag met bewoners van een zorgcentrum kaarten en spelletjes doen.", wants="Een plek om iets voor ouderen te doen.")],
  traps=[X("p32", "wijkcentrum dat zelf vrijwilligers zoekt", "richting")],
  need="spelletjes", dir="offer", avoid="gezelschap lezen")
