# ruff: noqa: E501
# fmt: off
"""Practical help between residents: odd jobs, bicycles, appliances, computers, lifting, tidying, safety."""

from dsl import C, O, P, R, X

CAT = "praktisch"
RP = ["afstand", "toegang", "plek", "tijd"]

C("praktisch-01", cat=CAT, kind="rr", title="Lamp en plank ophangen", tags="woordvorm woord-valkuil richting",
  q=R(None, "Mevrouw (81)", "Sintenbuurt", 0, 0, age=81, mob="short", av="am pm",
      wants="Heeft een nieuwe lamp gekocht maar kan die niet ophangen; er moet ook een plank aan de muur voor de foto's van haar kleinkinderen."),
  rel=[R(None, "Meneer (57)", "Sintenbuurt", 250, 100, age=57, av="am pm",
         offers="Klust graag; heeft een boormachine en hangt graag lampen en planken op voor buren.")],
  traps=[X(R(None, "Meneer (49)", "Sintenbuurt", -150, 150, age=49, av="am pm", offers="Heeft een lampenwinkel.", wants="Zoekt klanten uit de buurt."),
           "verkoopt lampen", "onderwerp"),
         X(R(None, "Mevrouw (35)", "Sintenbuurt", 100, -200, age=35, av="ev", wants="Wil leren klussen, heeft net een huis gekocht."),
           "wil het zelf leren", "richting")],
  need="klussen", avoid="techniek")

C("praktisch-02", cat=CAT, kind="rr", title="Vier lekke fietsen van een gezin", tags="woordvorm samenstelling",
  q=R(None, "Meneer (40)", "Hondsheuvels", 100, 100, age=40, lang="ar nl", av="am pm",
      wants="Het gezin (vier kinderen) heeft tweedehands fietsen gekregen, maar de banden zijn lek en de remmen doen het niet."),
  rel=["r020"],
  traps=[X(R(None, "Meneer (33)", "Hondsheuvels", -200, 100, age=33, av="am pm", wants="Zoekt een goedkope fiets voor zijn dochter."),
           "zoekt zelf een fiets", "richting")],
  need="fietsen-repareren", avoid="")

C("praktisch-03", cat=CAT, kind="rr", title="Lekkende wasmachine, geen geld voor een nieuwe", tags="synoniem",
  q=R(None, "Mevrouw (66)", "Genderdal", 200, 0, age=66, av="am pm",
      wants="Haar wasmachine lekt en ze heeft geen geld voor een nieuwe; leeft van alleen AOW."),
  rel=["r121"],
  traps=[X(R(None, "Meneer (44)", "Genderdal", -150, 150, age=44, av="am pm", offers="Verkoopt gereviseerde wasmachines met garantie.", wants="Zoekt klanten."),
           "verkoopt wasmachines", "onderwerp")],
  need="techniek", avoid="klussen")

C("praktisch-04", cat=CAT, kind="rr", title="Meubels sjouwen voor het nieuwe hoog-laagbed", tags="woordvorm",
  q=R(None, "Meneer (85)", "Castiliëlaan", 0, 0, age=85, mob="rollator", av="am",
      wants="Krijgt een hoog-laagbed van de thuiszorg. Het oude bed en een kast moeten eerst naar de schuur; zoekt iemand die kan helpen sjouwen."),
  rel=[R(None, "Meneer (27)", "Castiliëlaan", 250, -200, age=27, av="am we",
         offers="Sportief en sterk; tilt graag zware dingen en helpt buren met verhuizingen.")],
  traps=[X(R(None, "Meneer (38)", "Tivoli", 0, 0, age=38, av="am", offers="Helpt met verhuizen, heeft een bus."),
           "woont in Stratum, 9 km verderop", "afstand")],
  need="verhuizen", avoid="")

C("praktisch-05", cat=CAT, kind="rr", title="Oud-meubelmaker wil zich nuttig maken", tags="synoniem richting",
  q=R(None, "Meneer (73)", "Blixembosch-Oost", 0, 0, age=73, av="am pm",
      offers="Was meubelmaker; heeft een schuur vol gereedschap.", wants="Wil zich nuttig maken voor mensen in de buurt."),
  rel=[R(None, "Mevrouw (84)", "Blixembosch-Oost", -200, 200, age=84, mob="short", av="am",
         wants="Heeft een wankele eettafel en stoelen waarvan de zitting loszit; ze wil ze niet weggooien, ze zijn van haar moeder.")],
  traps=[X(R(None, "Mevrouw (40)", "Blixembosch-Oost", 150, 150, age=40, av="ev", wants="Zoekt een nieuwe eettafel via Marktplaats."),
           "zoekt een tafel te koop", "onderwerp")],
  need="klussen", dir="want", avoid="")

C("praktisch-06", cat=CAT, kind="rr", title="Laptop vol pop-ups", tags="synoniem taxonomie richting",
  q=R(None, "Meneer (79)", "Elzent-Noord", 0, 0, age=79, av="am pm",
      wants="Zijn laptop is heel traag en zit vol pop-ups; de updates lukken niet meer."),
  rel=[R(None, "Mevrouw (44)", "Elzent-Noord", -200, 200, age=44, av="pm",
         offers="Systeembeheerder; lost graag computerproblemen op voor ouderen in de buurt.")],
  traps=[X(R(None, "Meneer (30)", "Elzent-Noord", 200, 100, age=30, av="am pm", offers="Verkoopt refurbished laptops."),
           "verkoopt laptops", "onderwerp"),
         X(R(None, "Mevrouw (80)", "Elzent-Noord", 100, -150, age=80, av="am", wants="Wil leren e-mailen op de laptop."),
           "wil het zelf leren", "richting")],
  need="computer", avoid="techniek")

C("praktisch-07", cat=CAT, kind="rp", title="Meelopen met de buurtpreventie", tags="tijd synoniem",
  q=R(None, "Meneer (61)", "Lakerlopen", 200, 100, age=61, av="ev",
      offers="Gepensioneerd politieagent.", wants="Er zijn veel inbraken in de straat; wil 's avonds helpen de wijk veiliger te maken."),
  rel=["o76"],
  traps=[X(O(None, "Klaar-over", P(None, "Basisschool Lakerlopen", "Lakerlopen", 0, 0, pk="school"), cap=2, av="mon_am tue_am wed_am thu_am fri_am",
             offers="Kinderen veilig laten oversteken bij de school.", wants="Ochtenden van 8 tot 8.30 uur."),
           "alleen 's ochtends; hij kan 's avonds", "tijd")],
  need="verkeer", dir="any", avoid="")

C("praktisch-08", cat=CAT, kind="rr", title="Verhoogde plantenbak voor een rolstoelgebruiker", tags="samenstelling richting",
  q=R(None, "Meneer (58)", "Kerstroosplein", 0, 0, age=58, mob="wheelchair", av="am pm",
      wants="Zit sinds een ongeluk in een rolstoel. Wil in de achtertuin een verhoogde plantenbak, zodat hij weer zelf kan tuinieren."),
  rel=[R(None, "Meneer (46)", "Kerstroosplein", 200, 250, age=46, av="am we",
         offers="Timmert graag met steigerhout; bouwde al moestuinbakken voor de basisschool.")],
  traps=[X(R(None, "Mevrouw (52)", "Kerstroosplein", -200, -100, age=52, av="am pm", wants="Wil ook een moestuinbak in haar tuin en zoekt iemand die die maakt."),
           "zoekt zelf ook iemand die een bak bouwt", "richting")],
  need="klussen", avoid="tuinieren")

C("praktisch-09", cat=CAT, kind="rr", title="Expat can't read letters from the municipality", tags="engels taal",
  q=R(None, "Mr. (42)", "Bosrijk", 0, 0, age=42, lang="en", av="ev we",
      wants="Keeps getting letters from the gemeente and the tax office about allowances; no idea what they mean or what to do."),
  rel=[R(None, "Mevrouw (67)", "Bosrijk", 250, 150, age=67, lang="nl en", av="pm ev",
         offers="Werkte bij de gemeente; helpt graag met brieven en formulieren, ook in het Engels.")],
  traps=[X(R(None, "Meneer (70)", "Bosrijk", -200, 200, age=70, av="ev", offers="Oud-belastingadviseur, helpt met de aangifte."),
           "spreekt alleen Nederlands", "taal")],
  need="administratie vertalen", avoid="geldzaken")

C("praktisch-10", cat=CAT, kind="rr", title="Balkon vol spullen van haar overleden man", tags="woordvorm",
  q=R(None, "Mevrouw (76)", "Winkelcentrum", 0, 0, age=76, mob="short", av="am",
      wants="Het balkon en de berging staan vol spullen van haar overleden man; ze wil opruimen maar kan het niet alleen."),
  rel=[R(None, "Mevrouw (51)", "Winkelcentrum", 200, 200, age=51, av="am pm",
         offers="Ruimt graag op; helpt mensen hun huis lichter te maken en brengt spullen naar de kringloop.")],
  traps=[X(R(None, "Meneer (45)", "Winkelcentrum", -150, -100, age=45, av="am", offers="Koopt antiek en inboedels op.", wants="Zoekt interessante spullen voor zijn winkel."),
           "opkoper van inboedels", "onderwerp")],
  need="schoonmaken verhuizen", avoid="rouw")
