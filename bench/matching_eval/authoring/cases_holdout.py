# ruff: noqa: E501
# fmt: off
"""Holdout cases: written after the engine (its synonym list and taxonomy search words were not consulted),
from the domain and the seeds only, with new situations and new wording. Never tune on these; see
../README.md, "Holdout". Right counterparts are written inline or come from pool_holdout.py, never from the
main pool."""

from dsl import C, O, P, R, X
from pool_holdout import PROFILES as HOLDOUT_POOL

POOL = {p["key"]: p for p in HOLDOUT_POOL}

# ------------------------------------------------------------------------------------------------ ouderen
CAT = "ouderen"

C("hold-ouderen-01", cat=CAT, kind="rr", title="Kruiswoordpuzzel, maar de hokjes zijn te klein", tags="synoniem afstand richting",
  q=R(None, "Mevrouw (90)", "Eikenburg", 0, 0, age=90, mob="homebound", av="pm",
      wants="Lost al zestig jaar elke dag de puzzel uit de krant op, maar de kleine hokjes ziet ze niet meer. Ze zou het zo leuk vinden als iemand samen met haar de puzzel invult."),
  rel=[R(None, "Meneer (67)", "Eikenburg", 200, 150, age=67, av="pm",
         offers="Is verslingerd aan cryptogrammen en denksport; zit graag met iemand aan tafel te puzzelen.")],
  traps=[X(R(None, "Meneer (71)", "Blixembosch-Oost", 0, 0, age=71, av="pm", offers="Maakt graag samen puzzels en kruiswoordraadsels."),
           "woont in Blixembosch, aan de andere kant van de stad; mevrouw komt de deur niet uit", "afstand"),
         X(R(None, "Mevrouw (77)", "Eikenburg", -150, 100, age=77, mob="short", av="pm", wants="Zoekt iemand om samen kruiswoordpuzzels mee op te lossen."),
           "zoekt zelf een puzzelmaatje en komt niet bij mensen thuis (korte stukjes)", "richting")],
  need="spelletjes", avoid="gezelschap lezen")

C("hold-ouderen-02", cat=CAT, kind="rr", title="Dozen vol dia's voor de kleinkinderen", tags="synoniem tijd richting",
  q=R(None, "Meneer (78)", "Hanevoet", 0, 0, age=78, mob="short", av="am pm",
      wants="Heeft drie dozen dia's van vakanties en van de kinderen toen ze klein waren. Wil ze bewaren op een usb-stick voor de kleinkinderen, maar heeft geen idee hoe dat moet."),
  rel=[R(None, "Mevrouw (52)", "Hanevoet", 150, -100, age=52, av="pm ev",
         offers="Heeft een diascanner en zet voor familie en vrienden oude foto's en filmpjes om naar digitaal.")],
  traps=[X(R(None, "Meneer (40)", "Hanevoet", 50, 200, age=40, av="we", offers="Handig met computers; scant en ordent foto's voor mensen."),
           "kan alleen in het weekend; meneer doordeweeks", "tijd"),
         X(R(None, "Meneer (30)", "Hanevoet", -100, 100, age=30, av="am pm", wants="Wil leren fotograferen met een spiegelreflexcamera."),
           "wil zelf iets leren over fotografie, biedt geen hulp", "richting")],
  need="computer fotografie")

C("hold-ouderen-03", cat=CAT, kind="rr", title="Moet van de fysio elke dag lopen, durft niet alleen", tags="synoniem woordvorm",
  q=R(None, "Meneer (81)", "Schuttersbosch", 0, 0, age=81, mob="rollator", av="am",
      wants="Is vorig jaar gevallen en moet van de fysiotherapeut elke dag een stuk lopen, maar in zijn eentje durft hij de straat niet meer op."),
  rel=[R(None, "Mevrouw (60)", "Schuttersbosch", 150, 100, age=60, av="am",
         offers="Maakt iedere ochtend een ommetje door het park en vindt het fijn als er iemand naast haar loopt; heeft geduld en gaat niet hard.")],
  traps=[X(R(None, "Meneer (34)", "Schuttersbosch", -100, 150, age=34, av="am", offers="Rent drie keer per week en traint voor de marathon van Eindhoven."),
           "hardloper in marathontraining; geen rustig rondje met iemand die net gevallen is", "onderwerp")],
  need="wandelen", dir="any", avoid="sport gezelschap")

C("hold-ouderen-04", cat=CAT, kind="rr", title="De ramen zijn al maanden niet gezeemd", tags="synoniem woord-valkuil richting",
  q=R(None, "Mevrouw (87)", "Kerkdorp Acht", 0, 0, age=87, mob="short", av="am",
      wants="De ramen zijn sinds de zomer niet gezeemd; ze kan niet meer op een trapje staan en een glazenwasser is te duur."),
  rel=[R(None, "Meneer (49)", "Kerkdorp Acht", 200, -100, age=49, av="am pm",
         offers="Werkte jaren als glazenwasser, heeft nog een ladder en een wisser en helpt graag een oudere buurvrouw.")],
  traps=[X(R(None, "Meneer (61)", "Kerkdorp Acht", -150, 50, age=61, av="am", offers="Schildert kozijnen en deuren, heeft steigers en ladders."),
           "schilderwerk aan kozijnen, geen ramen lappen", "onderwerp"),
         X(R(None, "Mevrouw (68)", "Kerkdorp Acht", 100, 150, age=68, mob="short", av="am", wants="Zoekt hulp bij het schoonhouden van haar huis."),
           "zoekt zelf hulp in huis", "richting")],
  need="schoonmaken", avoid="klussen")

C("hold-ouderen-05", cat=CAT, kind="rr", title="Wie voert de poezen tijdens de opname?", tags="synoniem taal engels",
  q=R(None, "Mevrouw (80)", "Sintenbuurt", 0, 0, age=80, mob="short", av="all",
      wants="Wordt volgende maand drie dagen opgenomen voor een nieuwe knie en heeft niemand die haar twee poezen eten geeft en de kattenbak verschoont."),
  rel=[R(None, "Mevrouw (26)", "Sintenbuurt", 100, -200, age=26, av="am ev we",
         offers="Dol op katten; verzorgt vaak de huisdieren van vrienden als die op vakantie zijn.")],
  traps=[X(R(None, "Mr. (29)", "Sintenbuurt", -100, 100, age=29, lang="en", av="all", offers="Loves cats, happy to feed pets when neighbours are away."),
           "spreekt alleen Engels; mevrouw alleen Nederlands", "taal"),
         X(R(None, "Meneer (50)", "Sintenbuurt", 200, 0, age=50, av="all", offers="Laat elke dag zijn herder uit in het bos.", wants="Zoekt een maatje om mee te wandelen."),
           "wandelt met zijn eigen hond; biedt geen verzorging van andermans dieren", "onderwerp")],
  need="dieren", avoid="wandelen")

C("hold-ouderen-06", cat=CAT, kind="rr", title="Trillende handen, kaarten aan haar zus in Canada", tags="synoniem tijd richting",
  q=R(None, "Mevrouw (82)", "Eckart", 0, 0, age=82, mob="short", av="pm",
      wants="Haar handen trillen zo dat ze haar verjaardagskaarten en brieven aan haar zus in Canada niet meer zelf kan schrijven."),
  rel=[R(None, "Meneer (70)", "Eckart", -200, 150, age=70, av="pm",
         offers="Heeft een sierlijk handschrift en vindt het een genoegen om voor anderen kaarten en brieven te verzorgen.")],
  traps=[X(R(None, "Mevrouw (75)", "Eckart", -50, -100, age=75, mob="short", av="pm", wants="Schrijft graag brieven en zoekt een penvriendin."),
           "zoekt zelf een penvriendin; biedt geen schrijfhulp", "richting"),
         X(R(None, "Meneer (44)", "Eckart", 200, -50, age=44, av="ev", offers="Helpt graag met brieven en formulieren."),
           "kan alleen 's avonds; mevrouw 's middags", "tijd")],
  need="schrijven", avoid="administratie")

C("hold-ouderen-07", cat=CAT, kind="rr", title="Durft niet meer alleen naar het zwembad", tags="synoniem tijd",
  q=R(None, "Mevrouw (74)", "Tivoli", 0, 0, age=74, av="tue_am thu_am",
      wants="Zwom vroeger elke week, maar sinds haar man er niet meer is durft ze niet alleen naar het bad; bang om uit te glijden in de kleedkamer."),
  rel=[R(None, "Mevrouw (66)", "Tivoli", 150, 150, age=66, av="tue_am",
         offers="Trekt elke dinsdagochtend haar baantjes in De Tongelreep en neemt graag iemand mee.")],
  traps=[X(R(None, "Meneer (45)", "Tivoli", -100, 100, age=45, av="we", offers="Zwemleraar; geeft op zaterdag zwemles aan kinderen."),
           "kan alleen in het weekend; mevrouw op dinsdag- of donderdagochtend", "tijd")],
  need="sport", avoid="gezelschap wandelen rouw")

# ------------------------------------------------------------------------------------------------ jongeren
CAT = "jongeren"

C("hold-jongeren-01", cat=CAT, kind="rr", title="Twee keer gezakt voor het theorie-examen", tags="synoniem woord-valkuil richting",
  q=R(None, "Jongen (18)", "Woenselse Heide", 0, 0, age=18, av="pm ev",
      wants="Is twee keer gezakt voor zijn theorie-examen auto. Leert het beste als iemand het hem gewoon uitlegt, niet uit een boek."),
  rel=[R(None, "Meneer (66)", "Woenselse Heide", 100, -150, age=66, av="pm",
         offers="Was dertig jaar rijinstructeur en legt voorrangsregels en verkeersborden uit alsof het niks is.")],
  traps=[X(R(None, "Meneer (55)", "Woenselse Heide", 150, 100, age=55, av="ev", offers="Loopt mee met de buurtpreventie en let op de verkeersveiligheid bij de school."),
           "buurtpreventie en veiligheid rond de school; geen uitleg voor het theorie-examen", "onderwerp"),
         X(R(None, "Meisje (19)", "Woenselse Heide", -100, 0, age=19, av="pm ev", wants="Wil ook haar rijbewijs halen en zoekt iemand die de theorie kan uitleggen."),
           "zoekt zelf uitleg", "richting")],
  need="lesgeven", avoid="huiswerkbegeleiding verkeer vervoer")

C("hold-jongeren-02", cat=CAT, kind="rp", title="Gamet alleen op zijn kamer", tags="synoniem tijd afstand",
  q=R(None, "Jongen (15)", "Achtse Barrier-Hoeven", 0, 0, age=15, av="ev we",
      wants="Zit na school alleen maar op zijn kamer te gamen; zijn moeder wil dat hij onder leeftijdsgenoten komt, en hij wil alleen mee als er ook gegamed wordt."),
  rel=[O(None, "Game-avond voor tieners", P(None, "Tienerhuis 't Hoefke", "Achtse Barrier-Hoeven", 200, 100, pk="foundation"), cap=10, av="fri_ev",
         offers="Op vrijdagavond staan er consoles en een groot scherm klaar; toernooitjes FIFA en Mario Kart.", wants="Voor jongeren van 12 tot 16.")],
  traps=[X(O(None, "Spelletjesmiddag", P(None, "Buurtsoos Hoeven", "Achtse Barrier-Hoeven", -100, -100), cap=6, av="tue_pm",
             offers="Rummikub en klaverjassen met senioren.", wants="Voor 65-plussers uit de wijk."),
           "spelletjesmiddag voor senioren op dinsdagmiddag", "tijd"),
         X(O(None, "Cursus gamedesign", P(None, "Mediacollege Strijp", "Strijp S", 0, 0, pk="school"), cap=12, av="ev",
             offers="Leer zelf een game bouwen in twaalf avonden.", wants="Voor jongeren vanaf 15."),
           "op Strijp S, ver buiten zijn eigen wijk", "afstand")],
  need="spelletjes jongeren", dir="any", avoid="sport")

C("hold-jongeren-03", cat=CAT, kind="rp", title="Maakt TikTok-filmpjes en wil naar de televisie", tags="synoniem rol",
  q=R(None, "Meisje (17)", "Schoot", 200, -100, age=17, av="ev we",
      wants="Maakt filmpjes voor TikTok en droomt ervan om bij de televisie te werken; zoekt een plek waar ze echt iets met video kan leren.",
      offers="Creatief en kan goed met mensen praten."),
  rel=["ho04"],
  traps=[X(O(None, "Bezorger wijkblad", P(None, "Wijkblad Strijp", "Schoot", 100, 100), cap=5,
             offers="Eens per maand het wijkblad rondbrengen in je eigen straat.", wants="Voor iedereen vanaf 13 jaar."),
           "blad rondbrengen, geen video maken", "anders")],
  need="promotie fotografie", dir="any", avoid="schrijven")

C("hold-jongeren-04", cat=CAT, kind="rp", title="Gaat verpleegkunde doen en wil alvast ervaring", tags="synoniem rol tijd",
  q=R(None, "Meisje (18)", "Zandrijk", 0, 0, age=18, lang="ti nl en", av="am pm",
      wants="Begint na de zomer aan de mbo-opleiding verpleegkunde en wil alvast ervaren hoe het is om met ouderen te werken."),
  rel=[O(None, "Vrijwilliger op de afdeling", P(None, "Verpleeghuis De Zandloper", "Zandrijk", -200, 150, pk="care"), cap=3, av="am pm",
         offers="Helpen bij de maaltijden, een praatje met bewoners, mee naar buiten met de rolstoel.", wants="Ook voor scholieren en studenten die een zorgopleiding gaan doen.")],
  traps=[X(O(None, "Mantelzorgcafé", P(None, "Steunpunt Mantelzorg Meerhoven", "Zandrijk", 150, 100, pk="care"), cap=10, av="am",
             offers="Mantelzorgers ontmoeten elkaar bij een kop koffie.", wants="Voor wie voor een zieke partner of ouder zorgt."),
           "voor mantelzorgers die zelf steun zoeken; geen werkervaring in de zorg", "anders"),
         X(O(None, "Nachtdienst EHBO-post", P(None, "EHBO-vereniging Meerhoven", "Zandrijk", 100, -150), cap=2, av="ev we_ev",
             offers="EHBO'er met diploma bij evenementen.", wants="Gediplomeerde EHBO'ers."),
           "alleen 's avonds bij evenementen, met diploma; zij kan overdag", "tijd")],
  need="werkervaring zorg", dir="any", avoid="gezelschap")

C("hold-jongeren-05", cat=CAT, kind="rp", title="Psychologiestudent wil leeftijdsgenoten een oor bieden", tags="synoniem tijd",
  q=R(None, "Jongen (22)", "Elzent-Noord", 0, 0, age=22, lang="nl en", av="ev",
      offers="Studeert psychologie en kan luisteren zonder meteen met oplossingen te komen.", wants="Wil zich inzetten voor leeftijdsgenoten die ergens mee zitten."),
  rel=[O(None, "Chatvrijwilliger", P(None, "Jongerenpraatlijn Eindhoven", "Elzent-Noord", 150, -150, pk="foundation"), cap=4, av="ev",
         offers="Via chat en telefoon er zijn voor jongeren die het even niet meer zien zitten; je krijgt eerst een training.", wants="Voor jongeren tot 25 met zorgen over school, thuis of vrienden.")],
  traps=[X(O(None, "Bijlesgever", P(None, "Bijlesinstituut Elzent", "Elzent-Noord", -150, 100, pk="business"), cap=3, av="pm",
             offers="Bijles wiskunde geven aan brugklassers.", wants="Leerlingen uit de onderbouw."),
           "bijles 's middags; hij kan 's avonds en wil luisteren, geen vakles", "tijd")],
  need="luisteren", dir="any", avoid="jongeren gezondheid")

# ------------------------------------------------------------------------------------------------ nieuwkomers
CAT = "nieuwkomers"

C("hold-nieuwkomers-01", cat=CAT, kind="rp", title="Afghaanse moeder wil leren zwemmen, alleen tussen vrouwen", tags="synoniem tijd rol",
  q=R(None, "Mevrouw (34)", "Bennekel-Oost", 0, 0, age=34, lang="prs fa nl", av="am",
      wants="Heeft nooit leren zwemmen; haar kinderen gaan op zwemles en ze wil zelf ook het water in durven, maar alleen als er geen mannen bij zijn."),
  rel=[O(None, "Zwemles voor vrouwen", P(None, "Zwembad De Gagel", "Bennekel-Oost", 250, -100, pk="association"), cap=4, av="wed_am fri_am",
         offers="Volwassenen leren zwemmen in kleine groepjes, met vrouwelijke lesgevers.", wants="Alleen voor vrouwen; ook voor wie nog nooit gezwommen heeft.")],
  traps=[X(O(None, "Aquarobics", P(None, "Sportfondsenbad Gestel", "Bennekel-Oost", -100, 200, pk="association"), cap=6, av="tue_ev",
             offers="Bewegen op muziek in het diepe bad.", wants="Gemengde groep voor wie al kan zwemmen."),
           "gemengde avondgroep voor wie al kan zwemmen", "tijd"),
         X(O(None, "Toezicht in het bad", P(None, "Zwembad De Gagel", "Bennekel-Oost", 250, -100, pk="association"), cap=2, av="am",
             offers="Vrijwillige toezichthouder met zwemdiploma.", wants="Voor het vrij zwemmen."),
           "zoekt een toezichthouder met diploma; zij wil juist leren zwemmen", "anders")],
  need="sport", dir="any", avoid="")

C("hold-nieuwkomers-02", cat=CAT, kind="rr", title="Oekraïens rijbewijs en de papieren van het CBR", tags="synoniem engels taal richting",
  q=R(None, "Meneer (45)", "Waterrijk", 0, 0, age=45, lang="uk ru en", av="ev we",
      wants="Mag zijn Oekraïense rijbewijs maar beperkt gebruiken en snapt niet welke papieren hij bij de gemeente en het CBR moet aanvragen."),
  rel=[R(None, "Mevrouw (58)", "Waterrijk", 150, -100, age=58, lang="nl en", av="ev",
         offers="Werkte twintig jaar aan de balie van Burgerzaken; zoekt uit welke aanvraag je waar moet doen en vult het samen met je in.")],
  traps=[X(R(None, "Meneer (39)", "Waterrijk", -100, 150, age=39, lang="nl", av="ev", offers="Rijinstructeur, geeft ook les aan nieuwkomers."),
           "spreekt alleen Nederlands; meneer Oekraïens, Russisch en Engels", "taal"),
         X(R(None, "Mevrouw (31)", "Waterrijk", 100, 100, age=31, lang="uk ru", av="ev", wants="Heeft ook hulp nodig met brieven van instanties."),
           "heeft zelf hulp nodig met brieven", "richting")],
  need="administratie", avoid="vertalen taal-engels")

C("hold-nieuwkomers-03", cat=CAT, kind="rp", title="Koerdische bakker mist zijn oven", tags="synoniem rol",
  q=R(None, "Meneer (50)", "Drents Dorp", 0, 0, age=50, lang="ku tr nl", av="am pm",
      offers="Was bakker in Diyarbakır; bakt plat brood in een houtoven.", wants="Mist zijn vak. Zoekt een plek met een oven waar hij voor de buurt kan bakken."),
  rel=[P(None, "Buurtoven Drents Dorp", "Drents Dorp", -200, 150, pk="resident_initiative", av="wed sat",
         offers="Bewoners bouwden een lemen buitenoven in het park; op woensdag en zaterdag stoken we hem op.", wants="Mensen die verstand hebben van vuur en deeg.")],
  traps=[X(P(None, "Warme Bakker Zwaan", "Drents Dorp", 150, 100, pk="business", av="am pm",
             offers="Ambachtelijke bakkerij.", wants="Zoekt een chauffeur die het brood naar restaurants brengt."),
           "zoekt een bezorger, geen bakker", "anders")],
  need="bakken", dir="any", avoid="koken werkervaring werk-zoeken samen-eten")

C("hold-nieuwkomers-04", cat=CAT, kind="rr", title="Twee weken in een nieuw huis, weet de weg niet", tags="synoniem engels taal tijd",
  q=R(None, "Mevrouw (29)", "Meerbos", 0, 0, age=29, lang="ti en", av="am pm",
      wants="Woont pas twee weken in haar nieuwe huis. Weet niet waar de huisarts zit, welke bak voor welk afval is en hoe ze bij de markt komt; zou graag een buur hebben die haar de weg wijst."),
  rel=[R(None, "Meneer (71)", "Meerbos", 200, -150, age=71, lang="nl en", av="am pm",
         offers="Woont hier sinds de eerste huizen er stonden, kent elke winkel en instantie en neemt nieuwe buren graag mee op een rondje.")],
  traps=[X(R(None, "Meneer (40)", "Meerbos", -100, 100, age=40, lang="nl", av="am", offers="Laat nieuwe bewoners graag de buurt zien."),
           "spreekt alleen Nederlands; mevrouw Tigrinya en Engels", "taal"),
         X(R(None, "Mevrouw (35)", "Meerbos", 100, 200, age=35, lang="nl en", av="ev we", offers="Organiseert een welkomstborrel voor nieuwe bewoners van de straat."),
           "alleen 's avonds en in het weekend; mevrouw overdag", "tijd")],
  need="gezelschap wandelen", avoid="administratie taal-nederlands")

C("hold-nieuwkomers-05", cat=CAT, kind="rr", title="Wil de krant kunnen lezen", tags="synoniem woord-valkuil tijd",
  q=R(None, "Meneer (63)", "Hagenkamp", 0, 0, age=63, lang="ar nl", av="am",
      wants="Spreekt redelijk Nederlands maar wil de krant kunnen lezen om te weten wat er in de stad gebeurt; de lange zinnen lukken nog niet."),
  rel=[R(None, "Mevrouw (70)", "Hagenkamp", -150, 100, age=70, av="am",
         offers="Oud-lerares Nederlands; leest elke ochtend de krant en bespreekt graag een artikel met iemand aan de keukentafel.")],
  traps=[X(R(None, "Meneer (45)", "Hagenkamp", 100, -100, age=45, av="am", offers="Bezorgt 's ochtends vroeg het Eindhovens Dagblad."),
           "krantenbezorger; geen hulp bij het lezen", "onderwerp"),
         X(R(None, "Mevrouw (68)", "Hagenkamp", 200, 50, age=68, av="ev", offers="Leest graag voor en oefent Nederlands met nieuwkomers."),
           "kan alleen 's avonds; meneer 's ochtends", "tijd")],
  need="taal-nederlands lezen", avoid="lesgeven")

C("hold-nieuwkomers-06", cat=CAT, kind="rp", title="Expat cyclist looking for volunteer work without Dutch", tags="engels synoniem tijd rol",
  q=R(None, "Mr. (38)", "Meerrijk", 0, 0, age=38, lang="en", av="we",
      offers="Cycled across Europe twice; knows every route along the Dommel.", wants="Looking for a way to volunteer that doesn't require Dutch yet."),
  rel=[O(None, "Fietstochtbegeleider", P(None, "Welkom op de Fiets", "Meerrijk", 150, -200, pk="foundation", lang="nl en", av="we"), cap=2, av="sun_pm", lang="nl en",
         offers="Groepjes nieuwkomers op zondagmiddag meenemen op een fietstocht door de omgeving; Engels is voldoende.", wants="Voor nieuwkomers die net hebben leren fietsen.")],
  traps=[X(O(None, "Fietsenmaker", P(None, "Fietswerkplaats Meerhoven", "Meerrijk", -100, 100, av="mon tue"), cap=2, av="mon_pm tue_pm",
             offers="Gedoneerde fietsen opknappen.", wants="Handige mensen."),
           "fietsen repareren op maandag- en dinsdagmiddag; hij kan in het weekend", "tijd"),
         X(O(None, "Taalmaatje", P(None, "Welkom op de Fiets", "Meerrijk", 150, -200, pk="foundation", lang="nl en", av="we"), cap=3, av="sat_am",
             offers="Nederlands oefenen met een nieuwkomer.", wants="Voor nieuwkomers die Nederlands leren."),
           "vraagt iemand die Nederlands spreekt; hij spreekt het nog niet", "anders")],
  need="sport", dir="any", avoid="fietsen-repareren taal-engels wandelen")

C("hold-nieuwkomers-07", cat=CAT, kind="rp", title="Kent de Nederlandse kinderliedjes van haar dochter niet", tags="synoniem tijd",
  q=R(None, "Mevrouw (31)", "Vlokhoven", 0, 0, age=31, lang="ar nl", av="am",
      wants="Haar dochter komt thuis met Nederlandse liedjes van de peuterspeelzaal; zij kent ze niet en zou ze graag samen met haar kind leren zingen."),
  rel=[O(None, "Zingen met peuters en hun ouders", P(None, "Peuterspeelzaal Het Kikkertje", "Vlokhoven", 100, -150, pk="school"), cap=6, av="thu_am",
         offers="Elke donderdagochtend zingen en dansen ouders met hun peuter op Nederlandse liedjes.", wants="Voor ouders met kinderen van 2 tot 4, ook als je nog weinig Nederlands spreekt.")],
  traps=[X(O(None, "Koorzanger", P(None, "Kerkkoor Vlokhoven", "Vlokhoven", -200, 50, av="wed_ev"), cap=4, av="wed_ev",
             offers="Vierstemmig zingen in de kerk.", wants="Ervaren koorzangers."),
           "repeteert op woensdagavond; mevrouw kan 's ochtends", "tijd")],
  need="muziek taal-nederlands ouders", dir="any", avoid="oppassen dansen")

C("hold-nieuwkomers-08", cat=CAT, kind="rr", title="Solliciteren gaat online, nooit een laptop gebruikt", tags="synoniem tijd richting",
  q=R(None, "Meneer (26)", "Kruidenbuurt", 0, 0, age=26, lang="so en nl", av="am pm",
      wants="Wil als orderpicker aan de slag, maar solliciteren gaat alleen online en hij heeft nog nooit met een laptop gewerkt."),
  rel=[R(None, "Mevrouw (44)", "Kruidenbuurt", 200, 100, age=44, lang="nl en", av="pm",
         offers="Legt al jaren aan beginners uit hoe Word, e-mail en formulieren op internet werken, en heeft daar eindeloos geduld voor.")],
  traps=[X(R(None, "Meneer (52)", "Kruidenbuurt", -100, -100, age=52, av="ev", offers="Systeembeheerder; helpt graag bij computerproblemen."),
           "kan alleen 's avonds; meneer overdag", "tijd"),
         X(R(None, "Mevrouw (23)", "Kruidenbuurt", 100, -150, age=23, av="am pm", wants="Wil leren werken met Excel voor haar nieuwe baan."),
           "wil zelf iets leren over de computer", "richting")],
  need="computer", avoid="werk-zoeken lesgeven")

# ------------------------------------------------------------------------------------------------ ouders
CAT = "ouders"

C("hold-ouders-01", cat=CAT, kind="rr", title="Tweeling naar zwemles en voetbal, tegelijk en zonder auto", tags="synoniem tijd richting",
  q=R(None, "Mevrouw (37)", "Tongelresche Akkers", 0, 0, age=37, av="pm",
      wants="Alleenstaand met een tweeling en een baby; op woensdagmiddag moet de een naar zwemles en de ander naar voetbal, tegelijk, en ze heeft geen auto."),
  rel=[R(None, "Meneer (68)", "Tongelresche Akkers", 150, -200, age=68, av="pm",
         offers="Opa zonder kleinkinderen in de buurt; heeft een ruime auto met kinderzitjes en vindt het leuk om kinderen naar hun club te rijden.")],
  traps=[X(R(None, "Meneer (30)", "Tongelresche Akkers", -100, 100, age=30, av="ev we", offers="Heeft een bakfiets en brengt graag spullen rond."),
           "kan alleen 's avonds en in het weekend", "tijd"),
         X(R(None, "Mevrouw (41)", "Tongelresche Akkers", 100, 150, age=41, av="pm", wants="Zoekt ook iemand die haar zoon naar voetbal kan brengen."),
           "zoekt zelf vervoer voor haar kind", "richting")],
  need="vervoer", avoid="oppassen")

C("hold-ouders-02", cat=CAT, kind="rr", title="Net gescheiden, bang voor terugbetalen", tags="synoniem rol richting",
  q=R(None, "Mevrouw (31)", "Poeijers", 0, 0, age=31, av="am",
      wants="Net gescheiden; moet nu zelf huurtoeslag en kindgebonden budget regelen en is bang dat ze het fout doet en moet terugbetalen."),
  rel=[R(None, "Meneer (66)", "Poeijers", -100, 200, age=66, av="am pm",
         offers="Werkte dertig jaar bij de Belastingdienst en zit graag met iemand aan tafel om papieren en aanvragen door te nemen.")],
  traps=[X(R(None, "Mevrouw (50)", "Poeijers", 150, -100, age=50, av="am", offers="Doet de boekhouding voor kleine ondernemers, tegen betaling.", wants="Zoekt nieuwe klanten."),
           "boekhouder die betalende zakelijke klanten zoekt", "anders"),
         X(R(None, "Mevrouw (29)", "Poeijers", 50, 150, age=29, av="am", wants="Begrijpt haar toeslagen niet en zoekt iemand die meekijkt."),
           "zoekt zelf hulp", "richting")],
  need="administratie geldzaken")

C("hold-ouders-03", cat=CAT, kind="rr", title="Dochter van zeven kan nog niet fietsen", tags="synoniem woord-valkuil richting",
  q=R(None, "Meneer (39)", "Gennep", 0, 0, age=39, av="we",
      wants="Zijn dochter van zeven kan nog steeds niet fietsen; hij werkt in ploegendienst en heeft er het geduld niet voor. Zoekt iemand die haar op weg helpt."),
  rel=[R(None, "Meneer (64)", "Gennep", 200, 100, age=64, av="we am",
         offers="Oud-gymleraar; heeft tientallen kinderen zonder zijwieltjes leren rijden op het schoolplein.")],
  traps=[X(R(None, "Meneer (55)", "Gennep", -150, -100, age=55, av="we", offers="Repareert fietsen in zijn schuur, ook kinderfietsjes."),
           "repareert fietsen; leert niemand fietsen", "onderwerp"),
         X(R(None, "Mevrouw (40)", "Gennep", 100, -150, age=40, av="we", wants="Wil als volwassene nog leren fietsen."),
           "wil het zelf leren", "richting")],
  need="sport lesgeven", avoid="fietsen-repareren oppassen")

C("hold-ouders-04", cat=CAT, kind="rp", title="Moeder van een zoon met autisme zoekt andere ouders", tags="synoniem tijd",
  q=R(None, "Mevrouw (42)", "Ooievaarsnest", 0, 0, age=42, av="ev",
      wants="Haar zoon van negen heeft autisme; ze voelt zich vaak onbegrepen op het schoolplein en wil praten met andere ouders die hetzelfde meemaken."),
  rel=[P(None, "Oudercontactgroep Prikkel", "Ooievaarsnest", -150, 150, pk="resident_initiative", av="tue_ev",
         offers="Maandelijkse avond waar ouders van kinderen met autisme of ADHD ervaringen delen.", wants="Nieuwe ouders; een ruimte voor de kinderactiviteit.")],
  traps=[X(P(None, "Autisme-kinderclub Gestel", "Ooievaarsnest", 100, -100, pk="foundation", av="sat_am",
             offers="Kinderclub voor kinderen met autisme op zaterdagochtend.", wants="Begeleiders met ervaring."),
           "een club voor de kinderen zelf, op zaterdagochtend; zij zoekt 's avonds andere ouders", "tijd")],
  need="ouders", dir="any", avoid="luisteren gezondheid")

C("hold-ouders-05", cat=CAT, kind="rp", title="Winterjassen voor drie kinderen, geen geld", tags="synoniem tijd rol",
  q=R(None, "Mevrouw (35)", "Herdgang", 0, 0, age=35, lang="nl pap", av="am pm",
      wants="Haar drie kinderen groeien uit alles; voor de winter hebben ze jassen en laarzen nodig, maar na de huur blijft er bijna niets over."),
  rel=[P(None, "Kinderkledingruil De Wissel", "Herdgang", 100, -100, pk="resident_initiative", av="sat_am wed_am",
         offers="Ruilwinkel met gratis kinderkleding en schoenen in alle maten; neem mee wat je niet meer gebruikt.", wants="Iemand die wil helpen sorteren.")],
  traps=[X(O(None, "Naaicursus", P(None, "Naaiclub Herdgang", "Herdgang", -100, 150, av="thu_ev"), cap=5, av="thu_ev",
             offers="Leer je eigen kleding naaien.", wants="Beginners."),
           "naailes op donderdagavond", "tijd"),
         X(P(None, "Kledingzaak Mode4U", "Herdgang", 200, 0, pk="business",
             offers="Kleding voor het hele gezin, nu 20% korting.", wants="Zoekt een verkoopmedewerker."),
           "een gewone winkel die personeel zoekt; geen gratis kleding", "anders")],
  need="materiaal", dir="any", avoid="naaien geldzaken")

C("hold-ouders-06", cat=CAT, kind="rp", title="Kinderfeestje, maar de flat is te klein", tags="synoniem tijd",
  q=R(None, "Mevrouw (33)", "Zwaanstraat", 0, 0, age=33, av="sat",
      wants="Wil voor haar zoon zijn eerste echte kinderfeestje geven, maar in haar flat van drie kamers passen geen tien kinderen."),
  rel=[P(None, "Buurtkamer Zwaanstraat", "Zwaanstraat", 120, 80, av="sat sun",
         offers="Huiskamer van de buurt; in het weekend kun je de ruimte gratis lenen voor een feestje of bijeenkomst.", wants="Meer buren die de ruimte gebruiken.")],
  traps=[X(P(None, "Partycentrum Zwaan", "Zwaanstraat", -150, -150, pk="business", av="ev",
             offers="Feestzaal voor bruiloften vanaf honderd gasten.", wants="Personeel."),
           "alleen 's avonds en voor grote bruiloften", "tijd")],
  need="ruimte", dir="any", avoid="organiseren ouders")

# ------------------------------------------------------------------------------------------------ verlies
CAT = "verlies"

C("hold-verlies-01", cat=CAT, kind="rp", title="Dochter verongelukt, omgeving vindt dat ze door moet", tags="synoniem rol",
  q=R(None, "Mevrouw (55)", "Schrijversbuurt", 0, 0, age=55, av="tue_pm thu_pm",
      wants="Haar dochter is twee jaar geleden verongelukt. Vrienden vinden dat ze door moet; ze zoekt mensen bij wie ze gewoon over haar meisje kan praten."),
  rel=["hp05"],
  traps=[X(P(None, "Uitvaartcentrum De Linde", "Schrijversbuurt", -200, 100, pk="business",
             offers="Verzorgt uitvaarten en crematies.", wants="Zoekt dragers."),
           "uitvaartonderneming die dragers zoekt; geen steun na een verlies", "anders")],
  need="rouw luisteren", dir="any", avoid="gezelschap gezondheid")

C("hold-verlies-02", cat=CAT, kind="rr", title="De zondagen zijn eindeloos sinds zijn vrouw er niet meer is", tags="synoniem waarde-beide-kanten tijd afstand",
  q=R(None, "Meneer (70)", "Kapelbeemd", 0, 0, age=70, mob="short", av="sun_am sun_pm",
      wants="Sinds zijn vrouw overleed zijn de zondagen eindeloos; zij regelde altijd de visites. Hij zou graag op zondag met iemand koffie drinken."),
  rel=[R(None, "Mevrouw (73)", "Kapelbeemd", 150, 100, age=73, mob="short", av="sat sun_am sun_pm",
         offers="Zet een goede pot koffie en houdt van een praatje.", wants="Woont alleen en vindt het weekend stil.")],
  traps=[X(R(None, "Mevrouw (60)", "Kapelbeemd", -100, 150, age=60, av="am pm", offers="Komt graag op de koffie bij ouderen in de buurt."),
           "alleen doordeweeks; meneer zoekt iemand voor de zondag", "tijd"),
         X(R(None, "Meneer (72)", "Gijzenrooi", 0, 0, age=72, av="sun_am sun_pm", offers="Drinkt op zondag graag koffie met andere weduwnaars."),
           "woont in Gijzenrooi, aan de andere kant van de stad; meneer loopt korte stukjes", "afstand")],
  need="gezelschap", dir="any", avoid="rouw samen-eten spelletjes wandelen luisteren")

C("hold-verlies-03", cat=CAT, kind="rr", title="Hond gestorven, mist de ochtendrondjes", tags="synoniem waarde-beide-kanten tijd richting",
  q=R(None, "Mevrouw (62)", "Gijzenrooi", 0, 0, age=62, av="am",
      wants="Haar hond is deze winter gestorven en ze mist de vaste ochtendrondjes.", offers="Zou graag de hond van iemand anders uitlaten."),
  rel=[R(None, "Meneer (77)", "Gijzenrooi", -150, 100, age=77, mob="short", av="am",
         wants="Heeft een oude labrador, maar na zijn knieoperatie kan hij niet meer lange stukken met hem lopen.")],
  traps=[X(R(None, "Meneer (40)", "Gijzenrooi", 100, -100, age=40, av="ev", wants="Zoekt iemand die zijn hond uitlaat als hij moet overwerken."),
           "heeft hulp nodig op de avonden; mevrouw kan 's ochtends", "tijd"),
         X(R(None, "Mevrouw (50)", "Gijzenrooi", 200, 50, age=50, av="am", offers="Heeft twee honden en laat ook graag andermans hond uit."),
           "biedt zelf ook uitlaten aan; vraagt niets", "richting")],
  need="dieren", dir="want", avoid="wandelen")

C("hold-verlies-04", cat=CAT, kind="rr", title="Weduwnaar snapt de wasmachine niet", tags="synoniem woord-valkuil richting",
  q=R(None, "Meneer (79)", "Bokt", 0, 0, age=79, av="am pm",
      wants="Zijn vrouw deed vijftig jaar het huishouden; hij weet niet welk programma de wasmachine moet en zijn overhemden komen gekreukt uit de kast."),
  rel=[R(None, "Mevrouw (71)", "Bokt", 200, -100, age=71, av="am",
         offers="Heeft een groot gezin grootgebracht; legt graag uit hoe je wast, strijkt en een huis bijhoudt zonder dat het je hele dag kost.")],
  traps=[X(R(None, "Meneer (48)", "Bokt", -100, 150, age=48, av="am pm", offers="Monteur witgoed; repareert wasmachines en drogers."),
           "repareert wasmachines; zijn machine is niet kapot", "onderwerp"),
         X(R(None, "Mevrouw (80)", "Bokt", 150, 100, age=80, mob="short", av="am", wants="Zoekt iemand die haar huis schoonmaakt."),
           "zoekt zelf hulp in huis", "richting")],
  need="schoonmaken lesgeven", avoid="techniek rouw")

C("hold-verlies-05", cat=CAT, kind="rp", title="Heeft zijn vrouw tot het einde verzorgd, wil nu anderen bijstaan", tags="synoniem tijd",
  q=R(None, "Meneer (64)", "Schrijversbuurt", -100, -150, age=64, av="tue_pm",
      offers="Heeft zijn vrouw tot het einde verzorgd; na een jaar in een gespreksgroep voelt hij zich sterk genoeg om anderen bij te staan.", wants="Iets zinvols doen met wat hij heeft meegemaakt."),
  rel=["ho01"],
  traps=[X(O(None, "Koffieschenker", P(None, "Kerkelijk centrum Schrijversbuurt", "Schrijversbuurt", 100, -100, pk="faith", av="sun_am"), cap=2, av="sun_am",
             offers="Koffie schenken na de dienst.", wants="Kerkgangers."),
           "op zondagochtend; meneer kan dinsdagmiddag", "tijd")],
  need="luisteren rouw", dir="any", avoid="gezelschap zorg")

# ------------------------------------------------------------------------------------------------ werk
CAT = "werk"

C("hold-werk-01", cat=CAT, kind="rp", title="Rug op na twintig jaar vrachtwagen, wil kantoorwerk leren", tags="synoniem rol",
  q=R(None, "Meneer (50)", "Bloemenplein", 0, 0, age=50, av="am pm",
      wants="Reed twintig jaar vrachtwagen; zijn rug laat het niet meer toe. Wil op een kantoor leren werken om weer kans te maken op een baan."),
  rel=[O(None, "Leerwerkplek administratie", P(None, "Wijkbedrijf Stratum", "Bloemenplein", 200, -100, pk="business"), cap=2, av="am pm",
         offers="Post sorteren, gegevens invoeren en de telefoon aannemen, met een vaste begeleider; na een half jaar een certificaat.", wants="Voor mensen die na ziekte of werkloosheid weer willen instromen.")],
  traps=[X(O(None, "Chauffeur", P(None, "Transportbedrijf Van Dijk", "Bloemenplein", -100, 200, pk="business"), cap=1, av="am pm",
             offers="Vrachtwagenchauffeur met rijbewijs C gezocht.", wants="Ervaren chauffeurs."),
           "weer vrachtwagenrijden, wat zijn rug niet meer toelaat", "anders")],
  need="werkervaring administratie", dir="any", avoid="werk-zoeken vervoer")

C("hold-werk-02", cat=CAT, kind="rr", title="Schoonheidsspecialiste wil voor zichzelf beginnen", tags="synoniem richting woord-valkuil",
  q=R(None, "Mevrouw (40)", "Roosten", 0, 0, age=40, av="am",
      wants="Is gediplomeerd schoonheidsspecialiste en wil voor zichzelf beginnen, maar weet niets van inschrijven bij de KvK, btw of een plan maken."),
  rel=[R(None, "Meneer (63)", "Roosten", -200, 150, age=63, av="am pm",
         offers="Had dertig jaar een eigen zaak; helpt beginnende zelfstandigen graag op weg met plannen en cijfers.")],
  traps=[X(R(None, "Mevrouw (24)", "Roosten", 100, 100, age=24, av="am", wants="Wil een webshop beginnen en zoekt iemand die haar op weg helpt."),
           "zoekt zelf hulp bij het starten", "richting"),
         X(R(None, "Mevrouw (45)", "Roosten", -100, -100, age=45, av="am", offers="Kapster aan huis, knipt ook buren."),
           "knipt haar; geen hulp bij een eigen bedrijf", "onderwerp")],
  need="ondernemen", avoid="administratie geldzaken kapper")

C("hold-werk-03", cat=CAT, kind="rp", title="Na een depressie weer ritme, het liefst aan een balie", tags="synoniem tijd",
  q=R(None, "Mevrouw (35)", "Genderdal", 0, 0, age=35, av="am",
      wants="Zit na een depressie al twee jaar thuis. Wil weer een vast ritme, een paar ochtenden per week aan een balie of receptie: mensen ontvangen, telefoon opnemen.",
      offers="Vriendelijk, netjes, goed met mensen."),
  rel=[O(None, "Gastvrouw ontvangstbalie", P(None, "Wijkcentrum 't Gender", "Genderdal", -100, 150), cap=2, av="am",
         offers="Bezoekers welkom heten, koffie zetten, de agenda bijhouden; twee ochtenden per week.", wants="Voor wie rustig weer wil beginnen met vrijwilligerswerk.")],
  traps=[X(O(None, "Receptie op de avond", P(None, "Fitness Genderdal", "Genderdal", 200, 0, pk="business"), cap=1, av="ev",
             offers="Leden inchecken aan de balie.", wants="Sportieve mensen."),
           "alleen 's avonds; zij zoekt ochtenden", "tijd")],
  need="werkervaring gezelschap", dir="any", avoid="vervoer samen-eten organiseren koken luisteren zorg administratie")

C("hold-werk-04", cat=CAT, kind="rp", title="Na een burn-out: buiten, met zijn handen, ver van schermen", tags="synoniem tijd",
  q=R(None, "Meneer (57)", "Gijzenrooi", -50, 200, age=57, av="sat",
      wants="Is na een burn-out gestopt als accountmanager. Wil met zijn handen bezig zijn, buiten, ver van schermen en vergaderingen."),
  rel=["hp04"],
  traps=[X(O(None, "Penningmeester", P(None, "Tennisclub Gijzenrooi", "Gijzenrooi", 100, -100, pk="association"), cap=1, av="ev",
             offers="Beheer van de financiën en de ledenadministratie.", wants="Iemand met verstand van cijfers."),
           "weer cijfers en vergaderen, en alleen 's avonds", "tijd")],
  need="natuur tuinieren", dir="any", avoid="werkervaring klussen wandelen sport")

C("hold-werk-05", cat=CAT, kind="rp", title="Rijdt graag en wil iets voor zijn cv", tags="synoniem tijd",
  q=R(None, "Meneer (29)", "Genderdal", 300, 250, age=29, av="am pm",
      offers="Heeft zijn rijbewijs B en rijdt graag; is rustig en geduldig.", wants="Werkt nog niet; wil ervaring opdoen die hij op zijn cv kan zetten, het liefst iets met rijden."),
  rel=["ho02"],
  traps=[X(O(None, "Pakketbezorger", P(None, "Koeriersdienst Flits", "Genderdal", 150, 50, pk="business"), cap=3, av="ev we",
             offers="Pakketten bezorgen met je eigen auto, betaald.", wants="Vanaf 18 jaar."),
           "alleen 's avonds en in het weekend; hij kan overdag", "tijd")],
  need="vervoer", dir="any", avoid="werkervaring werk-zoeken")

C("hold-werk-06", cat=CAT, kind="rp", title="Metselaar uit Irak zonder papieren die het bewijzen", tags="synoniem tijd",
  q=R(None, "Meneer (33)", "Mispelhoef", 0, 0, age=33, lang="ar ku en", av="am pm",
      wants="Was metselaar in Irak, heeft hier geen papieren die dat bewijzen. Wil op een bouwplaats laten zien wat hij kan."),
  rel=[O(None, "Leerwerkplek bouw", P(None, "Bouwleerbedrijf Mispelhoef", "Mispelhoef", 200, 150, pk="business"), cap=3, av="am pm",
         offers="Metselen, tegelen en timmeren op echte bouwprojecten, met een praktijkverklaring na afloop.", wants="Voor nieuwkomers en werkzoekenden met bouwervaring.")],
  traps=[X(O(None, "Begeleider hutten bouwen", P(None, "Speeltuin Mispelhoef", "Mispelhoef", -150, 100, pk="association"), cap=4, av="we",
             offers="Kinderen timmeren hutten in de zomervakantie.", wants="Begeleiders."),
           "begeleider bij een kinderactiviteit in het weekend", "tijd")],
  need="werkervaring klussen", dir="any", avoid="werk-zoeken")

# ------------------------------------------------------------------------------------------------ creatief
CAT = "creatief"

C("hold-creatief-01", cat=CAT, kind="rp", title="Mist het spelen op een podium", tags="synoniem tijd rol",
  q=R(None, "Mevrouw (30)", "Bergen", 0, 0, age=30, av="mon_ev thu_ev",
      wants="Speelde op de middelbare school in elke musical en mist het op een podium te staan; zoekt een groep waar ze kan spelen."),
  rel=[P(None, "Toneelvereniging Het Doek", "Bergen", -200, 100, pk="association", av="mon_ev",
         offers="Amateurtoneel; we spelen twee voorstellingen per jaar en repeteren op maandagavond.", wants="Nieuwe spelers, ervaring niet nodig.")],
  traps=[X("p68", "repeteert op woensdagavond; zij kan alleen maandag- en donderdagavond", "tijd"),
         X(P(None, "Filmhuis Het Zaaltje", "Bergen", 100, 100, pk="business", av="ev",
             offers="Filmhuis met een klein podium voor nagesprekken.", wants="Vrijwilligers voor kassa en bar."),
           "vrijwilligers voor kassa en bar; geen toneelspelen", "anders")],
  need="", dir="any", avoid="dansen muziek")

C("hold-creatief-02", cat=CAT, kind="rp", title="Schetsboek vol letters, wil een echte muur", tags="synoniem woord-valkuil",
  q=R(None, "Meisje (14)", "Prinsejagt", 0, 0, age=14, av="wed_pm sat",
      wants="Tekent de hele dag letters en figuren in haar schetsboek en zou die zo graag eens op een echte muur spuiten, maar dan legaal."),
  rel=[O(None, "Graffitiworkshop", P(None, "Jongerenplek De Spuitbus", "Prinsejagt", 150, -150, pk="foundation"), cap=6, av="wed_pm",
         offers="Leren werken met spuitbussen en sjablonen op de legale muur achter het gebouw.", wants="Voor tieners van 12 tot 18.")],
  traps=[X(O(None, "Trappenhuis verven", P(None, "Huurdersvereniging Prinsejagt", "Prinsejagt", -100, 100), cap=6, av="sat_am",
             offers="Samen met huurders het trappenhuis van de flat een nieuwe kleur geven.", wants="Bewoners met een kwast."),
           "muren verven in één kleur; geen tekenen of graffiti", "onderwerp")],
  need="schilderen", dir="any", avoid="jongeren")

C("hold-creatief-03", cat=CAT, kind="rp", title="Schrijft gedichten over zijn jeugd en wil ze voordragen", tags="synoniem tijd",
  q=R(None, "Meneer (70)", "Villapark", 0, 0, age=70, av="ev",
      offers="Schrijft al jaren gedichten, vooral over zijn jeugd in de Kempen.", wants="Zou ze graag eens hardop voorlezen voor publiek."),
  rel=[O(None, "Open podium", P(None, "Café De Zwarte Doos", "Villapark", 100, 200, pk="business", av="ev"), cap=8, av="fri_ev",
         offers="Elke eerste vrijdag van de maand: vijf minuten voor iedereen die iets wil voordragen, zingen of vertellen.", wants="Dichters, verhalenvertellers en muzikanten uit de buurt.")],
  traps=[X(O(None, "Voorlezen aan kleuters", P(None, "Basisschool Villapark", "Villapark", -150, -100, pk="school"), cap=2, av="am",
             offers="Prentenboeken voorlezen in groep 1 en 2.", wants="Kleuters."),
           "voorlezen op schoolochtenden; meneer kan 's avonds", "tijd")],
  need="schrijven", dir="any", avoid="lezen muziek")

C("hold-creatief-04", cat=CAT, kind="rp", title="De trompet ligt nog op zolder", tags="synoniem tijd",
  q=R(None, "Meneer (55)", "Tongelresche Akkers", -150, -100, age=55, av="ev",
      offers="Speelde als jongen bugel in de fanfare van zijn dorp; de trompet ligt nog op zolder.", wants="Wil weer samen met anderen muziek maken."),
  rel=["hp03"],
  traps=[X(P(None, "Muziekschool Tongelre", "Tongelresche Akkers", 200, 100, pk="school", av="wed_pm sat_am",
             offers="Instrumentlessen voor kinderen.", wants="Docenten."),
           "lessen voor kinderen op woensdagmiddag en zaterdagochtend", "tijd")],
  need="muziek", dir="any")

C("hold-creatief-05", cat=CAT, kind="rp", title="Draaischijf en oven in de garage, wil het doorgeven", tags="synoniem tijd",
  q=R(None, "Mevrouw (45)", "Joriskwartier", 0, 0, age=45, av="pm",
      offers="Heeft een draaischijf en een oven in haar garage en maakt al twintig jaar schalen en mokken van klei.", wants="Zou dat graag aan anderen leren."),
  rel=[O(None, "Begeleider creatieve middag", P(None, "Activiteitencentrum De Kleurdoos", "Joriskwartier", -150, 100, pk="care"), cap=1, av="wed_pm",
         offers="Iemand die op woensdagmiddag een boetseergroep wil begeleiden.", wants="Voor volwassenen met een beperking die graag met hun handen werken.")],
  traps=[X(O(None, "Tekendocent", P(None, "Atelier Joris", "Joriskwartier", 200, -100, pk="foundation"), cap=1, av="sat_am",
             offers="Teken- en schilderles voor kinderen.", wants="Kinderen van 8 tot 12."),
           "op zaterdagochtend; mevrouw kan doordeweeks 's middags", "tijd")],
  need="handwerken lesgeven", dir="any", avoid="schilderen")

# ------------------------------------------------------------------------------------------------ praktisch
CAT = "praktisch"

C("hold-praktisch-01", cat=CAT, kind="rr", title="Een drempel van tien centimeter en een nieuwe rolstoel", tags="synoniem tijd",
  q=R(None, "Meneer (59)", "Oude Spoorbaan", 0, 0, age=59, mob="wheelchair", av="am pm",
      wants="Zit sinds kort in een rolstoel; bij de achterdeur is een drempel van tien centimeter en de gemeente doet er pas over maanden iets aan. Iemand die een houten oprijplaatje kan maken?"),
  rel=[R(None, "Meneer (66)", "Oude Spoorbaan", 200, 100, age=66, av="am",
         offers="Bouwt in zijn schuur van alles van hout: tuinbankjes, trapjes, kippenhokken.")],
  traps=[X(R(None, "Meneer (35)", "Oude Spoorbaan", -100, 150, age=35, av="ev", offers="Handig met hout, maakt graag iets op maat."),
           "kan alleen 's avonds; meneer overdag", "tijd"),
         X(R(None, "Mevrouw (48)", "Oude Spoorbaan", 150, -100, age=48, av="am pm", offers="Werkt bij een thuiszorgwinkel en weet alles van rolstoelen en rollators."),
           "verhuurt hulpmiddelen; maakt geen oprijplaat", "onderwerp")],
  need="klussen")

C("hold-praktisch-02", cat=CAT, kind="rr", title="De oude bank moet weg, grofvuil pas over zes weken", tags="synoniem tijd",
  q=R(None, "Mevrouw (69)", "Castiliëlaan", 0, 0, age=69, av="am pm",
      wants="Heeft een nieuwe bank gekregen; de oude driezits moet weg, maar de grofvuilafspraak is pas over zes weken en ze heeft geen auto."),
  rel=[R(None, "Meneer (41)", "Castiliëlaan", 150, -200, age=41, av="pm we",
         offers="Heeft een aanhanger achter zijn auto en rijdt geregeld spullen weg voor buren.")],
  traps=[X(R(None, "Mevrouw (55)", "Castiliëlaan", -100, 100, age=55, av="ev", offers="Heeft een bestelbus en helpt graag met verhuizen."),
           "kan alleen 's avonds", "tijd")],
  need="verhuizen vervoer", avoid="materiaal")

C("hold-praktisch-03", cat=CAT, kind="rr", title="Het ding aan het plafond piept elke minuut", tags="synoniem tijd richting",
  q=R(None, "Mevrouw (84)", "Luytelaer", 0, 0, age=84, mob="rollator", av="am",
      wants="Een apparaatje aan het plafond piept elke minuut en ze kan er niet bij; ze slaapt er niet van."),
  rel=[R(None, "Meneer (45)", "Luytelaer", 100, 150, age=45, av="am pm",
         offers="Elektricien; vervangt graag even een lamp, batterij of stopcontact voor een buurvrouw.")],
  traps=[X(R(None, "Meneer (62)", "Luytelaer", -150, 50, age=62, av="ev", offers="Hangt lampen en rookmelders op voor buren."),
           "kan alleen 's avonds; mevrouw 's ochtends", "tijd"),
         X(R(None, "Mevrouw (79)", "Luytelaer", 50, -150, age=79, mob="short", av="am", wants="Heeft hulp nodig met kleine klusjes in huis."),
           "zoekt zelf hulp", "richting")],
  need="techniek klussen")

C("hold-praktisch-04", cat=CAT, kind="rr", title="Druppelende keukenkraan, verhuurder reageert niet", tags="synoniem afstand",
  q=R(None, "Mevrouw (47)", "Eliasterrein", 0, 0, age=47, lang="nl pl", av="pm",
      wants="De kraan in de keuken blijft druppelen en de verhuurder reageert niet op haar mails."),
  rel=[R(None, "Meneer (68)", "Eliasterrein", -200, 100, age=68, av="pm",
         offers="Loodgieter met pensioen; heeft een kist vol ringetjes en kraanleertjes.")],
  traps=[X(R(None, "Meneer (56)", "Kerkdorp Acht", 0, 0, age=56, av="pm", offers="Installateur; verhelpt lekkages."),
           "woont in Acht, kilometers verderop", "afstand"),
         X(R(None, "Mevrouw (38)", "Eliasterrein", 150, -100, age=38, av="pm", offers="Schrijft klachtbrieven en mails voor huurders aan hun verhuurder."),
           "helpt brieven schrijven; maakt de kraan niet", "onderwerp")],
  need="klussen techniek", avoid="administratie")

# ------------------------------------------------------------------------------------------------ eten
CAT = "eten"

C("hold-eten-01", cat=CAT, kind="rr", title="Kookt elke avond te veel", tags="synoniem tijd richting",
  q=R(None, "Meneer (40)", "Elzent-Zuid", 0, 0, age=40, av="ev",
      offers="Kookt elke avond vegetarisch en maakt altijd te veel; wil wel een bord voor iemand uit de straat apart zetten."),
  rel=[R(None, "Mevrouw (86)", "Elzent-Zuid", 100, -100, age=86, mob="homebound", av="ev",
         wants="Kan niet meer lang staan en eet 's avonds vaak een boterham omdat koken te zwaar is.")],
  traps=[X(R(None, "Meneer (80)", "Elzent-Zuid", -100, 100, age=80, mob="homebound", av="am", wants="Zou graag een warme lunch krijgen."),
           "wil een lunch 's ochtends/'s middags; meneer kookt 's avonds", "tijd"),
         X(R(None, "Mevrouw (35)", "Elzent-Zuid", 150, 50, age=35, av="ev", offers="Runt een foodtruck met vegetarische burgers.", wants="Zoekt een vaste standplaats."),
           "zoekt een standplaats voor haar foodtruck; vraagt geen maaltijd", "onderwerp")],
  need="koken samen-eten", dir="want", avoid="boodschappen")

C("hold-eten-02", cat=CAT, kind="rp", title="Met kerst alleen, de kinderen in Australië", tags="synoniem rol",
  q=R(None, "Meneer (67)", "Kerstroosplein", 0, 0, age=67, mob="short",
      wants="Zit met de feestdagen alleen; de kinderen wonen in Australië. Zou met kerst graag aan een gedekte tafel zitten met anderen."),
  rel=[O(None, "Kerstdiner voor alleenstaanden", P(None, "Stadsklooster Stratum", "Kerstroosplein", 150, 100, pk="faith"), cap=20,
         offers="Tweede kerstdag een driegangendiner met muziek; iedereen welkom, gratis.", wants="Voor mensen die de feestdagen anders alleen doorbrengen.")],
  traps=[X(O(None, "Kok voor het kerstdiner", P(None, "Buurtkeuken Kerstroos", "Kerstroosplein", -100, -150), cap=3,
             offers="Vrijwillige koks gezocht voor het kerstdiner in de buurt.", wants="Mensen die voor grote groepen kunnen koken."),
           "zoekt koks; meneer wil aanschuiven, niet koken", "anders")],
  need="samen-eten gezelschap", dir="any", avoid="koken")

C("hold-eten-03", cat=CAT, kind="rp", title="Emmers pruimen die ze elk jaar weggooit", tags="synoniem rol",
  q=R(None, "Mevrouw (65)", "Achtse Barrier-Spaaihoef", 0, 0, age=65, av="pm",
      offers="Haar twee pruimenbomen en de appelboom dragen zoveel dat ze elk jaar emmers fruit weggooit.", wants="Zoekt iemand die er iets mee kan, of met wie ze samen kan inmaken."),
  rel=[P(None, "Weckclub De Glazen Pot", "Achtse Barrier-Spaaihoef", -150, 150, pk="resident_initiative", av="thu_pm",
         offers="Eens per week wecken en inmaken we samen: jam, chutney, appelmoes.", wants="Fruit en groente die anders weggegooid worden; lege potten.")],
  traps=[X(P(None, "Supermarkt Spaaihoef", "Achtse Barrier-Spaaihoef", 100, -100, pk="business",
             offers="Verkoopt vers fruit en groente.", wants="Vakkenvullers."),
           "verkoopt zelf fruit en zoekt personeel", "anders")],
  need="voedsel koken", dir="any", avoid="samen-eten bakken tuinieren")

C("hold-eten-04", cat=CAT, kind="rr", title="Koekjes voor het Suikerfeest, samen met buurvrouwen", tags="synoniem waarde-beide-kanten tijd",
  q=R(None, "Mevrouw (48)", "Drents Dorp", 100, -100, age=48, lang="ar nl", av="pm",
      offers="Bakt voor het Suikerfeest honderden koekjes: ghriba, fekkas.", wants="Zou dit graag samen doen met buurvrouwen van allerlei afkomst en leren wat zij bakken."),
  rel=[R(None, "Mevrouw (57)", "Drents Dorp", 200, 100, age=57, av="pm",
         offers="Bakt elke week speculaas, boterkoek of appeltaart.", wants="Zou graag recepten uit andere landen leren.")],
  traps=[X(R(None, "Meneer (35)", "Drents Dorp", -100, 50, age=35, av="am", offers="Bakker bij de supermarkt, werkt 's nachts en 's ochtends."),
           "kan alleen 's ochtends; mevrouw 's middags", "tijd")],
  need="bakken", dir="any", avoid="koken samen-eten")

# ------------------------------------------------------------------------------------------------ plek zoekt inwoner
CAT = "plek-zoekt-inwoner"

C("hold-plek-01", cat=CAT, kind="rp", title="Speel-o-theek zoekt iemand voor de uitleenbalie", tags="synoniem tijd richting",
  q=POOL["ho03"],
  rel=[R(None, "Mevrouw (36)", "Vredeoord", 150, 150, age=36, av="wed_pm",
         offers="Moeder van drie; kent alle gezelschapsspellen uit haar hoofd en is precies: telt graag stukjes na.", wants="Zoekt iets voor de woensdagmiddag nu de kinderen naar club gaan.")],
  traps=[X(R(None, "Meneer (40)", "Vredeoord", -100, 100, age=40, av="am", offers="Netjes en handig met administratie."),
           "kan alleen 's ochtends; de balie is op woensdagmiddag", "tijd"),
         X(R(None, "Mevrouw (33)", "Vredeoord", 100, -100, age=33, av="wed_pm", wants="Wil graag speelgoed lenen voor haar kinderen."),
           "wil zelf speelgoed lenen; geen vrijwilliger", "richting")],
  need="spelletjes", avoid="ouders oppassen")

C("hold-plek-02", cat=CAT, kind="rp", title="Buurtbus zoekt chauffeurs", tags="synoniem tijd richting",
  q=POOL["ho02"],
  rel=[R(None, "Meneer (62)", "Genderdal", 250, 150, age=62, av="am",
         offers="Was ambulancechauffeur; rijdt rustig en helpt mensen graag in en uit de auto.")],
  traps=[X(R(None, "Mevrouw (45)", "Genderdal", -100, 200, age=45, av="ev", offers="Rijdt graag, heeft rijbewijs B."),
           "kan alleen 's avonds; de bus rijdt 's ochtends", "tijd"),
         X(R(None, "Meneer (79)", "Genderdal", 100, -150, age=79, mob="short", av="am", wants="Heeft vervoer nodig naar de huisarts."),
           "heeft zelf vervoer nodig", "richting")],
  need="vervoer")

C("hold-plek-03", cat=CAT, kind="rp", title="Knotploeg zoekt stevige handen", tags="synoniem toegang tijd",
  q=POOL["hp04"],
  rel=[R(None, "Meneer (35)", "Gijzenrooi", 150, -150, age=35, av="sat",
         offers="Zit de hele week achter een bureau en wil op zaterdag iets stevigs doen in de buitenlucht.")],
  traps=[X(R(None, "Mevrouw (70)", "Gijzenrooi", 50, 100, age=70, mob="rollator", av="sat", wants="Zou graag iets in de natuur doen."),
           "loopt met rollator; langs de beek zijn geen verharde paden", "toegang"),
         X(R(None, "Meneer (40)", "Gijzenrooi", -100, -50, age=40, av="ev", offers="Boomverzorger; snoeit bomen."),
           "kan alleen 's avonds; de ploeg werkt op zaterdagochtend", "tijd")],
  need="natuur tuinieren", dir="any", avoid="wandelen sport")

C("hold-plek-04", cat=CAT, kind="rp", title="Kinderboerderij zoekt vroege vogels om te voeren", tags="synoniem tijd richting",
  q=O(None, "Dieren voeren in de ochtend", P(None, "Kinderboerderij De Hooiberg", "Waterrijk", 100, -200, pk="foundation"), cap=3, av="am",
      offers="Geiten, konijnen en kippen voeren en de hokken uitmesten, van acht tot tien uur.", wants="Voor iedereen die van beesten houdt en vroeg op kan."),
  rel=[R(None, "Mevrouw (52)", "Waterrijk", -100, 100, age=52, av="am",
         offers="Is opgegroeid op een boerderij; mist de beesten en staat graag vroeg op.")],
  traps=[X(R(None, "Meneer (60)", "Waterrijk", 150, 100, age=60, av="ev we", offers="Houdt kippen in zijn tuin."),
           "kan alleen 's avonds en in het weekend", "tijd"),
         X(R(None, "Mevrouw (34)", "Waterrijk", 50, -100, age=34, av="am", wants="Zoekt opvang voor haar konijnen tijdens de vakantie."),
           "zoekt zelf opvang voor haar dieren", "richting")],
  need="dieren", avoid="natuur")

C("hold-plek-05", cat=CAT, kind="rp", title="G-voetbal zoekt een trainer", tags="synoniem tijd richting",
  q=O(None, "Trainer G-voetbal", P(None, "VV Hanevoet", "Hanevoet", 0, 150, pk="association"), cap=2, av="sat_am",
      offers="Trainen van het G-team (spelers met een verstandelijke beperking) op zaterdagochtend.", wants="Iemand met geduld en liefde voor voetbal."),
  rel=[R(None, "Meneer (24)", "Hanevoet", 150, 100, age=24, av="we ev",
         offers="Speelde jaren in de selectie en werkt als begeleider in de gehandicaptenzorg.")],
  traps=[X(R(None, "Jongen (17)", "Hanevoet", -100, 50, age=17, av="we", wants="Wil graag bij een voetbalclub spelen."),
           "wil zelf spelen", "richting"),
         X(R(None, "Mevrouw (40)", "Hanevoet", 100, -100, age=40, av="am pm", offers="Geeft zwemles aan kinderen met een beperking."),
           "alleen doordeweeks; de training is op zaterdag", "tijd")],
  need="sport", avoid="zorg jongeren")

C("hold-plek-06", cat=CAT, kind="rp", title="Wijkblad zoekt iemand voor buurtportretten", tags="synoniem woord-valkuil richting",
  q=O(None, "Schrijver buurtportretten", P(None, "Wijkblad 't Hool", "'t Hool", 0, 0, pk="foundation"), cap=2,
      offers="Elke maand een buurtbewoner interviewen en er een stuk van zeshonderd woorden over maken.", wants="Voor de lezers in Woensel-Noord."),
  rel=[R(None, "Mevrouw (58)", "'t Hool", 200, -150, age=58,
         offers="Oud-journaliste; is nieuwsgierig naar mensen en schrijft vlot.")],
  traps=[X(R(None, "Jongen (16)", "'t Hool", -100, 100, age=16, av="we", offers="Bezorgt folders en kranten in de wijk."),
           "bezorgt kranten; schrijft geen stukken", "onderwerp"),
         X(R(None, "Mevrouw (30)", "'t Hool", 100, 100, age=30, wants="Wil leren schrijven voor een tijdschrift."),
           "wil het zelf leren", "richting")],
  need="schrijven", avoid="promotie")

# ------------------------------------------------------------------------------------------------ plaats-plaats
CAT = "plaats-plaats"

C("hold-plaats-01", cat=CAT, kind="pp", title="Schooltuin verdort in de zomervakantie", tags="synoniem rol",
  q=P(None, "Basisschool De Kastanje", "Bokt", 0, 0, pk="school",
      offers="Schooltuin met twaalf bakken en een regenton; de leerlingen zaaien in het voorjaar.",
      wants="In de zomervakantie verdort alles; zoekt buren of een club die de bakken in juli en augustus water geeft en oogst."),
  rel=[P(None, "Tuinclub Groene Vingers Bokt", "Bokt", 200, 100, pk="resident_initiative", av="am pm we",
         offers="Groep gepensioneerde liefhebbers die samen het openbaar groen in de wijk bijhoudt.", wants="Meer plekken om te tuinieren.")],
  traps=[X(P(None, "Hoveniersbedrijf Groen", "Bokt", -150, 100, pk="business",
             offers="Aanleg en onderhoud van tuinen tegen betaling.", wants="Nieuwe opdrachten."),
           "commercieel hoveniersbedrijf dat betaalde opdrachten zoekt", "anders")],
  need="tuinieren", avoid="natuur voedsel")

C("hold-plaats-02", cat=CAT, kind="pp", title="Kantine van de korfbalclub staat overdag leeg", tags="synoniem tijd richting",
  q=P(None, "Korfbalvereniging De Dommel", "Sportpark Aalsterweg", 100, 100, pk="association", av="am pm",
      offers="Ruime kantine met keuken die doordeweeks overdag leeg staat.", wants="Een maatschappelijke organisatie die er overdag iets zinvols mee wil doen."),
  rel=[P(None, "Seniorengym Stratum", "Sportpark Aalsterweg", -200, 0, pk="association", av="tue_am thu_am",
         offers="Beweeggroep voor ouderen.", wants="Ons buurthuis gaat dicht; we zoeken een nieuwe zaal voor de ochtendgroep.")],
  traps=[X(P(None, "Zalenverhuur De Brug", "Sportpark Aalsterweg", 200, -100, pk="business",
             offers="Verhuurt vergaderzalen.", wants="Klanten."),
           "verhuurt zelf zalen; zoekt er geen", "richting")],
  need="ruimte", dir="want")

C("hold-plaats-03", cat=CAT, kind="pp", title="Bakker houdt elke avond veertig broden over", tags="synoniem rol",
  q=P(None, "Bakker Broodnodig", "Looiakkers", 0, 0, pk="business",
      offers="Houdt elke avond rond de veertig broden en krentenbollen over die niet meer verkocht mogen worden.", wants="Een organisatie die het brood 's avonds ophaalt en uitdeelt."),
  rel=[P(None, "Nachtopvang De Haven", "Looiakkers", 200, -100, pk="foundation",
         offers="Nachtopvang voor dak- en thuislozen; we serveren een avondmaaltijd en ontbijt.", wants="Gedoneerd eten, vooral brood voor het ontbijt.")],
  traps=[X(P(None, "Broodjeszaak Looiakkers", "Looiakkers", -100, 100, pk="business",
             offers="Verkoopt belegde broodjes.", wants="Zoekt een goedkope leverancier van brood."),
           "wil brood inkopen om te verkopen, niet uitdelen", "anders")],
  need="voedsel", dir="want")

C("hold-plaats-04", cat=CAT, kind="pp", title="Bewoners met dementie leven op van kinderen", tags="synoniem",
  q=P(None, "Woonzorgcentrum De Laak", "Vredeoord", 0, 0, pk="care", av="am pm",
      offers="Bewoners met dementie die opleven van kinderen; een grote huiskamer.",
      wants="Een school of kinderopvang die eens per maand met een groep kinderen op bezoek komt om samen te zingen of te knutselen."),
  rel=[P(None, "Kinderdagverblijf De Kleine Beer", "Vredeoord", 150, 100, pk="school", av="am pm",
         offers="Kinderopvang met veertig kinderen van 0 tot 4; de peutergroep gaat graag op uitstapje.", wants="Uitstapjes in de buurt waar de kinderen iets beleven.")],
  traps=[X(P(None, "Kinderfeestjes Bolleboos", "Vredeoord", -100, 150, pk="business", av="we",
             offers="Verzorgt kinderfeestjes met clown en springkussen.", wants="Klanten voor het weekend."),
           "alleen in het weekend en tegen betaling", "tijd")],
  need="ouders jongeren", avoid="lezen huiswerkbegeleiding oppassen muziek")

C("hold-plaats-05", cat=CAT, kind="pp", title="Veertig afgeschreven laptops", tags="synoniem rol",
  q=P(None, "Installatiebedrijf Technova", "Flight Forum", 0, 0, pk="business", av="am pm",
      offers="Vervangt dit jaar veertig laptops; de oude werken nog prima en zijn gewist.",
      wants="Een maatschappelijke partner die ze een tweede leven geeft bij mensen die er geen kunnen betalen."),
  rel=[P(None, "Stichting Laptopmaatje", "Hurk", 100, 100, pk="foundation", av="am pm",
         offers="Knapt gedoneerde laptops op en geeft ze met uitleg aan gezinnen en ouderen met een kleine beurs.", wants="Gedoneerde laptops en tablets.")],
  traps=[X(P(None, "Refurbish-winkel Byte", "Hurk", -100, 100, pk="business",
             offers="Verkoopt opgeknapte laptops.", wants="Koopt partijen in tegen een zo laag mogelijke prijs."),
           "koopt laptops in om door te verkopen", "anders")],
  need="materiaal computer", dir="want")

C("hold-plaats-06", cat=CAT, kind="pp", title="Kookstudio: overdag staat de keuken leeg", tags="synoniem rol",
  q=POOL["hp08"],
  rel=[P(None, "Kookgroep Nieuwkomers", "Joriskwartier", 200, -100, pk="resident_initiative", av="wed_am",
         offers="Nieuwkomers koken samen gerechten uit hun land en oefenen ondertussen Nederlands.", wants="Een keuken die groot genoeg is voor tien mensen op woensdagochtend.")],
  traps=[X(P(None, "Cateraar Smaakvol", "Joriskwartier", -100, 100, pk="business", av="all",
             offers="Catering voor bedrijfsfeesten.", wants="Zoekt een bedrijfskeuken om vast te huren, zeven dagen per week."),
           "commerciële cateraar die een eigen keuken wil huren; geen maatschappelijke partner", "anders")],
  need="ruimte", dir="want", avoid="koken")
