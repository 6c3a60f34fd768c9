"""Dutch text fragments for trainings, the participation ladder, outreach, plans, time and referrals.

Like `texts`, these are what a Dutch team would type: data, not UI strings.
"""

# fmt: off

# Meeting topics per training type (slug); a type with more meetings repeats the middle topics.
SESSION_TOPICS = {
    "kom-tot-bloei": (
        "Kennismaken: wat maakt je blij?", "Je talenten ontdekken (uitgebreide talentenscan)",
        "Wat wil je doen, en voor wie?", "Je volgende stap en afsluiting",
    ),
    "de-wijk-werkt": (
        "Kennismaken en verwachtingen", "Het kwaliteitenspel", "Wat kan ik al?", "Bezoek aan een ontwikkelplaats",
        "Je eigen verhaal vertellen", "Solliciteren en je cv", "Netwerken in de wijk",
        "Bezoek aan een ontwikkelplaats", "Omgaan met tegenslag", "Presenteren voor de groep", "Teamdag",
        "Afsluiting en je volgende stap",
    ),
    "de-wijk-werkt-english": (
        "Getting to know each other", "The qualities game", "What can I already do?", "Visit to a place",
        "Telling your story", "Applying and your CV", "Networking in the neighbourhood",
        "Working in the Netherlands", "Presenting to the group", "Closing and your next step",
    ),
}
# Meetings (by number, 1-based) that are a visit to a development place.
PLACE_VISITS = {"de-wijk-werkt": (4, 8), "de-wijk-werkt-english": (4,)}
# The training that Eindhoven's evaluation mentions was being set up in English (003 §6.2).
ENGLISH_TYPE = {
    "slug": "de-wijk-werkt-english",
    "name_nl": "De Wijk Werkt! in het Engels",
    "name_en": "De Wijk Werkt! in English",
    "purpose_nl": "Stappen richting (vrijwilligers)werk, voor wie nog geen Nederlands spreekt",
    "purpose_en": "Steps towards (volunteer) work, for those who do not speak Dutch yet",
    "default_meetings": 10,
}
# (last month, season) for edition names such as "Kom tot Bloei! Woensel voorjaar 2025".
SEASONS = ((5, "voorjaar"), (8, "zomer"), (12, "najaar"))

EVALUATION_BEST = (
    "Dat ik mijn verhaal kon vertellen.", "De andere deelnemers, we steunen elkaar.",
    "Het bezoek aan de ontwikkelplaats.", "Het kwaliteitenspel.", "Ik weet nu beter wat ik kan.",
    "Dat ik weer onder de mensen was.", "De teamdag.", "Presenteren voor de groep, eng maar goed.",
    "Ik wist eigenlijk al wat mijn talenten waren, maar het was leuk om er met anderen over te praten.", "",
)
EVALUATION_IMPROVE = (
    "Meer tijd voor oefenen.", "Liever in de ochtend.", "Het ging soms te snel.", "Meer bezoeken aan plekken.",
    "Een kleinere groep.", "", "", "",
)
EVALUATION_NEXT_STEP = (
    "Vrijwilligerswerk zoeken bij het buurthuis.", "Weer solliciteren.", "Een cursus Nederlands volgen.",
    "Meedoen met de koffie-inloop.", "Praten met mijn werkcoach.", "Een dag meelopen bij een organisatie.",
    "Stage zoeken.", "",
)
OUTCOME_NOTES = {
    "volunteer_work": (
        "Twee dagdelen per week.", "Schenkt koffie en doet de bar.", "Helpt bij het taalcafé.",
        "Vrijwilliger bij de bibliotheek.", "",
    ),
    "paid_work": ("Parttime baan gevonden.", "Contract voor een halfjaar.", "Via een uitzendbureau.", "", ""),
    "education": ("Begonnen aan een mbo-opleiding.", "Cursus Nederlands op B1.", "Taalcursus.", ""),
    "none_yet": ("Oriënteert zich nog.", "Eerst de gezondheid op orde.", ""),
}
FOLLOW_UP_NOTES = (
    "Heeft meer zelfvertrouwen gekregen.", "Durfde weer te solliciteren.", "Ziet een paar deelnemers nog elke week.",
    "Het gaat niet zo goed, gezondheid speelt op.", "Is trots op wat ze heeft bereikt.",
    "Werkt nu en heeft minder tijd, maar het gaat goed.", "Wil graag nog een keer meedoen.", "",
)

# Notes on a participation ladder assessment, by occasion.
LADDER_NOTES = {
    "registration": ("Bij de kennismaking.", "Bij de intake.", "Ingeschat na het eerste gesprek.", ""),
    "later": ("Bij een huisbezoek.", "Na een halfjaar opnieuw bekeken.", "Besproken tijdens de talentenscan.", ""),
    "start": "Bij de start van de training.",
    "end": "Aan het eind van de training.",
    "work": "Werk gevonden tijdens de training.",
    "follow_up": "Een jaar na de training.",
}

# Outreach: wishes residents mention (WishTag names), and notes on a round per kind.
WISHES = (
    "Buurtmoestuin", "Taalcafé", "Koffie-inloop", "Speeltuin opknappen", "Bankjes in het park", "Hulp bij formulieren",
    "Samen eten", "Iets voor jongeren", "Sjoelen", "Samen schilderen", "Wandelgroep", "Repair Café",
    "Bewegen voor ouderen", "Meer groen in de straat", "Buurtfeest", "Hulp met de computer", "Betere verlichting",
    "Een ontmoetingsplek", "Klusjes voor elkaar", "Zwerfafval opruimen", "Activiteiten in de vakantie",
    "Minibieb", "Weggeefkast", "Kennismaken met de buren",
)
ROUND_NOTES = {
    "door_to_door": (
        "Uitnodigingen voor het buurtfeest rondgebracht.", "Gevraagd wat mensen missen in de buurt.",
        "Veel mensen niet thuis, volgende keer in de avond.", "Flyers Kom tot Bloei! achtergelaten.", "",
    ),
    "cargo_bike": (
        "Met koffie en koek op het plein.", "Kinderen kwamen als eerste, ouders volgden.",
        "Het regende, toch een paar goede gesprekken.", "Samen met de wijkagent.", "",
    ),
    "bus": ("Buurtbus bij het winkelcentrum.", "Met de buurtbus langs de flats.", ""),
    "walk_in": (
        "Inloopspreekuur 'Ontdek jouw talent'.", "Vragen over formulieren en over vrijwilligerswerk.",
        "Rustig, twee nieuwe mensen.", "",
    ),
    "floor_conversations": (
        "Signalen van eenzaamheid in de flat: langs alle etages.", "Wensen opgehaald en gegroepeerd.",
        "Drie bewoners willen samen sjoelen.", "",
    ),
    "school_coffee": ("Koffieochtend voor ouders op de basisschool.", "Verteld wat we doen in de wijk.", ""),
    "other": ("Kraam op de markt.", "Bij de opening van de speeltuin.", "Op de braderie.", ""),
}
ROUND_SPOTS = {
    "cargo_bike": ("plein", "winkelcentrum", "speeltuin", "park", "markt"),
    "bus": ("winkelcentrum", "bij de flats", "markt"),
    "other": ("markt", "braderie", "speeltuin"),
}

# Neighbourhood plans: (theme, why, what success looks like, figures beside it).
PLAN_THEMES = (
    ("Minder eenzaamheid onder ouderen", "Veel ouderen wonen alleen en komen weinig buiten.",
     "Elke week een plek waar ouderen elkaar ontmoeten, en tien nieuwe maatjes.",
     ["residents_known", "active_networks"]),
    ("Ontmoeting tussen oude en nieuwe bewoners", "Er zijn veel nieuwe woningen bijgekomen; mensen kennen elkaar niet.",
     "Twee buurtactiviteiten per seizoen die oud en nieuw samen organiseren.", ["population", "activities"]),
    ("Een plek voor jongeren", "Jongeren hangen rond omdat er niets voor ze is.",
     "Een jongerenavond die jongeren zelf draaien.", ["activities"]),
    ("Groen en schoon in de buurt", "Bewoners ergeren zich aan zwerfafval en missen groen.",
     "Een vaste opschoonploeg en een buurtmoestuin.", ["active_networks"]),
    ("Taal en meedoen van nieuwkomers", "Nieuwkomers vinden moeilijk aansluiting.",
     "Een taalcafé en taalmaatjes voor wie dat wil.", ["residents_registered", "matches_started"]),
    ("Veilig en prettig op straat", "Signalen van onveiligheid rond de flats.",
     "Een buurtpreventieteam en betere verlichting.", ["households"]),
    ("Stappen naar werk en dagbesteding", "Veel bewoners zitten thuis zonder werk of dagbesteding.",
     "Twee groepen De Wijk Werkt! en vijf nieuwe vrijwilligersplekken.", ["training_participants"]),
    ("Hulp bij geld en formulieren", "Bewoners komen in de knel met post en rekeningen.",
     "Een vaste formulierenhulp in het buurthuis.", ["residents_known"]),
    ("Samen eten en koken", "Eten verbindt; er is vraag naar een buurtmaaltijd.",
     "Een maandelijkse buurtmaaltijd met een vaste kookploeg.", ["activities"]),
    ("Meer bewoners actief als vrijwilliger", "Veel talent in de wijk wordt nog niet benut.",
     "Twintig bewoners aan de slag bij een ontwikkelplaats.", ["matches_started"]),
)
PLAN_SUMMARIES = (
    "Samen met bewoners gekozen op de buurtavond. We richten ons op ontmoeting en meedoen.",
    "Wat bewoners het belangrijkst vinden voor de wijk dit jaar, en wat we daarvoor gaan doen.",
    "Opgesteld met bewoners, de school en het buurthuis.",
)
PLAN_MEETING_NOTES = {
    "write": ("Buurtavond: wensen opgehaald en prioriteiten gekozen.", "Schrijfavond met bewoners en partners."),
    "midyear": ("Tussenstand besproken met bewoners.", "Halverwege het jaar: wat loopt, wat niet?"),
}
PROGRESS_TEXTS = {
    "on_track": (
        "Eerste bijeenkomst was een succes.", "Vaste groep van acht bewoners.", "Loopt goed, meer aanmeldingen.",
    ),
    "behind": ("Nog geen locatie gevonden.", "Te weinig vrijwilligers.", "Vertraagd door de zomer."),
    "done": ("Gerealiseerd.", "Staat, bewoners draaien het zelf.", "Afgerond en gevierd."),
}
PLAN_WENT_WELL = (
    "Veel nieuwe gezichten bij de activiteiten.", "Bewoners namen zelf het initiatief.",
    "De samenwerking met de school liep goed.", "Het netwerk draait nu zelfstandig.",
)
PLAN_WENT_BADLY = (
    "Jongeren hebben we nauwelijks bereikt.", "Te weinig vrijwilligers voor de buurtmaaltijd.",
    "De locatie viel weg halverwege het jaar.", "",
)
PLAN_GOALS = (
    "Een buurtmoestuin bij de flat", "Een taalcafé in de bibliotheek", "Een zomerprogramma voor kinderen",
    "Meer bankjes in het park", "Een weggeefkast in de straat", "Een maandelijkse buurtmaaltijd",
)

# Referrals from a generalist, signals of unsafe or crisis situations, boundary decisions.
REFERRAL_REASONS = (
    "Zit veel thuis en wil graag iets doen in de buurt.", "Zoekt contact met anderen na het overlijden van haar man.",
    "Wil vrijwilligerswerk doen naast de uitkering.", "Nieuw in de wijk en kent nog niemand.",
    "Is uitgevallen op school en zoekt dagbesteding.", "Wil na het pensioen actief blijven.",
)
REFERRAL_WISHES = (
    "Iets met koken of bakken.", "Samen wandelen.", "Helpen bij het taalcafé.", "Een maatje voor de koffie.",
    "Iets met techniek of klussen.", "Meedoen met een activiteit in de buurt.", "Werken in een tuin.",
)
REFERRAL_PRACTICAL = (
    "Liefst in de ochtend.", "Spreekt beter Engels dan Nederlands.", "Loopt met een rollator.", "", "",
)
REFERRAL_RETURN_REASONS = (
    "Past beter bij het maatschappelijk werk; eerst de schulden op orde.",
    "Inwoner wil op dit moment geen contact met een verbinder.",
    "Woont buiten ons gebied; doorgezet naar het juiste team.",
)
SIGNAL_TEXTS = {
    "unsafe_home": ("Zorgen over de situatie thuis; spanning tussen partners.", "Buren horen vaak ruzie."),
    "crisis": ("Dreigt huis uit gezet te worden.", "Acute geldnood, geen eten in huis."),
    "health": ("Huis raakt vervuild, eet slecht.", "Vergeetachtig, medicijnen blijven liggen."),
    "other": ("Trekt zich terug, reageert niet meer op berichten.", "Zorgen over mantelzorger die overbelast is."),
}
SIGNAL_ACTIONS = (
    "Huisbezoek gedaan, hulp ingezet.", "Contact gelegd met de huisarts.", "Opgepakt in het wijkteam.",
    "Gebeld; afspraak gemaakt voor deze week.", "Doorgezet naar maatschappelijk werk.",
)
BOUNDARY = {
    "continue": (
        "Al lang in beeld zonder passende verbinding.", "Nog één poging: samen naar de koffie-inloop.",
    ),
    "refer": ("Vraag past beter bij de ouderenadviseur.", "Doorverwezen naar de generalist."),
    "other": ("Inwoner wil even rust; over drie maanden opnieuw bekijken.",),
    "close": ("Lang traject zonder passende verbinding; in overleg afgesloten.",),
}
BOUNDARY_NEXT_STEPS = (
    "Vrijwilliger uit de buurt zoeken die de bezoekjes overneemt.", "Samen naar de koffie-inloop.",
    "Nog één keer de talentenscan doorlopen.", "Voorstellen aan het netwerk in de flat.",
)
# fmt: on
