# ruff: noqa: E501
# fmt: off
"""Artists and creatives: painting, drawing, photography, music, writing, needlework (003: painted
electricity boxes, flat residents who paint together, drawing lessons in a resident-run community house,
jam sessions to welcome refugees, Ruby's sewing lessons)."""

from dsl import C, O, P, R, X

CAT = "creatief"

C("creatief-01", cat=CAT, kind="rr", title="Elektriciteitskastjes beschilderen in meer buurten (003)", tags="woordvorm samenstelling tijd",
  q=R(None, "Mevrouw (47)", "Limbeek-Zuid", 0, 0, age=47, av="we",
      offers="Heeft met buren de grijze elektriciteitskastjes in haar straat beschilderd met bloemen.",
      wants="Wil dit uitbreiden naar de buurten eromheen en zoekt mensen die mee willen kwasten."),
  rel=[R(None, "Meneer (29)", "Limbeek-Zuid", 250, 200, age=29, av="ev we",
         offers="Tekent en schildert graag, vooral graffiti-achtige letters; zou het leuk vinden iets moois te maken voor de straat.")],
  traps=[X(R(None, "Mevrouw (58)", "Limbeek-Zuid", -100, 150, age=58, av="am pm", offers="Geeft aquarelles aan volwassenen."),
           "alleen doordeweeks overdag; het kwasten is in het weekend", "tijd"),
         X(R(None, "Meneer (70)", "Limbeek-Zuid", 200, -100, age=70, av="we", wants="Zoekt iemand die zijn woonkamer wil schilderen."),
           "zoekt een huisschilder", "onderwerp")],
  need="schilderen", avoid="klussen organiseren")

C("creatief-02", cat=CAT, kind="rr", title="Samen schilderen in de flat (003, etagegesprekken)", tags="woordvorm woord-valkuil waarde-beide-kanten",
  q=R(None, "Mevrouw (69)", "Oude Toren", 0, 0, age=69, mob="short", av="pm",
      wants="Schilderde vroeger veel, maar in haar eentje komt het er niet meer van. Zou het leuk vinden met flatgenoten samen te schilderen."),
  rel=[R(None, "Mevrouw (73)", "Oude Toren", 30, 20, age=73, mob="rollator", av="pm",
         offers="Aquarelleert; heeft een grote tafel bij het raam.", wants="Zou graag gezelschap hebben bij het schilderen; woont twee etages lager.")],
  traps=[X(R(None, "Meneer (76)", "Oude Toren", 60, -40, age=76, mob="short", av="pm", wants="Zoekt iemand die zijn gang kan schilderen; kan zelf de ladder niet meer op."),
           "zoekt een klusser voor schilderwerk", "onderwerp")],
  need="schilderen", dir="any", avoid="gezelschap")

C("creatief-03", cat=CAT, kind="rp", title="Wil leren tekenen, dichtbij huis", tags="plek rol woordvorm",
  q=R(None, "Meneer (63)", "Bloemenplein", 0, 0, age=63, mob="short", av="am pm",
      wants="Heeft nooit getekend maar wil het na zijn pensioen graag leren; liefst in een groepje in de buurt."),
  rel=[O(None, "Tekenles voor volwassenen", P(None, "Buurthuis 't Bloemke", "Bloemenplein", 200, 100, pk="resident_initiative"), cap=3, av="tue_pm",
         offers="Op dinsdagmiddag tekenles door een buurtbewoonster: potlood, houtskool, perspectief.", wants="Beginners welkom.")],
  traps=[X("o06", "cursus voor beginners, maar vol", "plek"),
         X("o85", "aquarelgroep in Strijp: vol", "plek"),
         X("o05", "daar zoeken ze een begeleider met kunstopleiding", "anders")],
  need="schilderen", dir="any", avoid="lesgeven")

C("creatief-04", cat=CAT, kind="rp", title="Portretfotograaf wil zijn foto's laten zien", tags="synoniem afstand",
  q=R(None, "Meneer (41)", "Vlokhoven", 0, 0, age=41, av="we ev",
      offers="Fotografeert al jaren portretten van buurtbewoners.", wants="Zou zijn foto's graag eens aan de buurt laten zien."),
  rel=[O(None, "Exposeren in de bieb", "p31", cap=1, av="all",
         offers="Elke maand hangt het werk van een buurtbewoner in de hal van de bibliotheek.", wants="Kunstenaars en fotografen uit Woensel.")],
  traps=[X("p46", "fotoclub in Strijp, bijna 4 km", "afstand"),
         X("o71", "suppoost in de galerie in het centrum: bezoekers ontvangen, niet exposeren", "anders")],
  need="fotografie", dir="any", avoid="schilderen")

C("creatief-05", cat=CAT, kind="rr", title="Boekje met verhalen van oudere buurtbewoners (003)", tags="synoniem richting",
  q=R(None, "Mevrouw (33)", "Gildebuurt", 150, 0, age=33, av="am pm",
      offers="Schrijft korte verhalen en interviews.", wants="Wil een boekje maken met verhalen van de oudste bewoners van Oud-Woensel."),
  rel=["r139"],
  traps=[X(R(None, "Meneer (60)", "Gildebuurt", -200, 100, age=60, av="am pm", offers="Schrijft gedichten en wil die uitgeven."),
           "wil zelf publiceren; heeft geen verhalen van vroeger te vertellen", "richting")],
  need="schrijven", dir="any", avoid="gezelschap lezen")

C("creatief-06", cat=CAT, kind="rp", title="Breiwerk zinnig inzetten", tags="synoniem afstand",
  q=R(None, "Mevrouw (67)", "Rochusbuurt", 0, 0, age=67, av="am pm",
      offers="Breit de hele dag, sokken, sjaals, mutsen.", wants="Heeft kasten vol breiwerk en wil het graag ergens nuttig voor inzetten."),
  rel=[O(None, "Breiers gezocht", P(None, "Daklozenopvang De Kruik", "Elzent-Noord", 100, 0, pk="care"), cap=10, av="all",
         offers="Wij zoeken mensen die warme mutsen, sjaals en sokken breien voor onze gasten.", wants="Breiwerk kan thuis gemaakt worden.")],
  traps=[X("o49", "handwerkclub in Strijp, 2 km", "afstand")],
  need="handwerken", dir="any", avoid="naaien")

C("creatief-07", cat=CAT, kind="rp", title="Jamsessies om nieuwe straatgenoten uit de opvang welkom te heten (003)", tags="synoniem",
  q=R(None, "Meneer (45)", "Hurk", 100, 0, age=45, mob="far", av="ev",
      offers="Speelt met een groepje buren maandelijks muziek: gitaar, cajon, zang.", wants="Ze willen de nieuwe bewoners van de opvang met een jamsessie welkom heten."),
  rel=["p62"],
  traps=[X("p45", "muziekpodium; geen nieuwkomers om welkom te heten", "onderwerp"),
         X("o63", "buurtkoor dat zangers zoekt", "onderwerp")],
  need="gezelschap", dir="any", avoid="muziek taal-nederlands")

C("creatief-08", cat=CAT, kind="rp", title="Ruby: naailes geven en helpen bij taalles (003)", tags="synoniem rol",
  q=R(None, "Mevrouw (54)", "Bennekel-Oost", 200, -100, age=54, av="am pm",
      offers="Kan heel goed naaien en legt geduldig uit.", wants="Is in de winter somber en ligt dan in bed; wil meer te doen hebben en minder thuis zitten. Helpt ook graag mensen met Nederlands."),
  rel=["o59", O(None, "Helpen bij de taalles", P(None, "Bibliotheek Gestel", "Bennekel-Oost", -200, 100, pk="library"), cap=2, av="tue_am thu_am",
                 offers="Meehelpen in de taalles voor nieuwkomers: oefenen in kleine groepjes, uitleg geven.", wants="Voor iemand die geduldig is en goed Nederlands spreekt.")],
  traps=[X("o60", "naailes voor beginners als deelnemer; zij kan het al", "anders"),
         X("o10", "naailes in Stratum, 2,5 km", "afstand")],
  need="naaien taal-nederlands lesgeven", dir="any", avoid="handwerken")

C("creatief-09", cat=CAT, kind="rp", title="Leren fotograferen met de telefoon, met een rollator", tags="toegang synoniem",
  q=R(None, "Meneer (77)", "Schoot", 0, 0, age=77, mob="rollator", av="am pm",
      wants="Wil leren mooie foto's maken met zijn smartphone, van de vogels in het park."),
  rel=[O(None, "Fotowandeling met je telefoon", P(None, "Buurtkamer Schoot", "Schoot", 150, 100), cap=6, av="wed_am",
         offers="Korte fotowandeling met de smartphone, daarna samen de foto's bekijken; gelijkvloers, rollators welkom.", wants="Voor beginners.")],
  traps=[X("p46", "fotoclub met donkere kamer, maar het gebouw is niet drempelvrij", "toegang")],
  need="fotografie", dir="any", avoid="computer natuur")

C("creatief-10", cat=CAT, kind="rp", title="Design-studente wil iets maken voor de buurt", tags="synoniem samenstelling",
  q=R(None, "Mevrouw (20)", "Witte Dame", 0, 0, age=20, mob="far", lang="nl en", av="ev",
      offers="Studeert aan de Design Academy: ruimtelijk ontwerp, maquettes, materialen.", wants="Wil haar ontwerpvaardigheden inzetten voor een buurtproject."),
  rel=[O(None, "Decorontwerp wijkvoorstelling", "p68", cap=1, av="wed_ev",
         offers="Het decor voor de voorjaarsvoorstelling ontwerpen en met de spelers bouwen.", wants="Iemand met ruimtelijk inzicht.")],
  traps=[X(O(None, "Flyers rondbrengen", "p21", cap=4, av="sat_am", offers="Eens per maand flyers in de brievenbussen doen.", wants="Iedereen die graag wandelt."),
           "flyers bezorgen op zaterdagochtend; zij kan 's avonds", "tijd")],
  need="schilderen", dir="any", avoid="naaien promotie klussen")

C("creatief-11", cat=CAT, kind="rp", title="Schildert al veertig jaar en wil lesgeven", tags="rol plek",
  q=R(None, "Meneer (68)", "Bergen", 0, 100, age=68, av="am pm",
      offers="Schildert al veertig jaar, olieverf en acryl; heeft exposities gehad.", wants="Wil zijn kennis doorgeven aan anderen."),
  rel=["o05"],
  traps=[X("o06", "een cursus om zelf te volgen, en vol", "plek")],
  need="schilderen lesgeven", dir="any", avoid="")

C("creatief-12", cat=CAT, kind="rp", title="Wil in een koor zingen, loopt met rollator", tags="toegang synoniem",
  q=R(None, "Mevrouw (75)", "Hagenkamp", 0, 0, age=75, mob="rollator", av="pm ev",
      offers="Zong veertig jaar in het kerkkoor, alt.", wants="Haar koor is opgeheven; zou graag weer ergens zingen."),
  rel=[O(None, "Zingen in de middag", P(None, "Zorgcentrum Hagenkamp", "Hagenkamp", 120, 90, pk="care"), cap=8, av="wed_pm",
         offers="Bewoners en buurtgenoten zingen samen bekende liedjes met pianobegeleiding; gelijkvloers.", wants="Iedereen die graag zingt.")],
  traps=[X("o63", "buurtkoor in een gebouw met trappen bij de ingang", "toegang")],
  need="muziek", dir="any", avoid="gezelschap")

C("creatief-13", cat=CAT, kind="rp", title="Expat artist looking for a studio community", tags="engels",
  q=R(None, "Mrs. (35)", "Witte Dame", 200, 0, age=35, lang="en", av="pm ev",
      offers="Painter and printmaker from Canada.", wants="Looking for a place to work alongside other artists; I don't have space at home."),
  rel=["p03"],
  traps=[X("o85", "aquarelgroep: vol", "plek")],
  need="schilderen ruimte", dir="any", avoid="")

C("creatief-14", cat=CAT, kind="rp", title="Oud-grafisch ontwerper wil flyers maken voor het buurthuis", tags="woord-valkuil synoniem",
  q=R(None, "Meneer (64)", "Doornakkers-West", 100, 100, age=64, av="am pm",
      offers="Was grafisch ontwerper bij een drukkerij: huisstijlen, affiches, folders.", wants="Wil iets doen voor het buurthuis."),
  rel=[O(None, "Vormgever nieuwsbrief en flyers", "p15", cap=1, av="",
         offers="Netwerk DOEN zoekt iemand die de maandelijkse nieuwsbrief en de flyers voor activiteiten vormgeeft.", wants="Ervaring met opmaak.")],
  traps=[X(O(None, "Flyers bezorgen", "p06", cap=3, av="sat_am", offers="Flyers van het buurthuis in de brievenbussen doen.", wants="Mensen die graag lopen."),
           "flyers bezorgen, niet ontwerpen", "onderwerp")],
  need="promotie", dir="any", avoid="schilderen")
