# ruff: noqa: E501
# fmt: off
"""Elderly residents: loneliness, garden, shopping, computer/DigiD, transport, games, company (003 §4)."""

from dsl import C, O, P, R, X

CAT = "ouderen"

C("ouderen-01", cat=CAT, kind="rr", title="83-jarige met een tuin vol wildgroei (003)", tags="synoniem taxonomie tijd richting",
  q=R(None, "Mevrouw (83)", "Kronehoef", 40, -30, age=83, mob="rollator", av="am pm",
      wants="Beperkt sociaal netwerk. Haar tuin staat vol wildgroei en ze baalt ervan omdat ze er steeds tegenaan kijkt. Door fysieke klachten lukt het haar niet meer zelf.",
      offers="Vertelt graag over vroeger en zet een goede kop koffie."),
  rel=[R(None, "Meneer (58)", "Kronehoef", 300, 150, age=58, av="am pm",
         offers="Via de generalist: zit thuis sinds zijn afkeuring en wil graag iets doen. Lijkt het leuk om buiten bezig te zijn in het groen, snoeien en onkruid wieden.",
         wants="Een zinvolle dagbesteding.")],
  traps=[X(R(None, "Meneer (45)", "Kronehoef", -200, 100, age=45, av="ev we", offers="Hovenier, doet tuinonderhoud voor particulieren."),
           "kan alleen 's avonds en in het weekend; mevrouw overdag", "tijd"),
         X(R(None, "Mevrouw (39)", "Mensfort", 0, 0, age=39, av="am pm", wants="Heeft net een huis met tuin en wil graag leren tuinieren, het liefst een moestuin."),
           "wil zelf leren tuinieren, biedt geen hulp", "richting"),
         X(R(None, "Meneer (61)", "Kronehoef", 150, -200, age=61, av="am pm", offers="Schildert schuttingen, tuinhekken en kozijnen, heeft al het materiaal."),
           "schilderwerk, geen tuinonderhoud", "onderwerp")],
  need="tuinieren", avoid="klussen gezelschap")

C("ouderen-02", cat=CAT, kind="rr", title="Weduwnaar die niemand meer ziet", tags="synoniem woordvorm afstand",
  q=R(None, "Meneer (86)", "Gildebuurt", 0, 50, age=86, mob="homebound", av="am pm",
      wants="Voelt zich eenzaam sinds de dood van zijn vrouw. Zou het fijn vinden als er eens iemand langskomt."),
  rel=[R(None, "Mevrouw (64)", "Gildebuurt", 250, -150, age=64, av="am pm",
         offers="Brengt graag een bezoekje aan ouderen voor een bakkie en een babbel.")],
  traps=[X(R(None, "Mevrouw (58)", "Gildebuurt", -100, 200, age=58, av="am", offers="Verkoopt koffie en thee op de markt.", wants="Zoekt een hulp voor haar marktkraam."),
           "zoekt marktpersoneel; geen bezoek", "onderwerp"),
         X(R(None, "Meneer (70)", "Tempel", 0, 0, age=70, av="am pm", offers="Gaat graag op visite bij eenzame ouderen."),
           "woont in Tempel, ruim 3 km verderop; loopt alleen in de eigen wijk", "afstand")],
  need="gezelschap", dir="any", avoid="spelletjes wandelen luisteren rouw samen-eten lezen muziek")

C("ouderen-03", cat=CAT, kind="rr", title="Boodschappen voor een vrouw die het huis niet uitkomt", tags="synoniem taxonomie richting tijd",
  q=R(None, "Mevrouw (88)", "Doornakkers-West", 100, 100, age=88, mob="homebound", av="am",
      wants="Kan niet meer naar de supermarkt. Zoekt iemand die wekelijks de boodschappen voor haar haalt."),
  rel=[R(None, "Meneer (44)", "Doornakkers-West", -150, 250, age=44, av="am we",
         offers="Rijdt elke week naar de winkel voor de weekinkopen en kan makkelijk iets meenemen voor een buurvrouw.")],
  traps=[X(R(None, "Mevrouw (79)", "Doornakkers-West", 50, -100, age=79, mob="short", av="am", wants="Heeft hulp nodig bij het halen van boodschappen."),
           "heeft zelf hulp nodig met boodschappen", "richting"),
         X(R(None, "Meneer (24)", "Doornakkers-West", 200, 0, age=24, av="am pm", offers="Vakkenvuller bij de supermarkt.", wants="Zoekt ander werk, liefst in de techniek."),
           "zoekt werk; biedt geen hulp", "onderwerp"),
         X(R(None, "Mevrouw (35)", "Doornakkers-Oost", 0, 0, age=35, av="ev", offers="Doet graag boodschappen voor buren."),
           "kan alleen 's avonds, mevrouw wil 's ochtends", "tijd")],
  need="boodschappen", avoid="vervoer")

C("ouderen-04", cat=CAT, kind="rr", title="Hulp met de DigiD-app", tags="taxonomie taal tijd richting",
  q=R(None, "Mevrouw (79)", "Lakerlopen", 0, 0, age=79, mob="short", av="am pm",
      wants="Moet van de gemeente alles via DigiD doen, maar de app op haar telefoon lukt niet. Ze is bang iets fout te doen."),
  rel=[R(None, "Meneer (36)", "Lakerlopen", 200, 200, age=36, av="pm we",
         offers="Handig met smartphones; helpt zijn ouders ook altijd met apps en het inloggen bij de overheid.")],
  traps=[X(R(None, "Mr. (31)", "Lakerlopen", -150, 100, age=31, lang="en", av="pm", offers="Expat software engineer, happy to help people with tech problems."),
           "spreekt alleen Engels; mevrouw alleen Nederlands", "taal"),
         X(R(None, "Meneer (77)", "Lakerlopen", 100, -150, age=77, av="am", wants="Wil graag leren hoe de computer en zijn telefoon werken."),
           "wil het zelf leren", "richting"),
         X(R(None, "Mevrouw (40)", "Villapark", 0, 0, age=40, av="ev", offers="Werkt in de ICT en helpt graag ouderen met de computer."),
           "kan alleen 's avonds", "tijd")],
  need="computer", avoid="administratie")

C("ouderen-05", cat=CAT, kind="rr", title="Vervoer naar het ziekenhuis", tags="synoniem tijd richting",
  q=R(None, "Meneer (80)", "Hagenkamp", 0, 0, age=80, mob="short", av="am pm",
      wants="Moet elke twee weken naar het Catharina voor controle en durft niet meer met de bus. Zoekt iemand die hem kan halen en brengen."),
  rel=[R(None, "Meneer (66)", "Hagenkamp", -200, 150, age=66, av="am pm",
         offers="Rijdt graag en heeft tijd over sinds zijn pensioen; wil best mensen naar een afspraak rijden.")],
  traps=[X(R(None, "Mevrouw (31)", "Hagenkamp", 150, -100, age=31, av="we", offers="Heeft een auto en rijdt mensen graag ergens heen."),
           "kan alleen in het weekend; de controles zijn doordeweeks", "tijd"),
         X(R(None, "Meneer (83)", "Hagenkamp", 100, 100, age=83, mob="rollator", av="am pm", wants="Zoekt iemand die hem naar de markt brengt."),
           "zoekt zelf vervoer", "richting"),
         X(R(None, "Mevrouw (57)", "Hagenkamp", 0, 250, age=57, av="am pm", offers="Heeft een duofiets en maakt graag fietstochtjes met ouderen door de Genneper Parken."),
           "biedt een fietstochtje voor de gezelligheid, geen vervoer naar het ziekenhuis", "onderwerp")],
  need="vervoer", avoid="")

C("ouderen-06", cat=CAT, kind="rr", title="Spelletje doen in de flat", tags="synoniem waarde-beide-kanten afstand",
  q=R(None, "Mevrouw (83)", "Jagershoef", 50, 0, age=83, mob="rollator", av="pm",
      wants="Woont alleen in de flat. Zou graag eens een spelletje doen met iemand."),
  rel=[R(None, "Mevrouw (76)", "Jagershoef", 150, 100, age=76, mob="short", av="pm",
         offers="Is gek op rummikub en scrabble.", wants="Zoekt een vaste partner voor gezelschapsspellen.")],
  traps=[X(R(None, "Meneer (69)", "Blixembosch-West", 0, 0, age=69, mob="short", av="pm", offers="Speelt graag spelletjes, klaverjassen en rummikub."),
           "woont 2 km verderop en loopt alleen korte stukjes", "afstand"),
         X(R(None, "Mevrouw (45)", "Jagershoef", -100, 50, age=45, av="ev", offers="Ontwikkelt computerspellen.", wants="Zoekt testers voor haar nieuwe game."),
           "zoekt testers voor een computerspel", "onderwerp")],
  need="spelletjes", dir="any", avoid="gezelschap")

C("ouderen-07", cat=CAT, kind="rr", title="Mantelzorger van zijn vrouw met alzheimer wil even weg", tags="synoniem richting",
  q=R(None, "Meneer (77)", "Vaartbroek", 0, 0, age=77, av="am pm",
      wants="Is mantelzorger: zijn vrouw heeft alzheimer. Zoekt iemand die een middag bij haar blijft zodat hij naar de markt en de kapper kan."),
  rel=[R(None, "Mevrouw (55)", "Vaartbroek", 250, -100, age=55, av="pm",
         offers="Heeft jaren voor haar moeder met dementie gezorgd. Wil andere mantelzorgers ontlasten door een middag bij iemand met geheugenproblemen te zijn.")],
  traps=[X(R(None, "Mevrouw (72)", "Vaartbroek", -150, 150, age=72, av="am pm", wants="Is mantelzorger voor haar man met parkinson en zoekt zelf ondersteuning."),
           "zoekt zelf ondersteuning als mantelzorger", "richting"),
         X(R(None, "Mevrouw (22)", "Vaartbroek", 100, 200, age=22, av="pm", offers="Past graag op kinderen, heeft een oppascertificaat."),
           "kinderoppas, geen zorg voor iemand met dementie", "onderwerp")],
  need="zorg", avoid="gezelschap luisteren")

C("ouderen-08", cat=CAT, kind="rr", title="Hondje moet uit, baasje loopt met rollator", tags="synoniem afstand richting",
  q=R(None, "Mevrouw (79)", "Vredeoord", 0, 0, age=79, mob="rollator", av="am pm",
      wants="Haar kleine hond moet drie keer per dag naar buiten en dat lukt haar niet meer goed.", offers="Heeft altijd honden gehad."),
  rel=[R(None, "Meneer (68)", "Vredeoord", 200, 250, age=68, av="am pm",
         offers="Wandelt elke dag een uur en vindt honden geweldig; heeft zelf geen hond meer sinds die is overleden.")],
  traps=[X(R(None, "Mevrouw (81)", "Vredeoord", -100, 100, age=81, mob="rollator", av="am", wants="Zoekt iemand die haar hond uitlaat."),
           "zoekt zelf ook een uitlater", "richting"),
         X(R(None, "Mevrouw (50)", "Eckart", 0, 0, age=50, mob="neighbourhood", av="am pm", offers="Laat graag honden uit voor mensen die het zelf niet kunnen."),
           "woont in Eckart, meer dan 4 km verderop", "afstand")],
  need="dieren", avoid="wandelen")

C("ouderen-09", cat=CAT, kind="rr", title="Slechtziende man mist de krant", tags="woordvorm taxonomie richting",
  q=R(None, "Meneer (84)", "Philipsdorp", 0, 0, age=84, mob="short", av="am pm",
      wants="Kan door zijn ogen de krant niet meer lezen en mist het nieuws en de puzzels."),
  rel=[R(None, "Mevrouw (62)", "Philipsdorp", 250, 100, age=62, av="am",
         offers="Heeft een heldere stem en werkte vroeger bij de lokale omroep. Leest graag voor aan mensen die dat zelf niet meer kunnen.")],
  traps=[X(R(None, "Meneer (16)", "Philipsdorp", -100, -100, age=16, av="am we", offers="Bezorgt de krant in de wijk.", wants="Zoekt een bijbaantje erbij."),
           "krantenbezorger die een bijbaan zoekt", "onderwerp"),
         X(R(None, "Mevrouw (55)", "Philipsdorp", 150, -150, age=55, lang="tr ar", av="am", wants="Wil graag leren lezen in het Nederlands."),
           "wil zelf leren lezen", "richting")],
  need="lezen", avoid="gezelschap")

C("ouderen-10", cat=CAT, kind="rr", title="Huishouden lukt niet meer", tags="synoniem afstand",
  q=R(None, "Mevrouw (86)", "Nieuwe Erven", 50, 50, age=86, mob="rollator", av="am",
      wants="Kan haar huis niet meer schoonmaken, vooral de ramen en de keuken; de wijkverpleging doet alleen de zorg."),
  rel=[R(None, "Mevrouw (47)", "Nieuwe Erven", -200, 100, age=47, av="am",
         offers="Heeft tijd over en vindt poetsen ontspannend; wil een oudere buurvrouw helpen met het huishouden.")],
  traps=[X(R(None, "Mevrouw (60)", "Woensel-West", 0, 0, age=60, av="am", offers="Helpt graag met schoonmaken bij ouderen."),
           "woont in Woensel-West, ruim 4 km weg; blijft in de eigen wijk", "afstand"),
         X(R(None, "Meneer (35)", "Nieuwe Erven", 100, -200, age=35, av="am", offers="Glazenwasser met eigen bedrijf.", wants="Zoekt nieuwe klanten voor zijn bedrijf."),
           "zoekt betalende klanten", "onderwerp")],
  need="schoonmaken")

C("ouderen-11", cat=CAT, kind="rp", title="Koffieochtend in de seniorenflat, met rollator", tags="afstand toegang synoniem",
  q=R(None, "Mevrouw (78)", "Bergen", 0, 0, age=78, mob="rollator", av="am",
      wants="Woont sinds kort in een seniorenflat en kent nog niemand. Wil graag contact met haar buren."),
  rel=[O(None, "Koffieochtend", P(None, "Ontmoetingsruimte seniorenflat De Bergen", "Bergen", 80, 60, av="am"), cap=10, av="tue_am fri_am",
         offers="Twee keer per week koffie en een praatje in de gemeenschappelijke ruimte van de flat.", wants="Voor alle bewoners van de flat en de buurt.")],
  traps=[X("o04", "kaartmiddag op de eerste verdieping zonder lift; mevrouw loopt met rollator", "toegang"),
         X(O(None, "Seniorenmiddag", P(None, "Wijkcentrum Kronehoef", "Kronehoef", 0, 0, av="pm"), cap=20, av="thu_pm",
             offers="Ontmoeting voor senioren met koffie, spelletjes en een hapje.", wants="Iedereen van 60+."),
           "in Kronehoef, 2 km verderop; te ver met de rollator", "afstand")],
  need="gezelschap", dir="any", avoid="spelletjes samen-eten")

C("ouderen-12", cat=CAT, kind="rp", title="Weduwe die de deur niet meer uitkomt: wijkcentrum om de hoek (003)", tags="afstand synoniem",
  q=R(None, "Mevrouw (81)", "Oude Toren", 150, -50, age=81, mob="short", av="am",
      wants="Kwam nergens meer sinds het overlijden van haar man en voelt zich eenzaam. Heeft geen rijbewijs en durft niet meer te fietsen. Wil wel eens onder de mensen komen."),
  rel=[O(None, "Koffie-inloop", "p78", cap=15, av="tue_am thu_am",
         offers="Elke dinsdag- en donderdagochtend staat de koffie klaar; gewoon binnenlopen en een praatje maken.", wants="Voor iedereen uit de buurt.")],
  traps=[X(O(None, "Koffie-inloop", "p21", cap=15, av="wed_am",
             offers="Koffie-inloop op woensdagochtend in de buurtkamer.", wants="Iedereen welkom."),
           "in Hemelrijken, ruim 1 km; mevrouw loopt alleen korte stukjes", "afstand")],
  need="gezelschap", dir="any", avoid="rouw spelletjes samen-eten")

C("ouderen-13", cat=CAT, kind="rp", title="Leren werken met de tablet van haar kleinzoon", tags="buiten-taxonomie rol",
  q=R(None, "Mevrouw (76)", "Winkelcentrum", 100, 50, age=76, mob="short", av="am",
      wants="Heeft een iPad gekregen van haar kleinzoon maar weet niet hoe ze erop moet mailen en foto's bekijken. Wil het graag leren."),
  rel=["o33"],
  traps=[X("o34", "daar zoeken ze een vrijwilliger die anderen helpt; zij wil het zelf leren", "anders"),
         X("o44", "vacature voor een docent; zij wil les krijgen", "anders")],
  need="computer", dir="any", avoid="lesgeven")

C("ouderen-14", cat=CAT, kind="rr", title="Oud-buschauffeur wil ouderen rijden", tags="richting synoniem afstand",
  q=R(None, "Meneer (66)", "Woenselse Heide", 0, 0, age=66, av="am pm",
      offers="Net met pensioen, was 30 jaar buschauffeur. Wil iets voor ouderen doen, bijvoorbeeld ze ergens naartoe rijden."),
  rel=[R(None, "Meneer (81)", "Woenselse Heide", 200, -250, age=81, mob="rollator", av="am",
         wants="Kan sinds zijn heupoperatie niet meer fietsen; zoekt iemand die hem naar zijn vrouw in het verpleeghuis brengt.")],
  traps=[X(R(None, "Meneer (63)", "Woenselse Heide", -150, 100, age=63, av="am pm", offers="Zoekt vrijwilligerswerk als chauffeur, heeft een ruime auto."),
           "biedt zelf ook vervoer aan; zoekt het niet", "richting"),
         X(R(None, "Mevrouw (85)", "Bennekel-West", 0, 0, age=85, mob="homebound", av="am", wants="Wil graag af en toe naar haar dochter gebracht worden."),
           "woont in Gestel, ruim 7 km weg", "afstand")],
  need="vervoer", dir="want", avoid="boodschappen")

C("ouderen-15", cat=CAT, kind="rp", title="Bakt graag cake voor de buurt (003)", tags="woordvorm rol",
  q=R(None, "Mevrouw (60)", "Irisbuurt", 0, 0, age=60, av="tue wed",
      offers="Haar interesse is bakken; cake, appeltaart, koekjes.", wants="Zou graag elke week iets doen waarmee ze anderen blij maakt."),
  rel=[O(None, "Taart voor de koffie-inloop", "p06", cap=1, av="tue_am tue_pm",
         offers="Iemand die voor de dinsdagse koffie-inloop iets lekkers bakt.", wants="Onze bezoekers genieten van iets zelfgebakkens bij de koffie.")],
  traps=[X("o74", "leerwerkplek voor wie het bakkersvak wil leren; zij zoekt vrijwilligerswerk", "anders"),
         X(O(None, "Bakworkshop kinderen", "p33", cap=6, av="wed_pm",
             offers="Kinderen leren koekjes bakken.", wants="Een vrijwilliger met een pedagogische achtergrond en een VOG."),
           "woensdagmiddag in Prinsejagt, ruim 5 km; en vraagt pedagogische ervaring", "afstand")],
  need="bakken", dir="any", avoid="koken samen-eten")

C("ouderen-16", cat=CAT, kind="rr", title="Mist het zingen, komt het huis niet uit", tags="synoniem richting afstand",
  q=R(None, "Mevrouw (88)", "Eckartdal", 0, 0, age=88, mob="homebound", av="pm",
      wants="Heel slecht ter been. Mist het koor van de kerk; zou zo graag de oude liedjes weer zingen."),
  rel=[R(None, "Meneer (58)", "Eckartdal", 300, -200, age=58, av="pm we",
         offers="Speelt gitaar en gaat met zijn instrument bij ouderen langs om samen oude Nederlandse nummers te zingen.")],
  traps=[X(R(None, "Mevrouw (70)", "Eckartdal", -100, 150, age=70, av="pm", wants="Zoekt een koor om bij te zingen."),
           "zoekt zelf een koor", "richting"),
         X(R(None, "Meneer (48)", "Genderdal", 0, 0, age=48, mob="neighbourhood", av="pm", offers="Speelt keyboard en zingt graag met ouderen."),
           "woont in Gestel, 6 km verderop", "afstand")],
  need="muziek", avoid="gezelschap")

C("ouderen-17", cat=CAT, kind="rp", title="Verteller van vroeger", tags="buiten-taxonomie",
  q=R(None, "Meneer (82)", "Schrijversbuurt", -150, 50, age=82, mob="short", av="am pm",
      offers="Weet alles over hoe Gestel er vroeger uitzag; vertelt graag over de oorlog en de Philipsfabrieken.", wants="Zou het fijn vinden als die herinneringen bewaard blijven."),
  rel=["p60"],
  traps=[X("o71", "galerie zoekt suppoosten voor het weekend; niets met verhalen", "onderwerp")],
  need="schrijven", dir="any", avoid="lezen")

C("ouderen-18", cat=CAT, kind="rr", title="Brieven van de belastingdienst", tags="synoniem taxonomie samenstelling woord-valkuil richting",
  q=R(None, "Mevrouw (77)", "Generalenbuurt", 0, 100, age=77, mob="short", av="am",
      wants="Krijgt post van de belastingdienst en de zorgverzekeraar waar ze niets van snapt; moet ook de huurtoeslag aanvragen."),
  rel=[R(None, "Mevrouw (63)", "Generalenbuurt", 250, 50, age=63, av="am pm",
         offers="Was jaren secretaresse bij een advocatenkantoor; helpt graag met formulieren invullen en het ordenen van de administratie.")],
  traps=[X(R(None, "Meneer (45)", "Generalenbuurt", -150, -100, age=45, av="am", offers="Postbode, loopt elke ochtend door de wijk en kent iedereen."),
           "bezorgt post, helpt niet met brieven", "onderwerp"),
         X(R(None, "Meneer (80)", "Generalenbuurt", 100, 250, age=80, mob="short", av="am", wants="Heeft hulp nodig met formulieren en brieven."),
           "heeft zelf hulp nodig met papieren", "richting")],
  need="administratie", avoid="geldzaken")

C("ouderen-19", cat=CAT, kind="rr", title="Wil weer eens naar buiten in de rolstoel", tags="synoniem afstand",
  q=R(None, "Meneer (83)", "Luytelaer", 0, 0, age=83, mob="wheelchair", av="pm",
      wants="Zit na een beroerte in een rolstoel en is al maanden niet buiten geweest. Zou graag eens een wandelingetje door het park maken."),
  rel=[R(None, "Meneer (60)", "Luytelaer", 200, 150, age=60, av="pm",
         offers="Heeft jaren de rolstoel van zijn vader geduwd; maakt graag een ommetje met iemand die niet zelf kan lopen.")],
  traps=[X(R(None, "Mevrouw (72)", "Luytelaer", -200, 50, age=72, mob="rollator", av="pm", wants="Wil graag samen met iemand een ommetje maken."),
           "loopt zelf met rollator en zoekt begeleiding; kan geen rolstoel duwen", "richting"),
         X(R(None, "Meneer (28)", "Bosrijk", 0, 0, age=28, av="pm", offers="Wandelt graag met ouderen."),
           "woont in Meerhoven, 7 km weg", "afstand")],
  need="wandelen", dir="any", avoid="gezelschap sport")

C("ouderen-20", cat=CAT, kind="rp", title="Breien met anderen, maar geen trappen", tags="toegang afstand",
  q=R(None, "Mevrouw (80)", "Philipsdorp", 100, 100, age=80, mob="rollator", av="pm",
      offers="Breit al 70 jaar.", wants="Zou graag met andere vrouwen samen breien en haken."),
  rel=[O(None, "Breicafé", P(None, "Buurtkamer Philipsdorp (begane grond)", "Philipsdorp", 200, -50), cap=6, av="mon_pm thu_pm",
         offers="Elke maandag- en donderdagmiddag samen handwerken met koffie; de buurtkamer is gelijkvloers.", wants="Iedereen die graag met wol bezig is.")],
  traps=[X("o49", "handwerkclub in een monument met trappen bij de ingang; mevrouw loopt met rollator", "toegang")],
  need="handwerken", dir="any", avoid="naaien gezelschap")

C("ouderen-21", cat=CAT, kind="rr", title="Biljartmaatje gezocht", tags="buiten-taxonomie afstand",
  q=R(None, "Meneer (81)", "Eikenburg", 0, 0, age=81, mob="short", av="pm",
      wants="Zijn biljartclub is opgeheven. Zoekt iemand om mee te biljarten in het café om de hoek."),
  rel=[R(None, "Meneer (74)", "Eikenburg", 200, 200, age=74, av="pm",
         offers="Speelt al veertig jaar carambole.", wants="Zoekt een tegenstander voor een partijtje op de middag.")],
  traps=[X(R(None, "Meneer (70)", "Vlokhoven", 0, 0, age=70, mob="short", av="pm", offers="Biljart graag, libre en driebanden."),
           "woont in Woensel-Noord, 7 km; loopt alleen korte stukjes", "afstand")],
  need="spelletjes", dir="any", avoid="gezelschap")

C("ouderen-22", cat=CAT, kind="rr", title="Concert, maar niet alleen", tags="synoniem tijd",
  q=R(None, "Mevrouw (84)", "Bloemenplein", 0, 0, age=84, mob="short", av="pm ev",
      wants="Zou graag nog eens naar een klassiek concert in het Muziekgebouw gaan, maar durft niet alleen."),
  rel=[R(None, "Meneer (67)", "Bloemenplein", -150, 200, age=67, av="ev we",
         offers="Heeft een abonnement op het Muziekgebouw en neemt graag iemand mee die niet alleen wil gaan.")],
  traps=[X(R(None, "Mevrouw (30)", "Bloemenplein", 200, 0, age=30, av="am", offers="Geeft muziekles aan kinderen."),
           "muziekles voor kinderen, alleen 's ochtends", "tijd")],
  need="muziek", dir="any", avoid="gezelschap")

C("ouderen-23", cat=CAT, kind="rp", title="Bewegen als je niet lang kunt staan", tags="synoniem afstand",
  q=R(None, "Mevrouw (74)", "Tivoli", 0, 0, age=74, mob="short", av="am",
      wants="Wil na een knieoperatie meer bewegen voor haar conditie, maar kan niet lang staan."),
  rel=["p71"],
  traps=[X("o28", "bokstraining voor jongeren van 14-23", "onderwerp"),
         X(O(None, "Stoelgym", P(None, "Buurthuis Vaartbroek", "Vaartbroek"), cap=10, av="wed_am",
             offers="Gymnastiek op de stoel voor ouderen.", wants="55-plussers."),
           "in Vaartbroek, 6 km; ze loopt alleen korte stukjes", "afstand")],
  need="sport", dir="any", avoid="dansen wandelen")

C("ouderen-24", cat=CAT, kind="rr", title="Iemand die af en toe even langsgaat bij een blinde buurman", tags="buiten-taxonomie",
  q=R(None, "Meneer (88)", "Mensfort", 0, 0, age=88, mob="homebound", av="pm",
      wants="Is blind geworden. Luistert de hele dag radio, maar mist iemand die eens komt vertellen wat er in de buurt gebeurt."),
  rel=[R(None, "Mevrouw (69)", "Mensfort", 200, 100, age=69, av="pm",
         offers="Kletst graag; wil wekelijks bij een alleenstaande buur op visite voor een kop koffie.")],
  traps=[X(R(None, "Meneer (40)", "Mensfort", -100, 100, age=40, av="pm", offers="Repareert radio's en versterkers."),
           "repareert apparaten; geen bezoek", "onderwerp")],
  need="gezelschap", dir="any", avoid="lezen luisteren spelletjes muziek")
