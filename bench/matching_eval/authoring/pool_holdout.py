# ruff: noqa: E501
# fmt: off
"""Extra pool profiles for the holdout split only (written after the engine; see ../README.md, "Holdout").
build.py uses them for holdout candidate lists and never for evaluation or tuning. Names are made up."""

from dsl import O, P, R

PLACES = [
    P("hp01", "Speel-o-theek De Knikker", "Vredeoord", 80, -40, pk="foundation", av="wed_pm sat_am",
      offers="Uitleen van speelgoed en gezelschapsspellen voor gezinnen met een kleine beurs.",
      wants="Mensen die kapot speelgoed kunnen lijmen en die de uitleenbalie willen draaien.",
      to="materiaal ouders", tw="klussen"),
    P("hp02", "Buurtomroep Strijp", "Schoot", -60, 90, pk="foundation", lang="nl en", av="ev we",
      offers="Lokale webtelevisie over wat er in de wijken gebeurt; eigen montagestudio.",
      wants="Jonge makers die willen filmen, monteren of interviews afnemen.",
      to="promotie", tw="promotie fotografie jongeren"),
    P("hp03", "Harmonie Sint-Cecilia Tongelre", "Tongelresche Akkers", 50, 40, pk="association", av="thu_ev",
      offers="Harmonieorkest met een opleidingsorkest; repetitie op donderdagavond.",
      wants="Blazers en slagwerkers van elk niveau.",
      to="muziek", tw="muziek"),
    P("hp04", "Knotploeg Gijzenrooi", "Gijzenrooi", 120, 60, step=False, pk="resident_initiative", av="sat_am",
      offers="In de wintermaanden knotten we wilgen en onderhouden we houtwallen langs de beek.",
      wants="Mensen die van buitenwerk houden; zaag en handschoenen krijg je van ons.",
      to="natuur", tw="natuur"),
    P("hp05", "Inloophuis Na het Afscheid", "Schrijversbuurt", 140, 30, pk="care", av="tue_pm thu_pm",
      offers="Inloop en gespreksgroepen voor mensen die iemand verloren hebben; een kop thee en een luisterend oor.",
      wants="Gastvrouwen en gastheren met levenservaring.",
      to="rouw luisteren", tw="luisteren"),
    P("hp06", "Klussenwerkplaats Lievendaal", "Lievendaal", -150, 120, pk="foundation", av="mon tue wed thu fri",
      offers="Werkplaats met gereedschap; vrijwilligers maken kleine klussen voor mensen met een smalle beurs.",
      wants="Handige mensen met tijd overdag.",
      to="klussen", tw="klussen"),
    P("hp07", "Buurtbus Gestel", "Genderdal", 60, -80, pk="foundation", av="am pm",
      offers="Elektrisch busje dat ouderen naar de markt, de huisarts en de kapper brengt.",
      wants="Vrijwillige chauffeurs en begeleiders.",
      to="vervoer", tw="vervoer"),
    P("hp08", "Kookstudio Het Fornuis", "Joriskwartier", 30, 30, pk="business", lang="nl en",
      offers="Kookstudio die 's avonds workshops geeft; overdag staat de keuken leeg.",
      wants="Maatschappelijke partners die de keuken overdag willen gebruiken.",
      to="koken ruimte", tw="publiek"),
]

OPENINGS = [
    O("ho01", "Gastvrouw inloophuis", "hp05", cap=2, av="tue_pm thu_pm",
      offers="Thee schenken, mensen welkom heten en een luisterend oor bieden.", wants="Voor mensen die zelf ook een verlies hebben meegemaakt en dat een plek hebben gegeven.",
      o="luisteren", to="luisteren rouw"),
    O("ho02", "Chauffeur buurtbus", "hp07", cap=3, av="am",
      offers="Rijbewijs B en een rustig karakter; één ochtend per week.", wants="Voor ouderen die niet meer zelf kunnen rijden.",
      o="vervoer", to="vervoer"),
    O("ho03", "Balie speel-o-theek", "hp01", cap=2, av="wed_pm",
      offers="Speelgoed uitlenen en terugnemen, spellen controleren op complete stukjes.", wants="Gezinnen uit de wijk.",
      to="materiaal"),
    O("ho04", "Camera en montage", "hp02", cap=4, av="ev we",
      offers="Je leert filmen en monteren en maakt zelf reportages over de buurt.", wants="Jongeren van 15 tot 25.",
      o="promotie fotografie", to="promotie fotografie"),
]

RESIDENTS = [
    R("hr01", "Gijs (58)", "Vredeoord", 200, -150, offers="Heeft een eigen zaagtafel en bouwt vogelhuisjes en kasten op maat.", age=58, av="am pm we", to="klussen", tw=""),
    R("hr02", "Noor (33)", "Schoot", 150, 200, offers="Werkt in de thuiszorg, wil graag iets met ouderen in haar vrije uren.", age=33, av="we", to="zorg gezelschap", tw=""),
    R("hr03", "Thijs (24)", "Tongelresche Akkers", -120, 80, offers="Speelt basgitaar en drums.", wants="Zoekt een band.", age=24, av="ev", to="muziek", tw="muziek"),
    R("hr04", "Hanneke (69)", "Gijzenrooi", 100, -200, wants="Zou graag een vaste wandelgroep vinden.", age=69, av="am", to="", tw="wandelen gezelschap"),
    R("hr05", "Bart (47)", "Schrijversbuurt", -180, 120, offers="Boekhouder; helpt vrienden met hun belastingaangifte.", age=47, av="ev", to="administratie geldzaken", tw=""),
    R("hr06", "Latifa (39)", "Lievendaal", 100, 100, offers="Naait gordijnen en kussens op bestelling.", wants="Meer klanten in de buurt.", age=39, lang="nl ar", av="am pm", to="naaien", tw="ondernemen"),
    R("hr07", "Jos (75)", "Genderdal", -200, -100, wants="Kaart graag, zoekt een vaste kaartavond.", age=75, mob="short", av="ev", to="", tw="spelletjes"),
    R("hr08", "Evi (28)", "Joriskwartier", -100, 150, offers="Yogadocent, geeft graag een gratis les in het park.", age=28, lang="nl en", av="we", to="sport", tw=""),
    R("hr09", "Wouter (52)", "Elzent-Noord", 80, -120, offers="Imker met twintig volken; vertelt graag over bijen.", age=52, av="we", to="natuur dieren", tw=""),
    R("hr10", "Sevda (44)", "Blaarthem", 150, 50, wants="Wil graag leren fietsen.", age=44, lang="tr nl", av="am", to="", tw="sport"),
    R("hr11", "Karin (61)", "Bloemenplein", -120, -80, offers="Zingt in een popkoor en speelt ukelele.", age=61, av="pm ev", to="muziek", tw=""),
    R("hr12", "Daan (35)", "Looiakkers", 150, -60, offers="Schrijft recensies voor een muziekblog.", wants="Zoekt mensen om mee naar concerten te gaan.", age=35, lang="nl en", av="ev we", to="schrijven", tw="gezelschap muziek"),
]

PROFILES = PLACES + OPENINGS + RESIDENTS
