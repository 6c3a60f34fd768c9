# ruff: noqa: E501
# fmt: off
"""Cooks, bakers and eating together (003: "once a week cooking and eating together", the cooking workshop
that grew from the buddy afternoon)."""

from dsl import C, O, P, R, X

CAT = "eten"

C("eten-01", cat=CAT, kind="rr", title="Eens per week samen eten in plaats van alleen (003)", tags="synoniem waarde-beide-kanten",
  q=R(None, "Mevrouw (70)", "Kerkdorp Acht", 0, 0, age=70, av="pm ev",
      wants="Vindt dat er in de buurt te weinig te doen is. Zou het gezellig vinden om eens per week met buren samen te eten in plaats van alleen."),
  rel=[R(None, "Mevrouw (58)", "Kerkdorp Acht", 250, 150, age=58, av="ev",
         offers="Kookt graag voor een groep en wil een wekelijkse eettafel voor buren beginnen in haar eigen huis.")],
  traps=[X(R(None, "Meneer (35)", "Kerkdorp Acht", -200, 100, age=35, av="am", offers="Heeft een cateringbedrijf.", wants="Zoekt nieuwe opdrachten voor feesten."),
           "commerciële catering, alleen 's ochtends bereikbaar", "tijd")],
  need="samen-eten koken", dir="any", avoid="gezelschap")

C("eten-02", cat=CAT, kind="rp", title="Surinaamse kookster wil koken voor de buurt", tags="synoniem rol",
  q=R(None, "Mevrouw (59)", "Irisbuurt", 150, 0, age=59, av="pm",
      offers="Maakt roti, pom en moksi meti voor familiefeesten van vijftig man.", wants="Zou graag voor de buurt koken, vooral voor ouderen die alleen zijn."),
  rel=["o08"],
  traps=[X("o41", "leerwerkplek voor mensen die een baan in de horeca zoeken; en in Woensel", "anders")],
  need="koken samen-eten", dir="any", avoid="")

C("eten-03", cat=CAT, kind="rp", title="Weduwnaar eet elke avond alleen", tags="synoniem afstand",
  q=R(None, "Meneer (83)", "Vaartbroek", 100, 100, age=83, mob="short", av="ev",
      wants="Eet sinds de dood van zijn vrouw elke avond alleen voor de tv. Zou best ergens een warme maaltijd willen eten met andere mensen, als het niet te duur is."),
  rel=["p36"],
  traps=[X("o80", "kookworkshop in Begijnenbroek, 2 km; hij loopt alleen korte stukjes", "afstand"),
         X("p06", "buurtmaaltijd in de Irisbuurt, 5 km", "afstand")],
  need="samen-eten", dir="any", avoid="gezelschap koken rouw")

C("eten-04", cat=CAT, kind="rp", title="Gepensioneerde bakker wil kinderen leren bakken", tags="rol woordvorm",
  q=R(None, "Meneer (76)", "Woenselse Heide", 0, 0, age=76, av="am pm",
      offers="Was veertig jaar bakker; maakt nog elke week brood.", wants="Zou het mooi vinden om zijn vak door te geven aan kinderen."),
  rel=[O(None, "Bakles voor kinderen", P(None, "Buurthuis Woenselse Heide", "Woenselse Heide", 200, 200), cap=1, av="wed_pm",
         offers="Op woensdagmiddag met kinderen uit de wijk brood en koekjes bakken; we zoeken iemand die het vak kent.", wants="Vrijwilliger met bakervaring.")],
  traps=[X("o74", "leerwerkplek voor iemand die het vak wil leren", "anders")],
  need="bakken", dir="any", avoid="koken lesgeven")

C("eten-05", cat=CAT, kind="rp", title="Chinese cook wants to share her dumplings", tags="engels synoniem afstand",
  q=R(None, "Mrs. (35)", "Zandrijk", 0, 0, age=35, mob="far", lang="zh en", av="we",
      offers="Makes dumplings and noodles from scratch.", wants="Would love to cook for neighbours and get to know people; there's no community centre here."),
  rel=[O(None, "Wereldkeuken", "p50", cap=2, av="sat_pm sun_pm",
         offers="Elke maand kookt een buurtbewoner een gerecht uit het land van herkomst voor 20 buren.", wants="Koks uit alle landen.")],
  traps=[X("o80", "kookworkshop in Woensel, 6 km", "afstand")],
  need="koken samen-eten", dir="any", avoid="gezelschap")

C("eten-06", cat=CAT, kind="rr", title="Slechtziend en bang aan het fornuis", tags="synoniem richting",
  q=R(None, "Mevrouw (77)", "Irisbuurt", -100, -100, age=77, mob="short", av="pm",
      wants="Ziet slecht en durft niet meer alleen aan het fornuis. Zou graag samen met iemand een warme maaltijd maken."),
  rel=[R(None, "Mevrouw (62)", "Irisbuurt", 200, 150, age=62, av="pm",
         offers="Was kokkin in het ziekenhuis; kookt graag samen met iemand in diens eigen keuken.")],
  traps=[X(R(None, "Meneer (66)", "Irisbuurt", 100, 200, age=66, av="pm", offers="Bezorgt warme maaltijden van de thuiszorg."),
           "brengt kant-en-klare maaltijden; zij wil zelf meekoken", "onderwerp"),
         X(R(None, "Mevrouw (29)", "Irisbuurt", -150, 100, age=29, av="pm", wants="Wil leren koken."),
           "wil het zelf leren", "richting")],
  need="koken", avoid="samen-eten")

C("eten-07", cat=CAT, kind="rp", title="Baklava voor feesten: een eigen cateringbedrijfje?", tags="synoniem rol",
  q=R(None, "Mevrouw (41)", "Kruidenbuurt", 0, 0, age=41, lang="tr nl", av="am",
      offers="Bakt baklava en börek voor bruiloften en feesten.", wants="Mensen vragen steeds of ze het kunnen kopen; wil er een eigen cateringbedrijfje van maken."),
  rel=[O(None, "Starterstraject vrouwelijke ondernemers", P(None, "Vrouwen Ondernemen Stratum", "Kruidenbuurt", 300, 100, pk="foundation"), cap=4, av="tue_am",
         offers="Vijf ochtenden over een eigen bedrijf starten: KvK, prijzen, hygiëneregels, met een ondernemer als mentor.", wants="Voor vrouwen met een idee.")],
  traps=[X("o56", "traject voor jongeren van 16 tot 27, 's avonds", "tijd"),
         X("o74", "leerwerkplek in een bakkerij; zij kan het vak al", "anders")],
  need="ondernemen", dir="any", avoid="bakken koken werk-zoeken")

C("eten-08", cat=CAT, kind="rp", title="Goedkoop leren koken", tags="synoniem",
  q=R(None, "Meneer (23)", "Oude Toren", -150, 0, age=23, av="all",
      wants="Woont sinds kort op zichzelf, eet elke dag friet en pizza; wil leren goedkoop en gezond te koken."),
  rel=["o80"],
  traps=[X("o41", "werkervaring als hulpkok in Woensel-Noord, vijf dagen per week; hij wil voor zichzelf leren koken", "anders")],
  need="koken", dir="any", avoid="samen-eten")

C("eten-09", cat=CAT, kind="rr", title="Werkloze kok wil zijn dagen vullen", tags="richting synoniem",
  q=R(None, "Meneer (45)", "Hanevoet", 0, 0, age=45, lang="ar nl", av="am pm",
      offers="Kok van beroep, nu werkloos; kookt graag voor anderen.", wants="Wil zijn dagen vullen met iets zinnigs."),
  rel=[R(None, "Meneer (88)", "Hanevoet", 200, -250, age=88, mob="homebound", av="pm",
         wants="Krijgt geen warm eten meer sinds zijn vrouw overleed; de magnetronmaaltijden vindt hij niet te eten.")],
  traps=[X(R(None, "Mevrouw (52)", "Hanevoet", -150, 150, age=52, av="am pm", offers="Kookt elke dag voor haar buurvrouw."),
           "kookt zelf al voor anderen; zoekt geen kok", "richting")],
  need="koken", dir="want", avoid="samen-eten")

C("eten-10", cat=CAT, kind="rr", title="Iftar met de buren", tags="synoniem waarde-beide-kanten",
  q=R(None, "Meneer (47)", "Woensel-West", 0, 0, age=47, lang="ar nl", av="ev",
      offers="Kookt met zijn gezin een grote iftar-maaltijd.", wants="Wil tijdens de ramadan buren die alleen zijn uitnodigen om mee te eten."),
  rel=[R(None, "Mevrouw (71)", "Woensel-West", 250, 100, age=71, av="ev",
         wants="Is nieuwsgierig naar andere culturen en eet graag eens bij buren aan; woont alleen.")],
  traps=[X(R(None, "Mevrouw (40)", "Woensel-West", -100, 250, age=40, av="am", wants="Zoekt een halal slager in de buurt."),
           "zoekt een winkel", "onderwerp")],
  need="samen-eten gezelschap", dir="any", avoid="koken")
