"""First and last names per language group, and the languages residents speak.

Groups are coarse on purpose: a resident whose first language is Tigrinya gets an Eritrean
name, one whose first language is Polish a Polish name, and so on.
"""

# Word lists stay compact.
# fmt: off

NL_FIRST = (
    "Anna", "Annie", "Ans", "Anneke", "Bep", "Bert", "Bram", "Carla", "Cor", "Corrie", "Daan", "Dirk", "Diny",
    "Els", "Emma", "Erik", "Esther", "Evert", "Femke", "Fien", "Frans", "Gerard", "Gerrit", "Gert", "Greet",
    "Hanneke", "Hans", "Harrie", "Henk", "Hennie", "Ilse", "Ingrid", "Jan", "Janneke", "Jannie", "Jeanne", "Jeroen",
    "Johan", "Joke", "Joop", "Jos", "Karin", "Kees", "Klaas", "Koen", "Lies", "Lieke", "Linda", "Lotte", "Louis",
    "Maria", "Marian", "Marieke", "Marjan", "Mark", "Martin", "Mien", "Mieke", "Nel", "Nelly", "Niels", "Noor",
    "Peter", "Piet", "Riet", "Rob", "Roos", "Ruud", "Sander", "Sanne", "Sjaak", "Sjef", "Stijn", "Thea", "Theo",
    "Tineke", "Toon", "Truus", "Willem", "Wim", "Wilma", "Yvonne", "Anouk", "Bas", "Charlotte", "Dewi", "Fleur",
    "Iris", "Jesse", "Julia", "Lars", "Lisa", "Luuk", "Milan", "Nina", "Ruben", "Sem", "Sophie", "Tim", "Tess",
    "Gerda", "Hein", "Ton", "Tiny", "Marij", "Frits", "Jacqueline", "Ria", "Ellen", "Paul", "Rina", "Gijs",
)
NL_LAST = (
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
    "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
    "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
    "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Bruin", "van der Heijden",
    "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster",
    "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "Kuijpers", "van Gils", "Coenen", "Verhagen",
    "van Hout", "Swinkels", "van Asten", "Aarts", "van de Laar", "Lathouwers", "van Lieshout", "Rovers", "Hurkmans",
    "van Kessel", "Scheepers", "van Rooij", "Sanders", "van Vugt", "Bressers", "Wouters", "Geerts", "van Doorn",
    "Renders", "van der Heijden", "Biemans", "van Eijk", "Gerrits", "Stevens", "Verbeek",
)
AR_FIRST = (
    "Mohammed", "Ahmed", "Youssef", "Khalid", "Omar", "Hassan", "Mustafa", "Karim", "Rachid", "Bilal", "Samir",
    "Fatima", "Khadija", "Aicha", "Nadia", "Samira", "Malika", "Leila", "Hanan", "Souad", "Yasmina", "Zineb",
    "Amal", "Rania", "Mariam", "Noor", "Ibrahim", "Ali", "Abdel", "Hamza",
)
AR_LAST = (
    "El Amrani", "Bouzid", "El Idrissi", "Benali", "Haddou", "Ouali", "Azzouz", "El Khatib", "Tahiri", "Boukhari",
    "Alaoui", "Ziani", "Mansour", "Haddad", "Al-Hassan", "Darwish", "Saleh", "Nasser", "Yousef", "Khoury",
)
TR_FIRST = (
    "Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Hasan", "Emre", "Murat", "Kemal", "Yusuf", "Osman", "Ayşe", "Fatma",
    "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Sevgi", "Gül", "Esra",
)
TR_LAST = (
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Aslan",
    "Koç", "Kurt", "Özdemir", "Polat",
)
PL_FIRST = (
    "Katarzyna", "Agnieszka", "Magdalena", "Joanna", "Anna", "Ewa", "Monika", "Piotr", "Tomasz", "Paweł",
    "Krzysztof", "Marek", "Michał", "Łukasz", "Kamil", "Marta",
)
PL_LAST = (
    "Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowski", "Zielińska", "Szymański",
    "Woźniak", "Dąbrowska", "Kozłowski", "Mazur", "Krawczyk",
)
INTL_FIRST = (
    "James", "Sarah", "Daniel", "Emily", "Priya", "Rahul", "Wei", "Mei", "Carlos", "Lucía", "Marco", "Giulia",
    "Pierre", "Claire", "João", "Ana", "Thomas", "Laura", "Arjun", "Ananya", "Kevin", "Olivia", "Chen", "Li",
    "Stefan", "Julia", "Miguel", "Sofia",
)
INTL_LAST = (
    "Smith", "Brown", "Taylor", "Wilson", "Patel", "Sharma", "Wang", "Zhang", "García", "Fernández", "Rossi",
    "Bianchi", "Dubois", "Martin", "Silva", "Santos", "Müller", "Schmidt", "Iyer", "Kumar", "Li", "Chen",
)
TI_FIRST = (
    "Filmon", "Yonas", "Dawit", "Semere", "Tesfay", "Berhane", "Michael", "Senait", "Helen", "Saba", "Rahwa",
    "Selam", "Luwam", "Eden", "Yohannes", "Merhawi",
)
TI_LAST = (
    "Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Tekle", "Berhe", "Woldemichael", "Gebremariam", "Habte",
    "Andemariam", "Mehari", "Ghirmay",
)
SO_FIRST = ("Abdi", "Mahad", "Ayaan", "Hodan", "Fartun", "Abdirahman", "Khadar", "Ifrah", "Sahra", "Mohamed")
SO_LAST = ("Warsame", "Farah", "Hersi", "Abdullahi", "Osman", "Jama", "Egal", "Nur")
FA_FIRST = (
    "Reza", "Ali", "Hossein", "Mehdi", "Farid", "Ahmad", "Zahra", "Maryam", "Fatemeh", "Shirin", "Parisa", "Nasrin",
    "Soraya", "Hamid",
)
FA_LAST = ("Ahmadi", "Hosseini", "Rahimi", "Karimi", "Mohammadi", "Rezaei", "Sadeghi", "Jafari", "Noori", "Azizi")
UK_FIRST = (
    "Olena", "Oksana", "Iryna", "Natalia", "Tetiana", "Yulia", "Svitlana", "Olha", "Andrii", "Oleksandr", "Dmytro",
    "Serhii", "Viktor", "Mykola", "Anastasia",
)
UK_LAST = (
    "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Oliinyk", "Boiko", "Marchenko",
    "Petrenko", "Ivanova", "Smirnova",
)
RO_FIRST = ("Andrei", "Ionuț", "Mihai", "Elena", "Ioana", "Maria", "Georgi", "Dimitar", "Ivana", "Petya", "Radu")
RO_LAST = ("Popescu", "Ionescu", "Dumitru", "Stan", "Georgiev", "Dimitrov", "Petrova", "Ivanov", "Marin")
CARIB_FIRST = (
    "Ruthmila", "Marlon", "Jurgen", "Shirley", "Glenn", "Sharon", "Romano", "Jennifer", "Dave", "Esmeralda",
    "Ricardo", "Natasha",
)
CARIB_LAST = ("Martina", "Pinas", "Sno", "Koster", "Rosaria", "Doelwijt", "Esajas", "Mercelina", "Held", "Brown")

# Name pool per language code; codes not listed fall back to the international pool.
NAME_POOLS = {
    "nl": (NL_FIRST, NL_LAST),
    "ar": (AR_FIRST, AR_LAST),
    "ber": (AR_FIRST, AR_LAST),
    "tr": (TR_FIRST, TR_LAST),
    "ku": (TR_FIRST, TR_LAST),
    "pl": (PL_FIRST, PL_LAST),
    "ti": (TI_FIRST, TI_LAST),
    "so": (SO_FIRST, SO_LAST),
    "fa": (FA_FIRST, FA_LAST),
    "prs": (FA_FIRST, FA_LAST),
    "uk": (UK_FIRST, UK_LAST),
    "ru": (UK_FIRST, UK_LAST),
    "ro": (RO_FIRST, RO_LAST),
    "bg": (RO_FIRST, RO_LAST),
    "pap": (CARIB_FIRST, CARIB_LAST),
    "srn": (CARIB_FIRST, CARIB_LAST),
}
INTL_POOL = (INTL_FIRST, INTL_LAST)

# First language of residents, in per mille (003: mostly Dutch; Arabic, Turkish, Polish, English,
# Tigrinya and Ukrainian are the largest other groups reached by the Eindhoven teams).
FIRST_LANGUAGE_WEIGHTS = {
    "nl": 735,
    "ar": 55,
    "tr": 50,
    "pl": 25,
    "en": 30,
    "ti": 15,
    "uk": 14,
    "ber": 10,
    "fa": 9,
    "so": 8,
    "ku": 7,
    "prs": 5,
    "ro": 6,
    "bg": 6,
    "pap": 5,
    "srn": 4,
    "zh": 4,
    "hi": 4,
    "es": 4,
    "de": 3,
    "pt": 3,
    "ru": 3,
    "fr": 3,
    "it": 2,
    "ur": 2,
    "ngt": 1,
}
# A second language some groups often speak besides their first (and besides Dutch).
SECOND_LANGUAGE = {"ber": "ar", "ku": "tr", "prs": "fa", "uk": "ru", "ur": "hi"}
# Chance that a resident with another first language also speaks Dutch.
ALSO_DUTCH = {"en": 0.3, "uk": 0.25, "ru": 0.4, "zh": 0.4, "hi": 0.3, "ti": 0.45, "so": 0.5, "pl": 0.4}
ALSO_DUTCH_DEFAULT = 0.6
# fmt: on
