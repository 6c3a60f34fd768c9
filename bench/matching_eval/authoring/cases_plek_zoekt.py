# ruff: noqa: E501
# fmt: off
"""A place or opening looks for residents: volunteers, participants, trainees (resident–place matches seen
from the place's side; 003: the language café for young mothers, a place asking for people)."""

from dsl import PLACES, C, O, R, X
from pool_places import OPENINGS

CAT = "plek-zoekt-inwoner"
POOL = {o["key"]: o for o in OPENINGS} | PLACES

C("plek-01", cat=CAT, kind="rp", title="Moestuin zoekt mee-tuinders (zonder drempelvrije paden)", tags="synoniem toegang",
  q=O(None, "Mee-tuinieren op zaterdag", "p11", cap=3, av="sat_am wed_pm",
      offers="Zaaien, wieden en oogsten in de gemeenschappelijke bakken; geen ervaring nodig.", wants="Buurtbewoners die graag buiten zijn."),
  rel=[R(None, "Meneer (34)", "Burghplan", 200, -100, age=34, av="sat wed_pm",
         wants="Woont in een flat zonder balkon; zou dolgraag zijn eigen groente kweken."),
       R(None, "Mevrouw (26)", "Burghplan", -150, 150, age=26, av="we",
         offers="Heeft groene vingers; haar vensterbank staat vol kruiden.", wants="Zoekt iets buiten om te doen in het weekend.")],
  traps=[X(R(None, "Mevrouw (78)", "Burghplan", 100, 100, age=78, mob="rollator", av="sat wed_pm", wants="Zou graag weer in de aarde wroeten, zoals vroeger."),
           "loopt met rollator; de tuinpaden zijn niet verhard", "toegang"),
         X(R(None, "Meneer (80)", "Burghplan", -100, -150, age=80, mob="short", av="am pm", wants="Zoekt iemand die zijn eigen tuin bijhoudt."),
           "zoekt hulp in zijn eigen tuin", "onderwerp")],
  need="tuinieren", dir="any", avoid="natuur")

C("plek-02", cat=CAT, kind="rp", title="Repair Café zoekt handige vrijwilligers voor zaterdagmiddag", tags="synoniem tijd",
  q=POOL["p07"],
  rel=[R(None, "Meneer (67)", "Rochusbuurt", 200, 150, age=67, av="we",
         offers="Gepensioneerd elektromonteur; sleutelt graag aan oude radio's en koffiezetapparaten.")],
  traps=[X(R(None, "Meneer (45)", "Rochusbuurt", -150, -100, age=45, av="am pm", offers="Handig met apparaten en gereedschap."),
           "alleen doordeweeks; het Repair Café is op zaterdagmiddag", "tijd")],
  need="techniek klussen", dir="offer", avoid="naaien fietsen-repareren")

C("plek-03", cat=CAT, kind="rp", title="Huiswerkklas zoekt begeleiders", tags="synoniem tijd richting",
  q=POOL["o65"],
  rel=[R(None, "Mevrouw (64)", "Gildebuurt", 200, 250, age=64, av="pm",
         offers="Was juf in groep 8; oefent graag met kinderen die moeite hebben met rekenen en lezen.")],
  traps=[X(R(None, "Meneer (25)", "Gildebuurt", 100, -200, age=25, av="ev", offers="Student wiskunde, geeft graag bijles."),
           "alleen 's avonds; de huiswerkklas is na schooltijd", "tijd"),
         X(R(None, "Mevrouw (38)", "Gildebuurt", -100, 100, age=38, av="pm", wants="Zoekt huiswerkhulp voor haar zoon."),
           "zoekt zelf hulp", "richting")],
  need="huiswerkbegeleiding", dir="offer", avoid="lesgeven lezen")

C("plek-04", cat=CAT, kind="rp", title="Taalles voor jonge moeders (003)", tags="synoniem richting",
  q=O(None, "Taalles voor jonge moeders", "p65", cap=8, av="tue_am thu_am",
      offers="Nederlandse les met kinderopvang in de zaal ernaast.", wants="Voor moeders die gestopt zijn met het taalcafé toen hun kind kwam."),
  rel=[R(None, "Mevrouw (28)", "Woensel-West", 200, 100, age=28, lang="ar nl", av="am",
         wants="Stopte met het taalcafé toen haar zoontje werd geboren; wil weer Nederlands leren, maar weet niet waar ze hem kan laten.")],
  traps=[X(R(None, "Mevrouw (58)", "Woensel-West", -100, 200, age=58, av="am", offers="Geeft graag Nederlandse les aan nieuwkomers."),
           "biedt zelf taalles aan; zoekt geen les", "richting")],
  need="taal-nederlands", dir="want", avoid="ouders gezelschap")

C("plek-05", cat=CAT, kind="rp", title="Zorgcentrum zoekt een muziekmaatje", tags="synoniem tijd richting",
  q=POOL["o38"],
  rel=[R(None, "Mevrouw (60)", "Vlokhoven", 250, -150, age=60, av="pm",
         offers="Speelt piano en kent alle oude Nederlandse liedjes.", wants="Zou iets voor ouderen willen doen.")],
  traps=[X(R(None, "Meneer (20)", "Vlokhoven", -150, 150, age=20, av="ev we", offers="Draait als DJ op feesten."),
           "alleen 's avonds en in het weekend", "tijd"),
         X(R(None, "Mevrouw (86)", "Vlokhoven", 100, 100, age=86, mob="homebound", av="pm", wants="Mist het zingen."),
           "wil zelf muziek, biedt het niet", "richting")],
  need="muziek", dir="offer", avoid="gezelschap")

C("plek-06", cat=CAT, kind="rp", title="Voedselbank zoekt chauffeurs voor de dinsdagochtend", tags="synoniem tijd richting",
  q=O(None, "Chauffeur ophaalronde dinsdag", "p29", cap=2, av="tue_am",
      offers="Op dinsdagochtend met de bus langs supermarkten en bakkers om voedsel op te halen.", wants="Rijbewijs B, kratten kunnen tillen."),
  rel=[R(None, "Meneer (64)", "Rapenland", 250, 200, age=64, av="am",
         offers="Heeft zijn rijbewijs al veertig jaar en heeft sinds zijn pensioen de ochtenden vrij.")],
  traps=[X(R(None, "Meneer (81)", "Rapenland", -150, 100, age=81, mob="short", av="am", wants="Zoekt iemand die hem naar het ziekenhuis rijdt."),
           "zoekt zelf vervoer", "richting"),
         X(R(None, "Mevrouw (39)", "Rapenland", 100, -200, age=39, av="we", offers="Rijdt graag, heeft een grote auto."),
           "alleen in het weekend", "tijd")],
  need="vervoer", dir="offer", avoid="verhuizen")

C("plek-07", cat=CAT, kind="rp", title="Zorgcentrum zoekt wandelmaatjes", tags="synoniem richting",
  q=POOL["o13"],
  rel=[R(None, "Meneer (62)", "Gerardusplein", -200, 100, age=62, av="tue_am thu_am",
         offers="Loopt elke dag een flink ommetje.", wants="Heeft op dinsdag- en donderdagochtend tijd voor iets vrijwilligs met ouderen.")],
  traps=[X(R(None, "Mevrouw (86)", "Gerardusplein", 150, -200, age=86, mob="short", av="pm", wants="Zou graag weer eens een wandeling maken."),
           "zoekt zelf iemand om mee te wandelen", "richting")],
  need="wandelen", dir="offer", avoid="gezelschap sport")

C("plek-08", cat=CAT, kind="rp", title="Welkomstmaatjes voor de noodopvang", tags="synoniem",
  q=POOL["o66"],
  rel=[R(None, "Mevrouw (52)", "Hurk", 0, 400, age=52, mob="far", lang="nl ar en", av="pm ev",
         offers="Spreekt Arabisch en Engels; laat nieuwkomers graag de wijk zien en gaat mee naar de markt.")],
  traps=[X(R(None, "Meneer (70)", "Mensfort", 0, 0, age=70, av="am pm", offers="Wil graag nieuwe mensen wegwijs maken in de stad."),
           "woont in Woensel, 4 km van de opvang; blijft in de eigen wijk", "afstand")],
  need="gezelschap taal-nederlands", dir="offer", avoid="vertalen")

C("plek-09", cat=CAT, kind="rp", title="Alzheimer Café zoekt een gastvrouw met mantelzorgervaring", tags="synoniem tijd richting",
  q=POOL["o16"],
  rel=[R(None, "Mevrouw (67)", "Nieuwe Erven", 200, 100, age=67, av="ev",
         offers="Zorgde zes jaar voor haar man met dementie tot hij overleed; wil andere mantelzorgers steunen.")],
  traps=[X(R(None, "Meneer (77)", "Nieuwe Erven", -200, 150, age=77, av="am pm", wants="Mantelzorger van zijn vrouw, zoekt zelf steun."),
           "zoekt zelf steun", "richting"),
         X(R(None, "Mevrouw (55)", "Nieuwe Erven", 100, -150, age=55, av="am", offers="Verzorgende in de thuiszorg."),
           "alleen 's ochtends; het café is op donderdagavond", "tijd")],
  need="zorg luisteren", dir="offer", avoid="gezelschap rouw")

C("plek-10", cat=CAT, kind="rp", title="Buurthuis zoekt een kok voor de halal vrijdagmaaltijd", tags="synoniem",
  q=POOL["o17"],
  rel=["r090"],
  traps=[X(R(None, "Mevrouw (30)", "Doornakkers-West", 200, 200, age=30, av="pm", wants="Zou graag leren koken zoals haar oma."),
           "wil het zelf leren", "richting")],
  need="koken", dir="offer", avoid="samen-eten bakken")

C("plek-11", cat=CAT, kind="rp", title="Naaiatelier op zolder zoekt een naaidocent", tags="toegang tijd",
  q=POOL["o10"],
  rel=[R(None, "Mevrouw (48)", "Tuindorp", -100, 200, age=48, av="ev",
         offers="Maakt al haar kleding zelf en legt graag uit hoe het moet; 's avonds heeft ze tijd.")],
  traps=[X(R(None, "Mevrouw (71)", "Tuindorp", 200, -100, age=71, mob="rollator", av="ev", offers="Was coupeuse, kan alles naaien."),
           "loopt met rollator; het atelier is op zolder", "toegang")],
  need="naaien", dir="offer", avoid="handwerken lesgeven")

C("plek-12", cat=CAT, kind="rp", title="Computerclub zoekt een docent (eerste verdieping, geen lift)", tags="toegang tijd",
  q=POOL["o44"],
  rel=[R(None, "Meneer (66)", "Eckart", 200, -150, age=66, av="am",
         offers="Gepensioneerd ICT-docent van het ROC; legt geduldig uit.")],
  traps=[X(R(None, "Meneer (50)", "Eckart", -150, 100, age=50, mob="wheelchair", av="am", offers="Helpt ouderen met hun tablet en computer."),
           "rolstoelgebruiker; het leslokaal is op de eerste verdieping zonder lift", "toegang")],
  need="computer", dir="offer", avoid="lesgeven")

C("plek-13", cat=CAT, kind="rp", title="Kapsalon zoekt een stagiair", tags="synoniem richting",
  q=POOL["o75"],
  rel=[R(None, "Meisje (18)", "Woensel-West", -200, 100, age=18, lang="nl ar", av="tue wed thu fri sat",
         wants="Wil kapster worden; knipt en vlecht al jaren het haar van haar vriendinnen en zusjes.")],
  traps=[X(R(None, "Mevrouw (80)", "Woensel-West", 150, 150, age=80, mob="homebound", av="pm", wants="Zoekt iemand die aan huis haar haar knipt."),
           "zoekt een kapper aan huis", "richting")],
  need="kapper", dir="any", avoid="werkervaring")

C("plek-14", cat=CAT, kind="rp", title="Bakkerij zoekt een leerling", tags="woordvorm richting",
  q=POOL["o74"],
  rel=[R(None, "Jongen (17)", "Gildebuurt", -100, -100, age=17, av="am pm",
         offers="Bakt thuis brood en taarten voor de hele familie.", wants="Wil bakker worden maar vond school niks.")],
  traps=[X(R(None, "Mevrouw (40)", "Gildebuurt", 250, 0, age=40, av="am", wants="Zoekt iemand die een verjaardagstaart voor haar dochter bakt."),
           "vraagt een taart", "richting")],
  need="bakken", dir="any", avoid="koken werkervaring werk-zoeken")

C("plek-15", cat=CAT, kind="rp", title="Schaakclub zoekt nieuwe leden", tags="synoniem woord-valkuil",
  q=POOL["p76"],
  rel=[R(None, "Meneer (34)", "Oude Gracht-Oost", 200, -200, age=34, av="ev",
         offers="Speelt elke avond online schaak.", wants="Zou graag eens tegen echte mensen aan een bord zitten.")],
  traps=[X(R(None, "Mevrouw (72)", "Oude Gracht-Oost", -150, 100, age=72, av="ev", wants="Zoekt mensen om mee te klaverjassen."),
           "zoekt kaartspelers, geen schakers", "onderwerp")],
  need="spelletjes", dir="any", avoid="gezelschap")

C("plek-16", cat=CAT, kind="rp", title="Taalhuis zoekt taalmaatjes", tags="taxonomie tijd richting",
  q=POOL["o18"],
  rel=[R(None, "Meneer (68)", "'t Hofke", 200, 200, age=68, av="tue wed",
         offers="Gepensioneerd leraar Nederlands; wil wekelijks met een nieuwkomer oefenen.")],
  traps=[X(R(None, "Mevrouw (47)", "'t Hofke", -150, 150, age=47, av="we", offers="Praat graag Nederlands met nieuwkomers."),
           "alleen in het weekend", "tijd"),
         X(R(None, "Meneer (60)", "'t Hofke", 100, -200, age=60, lang="tr", av="tue", wants="Wil Nederlands leren."),
           "wil zelf Nederlands leren; de vacature is voor taalmaatjes", "richting")],
  need="taal-nederlands", dir="offer", avoid="lesgeven lezen")
