# ruff: noqa: E501
# fmt: off
"""Single parents and young families: childminding, homework help, meeting other parents (003: Iris, the young
mother who now cleans the community centre two hours a week, the language café for young mothers)."""

from dsl import C, O, P, R, X

CAT = "ouders"

C("ouders-01", cat=CAT, kind="rp", title="Alleenstaande moeder in de bijstand: is vrijwilligerswerk iets? (003, Iris)", tags="synoniem afstand",
  q=R(None, "Mevrouw (39)", "Bergen", 100, 100, age=39, av="wed thu",
      offers="Is sociaal en praat makkelijk met iedereen; helpt haar buurvrouw uit Syrië al met Nederlands.",
      wants="Alleenstaande moeder, heeft haar baan verloren en zit in de bijstand. Zoekt iets zinvols voor de uren dat haar dochter op school is."),
  rel=["o01"],
  traps=[X("o22", "taalcafé in Woensel-West, 2 km; zij blijft in het centrum", "afstand"),
         X("o18", "taalhuis in Tongelre, 4 km", "afstand")],
  need="taal-nederlands", dir="any", avoid="gezelschap lesgeven")

C("ouders-02", cat=CAT, kind="rr", title="Oppas voor de avonden van de cursus", tags="woordvorm tijd richting",
  q=R(None, "Mevrouw (37)", "Tuindorp", 0, 0, age=37, av="tue_ev thu_ev",
      wants="Alleenstaande moeder van een zoontje van 5. Volgt op dinsdag- en donderdagavond een opleiding en zoekt iemand die dan bij hem thuis op hem past."),
  rel=[R(None, "Mevrouw (22)", "Tuindorp", 200, -150, age=22, av="ev we",
         offers="Studeert pedagogiek, heeft 's avonds tijd en vindt het leuk om op kinderen te passen.")],
  traps=[X(R(None, "Mevrouw (66)", "Tuindorp", -150, 100, age=66, av="am pm", offers="Oma van vijf, past graag op kleine kinderen."),
           "alleen overdag; de cursus is 's avonds", "tijd")],
  need="oppassen", max_direction=0,
  note="Parents who need a sitter themselves are left out: a sitter swap could be a fair match.")

C("ouders-03", cat=CAT, kind="rr", title="Dochter van 10 heeft hulp nodig met lezen", tags="synoniem woord-valkuil",
  q=R(None, "Mevrouw (36)", "Joriskwartier", 0, 0, age=36, lang="nl fa", av="pm",
      wants="Alleenstaande moeder; haar dochter van 10 loopt achter met begrijpend lezen en zij kan haar thuis niet goed helpen."),
  rel=[R(None, "Mevrouw (66)", "Joriskwartier", -200, 200, age=66, av="am pm",
         offers="Was twintig jaar juf in groep 5 en 6; oefent graag met kinderen die moeite hebben met teksten begrijpen.")],
  traps=[X(R(None, "Meneer (23)", "Joriskwartier", 200, 100, age=23, av="pm", offers="Student, geeft bijles wiskunde en natuurkunde aan havo- en vwo-leerlingen."),
           "bijles wiskunde voor de middelbare school; zij zoekt leeshulp voor groep 6", "onderwerp")],
  need="huiswerkbegeleiding lezen", avoid="lesgeven")

C("ouders-04", cat=CAT, kind="rp", title="Moeder die 24 uur per dag met haar kind thuis zit (003)", tags="synoniem",
  q=R(None, "Mevrouw (24)", "Kronehoef", 0, 0, age=24, av="am",
      offers="Houdt van opruimen en poetsen; haar huis is altijd brandschoon.", wants="Jonge moeder, zit de hele dag met haar kindje binnen. Zou graag een paar uur per week iets buitenshuis doen."),
  rel=[O(None, "Twee uur per week het buurthuis schoonhouden", P(None, "Buurthuis Kronehoef", "Kronehoef", 250, 100), cap=1, av="tue_am thu_am",
         offers="Elke week twee uurtjes de zaal en keuken van het buurthuis bijhouden; de koffie staat klaar.", wants="Vrijwilliger, kindje mag mee in de speelhoek.")],
  traps=[X("o26", "werkervaringsplek in de kringloop met werkbegeleider, vijf dagen; zij zoekt een paar uur", "anders")],
  need="schoonmaken", dir="any", avoid="ouders werkervaring gezelschap")

C("ouders-05", cat=CAT, kind="rp", title="Somalische moeder met een baby voelt zich alleen", tags="synoniem afstand",
  q=R(None, "Mevrouw (27)", "Oude Toren", -100, 200, age=27, lang="so ar nl", av="am",
      wants="Woont net in Eindhoven, heeft een baby van vijf maanden en kent niemand. Zou andere moeders willen ontmoeten."),
  rel=["o30"],
  traps=[X("p65", "vrouwencentrum in Woensel-West, bijna 2 km; te ver met de kinderwagen", "afstand")],
  need="ouders gezelschap", dir="any", avoid="oppassen")

C("ouders-06", cat=CAT, kind="rr", title="Gescheiden vader zoekt andere vaders voor het weekend", tags="synoniem waarde-beide-kanten afstand",
  q=R(None, "Meneer (41)", "Achtse Barrier-Spaaihoef", 0, 0, age=41, av="we",
      wants="Gescheiden, heeft zijn kinderen (6 en 9) om het weekend. Zou het leuk vinden om met andere vaders iets te ondernemen met de kids."),
  rel=[R(None, "Meneer (38)", "Achtse Barrier-Spaaihoef", 250, 250, age=38, av="we",
         wants="Vader van twee, zoekt andere ouders om in het weekend samen naar de speeltuin, het bos of de kinderboerderij te gaan.")],
  traps=[X(R(None, "Meneer (40)", "Roosten", 0, 0, age=40, av="we", wants="Alleenstaande vader, zoekt contact met andere vaders."),
           "woont in Stratum, 8 km verderop", "afstand")],
  need="ouders", dir="any", avoid="gezelschap oppassen sport")

C("ouders-07", cat=CAT, kind="rr", title="Schulden en het overzicht kwijt", tags="synoniem samenstelling richting",
  q=R(None, "Mevrouw (49)", "Puttense Dreef", 0, 0, age=49, av="pm ev",
      wants="Alleenstaand met twee tieners. Heeft schulden en is het overzicht kwijt; durft de post niet meer open te maken."),
  rel=[R(None, "Meneer (58)", "Puttense Dreef", 200, -250, age=58, av="ev",
         offers="Vrijwillig budgetcoach: helpt gezinnen met betalingsachterstanden weer grip op hun geld te krijgen.")],
  traps=[X(R(None, "Mevrouw (45)", "Puttense Dreef", -150, 150, age=45, av="ev", wants="Zoekt hulp met haar schulden."),
           "zoekt zelf hulp met schulden", "richting")],
  need="geldzaken", avoid="administratie")

C("ouders-08", cat=CAT, kind="rr", title="Zoon van 8 na school ophalen", tags="woordvorm samenstelling tijd",
  q=R(None, "Mevrouw (39)", "Prinsejagt", 0, 0, age=39, av="pm",
      wants="Werkt in ploegendienst. Zoekt iemand die haar zoon van 8 na school ophaalt en tot zes uur op hem past."),
  rel=[R(None, "Mevrouw (63)", "Prinsejagt", -250, 150, age=63, av="pm",
         offers="Haalt haar kleinkinderen al elke middag uit school en kan er best een kind bij hebben.")],
  traps=[X(R(None, "Meneer (19)", "Prinsejagt", 150, 150, age=19, av="ev we", offers="Babysit graag."),
           "alleen 's avonds en in het weekend", "tijd")],
  need="oppassen", max_direction=0,
  note="Parents who need a sitter themselves are left out: a swap could be a fair match.")

C("ouders-09", cat=CAT, kind="rr", title="Vader weet niet hoe hij vlechtjes moet maken", tags="synoniem",
  q=R(None, "Meneer (35)", "Drents Dorp", 0, 0, age=35, av="we ev",
      wants="Alleenstaande vader van een dochter van 7 met krullen; weet niet hoe hij haar haar moet verzorgen en vlechten."),
  rel=[R(None, "Mevrouw (31)", "Drents Dorp", 200, 200, age=31, av="we",
         offers="Kapster, gespecialiseerd in krullend haar en vlechten; wil ouders graag leren hoe dat moet.")],
  traps=[X(R(None, "Mevrouw (70)", "Drents Dorp", -200, 100, age=70, av="pm", offers="Vlecht manden van wilgentenen."),
           "mandenvlechten; alleen doordeweeks 's middags", "tijd")],
  need="kapper")

C("ouders-10", cat=CAT, kind="rr", title="Nieuwe wijk zonder buurthuis: moeder zoekt speelmaatjes voor haar peuter", tags="synoniem waarde-beide-kanten",
  q=R(None, "Mevrouw (32)", "Waterrijk", 0, 0, age=32, lang="nl en", av="am",
      wants="Net verhuisd naar Meerhoven met een peuter van 2. Er is hier geen buurthuis; zoekt andere ouders om af te spreken."),
  rel=[R(None, "Mevrouw (34)", "Waterrijk", 300, -100, age=34, lang="nl en", av="am we",
         wants="Moeder van een dreumes, thuis op dinsdag en donderdag; wil graag samen met andere ouders naar de speeltuin.")],
  traps=[X(R(None, "Mevrouw (55)", "Waterrijk", -200, 200, age=55, av="ev", wants="Wil een buurtkoor oprichten in Meerhoven."),
           "zoekt zangers, en alleen 's avonds", "tijd")],
  need="ouders", dir="any", avoid="gezelschap oppassen")

C("ouders-11", cat=CAT, kind="rp", title="Turkse vader wil helpen in de huiswerkklas", tags="synoniem afstand",
  q=R(None, "Meneer (42)", "Gildebuurt", 0, 0, age=42, lang="tr nl", av="pm",
      offers="Was wiskundeleraar in Turkije; helpt zijn eigen kinderen elke avond met rekenen.", wants="Wil andere kinderen uit de buurt ook helpen."),
  rel=["o65"],
  traps=[X("p56", "huiswerkklas in het Turks centrum in Gestel, 3 km", "afstand")],
  need="huiswerkbegeleiding", dir="any", avoid="lezen lesgeven")

C("ouders-12", cat=CAT, kind="rr", title="Verhuizen zonder familie in de buurt", tags="woordvorm",
  q=R(None, "Mevrouw (44)", "Kerkdorp Acht", 0, 0, age=44, av="we",
      wants="Alleenstaande moeder; moet over drie weken verhuizen naar een kleinere woning in de wijk en heeft niemand om te helpen sjouwen."),
  rel=[R(None, "Meneer (36)", "Kerkdorp Acht", 200, -200, age=36, av="we",
         offers="Sterk, heeft een aanhanger; helpt op zaterdag graag mensen met een verhuizing.")],
  traps=[X(R(None, "Meneer (50)", "Kerkdorp Acht", -100, 250, age=50, av="we", offers="Eigenaar van een verhuisbedrijf.", wants="Zoekt personeel met rijbewijs C."),
           "zoekt personeel", "onderwerp")],
  need="verhuizen", avoid="vervoer")
