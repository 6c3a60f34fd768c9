"""Dutch text fragments for talent scans, sign-ups, places, openings, networks and activities.

The demo shows what a Dutch team would type, so these fragments are Dutch data, not UI strings.
"""

# Word lists stay compact.
# fmt: off

# Per talent slug: (what someone is good at, a request for help, an offer of help, something to learn).
TALENT_PHRASES = {
    "tuinieren": (
        "tuinieren, snoeien en de moestuin", "Hulp bij het bijhouden van de tuin",
        "Wil graag helpen in andermans tuin", "meer weten over groente kweken",
    ),
    "klussen": (
        "klussen in huis, een lampje ophangen of een kastje in elkaar zetten", "Hulp bij kleine klusjes in huis",
        "Doet graag kleine klusjes voor buren", "leren behangen en schilderen",
    ),
    "fietsen-repareren": (
        "fietsen repareren", "Fiets laten maken", "Repareert fietsen voor buurtgenoten",
        "leren hoe je een fiets onderhoudt",
    ),
    "techniek": (
        "apparaten repareren en solderen", "Hulp met een kapot apparaat", "Repareert apparaten",
        "meer leren over elektronica",
    ),
    "computer": (
        "de computer en de smartphone", "Hulp met de telefoon en DigiD", "Helpt mensen met computer en telefoon",
        "beter overweg kunnen met de computer",
    ),
    "naaien": (
        "naaien en kleding verstellen", "Kleding laten verstellen", "Verstelt kleding voor anderen",
        "zelf kleding leren maken",
    ),
    "handwerken": (
        "breien en haken", "Zoekt iemand om samen mee te breien", "Leert anderen breien en haken", "leren haken",
    ),
    "schilderen": (
        "schilderen en tekenen", "Zoekt iemand om samen mee te schilderen", "Schildert graag samen met anderen",
        "beter leren schilderen",
    ),
    "fotografie": (
        "fotograferen", "Foto's voor de buurtkrant", "Maakt foto's bij buurtactiviteiten",
        "leren fotograferen met de telefoon",
    ),
    "muziek": (
        "zingen en gitaar spelen", "Zoekt iemand om samen muziek mee te maken", "Speelt muziek voor ouderen",
        "piano leren spelen",
    ),
    "dansen": ("dansen", "Zoekt een dansmaatje", "Geeft danslessen in de buurt", "leren salsadansen"),
    "schrijven": (
        "schrijven en verhalen vertellen", "Hulp bij het opschrijven van levensverhalen",
        "Schrijft stukjes voor de buurtkrant", "leren schrijven voor een krant",
    ),
    "koken": (
        "koken, vooral gerechten uit mijn eigen land", "Af en toe een warme maaltijd",
        "Kookt graag voor buurtgenoten", "gezonder leren koken",
    ),
    "bakken": (
        "bakken van taart en brood", "Zoekt iemand om samen mee te bakken", "Bakt graag voor de koffie-inloop",
        "leren brood bakken",
    ),
    "samen-eten": (
        "gastvrij zijn en mensen aan tafel krijgen", "Zoekt gezelschap om samen te eten",
        "Wil graag samen eten met buurtgenoten", "een buurtmaaltijd leren organiseren",
    ),
    "gezelschap": (
        "een luisterend oor bieden en gezellig kletsen", "Zoekt iemand voor een praatje en een kop koffie",
        "Komt graag op bezoek voor een praatje", "nieuwe mensen leren kennen",
    ),
    "wandelen": (
        "wandelen in de natuur", "Zoekt een wandelmaatje", "Wandelt graag samen met iemand",
        "wandelroutes in de buurt ontdekken",
    ),
    "sport": ("sporten en bewegen", "Zoekt een sportmaatje", "Begeleidt graag een beweeggroep", "meer bewegen"),
    "boodschappen": (
        "boodschappen doen en regelen", "Hulp bij de boodschappen", "Doet boodschappen voor buren",
        "zelfstandig boodschappen leren doen met de rollator",
    ),
    "vervoer": (
        "autorijden en mensen wegbrengen", "Vervoer naar het ziekenhuis of de huisarts",
        "Rijdt mensen naar afspraken", "de weg leren vinden met de bus",
    ),
    "oppassen": (
        "omgaan met kinderen", "Iemand die af en toe op de kinderen past", "Past graag op kinderen van buren",
        "meer weten over opvoeden",
    ),
    "huiswerkbegeleiding": (
        "uitleggen van rekenen en taal", "Huiswerkhulp voor mijn kinderen", "Helpt kinderen met huiswerk",
        "anderen leren helpen met huiswerk",
    ),
    "taal-nederlands": (
        "Nederlands praten en uitleggen", "Oefenen met Nederlands praten", "Wil taalmaatje zijn",
        "beter Nederlands spreken",
    ),
    "taal-engels": ("Engels", "Hulp bij Engels", "Oefent Engels met anderen", "Engels leren"),
    "vertalen": (
        "vertalen en tolken", "Iemand die kan tolken bij een gesprek", "Tolkt voor nieuwkomers",
        "officieel tolk worden",
    ),
    "administratie": (
        "brieven en formulieren invullen", "Hulp bij formulieren en post", "Helpt buren met brieven en formulieren",
        "de eigen administratie op orde krijgen",
    ),
    "geldzaken": (
        "budgetteren en geldzaken", "Hulp bij het bijhouden van geldzaken", "Helpt mensen met budgetteren",
        "beter leren budgetteren",
    ),
    "lesgeven": (
        "lesgeven en uitleggen", "Zoekt iemand die iets wil uitleggen", "Geeft graag een workshop",
        "een workshop leren geven",
    ),
    "organiseren": (
        "dingen organiseren", "Hulp bij het organiseren van een buurtfeest",
        "Organiseert graag activiteiten in de buurt", "een activiteit opzetten",
    ),
    "vergaderen": (
        "vergaderingen leiden", "Zoekt een voorzitter voor de bewonerscommissie", "Wil meedenken in een bestuur",
        "leren voorzitten",
    ),
    "promotie": (
        "flyers maken en social media", "Hulp met de flyer voor een activiteit", "Maakt flyers en posters",
        "leren werken met social media",
    ),
    "zorg": (
        "zorgen voor anderen", "Iemand die af en toe een oogje in het zeil houdt",
        "Helpt graag mensen die zorg nodig hebben", "meer weten over mantelzorg",
    ),
    "luisteren": (
        "luisteren en er zijn voor een ander", "Iemand om mee te praten na het verlies van mijn partner",
        "Wil er zijn voor mensen die alleen zijn", "leren omgaan met rouw",
    ),
    "dieren": ("dieren verzorgen", "Iemand die de hond uitlaat", "Laat graag honden uit", "meer weten over dieren"),
    "schoonmaken": (
        "schoonmaken en opruimen", "Hulp bij het opruimen van het huis", "Helpt graag met opruimen",
        "structuur aanbrengen in huis",
    ),
    "verhuizen": (
        "sjouwen en verhuizen", "Hulp bij de verhuizing", "Helpt met sjouwen bij een verhuizing",
        "een busje leren rijden",
    ),
    "spelletjes": (
        "sjoelen, kaarten en spelletjes", "Zoekt mensen om mee te sjoelen of te kaarten",
        "Organiseert spelletjesmiddagen", "leren schaken",
    ),
    "lezen": (
        "lezen en voorlezen", "Iemand die voorleest", "Leest voor aan kinderen of ouderen",
        "meer leren lezen in het Nederlands",
    ),
    "natuur": (
        "natuur en een schone buurt", "Samen de buurt schoonhouden", "Raapt zwerfafval in de buurt",
        "meer weten over duurzaam leven",
    ),
    "ondernemen": (
        "ondernemen en verkopen", "Advies bij het starten van een eigen bedrijfje",
        "Denkt mee met startende ondernemers", "een eigen bedrijfje beginnen",
    ),
    "werk-zoeken": (
        "solliciteren en een cv maken", "Hulp bij het zoeken naar werk", "Helpt mensen met hun cv",
        "weer aan het werk gaan",
    ),
    "kapper": (
        "haren knippen", "Iemand die thuis de haren knipt", "Knipt haren bij ouderen thuis", "het kappersvak leren",
    ),
    "verkeer": (
        "opletten in de buurt", "Zorgen over de veiligheid in de straat", "Doet mee met buurtpreventie",
        "meer weten over veiligheid in de buurt",
    ),
}

HAPPY_WITH = (
    "Mijn kleinkinderen die op zondag langskomen.", "Samen koffie drinken met de buren.",
    "Buiten zijn, in het park of in de tuin.", "Iets betekenen voor een ander.",
    "Mijn geloof en de mensen van de moskee.", "Mijn geloof en de mensen van de kerk.",
    "Muziek luisteren en zingen.", "Koken voor familie en vrienden.", "Mensen helpen die het moeilijk hebben.",
    "Als ik iets nieuws heb geleerd.", "De markt op zaterdag.", "Mijn hond en de wandelingen met hem.",
    "Als het huis opgeruimd is en de zon schijnt.", "Contact met mensen uit mijn eigen land.",
    "Handwerken bij de koffie-inloop.", "Sporten, dan voel ik me goed.", "Mijn kinderen zien opgroeien.",
    "Als ik gewaardeerd word voor wat ik doe.", "Fietsen door de buurt.", "Lezen en puzzelen.",
)
WANTS_TO_DO_FOR = (
    "ouderen in de buurt", "kinderen in de buurt", "nieuwkomers", "mensen die alleen zijn", "de buurt",
    "jonge moeders", "mensen met weinig geld", "mijn flat", "mensen die de taal nog leren",
)
NEEDS = (
    "Hulp bij formulieren en post.", "Meer contact met mensen, ik ben veel alleen.",
    "Iemand die meegaat de eerste keer.", "Vervoer naar activiteiten.", "Hulp in de tuin, ik kan niet meer bukken.",
    "Oefenen met Nederlands.", "Werk vinden dat bij me past.", "Iemand om mee te wandelen.", "", "", "",
)
SIGNUP_NOTES = (
    "Liefst doordeweeks overdag.", "Het liefst iemand uit de buurt.", "Eenmalig.", "Graag elke week een uurtje.",
    "Kan alleen in de ochtend.", "Via de koffie-inloop aangemeld.", "", "", "",
)
PRACTICAL_LIMITS = {
    "far": ("Werkt drie dagen per week.", "Alleen in de avond of het weekend.", ""),
    "neighbourhood": ("Liefst in de eigen wijk.", "Heeft geen auto.", ""),
    "short": ("Kan niet ver lopen.", "Liefst dichtbij huis, fietst niet meer.", "Snel moe."),
    "rollator": ("Loopt met een rollator, niet verder dan een paar straten.", "Heeft hulp nodig bij de drempel."),
    "wheelchair": ("Rolstoelgebruiker; de plek moet toegankelijk zijn.", "Heeft aangepast vervoer nodig."),
    "homebound": ("Komt nauwelijks de deur uit.", "Liefst bezoek aan huis."),
}
SCAN_NOTES = (
    "Gesprek aan de keukentafel.", "Afgenomen tijdens de koffie-inloop.", "Doorverwezen door de generalist.",
    "Na de Kom tot Bloei-training.", "Via de bakfiets in contact gekomen.",
    "Tweede gesprek, wensen zijn veranderd.", "", "",
)
CONTACT_NOTES = (
    "Kennismaking aan de deur.", "Praatje bij de koffie-inloop.", "Gebeld om te horen hoe het gaat.",
    "Samen naar het buurthuis gelopen.", "Talentenscan ingepland.", "Appje over de activiteit van volgende week.",
    "Huisbezoek, het gaat wat beter.", "Langs geweest met de bakfiets.",
    "Doorverwijzing naar de generalist besproken.", "Samen gekeken naar vrijwilligerswerk.",
    "Gesproken over de match.", "Inloopspreekuur: vraag over formulieren.",
    "Bedankt voor de hulp bij het buurtfeest.", "Geen gehoor, volgende week opnieuw.",
    "Uitnodiging voor de training gegeven.",
)
END_NOTES = {
    "no_click": ("Het klikte niet tussen de twee.", "Geen klik, de verbinder zoekt verder.", ""),
    "did_not_return": ("Is na de eerste keer niet meer gegaan.", "Durfde niet terug te gaan.", ""),
    "goal_reached": ("Klus geklaard.", "Ze redden het nu samen zonder ons.", "Doel bereikt, iedereen tevreden.", ""),
    "moved": ("Verhuisd naar een andere stad.", "Verhuisd naar een verzorgingshuis.", ""),
    "health": ("Gezondheid liet het niet meer toe.", "Opgenomen in het ziekenhuis.", ""),
    "no_capacity": ("Geen plek meer bij de organisatie.", "Geen tijd meer door nieuw werk.", ""),
    "declined": ("Zag er toch tegenop.", "Toch geen interesse.", ""),
    "other": ("", "Andere omstandigheden."),
}
PLACE_PLACE_DESCRIPTIONS = (
    "Samen een buurtmaaltijd organiseren.", "Ruimte delen voor de koffie-inloop.",
    "Vrijwilligers uitwisselen voor Burendag.", "Deelnemers van de taalles doorverwijzen naar het taalcafé.",
    "Samen een zomeractiviteit voor kinderen.", "Gezamenlijke flyer voor de sociale kaart van de wijk.",
    "Het buurthuis leent materiaal aan het Repair Café.", "Samen een kerstdiner voor alleenstaanden.",
    "Stageplekken voor leerlingen bij de organisatie.", "Gezamenlijke inloop voor mantelzorgers.",
)

# Development places: name templates per place kind. {x} = a fancy name, {wijk}/{buurt} = area names,
# {last} = a surname, {saint} = a saint.
FANCY = (
    "De Klimop", "Het Anker", "De Zonnebloem", "Het Trefpunt", "De Boomgaard", "De Ontmoeting", "De Lindehof",
    "De Kroon", "Het Zonnehuis", "De Regenboog", "De Brug", "Het Kruispunt", "De Vonk", "De Wieken", "De Fakkel",
    "De Horizon", "De Schakel", "De Bron", "Het Hart", "De Eik", "Samen Sterk", "De Knotwilg", "De Wilg",
    "Het Baken", "De Parel", "De Toekomst", "De Molen", "Het Kompas",
)
SAINTS = ("Sint Joris", "Sint Antonius", "Sint Gerardus", "Sint Trudo", "Sint Catharina", "Sint Petrus", "Sint Anna")
PLACE_NAMES = {
    "association": (
        "Sjoelclub {x}", "Voetbalvereniging {x}", "Buurtvereniging {buurt}", "Biljartclub {x}",
        "Volkstuinvereniging {buurt}", "Wijkraad {wijk}", "Zangkoor {x}", "Carnavalsvereniging {x}",
        "Gymnastiekvereniging {x}", "Jeu de boulesclub {buurt}", "Fotoclub {wijk}", "Schaakclub {x}",
        "Toneelvereniging {x}", "Harmonie {x}", "Bewonersvereniging {buurt}", "Seniorenvereniging {wijk}",
    ),
    "foundation": (
        "Stichting {x}", "Voedselbank – uitgiftepunt {wijk}", "Vluchtelingensteunpunt {wijk}",
        "Recovery College {wijk}", "Stichting Thuis in {wijk}", "Repair Café {wijk}", "Kledingbank {wijk}",
        "Speeltuinstichting {buurt}", "Stichting Maatjes {wijk}", "Schuldhulpmaatjes {wijk}",
    ),
    "business": (
        "Bakkerij {last}", "Fietsenmaker {last}", "Kapsalon {x}", "Supermarkt {buurt}", "Kringloopwinkel {x}",
        "Koffiebar {x}", "Drukkerij {last}", "Restaurant {x}", "Bloemenwinkel {last}", "Garage {last}",
        "Timmerbedrijf {last}",
    ),
    "school": (
        "Basisschool {x}", "Basisschool {saint}", "MBO-college – locatie {wijk}", "Kinderopvang {x}",
        "Brede school {buurt}", "Volwassenenonderwijs {wijk}",
    ),
    "resident_initiative": (
        "Moestuin {buurt}", "Buurtkamer {buurt}", "Wijkgroen {buurt}", "Buurtbieb {buurt}", "Kookgroep {buurt}",
        "Buurtpreventie {buurt}", "Ruilkast {buurt}", "Zwerfafvalteam {buurt}", "Buurtkrant {wijk}",
        "Buurtmoestuin {x}", "Pluktuin {buurt}",
    ),
    "library": ("Bibliotheek – vestiging {wijk}", "Taalcafé {wijk}", "Taalhuis {wijk}", "Digicafé {wijk}"),
    "community_centre": ("Buurthuis {x}", "Wijkcentrum {wijk}", "Ontmoetingscentrum {x}", "Buurtcentrum {buurt}"),
    "care": (
        "Woonzorgcentrum {x}", "Dagbesteding {x}", "Zorgboerderij {x}", "Thuiszorgteam {wijk}", "Hospice {x}",
        "Herstelcentrum {wijk}", "Mantelzorgpunt {wijk}", "Inloophuis {x}",
    ),
    "faith": (
        "Protestantse gemeente {wijk}", "Parochie {saint}", "Moskee {x}", "Turkse moskee {wijk}",
        "Evangeliegemeente {x}", "Eritrees-orthodoxe gemeenschap {wijk}",
    ),
    "other": ("Kinderboerderij {x}", "Zwembad {x}", "Sporthal {buurt}", "Jongerencentrum {x}", "Skatepark {buurt}"),
}
PLACE_KIND_WEIGHTS = {
    "association": 22,
    "foundation": 17,
    "business": 10,
    "school": 6,
    "resident_initiative": 11,
    "library": 5,
    "community_centre": 8,
    "care": 10,
    "faith": 6,
    "other": 5,
}
PLACE_DESCRIPTIONS = {
    "association": "Vereniging met leden uit de wijk; nieuwe leden en vrijwilligers zijn welkom.",
    "foundation": "Stichting die zich inzet voor mensen in de wijk.",
    "business": "Ondernemer uit de buurt die graag iets teruggeeft aan de wijk.",
    "school": "School die samenwerkt met de buurt.",
    "resident_initiative": "Initiatief van bewoners, door en voor de buurt.",
    "library": "Plek om te lezen, te leren en de taal te oefenen.",
    "community_centre": "Ontmoetingsplek in de wijk met activiteiten voor iedereen.",
    "care": "Zorg- en welzijnsorganisatie met ruimte voor vrijwilligers.",
    "faith": "Geloofsgemeenschap met een open deur voor de buurt.",
    "other": "Plek in de wijk waar mensen elkaar ontmoeten.",
}
OPENING_HOURS = (
    "Ma t/m vr 9.00–17.00", "Di en do 13.30–16.30", "Vrijdagochtend 9.30–11.30", "Elke woensdagmiddag",
    "Za 10.00–14.00", "Ma, wo en vr 10.00–12.00", "Op afspraak", "Dagelijks 8.00–18.00", "Do-avond 19.00–21.30",
)
ACCESSIBILITY_NOTES = (
    "Ingang aan de achterkant, met hellingbaan.", "Lift aanwezig.", "Drempel bij de voordeur.",
    "Parkeerplaats voor de deur.", "",
)

# Openings: (kind, title, talent slugs, place kinds where it fits; empty = everywhere).
OPENINGS = (
    (
        "volunteer", "Gastvrouw of gastheer bij de koffie-inloop",
        ("gezelschap", "koken"),
        ("community_centre", "care", "faith", "library"),
    ),
    ("volunteer", "Taalmaatje", ("taal-nederlands", "gezelschap"), ("library", "foundation", "community_centre")),
    ("volunteer", "Tuinvrijwilliger", ("tuinieren", "natuur"), ("resident_initiative", "care", "school", "other")),
    ("volunteer", "Hulp in de keuken", ("koken", "samen-eten"), ("community_centre", "care", "faith", "foundation")),
    ("volunteer", "Chauffeur buurtbus", ("vervoer",), ("foundation", "care", "community_centre")),
    (
        "volunteer", "Begeleider spelletjesmiddag",
        ("spelletjes", "gezelschap"),
        ("community_centre", "care", "association"),
    ),
    ("volunteer", "Klusser", ("klussen",), ("community_centre", "foundation", "association", "school")),
    ("volunteer", "Fietsenmaker bij het Repair Café", ("fietsen-repareren", "techniek"), ("foundation", "business")),
    ("volunteer", "Maatje voor een oudere", ("gezelschap", "luisteren", "wandelen"), ("care", "foundation")),
    ("volunteer", "Voorlezer", ("lezen",), ("library", "school")),
    ("volunteer", "Huiswerkbegeleider", ("huiswerkbegeleiding", "lesgeven"), ("school", "library", "foundation")),
    ("volunteer", "Bestuurslid", ("vergaderen", "organiseren"), ("association", "foundation", "resident_initiative")),
    ("volunteer", "Vrijwilliger communicatie", ("promotie", "fotografie", "schrijven"), ()),
    ("volunteer", "Helpende hand bij activiteiten", ("organiseren",), ()),
    ("volunteer", "Trainer jeugd", ("sport", "lesgeven"), ("association", "other")),
    ("volunteer", "Vrijwilliger uitgifte", ("boodschappen", "gezelschap"), ("foundation", "faith")),
    ("volunteer", "Kledingsorteerder", ("naaien", "schoonmaken"), ("foundation", "business")),
    (
        "volunteer", "Hulp bij formulieren",
        ("administratie", "geldzaken"),
        ("foundation", "library", "community_centre"),
    ),
    ("volunteer", "Dierenverzorger", ("dieren",), ("other", "care")),
    ("volunteer", "Tolk voor nieuwkomers", ("vertalen",), ("foundation", "library", "faith")),
    ("course", "Computercursus voor beginners", ("computer",), ("library", "community_centre", "school")),
    ("course", "Taalles Nederlands", ("taal-nederlands",), ("library", "school", "foundation", "faith")),
    ("course", "Naailes", ("naaien",), ("community_centre", "foundation")),
    ("course", "Cursus budgetteren", ("geldzaken",), ("foundation", "library")),
    ("course", "Schilderles", ("schilderen",), ("community_centre", "association")),
    ("course", "Kookworkshop", ("koken", "bakken"), ("community_centre", "business", "school")),
    ("course", "Stappenplancursus met supportgroep", ("werk-zoeken",), ("care", "foundation")),
    (
        "meeting", "Koffie-inloop",
        ("gezelschap",),
        ("community_centre", "care", "faith", "library", "resident_initiative"),
    ),
    ("meeting", "Soep-inloop", ("samen-eten", "gezelschap"), ("community_centre", "faith")),
    ("meeting", "Spelletjesmiddag", ("spelletjes",), ("community_centre", "care", "association")),
    ("meeting", "Handwerkcafé", ("handwerken", "naaien"), ("community_centre", "library")),
    ("meeting", "Samen eten", ("samen-eten",), ("community_centre", "faith", "resident_initiative")),
    ("meeting", "Wandelgroep", ("wandelen",), ("community_centre", "care", "association")),
    ("internship", "Werkervaringsplek keuken", ("koken",), ("business", "care", "community_centre")),
    ("internship", "Leerwerkplek fietsenmakerij", ("fietsen-repareren",), ("business", "foundation")),
    ("internship", "Werkervaringsplek administratie", ("administratie", "computer"), ("foundation", "care", "school")),
    ("internship", "Werkervaringsplek groenonderhoud", ("tuinieren",), ("care", "business", "other")),
    ("paid_work", "Oproepkracht horeca", ("koken",), ("business",)),
    ("paid_work", "Medewerker winkel (parttime)", ("boodschappen", "werk-zoeken"), ("business",)),
    ("paid_work", "Schoonmaker (parttime)", ("schoonmaken",), ("business", "care", "school")),
)
OPENING_KIND_WEIGHTS = {"volunteer": 60, "course": 13, "meeting": 15, "internship": 8, "paid_work": 4}

# Resident networks: (name template, talent theme of its members, recurring activity title).
NETWORKS = (
    ("Sjoelclub flat {flat}", "spelletjes", "Sjoelmiddag"),
    ("Weduwen en weduwnaars koffie {buurt}", "luisteren", "Koffieochtend voor wie alleen is"),
    ("Wandelgroep {buurt}", "wandelen", "Buurtwandeling"),
    ("Moestuinploeg {buurt}", "tuinieren", "Moestuinochtend"),
    ("Schildergroep {buurt}", "schilderen", "Samen schilderen"),
    ("Kookclub {buurt}", "koken", "Buurtmaaltijd"),
    ("Breiclub {buurt}", "handwerken", "Brei- en haakmiddag"),
    ("Vrouwengroep {wijk}", "gezelschap", "Vrouwenochtend"),
    ("Buurtpreventie {buurt}", "verkeer", "Buurtpreventieronde"),
    ("Taalmaatjes {wijk}", "taal-nederlands", "Taalwandeling"),
    ("Mantelzorgcafé {wijk}", "zorg", "Mantelzorgcafé"),
    ("Fietsgroep {wijk}", "sport", "Fietstocht"),
    ("Zwerfafvalbrigade {buurt}", "natuur", "Opschoonochtend"),
    ("Jongerenplatform {wijk}", "organiseren", "Jongerenavond"),
    ("Spelletjesclub flat {flat}", "spelletjes", "Spelletjesmiddag"),
    ("Eettafel {buurt}", "samen-eten", "Samen eten"),
    ("Buurtkoor {buurt}", "muziek", "Koorrepetitie"),
    ("Nieuwkomersnetwerk {wijk}", "taal-nederlands", "Ontmoetingsmiddag nieuwkomers"),
    ("Repair Café-ploeg {wijk}", "klussen", "Repair Café"),
    ("Bewonerscommissie flat {flat}", "vergaderen", "Bewonersoverleg"),
)
DOEN_NAME = "DOEN (Doornakkers Oud en Nieuw)"
DOEN_DESCRIPTION = (
    "Ontstaan uit een flyeractie: bewoners uit het oude en het nieuwe deel van Doornakkers ontmoeten elkaar. "
    "Begonnen met begeleiding van de verbinders, nu een zelfsturende groep."
)

# Activities that are not a network's own: (title, recurrence weights key).
ACTIVITIES = (
    ("Koffie-inloop", "weekly"),
    ("Soep-inloop", "weekly"),
    ("Buurtmaaltijd", "monthly"),
    ("Taalcafé", "weekly"),
    ("Repair Café", "monthly"),
    ("Buurtwandeling", "fortnightly"),
    ("Informatiemiddag Kom tot Bloei", "once"),
    ("Buurtfeest", "once"),
    ("Burendag", "once"),
    ("Opschoondag", "once"),
    ("Kookworkshop", "once"),
    ("Spelletjesmiddag", "fortnightly"),
    ("Creatieve middag", "fortnightly"),
    ("Bingo", "monthly"),
    ("Fietstocht", "once"),
    ("Digicafé", "weekly"),
    ("Voorleesochtend", "fortnightly"),
    ("Kerstmarkt", "once"),
    ("Iftar in de buurt", "once"),
    ("Sinterklaasochtend", "once"),
    ("Etagegesprekken", "once"),
    ("Bakfiets op het plein", "once"),
    ("Zomerspelen voor kinderen", "once"),
    ("Moestuindag", "once"),
)
ACTIVITY_DESCRIPTIONS = (
    "Laagdrempelig, iedereen is welkom.", "Samen met vrijwilligers uit de buurt.",
    "Georganiseerd door bewoners, met hulp van de verbinders.", "Met koffie, thee en iets lekkers.", "",
)
# fmt: on
