# ruff: noqa: E501
# fmt: off
"""Place–place matches: a room, surplus food, partners for a target group, work places for a work team
(003: the community-centre group that had to leave its location, the De Wijk Werkt! visit to WGT and a
social enterprise, language lessons for young mothers)."""

from dsl import PLACES, C, P, X

CAT = "plaats-plaats"


C("plaats-01", cat=CAT, kind="pp", title="Repair Café zoekt een ruimte voor de zaterdagmiddag", tags="tijd synoniem",
  q=PLACES["p07"],
  rel=[P(None, "Buurtcentrum Rochus", "Rochusbuurt", 250, -150, av="sat sun",
         offers="Grote zaal met stopcontacten en klaptafels; op zaterdag en zondag gratis voor bewonersinitiatieven.", wants="Meer activiteiten in het weekend.")],
  traps=[X("p10", "zalen vooral doordeweeks vrij; het Repair Café is op zaterdagmiddag", "tijd"),
         X("p02", "wijkhuis alleen van maandag tot donderdag open", "tijd")],
  need="ruimte", dir="offer", avoid="techniek klussen")

C("plaats-02", cat=CAT, kind="pp", title="Voedselbank met overschot aan verse groente en brood", tags="richting synoniem",
  q=PLACES["p04"],
  rel=["p36", P(None, "Kookcafé Binnenstad", "Binnenstad", 200, 200, pk="resident_initiative",
                offers="Elke donderdag koken vrijwilligers een gratis maaltijd voor wie weinig te besteden heeft.", wants="Gedoneerde ingrediënten: groente, brood, zuivel.")],
  traps=[X("p11", "heeft zelf oogst over; zoekt geen voedsel", "richting")],
  need="voedsel", dir="want", avoid="koken samen-eten vervoer verhuizen")

C("plaats-03", cat=CAT, kind="pp", title="Nieuwe wijk zonder buurthuis zoekt een vaste plek (003)", tags="synoniem toegang tijd",
  q=P(None, "Huiskamer Meerhoven (inloop senioren)", "Grasrijk", 0, 0, pk="resident_initiative", lang="nl en", av="tue_am", needs_step_free=True,
      offers="Bewonersinitiatief: wekelijkse koffie-inloop, vooral voor ouderen, van wie een aantal met rollator.",
      wants="Een vaste, drempelvrije ruimte op dinsdagochtend; nu zitten we bij mensen thuis."),
  rel=[P(None, "Basisschool De Meerhoef", "Grasrijk", 300, -100, pk="school", av="am",
         offers="De aula met keuken is 's ochtends leeg; de school stelt hem graag beschikbaar aan de buurt.", wants="Contact met buurtbewoners.")],
  traps=[X("p43", "monumentaal gebouw met trappen bij de ingang", "toegang"),
         X("p45", "oefenruimtes alleen 's avonds en in het weekend", "tijd")],
  need="ruimte", dir="offer")

C("plaats-04", cat=CAT, kind="pp", title="Taalcafé wil taalles voor jonge moeders beginnen (003)", tags="synoniem tijd",
  q=P(None, "Taalcafé Oud-Woensel", "Gildebuurt", 0, 0, pk="library", av="tue_am thu_am",
      offers="Taalcafé met ervaren vrijwilligers.", wants="Wil taalles voor jonge moeders beginnen en zoekt een partner die kinderopvang heeft of jonge moeders kent."),
  rel=["p28", "p65"],
  traps=[X("p33", "speeltuin alleen op woensdagmiddag en in het weekend open", "tijd")],
  need="ouders oppassen", dir="offer", avoid="gezelschap")

C("plaats-05", cat=CAT, kind="pp", title="Noodopvang zoekt een taalcafé in de buurt", tags="synoniem",
  q=PLACES["p62"],
  rel=["p47"],
  traps=[X("p64", "zoekt zelf Nederlandse les voor de Poolse ouders", "richting")],
  need="taal-nederlands", dir="offer", avoid="gezelschap lezen muziek sport")

C("plaats-06", cat=CAT, kind="pp", title="Werkgelegenheidsteam zoekt werkervaringsplekken (003, werkbezoek)", tags="synoniem",
  q=PLACES["p80"],
  rel=["p53", "p40"],
  traps=[X("p52", "coaching voor startende jonge ondernemers, geen werkervaringsplekken", "onderwerp")],
  need="werkervaring", dir="offer", avoid="werk-zoeken ondernemen")

C("plaats-07", cat=CAT, kind="pp", title="Zorgcentrum zoekt muziek voor de bewoners", tags="synoniem richting",
  q=PLACES["p12"],
  rel=[P(None, "Muziekschool Stratum", "Tuindorp", 300, 100, pk="foundation", av="pm we",
         offers="Leerlingen van de muziekschool (piano, strijkers, zang) zoeken plekken om voor publiek te spelen.", wants="Podia in de buurt.")],
  traps=[],
  need="muziek", dir="offer", avoid="gezelschap spelletjes wandelen")

C("plaats-08", cat=CAT, kind="pp", title="Basisschool zoekt voorlezers", tags="taxonomie richting",
  q=PLACES["p27"],
  rel=["p31"],
  traps=[X("p58", "zorgcentrum dat zelf voorlezers zoekt", "richting")],
  need="lezen", dir="offer", avoid="huiswerkbegeleiding")

C("plaats-09", cat=CAT, kind="pp", title="Moestuin zoekt iemand voor het gereedschap", tags="synoniem tijd",
  q=PLACES["p37"],
  rel=["p07", "p44"],
  traps=[X("p40", "leerwerkbedrijf alleen doordeweeks; de moestuin is in het weekend", "tijd")],
  need="klussen techniek", dir="offer", avoid="tuinieren")

C("plaats-10", cat=CAT, kind="pp", title="Sociaal restaurant zoekt groente van lokale tuinen", tags="synoniem samenstelling",
  q=PLACES["p36"],
  rel=["p11", "p29", P(None, "Pluktuin Dommeldal", "Luytelaer", 200, 0, pk="resident_initiative",
                       offers="Buurtbewoners kweken groente en fruit in de pluktuin; een deel van de oogst is over.", wants="Een afnemer voor wat overblijft.")],
  traps=[],
  need="voedsel", dir="offer", avoid="tuinieren koken")

C("plaats-11", cat=CAT, kind="pp", title="Jongerencentrum zoekt muzikanten voor de studio", tags="synoniem",
  q=PLACES["p35"],
  rel=["p45"],
  traps=[X("p59", "koor dat zelf zangers zoekt", "richting")],
  need="muziek", dir="offer", avoid="jongeren")

C("plaats-12", cat=CAT, kind="pp", title="Psysalon zoekt ervaringsdeskundigen", tags="synoniem tijd",
  q=PLACES["p22"],
  rel=["p23"],
  traps=[X("p14", "Alzheimer Café alleen op donderdagavond; de psysalon is 's middags", "tijd")],
  need="gezondheid", dir="offer", avoid="luisteren")

C("plaats-13", cat=CAT, kind="pp", title="Opvang Oekraïners zoekt activiteiten voor de kinderen", tags="synoniem",
  q=PLACES["p63"],
  rel=["p33"],
  traps=[],
  need="jongeren ouders", dir="offer", avoid="sport oppassen natuur taal-nederlands werk-zoeken werkervaring")

C("plaats-14", cat=CAT, kind="pp", title="Poolse zaterdagschool zoekt Nederlandse les voor ouders", tags="tijd",
  q=PLACES["p64"],
  rel=["p20"],
  traps=[X("p17", "taalhuis alleen dinsdag tot donderdag", "tijd"),
         X("p47", "taalcafé op dinsdagavond", "tijd")],
  need="taal-nederlands", dir="offer", avoid="")

C("plaats-15", cat=CAT, kind="pp", title="Seniorennetwerk zoekt een drempelvrije zaal op dinsdagmiddag (003, Lies)", tags="toegang tijd",
  q=P(None, "Seniorennetwerk Gerardusplein", "Gerardusplein", 100, 100, pk="resident_initiative", av="tue_pm", needs_step_free=True,
      offers="Eens in de twee weken komen zo'n 35 senioren samen om te kletsen en spelletjes te doen.",
      wants="Een ruimte zonder trappen op dinsdagmiddag; veel deelnemers lopen met een rollator."),
  rel=["p10"],
  traps=[X("p02", "zaal op de eerste verdieping zonder lift", "toegang"),
         X("p16", "moskeezaal heeft trappen en geen lift", "toegang")],
  need="ruimte", dir="offer")
