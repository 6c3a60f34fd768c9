"""Plausible Dutch street names, grouped by theme as Dutch neighbourhoods often are.

Real street names per buurt are not in the area data, so every buurt gets a theme (from its
name where it has an obvious one, otherwise drawn) and a handful of streets: a stem of the
theme plus a suffix ("Iris" + "straat", "Sint Joris" + "laan").
"""

# Word lists stay compact.
# fmt: off

THEMES = {
    "flowers": (
        "Iris", "Tulp", "Rozen", "Anjer", "Seringen", "Goudsbloem", "Lelie", "Narcis", "Violier", "Hyacint",
        "Krokus", "Dahlia", "Zonnebloem", "Madelief", "Papaver", "Klaproos", "Aster", "Fresia", "Jasmijn",
        "Lavendel", "Margriet", "Primula", "Korenbloem", "Vergeet-mij-niet", "Sneeuwklokje", "Pioen", "Begonia",
        "Geranium",
    ),
    "trees": (
        "Eiken", "Beuken", "Linde", "Berken", "Kastanje", "Iepen", "Populieren", "Esdoorn", "Wilgen", "Elzen",
        "Meidoorn", "Hazelaar", "Acacia", "Platanen", "Sparren", "Dennen", "Lijsterbes", "Vlier", "Essen", "Taxus",
        "Hulst", "Notenboom", "Walnoot", "Magnolia",
    ),
    "birds": (
        "Merel", "Lijster", "Spreeuwen", "Mussen", "Zwaluw", "Kievit", "Reiger", "Ooievaar", "Meeuwen", "Vinken",
        "Roodborst", "Koolmees", "Wielewaal", "Buizerd", "Valk", "Uilen", "IJsvogel", "Leeuwerik", "Specht",
        "Nachtegaal", "Putter", "Kwartel", "Fazant", "Grutto", "Tureluur", "Winterkoning",
    ),
    "writers": (
        "Vondel", "Bilderdijk", "Multatuli", "Potgieter", "Tollens", "Hooft", "Bredero", "Da Costa", "Beets",
        "Van Lennep", "Gezelle", "Perk", "Kloos", "Gorter", "Heijermans", "Couperus", "Van Eeden", "Roland Holst",
        "Cats", "Huygens", "Staring", "Conscience", "Boutens", "Verwey", "Van Maerlant", "Jacob van Lennep",
    ),
    "painters": (
        "Rembrandt", "Frans Hals", "Vermeer", "Jan Steen", "Van Gogh", "Mauve", "Israëls", "Breitner", "Jongkind",
        "Ruysdael", "Hobbema", "Ostade", "Paulus Potter", "Mesdag", "Toorop", "Mondriaan", "Bosboom", "Maris",
        "Jeroen Bosch", "Van Ostade", "Weissenbruch", "Van der Helst", "Dou", "Metsu",
    ),
    "herbs": (
        "Tijm", "Salie", "Rozemarijn", "Kervel", "Dille", "Bieslook", "Venkel", "Munt", "Marjolein", "Basilicum",
        "Lavas", "Koriander", "Dragon", "Kamille", "Peterselie", "Oregano", "Citroenmelisse", "Valeriaan", "Anijs",
        "Karwij",
    ),
    "generals": (
        "Generaal Cronjé", "Van Heutsz", "Generaal Botha", "De Wet", "Generaal Joubert", "Steijn",
        "Generaal de la Reij", "Pretorius", "Kruger", "Generaal Smuts", "Generaal Snijders", "Van Swieten",
        "Generaal Van der Heijden", "Karel Doorman", "Michiel de Ruyter", "Tromp", "Piet Hein", "Van Speijk",
    ),
    "composers": (
        "Mozart", "Beethoven", "Bach", "Chopin", "Haydn", "Schubert", "Verdi", "Händel", "Brahms", "Grieg",
        "Sweelinck", "Diepenbrock", "Mahler", "Vivaldi", "Wagner", "Schumann", "Mendelssohn", "Puccini", "Rossini",
        "Dvořák", "Sibelius", "Bizet",
    ),
    "villages": (
        "Emmen", "Assen", "Meppel", "Roden", "Beilen", "Zuidlaren", "Gieten", "Ruinen", "Vries", "Dwingeloo",
        "Hoogeveen", "Coevorden", "Borger", "Anloo", "Westerbork", "Havelte", "Diever", "Norg", "Eelde", "Odoorn",
    ),
    "old_fields": (
        "Kerk", "Molen", "Heuvel", "Broek", "Veld", "Dorps", "School", "Beemd", "Akker", "Hoog", "Berg", "Haag",
        "Hei", "Kapel", "Toren", "Pastorie", "Kloster", "Brug", "Dijk", "Gracht", "Markt", "Poort", "Kamp",
        "Hoeven", "Bogaard", "Schans", "Hoeve",
    ),
    "rivers": (
        "Dommel", "Rijn", "Maas", "Waal", "IJssel", "Gender", "Tongelreep", "Amstel", "Vecht", "Lek", "Linge",
        "Berkel", "Dinkel", "Regge", "Roer", "Geul", "Aa", "Dieze", "Merwede", "Schelde", "Eem", "Zaan", "Spaarne",
        "Hunze",
    ),
    "crafts": (
        "Smids", "Bakkers", "Kuipers", "Wevers", "Timmermans", "Schilders", "Molenaars", "Looiers", "Touwslagers",
        "Pottenbakkers", "Ververs", "Zadelmakers", "Kleermakers", "Klokkengieters", "Hoefsmids", "Lijndraaiers",
        "Mandenmakers", "Klompenmakers", "Steenhouwers", "Tinnegieters",
    ),
    "stars": (
        "Orion", "Sirius", "Pollux", "Castor", "Vega", "Andromeda", "Pegasus", "Cassiopeia", "Lyra", "Arcturus",
        "Aldebaran", "Capella", "Polaris", "Rigel", "Betelgeuze", "Deneb", "Altair", "Spica", "Antares", "Regulus",
    ),
    "saints": (
        "Sint Joris", "Sint Antonius", "Sint Gerardus", "Sint Trudo", "Sint Catharina", "Sint Lambertus",
        "Sint Martinus", "Sint Petrus", "Sint Rochus", "Sint Joseph", "Sint Anna", "Sint Franciscus",
        "Sint Willibrordus", "Sint Servaas", "Sint Lucas", "Sint Nicolaas", "Sint Barbara", "Sint Hubertus",
    ),
    "fruit": (
        "Appel", "Peren", "Kersen", "Pruimen", "Bramen", "Frambozen", "Aardbeien", "Bessen", "Mispel", "Kweeperen",
        "Abrikozen", "Perzik", "Druiven", "Vijgen", "Hazelnoot", "Moerbei",
    ),
    "islands": (
        "Texel", "Vlieland", "Terschelling", "Ameland", "Schiermonnikoog", "Urk", "Marken", "Tholen", "Goeree",
        "Walcheren", "Voorne", "Schouwen", "Wieringen", "Pampus", "Rottum", "Griend",
    ),
}
SUFFIXES = ("straat", "laan", "weg", "plein", "hof", "pad", "dreef", "singel", "erf")
SUFFIX_WEIGHTS = (50, 15, 7, 6, 8, 4, 4, 3, 3)

# Theme by a word in the buurt name; other buurten draw a theme.
THEME_BY_NAME = (
    ("schrijvers", "writers"),
    ("kruiden", "herbs"),
    ("iris", "flowers"),
    ("bloemen", "flowers"),
    ("rozen", "flowers"),
    ("generalen", "generals"),
    ("wielewaal", "birds"),
    ("ooievaar", "birds"),
    ("drents", "villages"),
    ("rochus", "saints"),
    ("joris", "saints"),
    ("gerardus", "saints"),
    ("tuindorp", "trees"),
    ("akker", "old_fields"),
    ("kerk", "old_fields"),
    ("rijk", "islands"),
)

FLAT_NAMES = (
    "De Klokkenberg", "Het Ven", "De Toren", "De Hoge Rijt", "Het Baken", "De Lichttoren", "Het Uitzicht",
    "De Wachter", "De Zevensprong", "Het Kompas", "De Vuurtoren", "De Meander",
)
# fmt: on
