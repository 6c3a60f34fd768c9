"""Dutch and English text to taxonomy concepts and stems: normalisation, stemming, compounds, synonyms."""

import pytest

from bloei.matching.suggestions.text import (
    Analyzer,
    concepts_from_csv,
    concepts_from_db,
    content_words,
    fold,
    get_analyzer,
    light_stems,
    stem_en,
    stem_nl,
    tokenize,
)


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(concepts_from_csv())


@pytest.fixture(scope="module")
def slug(analyzer):
    by_slug = {c.slug: c.id for c in analyzer.concepts.values()}
    return by_slug.__getitem__


def slugs(analyzer, text):
    return {analyzer.concepts[c].slug for c in analyzer.analyze(text).concepts}


class TestNormalisation:
    def test_lowercase_and_accents_folded(self):
        assert fold("Taalcafé in de Financiën") == "taalcafe in de financien"

    def test_tokens_split_on_punctuation_and_hyphens_and_join_apostrophes(self):
        assert tokenize("Foto's maken, koffie-inloop (2x) én 'n praatje!") == [
            "fotos",
            "maken",
            "koffie",
            "inloop",
            "2x",
            "en",
            "praatje",
        ]

    def test_dutch_and_english_stopwords_are_dropped(self):
        assert content_words("Ik zou graag iets doen voor de buurt and I would like to help") == [
            "buurt",
        ]


class TestStemming:
    def test_dutch_inflections_share_a_stem(self):
        assert stem_nl("wandelen") == stem_nl("wandel") == "wandel"
        assert stem_nl("kinderen") == stem_nl("kinder")
        assert stem_nl("verhalen") == stem_nl("verhaal")

    def test_english_inflections_share_a_stem(self):
        assert stem_en("gardening") == stem_en("garden") == "garden"
        assert stem_en("painting") == stem_en("paints") == "paint"

    def test_light_stems_take_off_plural_and_diminutive(self):
        assert "klus" in light_stems("klusjes")
        assert "klus" in light_stems("klussen")
        assert "tuin" in light_stems("tuinen")
        assert "tuin" in light_stems("tuintje")
        assert "maat" in light_stems("maatjes")


class TestCompounds:
    @pytest.mark.parametrize(
        "word, parts",
        [
            ("tuinonderhoud", ["tuin", "onderhoud"]),
            ("huiswerkbegeleiding", ["huiswerk", "begeleiding"]),
            ("taalmaatje", ["taal", "maatje"]),
            ("wandelmaatje", ["wandel", "maatje"]),
            ("levensverhalen", ["leven", "verhalen"]),  # linking -s-
            ("boekenclub", ["boeken", "club"]),
            ("moestuinvereniging", ["moestuin", "vereniging"]),
            ("kunstacademie", ["kunst", "academie"]),
        ],
    )
    def test_a_compound_splits_into_known_parts(self, analyzer, word, parts):
        assert analyzer.split_compound(word) == parts

    @pytest.mark.parametrize("word", ["tuin", "kapper", "voedselbank", "bakken", "slechtziend"])
    def test_a_plain_word_is_not_split(self, analyzer, word):
        assert analyzer.split_compound(word) is None

    def test_the_parts_of_an_unknown_compound_find_their_concepts(self, analyzer):
        assert slugs(analyzer, "wandelmaatjes gezocht") == {"wandelen"}
        assert slugs(analyzer, "moestuinvereniging") == {"tuinieren"}
        assert slugs(analyzer, "kinderoppas") == {"oppassen"}
        assert slugs(analyzer, "schildersles") == {"schilderen", "lesgeven"}

    def test_parts_without_a_concept_become_stems(self, analyzer):
        found = analyzer.analyze("buurthuis")
        assert not found.concepts
        assert {"buurt", "huis", "buurthuis"} <= set(found.stems)


class TestSynonymsAndConcepts:
    def test_the_taxonomy_names_and_search_words_map_to_the_talent(self, analyzer):
        assert slugs(analyzer, "Hulp bij het bijhouden van de tuin") == {"tuinieren"}
        assert slugs(analyzer, "Wil taalmaatje zijn voor nieuwkomers") == {"taal-nederlands"}
        assert slugs(analyzer, "tuinonderhoud") == {"tuinieren"}
        assert slugs(analyzer, "huiswerkbegeleiding") == {"huiswerkbegeleiding"}

    def test_the_synonyms_file_adds_words(self, analyzer):
        assert slugs(analyzer, "een hovenier") == {"tuinieren"}
        assert slugs(analyzer, "rouwverwerking") == {"luisteren"}

    @pytest.mark.parametrize(
        "dutch, english",
        [
            ("tuinieren", "gardening"),
            ("schilderen", "painting"),
            ("honden uitlaten", "dog walking"),
            ("koken", "cooking meals"),
            ("Nederlands oefenen", "practising Dutch"),
        ],
    )
    def test_english_words_map_to_the_same_concept_as_dutch(self, analyzer, dutch, english):
        assert slugs(analyzer, dutch) == slugs(analyzer, english) != set()

    def test_a_phrase_wins_over_its_words(self, analyzer):
        # "band" alone is no talent; "band plakken" is repairing bicycles.
        assert slugs(analyzer, "band plakken") == {"fietsen-repareren"}
        assert slugs(analyzer, "Nederlands te leren") == {"taal-nederlands"}

    def test_general_words_do_not_pass_for_a_talent(self, analyzer):
        assert slugs(analyzer, "Kan niet ver lopen") == set()
        assert slugs(analyzer, "Ik zou graag iets leren") == set()
        assert slugs(analyzer, "vrijwilligerswerk") == set()

    def test_words_outside_the_taxonomy_are_kept_as_stems_with_a_word(self, analyzer):
        found = analyzer.analyze("Afgestudeerd aan de kunstacademie in Cairo")
        assert found.concepts == {analyzer.analyze("schilderen").concepts.__iter__().__next__()}
        assert found.stems[stem_nl("cairo")] == "cairo"
        assert stem_nl("afgestudeerd") in found.stems


@pytest.mark.django_db
def test_the_analyzer_reads_the_taxonomy_from_the_database():
    db = concepts_from_db()
    # The data migration people.0003 reloaded the enriched taxonomy: the same names and search words.
    assert {(c.slug, c.name_nl, c.name_en, c.terms) for c in db} == {
        (c.slug, c.name_nl, c.name_en, c.terms) for c in concepts_from_csv()
    }
    gardening = next(c for c in db if c.slug == "tuinieren")
    assert gardening.id in get_analyzer().analyze("moestuin").concepts
