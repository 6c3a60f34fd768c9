# ruff: noqa: E501
# fmt: off
"""People after a loss: widow and widower networks, talking, the practical things the partner always did
(003: the network of eight residents who lost a loved one)."""

from dsl import C, O, P, R, X

CAT = "verlies"

C("verlies-01", cat=CAT, kind="rp", title="Weduwe zoekt lotgenoten", tags="synoniem",
  q=R(None, "Mevrouw (72)", "Villapark", 0, 0, age=72, av="ev",
      wants="Haar man is een half jaar geleden overleden. Zou graag praten met mensen die hetzelfde hebben meegemaakt."),
  rel=["o70"],
  traps=[X("p14", "Alzheimer Café: voor mensen met dementie en hun mantelzorgers", "onderwerp")],
  need="rouw", dir="any", avoid="luisteren gezelschap")

C("verlies-02", cat=CAT, kind="rr", title="Weduwnaar en het groepje buren die hun partner verloren (003)", tags="synoniem waarde-beide-kanten",
  q=R(None, "Meneer (80)", "Gildebuurt", -100, 100, age=80, mob="rollator", av="am pm",
      wants="Weduwnaar sinds vorig jaar. Zit veel alleen thuis, kinderen wonen ver weg. Zou wel mensen willen kennen die ook alleen zijn komen te staan."),
  rel=[R(None, "Mevrouw (75)", "Gildebuurt", 200, 150, age=75, av="am pm",
         offers="Zit in een groepje van acht buurtgenoten die allemaal hun man of vrouw verloren; ze drinken koffie en gaan samen op stap. Neemt graag nieuwe mensen mee.")],
  traps=[X(R(None, "Mevrouw (30)", "Gildebuurt", 0, -200, age=30, av="ev", offers="Organiseert een pubquiz voor jonge mensen in het café."),
           "pubquiz voor jongeren, 's avonds", "tijd")],
  need="rouw", dir="any", avoid="gezelschap luisteren")

C("verlies-03", cat=CAT, kind="rr", title="Haar man deed altijd de bankzaken", tags="synoniem tijd richting",
  q=R(None, "Mevrouw (78)", "Gijzenrooi", 0, 0, age=78, mob="short", av="am",
      wants="Sinds haar man is overleden weet ze niet welke rekeningen er betaald moeten worden en hoe internetbankieren werkt; hij deed alles."),
  rel=[R(None, "Meneer (64)", "Gijzenrooi", 250, 100, age=64, av="am pm",
         offers="Oud-bankmedewerker; helpt mensen die de financiën van hun overleden partner moeten overnemen.")],
  traps=[X(R(None, "Mevrouw (41)", "Gijzenrooi", -100, 200, age=41, av="ev", offers="Werkt bij de bank, helpt mensen met geldzaken."),
           "alleen 's avonds", "tijd"),
         X(R(None, "Meneer (81)", "Gijzenrooi", 150, -150, age=81, mob="short", av="am", wants="Heeft hulp nodig met zijn geldzaken."),
           "zoekt zelf hulp met geld", "richting")],
  need="geldzaken", avoid="administratie computer")

C("verlies-04", cat=CAT, kind="rr", title="Jonge weduwnaar met kleine kinderen", tags="synoniem tijd waarde-beide-kanten",
  q=R(None, "Meneer (44)", "'t Hofke", 0, 0, age=44, av="ev we",
      wants="Zijn vrouw overleed vorig jaar; hij staat er alleen voor met twee kinderen van 5 en 8. Wil graag praten met andere vaders in dezelfde situatie."),
  rel=[R(None, "Meneer (39)", "'t Hofke", -250, 200, age=39, av="ev we",
         wants="Verloor zijn vrouw twee jaar geleden, zoontje van 6. Zoekt andere jonge weduwnaars om ervaringen te delen.")],
  traps=[X(R(None, "Meneer (47)", "'t Hofke", 200, 200, age=47, av="am pm", wants="Weduwnaar, zoekt lotgenoten."),
           "alleen doordeweeks overdag, als hij werkt", "tijd")],
  need="rouw", dir="any", avoid="gezelschap luisteren ouders")

C("verlies-05", cat=CAT, kind="rr", title="Durft na het overlijden van haar man niet meer te fietsen", tags="woordvorm woord-valkuil",
  q=R(None, "Mevrouw (72)", "Muschberg", 0, 0, age=72, mob="short", av="am",
      wants="Haar man is overleden; samen fietsten ze altijd. Nu durft ze niet meer alleen te fietsen en komt ze weinig buiten."),
  rel=[R(None, "Mevrouw (68)", "Muschberg", 200, -200, age=68, av="am",
         offers="Fietst elke ochtend een rondje en neemt graag iemand mee die weer zelfvertrouwen op de fiets wil krijgen.")],
  traps=[X(R(None, "Meneer (52)", "Muschberg", -150, 100, age=52, av="am pm", offers="Verkoopt en repareert tweedehands fietsen vanuit zijn garage."),
           "fietsenmaker; zij zoekt een fietsmaatje", "onderwerp")],
  need="sport", dir="any", avoid="wandelen gezelschap")

C("verlies-06", cat=CAT, kind="rp", title="Weduwnaar wil leren koken", tags="rol synoniem afstand",
  q=R(None, "Meneer (79)", "Vlokhoven", 0, 0, age=79, av="am pm",
      wants="Zijn vrouw kookte altijd; sinds ze er niet meer is eet hij elke dag een magnetronmaaltijd. Zou graag leren zelf een pot eten te maken."),
  rel=[O(None, "Kookcursus 'Alleen aan tafel'", P(None, "Buurthuis Vlokhoven", "Vlokhoven", 200, 150), cap=6, av="wed_pm",
         offers="Zes lessen eenvoudig en gezond koken voor één persoon; daarna eten we samen.", wants="Voor mannen en vrouwen die alleen zijn komen te staan.")],
  traps=[X("o08", "daar zoeken ze een ervaren kok; en het is in Stratum", "afstand"),
         X("o41", "leerwerkplek voor mensen die horeca-werk zoeken; hij is 79", "anders")],
  need="koken", dir="any", avoid="samen-eten")

C("verlies-07", cat=CAT, kind="rr", title="Haar man deed alle klusjes", tags="woordvorm richting",
  q=R(None, "Mevrouw (70)", "Kruidenbuurt", 0, 0, age=70, av="am pm",
      wants="Weduwe; haar man deed alle klusjes in huis. Nu lekt de kraan in de keuken en klemt de achterdeur."),
  rel=[R(None, "Meneer (66)", "Kruidenbuurt", -200, -150, age=66, av="am pm",
         offers="Handige buurman; repareert graag van alles: kranen, deuren, lampen.")],
  traps=[X(R(None, "Meneer (83)", "Kruidenbuurt", 100, 200, age=83, mob="short", av="am", wants="Zoekt iemand voor kleine reparaties in huis."),
           "zoekt zelf een klusjesman", "richting")],
  need="klussen", avoid="techniek")

C("verlies-08", cat=CAT, kind="rp", title="Turkse weduwe met rollator zoekt een vrouwengroep", tags="toegang",
  q=R(None, "Mevrouw (71)", "Doornakkers-Oost", 0, 0, age=71, mob="rollator", lang="tr nl", av="am pm",
      wants="Sinds de dood van haar man komt ze nergens meer. Wil graag bij andere vrouwen zijn, koffie drinken, praten."),
  rel=[O(None, "Vrouwenochtend", P(None, "Huiskamer Doornakkers-Oost", "Doornakkers-Oost", 120, 80, lang="nl tr"), cap=8, av="thu_am",
         offers="Elke donderdagochtend koffie, thee en verhalen met vrouwen uit de buurt; de ruimte is gelijkvloers.", wants="Alle vrouwen welkom.")],
  traps=[X("p16", "vrouwengroep in de moskee, maar het gebouw heeft trappen en geen lift", "toegang")],
  need="gezelschap", dir="any", avoid="rouw samen-eten")

C("verlies-09", cat=CAT, kind="rr", title="Weduwnaar wil niet meer alleen wandelen", tags="woord-valkuil waarde-beide-kanten",
  q=R(None, "Meneer (74)", "Oude Gracht-Oost", 0, 0, age=74, av="am",
      offers="Wandelt elke ochtend door het Dommeldal.", wants="Sinds zijn vrouw er niet meer is loopt hij alleen; zou het fijn vinden iemand te hebben die hetzelfde heeft meegemaakt."),
  rel=[R(None, "Mevrouw (71)", "Oude Gracht-Oost", 250, 150, age=71, av="am",
         wants="Weduwe sinds twee jaar; zou graag samen wandelen met iemand die begrijpt hoe het is.")],
  traps=[X(R(None, "Meneer (38)", "Oude Gracht-Oost", -150, -150, age=38, mob="far", av="am", wants="Zoekt een trainingsmaatje voor de marathon."),
           "zoekt een hardloopmaatje voor marathontraining", "onderwerp")],
  need="rouw wandelen", dir="any", avoid="gezelschap")

C("verlies-10", cat=CAT, kind="rr", title="Iemand om mee te praten over het verlies van haar vrouw", tags="synoniem woord-valkuil",
  q=R(None, "Mevrouw (62)", "Schouwbroek", 0, 0, age=62, av="am pm",
      wants="Haar vrouw is in het voorjaar overleden. Ze kan er met niemand over praten; vrienden ontwijken het onderwerp."),
  rel=[R(None, "Mevrouw (66)", "Schouwbroek", 200, 250, age=66, av="am",
         offers="Verloor zelf haar partner en is als vrijwilliger getraind in rouwbegeleiding; is er vooral om te luisteren.")],
  traps=[X(R(None, "Meneer (45)", "Schouwbroek", -100, 150, age=45, av="am pm", offers="Psycholoog met een eigen praktijk.", wants="Zoekt nieuwe cliënten."),
           "zoekt betalende cliënten", "onderwerp")],
  need="rouw luisteren", avoid="gezelschap")
