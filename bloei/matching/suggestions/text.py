"""Dutch (and English) text to concepts of the talent taxonomy and word stems.

    analyzer = get_analyzer()
    features = analyzer.analyze("Ik zoek hulp bij tuinonderhoud en wil graag Nederlands oefenen")
    features.concepts   # {id of "Tuinieren", id of "Nederlands oefenen"}
    features.stems      # stems of the words that are not part of the taxonomy, e.g. {}

The pipeline: lowercase and fold accents ("café" -> "cafe"), split into words, drop Dutch and English
stopwords, then for every word try the taxonomy lexicon by its surface form, its Dutch Snowball stem, a
light Dutch stem (plural and diminutive endings) and its English Snowball stem. Phrases of the taxonomy
("band plakken", "social media") are matched first on consecutive word stems. A word the lexicon does not
know is split greedily into known parts when it is a Dutch compound ("tuinonderhoud" -> tuin + onderhoud,
"wandelmaatje" -> wandel + maatje, "levensverhalen" -> leven + s + verhalen). Words and parts that map to no
concept become stems for the word-overlap signal.

The lexicon comes from the taxonomy the beheerder keeps (people.Talent: Dutch and English names and
search words) plus data/synonyms.txt; data/general_words.txt only helps to split compounds.
"""

from __future__ import annotations

import csv
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import snowballstemmer

DATA = Path(__file__).resolve().parent / "data"
TALENTS_CSV = Path(__file__).resolve().parents[2] / "people" / "data" / "talents.csv"

# Compound parts shorter than this are accepted only from SHORT_PARTS (prefixes like "be", "ver", "ont"
# must not pass for words).
MIN_PART = 4
SHORT_PARTS = frozenset({"les", "kok", "bak", "kat", "eet", "zang", "dag", "man", "uur", "oud", "wol", "taal"})
# Linking sounds between the parts of a Dutch compound: "levensverhaal", "boekenclub", "kinderopvang".
LINKS = ("s", "en", "e")
MIN_COMPOUND = 7
WORD = re.compile(r"[a-z0-9]+")


def _words_file(name: str) -> frozenset[str]:
    lines = (line.strip() for line in (DATA / name).read_text(encoding="utf-8").splitlines())
    return frozenset(fold(line) for line in lines if line and not line.startswith("#"))


def fold(text: str) -> str:
    """Lowercase without accents: "Taalcafé" -> "taalcafe", "financiën" -> "financien"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokenize(text: str) -> list[str]:
    """Words of `text`, folded; apostrophes joined ("foto's" -> "fotos"), hyphens and punctuation split."""
    text = fold(text or "").replace("'", "").replace("’", "").replace("`", "")
    return [w for w in WORD.findall(text) if len(w) > 1 and not w.isdigit()]


STOPWORDS = _words_file("stopwords_nl.txt") | _words_file("stopwords_en.txt")
GENERAL_WORDS = _words_file("general_words.txt")

_local = threading.local()


def _stemmers():
    # Snowball stemmer objects keep state while stemming: one pair per thread.
    pair = getattr(_local, "stemmers", None)
    if pair is None:
        pair = _local.stemmers = (snowballstemmer.stemmer("dutch"), snowballstemmer.stemmer("english"))
    return pair


@lru_cache(maxsize=200_000)
def stem_nl(word: str) -> str:
    return _stemmers()[0].stemWord(word)


@lru_cache(maxsize=200_000)
def stem_en(word: str) -> str:
    return _stemmers()[1].stemWord(word)


@lru_cache(maxsize=200_000)
def light_stems(word: str) -> tuple[str, ...]:
    """Dutch plural, diminutive and verb endings off: "klusjes" -> "klus", "maatjes" -> "maat", "kookt" -> "kook".

    A diminutive can be read two ways ("maat|je" or "maa|tje"), so both readings are returned.
    """
    found: list[str] = []
    for suffix in ("etjes", "tjes", "jes", "etje", "tje", "je", "en", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix == "en" and base[-1] == base[-2]:  # "klussen" -> "klus"
                base = base[:-1]
            if base not in found:
                found.append(base)
            if suffix in ("en", "s"):
                break
    # A verb in the third person: "schildert" -> "schilder", "kookt" -> "kook", "repareert" -> "reparer".
    if word.endswith("eert") and len(word) > 6:
        found.append(word[:-3] + "r")
    elif word.endswith("t") and len(word) >= 5 and word[:-1] not in found:
        found.append(word[:-1])
    return tuple(found)


def word_keys(word: str) -> tuple[str, ...]:
    """The forms under which a word is looked up in the lexicon, most exact first.

    Derived forms shorter than 4 letters are left out: the English stemmer makes "ver" of the Dutch
    "verlies" and "los" of "loss".
    """
    keys = [word]
    for form in (stem_nl(word), *light_stems(word), stem_en(word)):
        if form not in keys and len(form) >= 4:
            keys.append(form)
    return tuple(keys)


def content_words(text: str) -> list[str]:
    return [w for w in tokenize(text) if w not in STOPWORDS]


@dataclass(frozen=True)
class Concept:
    """One entry of the taxonomy: a talent or interest (people.Talent)."""

    id: int
    slug: str
    name_nl: str
    name_en: str
    terms: tuple[str, ...] = ()

    def name(self, language: str | None) -> str:
        return self.name_en if (language or "nl").startswith("en") else self.name_nl


@dataclass(frozen=True)
class TextFeatures:
    """What a text is about: taxonomy concept ids, and stems of the other content words (stem -> a word)."""

    concepts: frozenset[int] = frozenset()
    stems: dict[str, str] = field(default_factory=dict)


def _read_synonyms() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in (DATA / "synonyms.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        slug, _, words = line.partition(":")
        found.setdefault(slug.strip(), []).extend(w.strip() for w in words.split(",") if w.strip())
    return found


class Analyzer:
    """Text -> (concept ids, stems), with a lexicon built from the taxonomy. Immutable once built."""

    def __init__(self, concepts: Iterable[Concept], *, synonyms: dict[str, list[str]] | None = None):
        self.concepts: dict[int, Concept] = {}
        self.single: dict[str, set[int]] = {}
        self.phrases: dict[tuple[str, ...], set[int]] = {}
        self.known_parts: set[str] = set(GENERAL_WORDS)
        synonyms = _read_synonyms() if synonyms is None else synonyms
        for concept in concepts:
            self.concepts[concept.id] = concept
            for term in (concept.name_nl, concept.name_en, *concept.terms, *synonyms.get(concept.slug, ())):
                self._add_term(term, concept.id)
        for word in GENERAL_WORDS:
            self.known_parts.update(word_keys(word)[:2])
        self.max_phrase = max((len(p) for p in self.phrases), default=1)
        self._cache: dict[str, TextFeatures] = {}
        self._lock = threading.Lock()

    # -- building ------------------------------------------------------------------------------------

    def _add_term(self, term: str, concept_id: int) -> None:
        words = tokenize(term)
        content = [w for w in words if w not in STOPWORDS]
        if not content:
            return
        if len(words) == 1:
            word = words[0]
            for key in word_keys(word):
                self.single.setdefault(key, set()).add(concept_id)
            self.known_parts.update((word, stem_nl(word)))
            return
        # A phrase: matched on the stems of all its words, and of its content words when two or more
        # are left ("Nederlands leren" also matches "Nederlands te leren").
        for seq in (words, content) if len(content) > 1 else (words,):
            for stems in (tuple(stem_nl(w) for w in seq), tuple(stem_en(w) for w in seq)):
                self.phrases.setdefault(stems, set()).add(concept_id)
        for word in content:
            self.known_parts.update((word, stem_nl(word)))

    # -- lookups -------------------------------------------------------------------------------------

    def concepts_of_word(self, word: str) -> set[int]:
        """Concepts a single word stands for (by any of its lookup forms)."""
        found: set[int] = set()
        for key in word_keys(word):
            found |= self.single.get(key, set())
        return found

    def _is_part(self, piece: str, *, final: bool = False) -> bool:
        if len(piece) < MIN_PART and piece not in SHORT_PARTS:
            return False
        if piece in self.known_parts or piece in self.single:
            return True
        # The last part carries the inflection: "wandelmaatjes", "tuinklusjes".
        return final and any(k in self.known_parts or k in self.single for k in (*light_stems(piece), stem_nl(piece)))

    def split_compound(self, word: str) -> list[str] | None:
        """Split a Dutch compound into known parts: fewest parts, and on a tie the longest first part.

        "tuinonderhoud" -> ["tuin", "onderhoud"]; "levensverhalen" -> ["leven", "verhalen"] (the linking "s"
        is dropped). None when the word is not a compound of known parts.
        """
        if len(word) < MIN_COMPOUND:
            return None
        best = self._split(word, 0, {})
        return best if best and len(best) > 1 else None

    def _split(self, word: str, start: int, memo: dict[int, list[str] | None]) -> list[str] | None:
        """The best split of word[start:] (a single part only when start > 0)."""
        if start in memo:
            return memo[start]
        best: list[str] | None = None
        if start > 0 and self._is_part(word[start:], final=True):
            best = [word[start:]]
        else:
            for end in range(len(word) - 1, start, -1):
                piece = word[start:end]
                if not self._is_part(piece):
                    continue
                for link in ("", *LINKS):
                    after = end + len(link)
                    if (link and not word.startswith(link, end)) or after >= len(word):
                        continue
                    tail = self._split(word, after, memo)
                    if tail and (best is None or len(tail) + 1 < len(best)):
                        best = [piece, *tail]
        memo[start] = best
        return best

    def analyze(self, text: str) -> TextFeatures:
        """Concept ids and stems of `text`. Results are cached per text."""
        text = text or ""
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        features = self._analyze(text)
        with self._lock:
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[text] = features
        return features

    def _match_phrases(self, positions: list[int], words: list[str], used: list[bool], concepts: set[int]) -> None:
        """Mark the longest taxonomy phrases among the words at `positions` (indexes into `words`)."""
        nl = [stem_nl(words[p]) for p in positions]
        en = [stem_en(words[p]) for p in positions]
        for size in range(min(self.max_phrase, len(positions)), 1, -1):
            for i in range(len(positions) - size + 1):
                span = positions[i : i + size]
                if any(used[p] for p in span):
                    continue
                hit = self.phrases.get(tuple(nl[i : i + size])) or self.phrases.get(tuple(en[i : i + size]))
                if hit:
                    concepts |= hit
                    for p in span:
                        used[p] = True

    def _analyze(self, text: str) -> TextFeatures:
        words = tokenize(text)
        concepts: set[int] = set()
        stems: dict[str, str] = {}
        used = [False] * len(words)
        self._match_phrases(list(range(len(words))), words, used, concepts)
        content = [i for i, w in enumerate(words) if w not in STOPWORDS]
        self._match_phrases(content, words, used, concepts)
        for i in content:
            if used[i]:
                continue
            word = words[i]
            hit = self.concepts_of_word(word)
            if hit:
                concepts |= hit
                continue
            parts = self.split_compound(word)
            if parts:
                part_hits = [self.concepts_of_word(p) for p in parts]
                for part, part_hit in zip(parts, part_hits, strict=True):
                    if part_hit:
                        concepts |= part_hit
                    elif len(part) >= MIN_PART:
                        stems.setdefault(stem_nl(part), part)
                if any(part_hits):
                    continue
            if len(word) >= 3:
                stems.setdefault(stem_nl(word), word)
        return TextFeatures(concepts=frozenset(concepts), stems=stems)


# --- the taxonomy, from the database (or the CSV file the migration loads) -------------------------------


def _terms(keywords: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in (keywords or "").split(",") if k.strip())


def concepts_from_db() -> list[Concept]:
    from bloei.people.models import Talent

    return [
        Concept(id=t.pk, slug=t.slug, name_nl=t.name_nl, name_en=t.name_en, terms=_terms(t.keywords))
        for t in Talent.objects.order_by("pk")
    ]


def concepts_from_csv(path: Path = TALENTS_CSV) -> list[Concept]:
    """The taxonomy as shipped, numbered 1.. in file order (the ids a fresh database gives them)."""
    with path.open(encoding="utf-8") as fh:
        return [
            Concept(id=i, slug=r["slug"], name_nl=r["name_nl"], name_en=r["name_en"], terms=_terms(r["keywords"]))
            for i, r in enumerate(csv.DictReader(fh), start=1)
        ]


_analyzer: Analyzer | None = None
_analyzer_version: object = None
_analyzer_lock = threading.Lock()


def get_analyzer(version: object = None) -> Analyzer:
    """The analyzer for the current taxonomy, built once per process and again when `version` changes.

    `version` is the taxonomy version the candidate index records (suggest() passes it); None keeps
    whatever was built. Falls back to the shipped CSV when the database has no taxonomy (yet).
    """
    global _analyzer, _analyzer_version
    if _analyzer is not None and (version is None or version == _analyzer_version):
        return _analyzer
    with _analyzer_lock:
        if _analyzer is not None and (version is None or version == _analyzer_version):
            return _analyzer
        try:
            concepts = concepts_from_db()
        except Exception:  # no database configured or not migrated: the shipped taxonomy
            concepts = []
        _analyzer = Analyzer(concepts or concepts_from_csv())
        _analyzer_version = version
        return _analyzer


def reset_analyzer() -> None:
    """Forget the built analyzer (after a change to the taxonomy in tests)."""
    global _analyzer, _analyzer_version
    with _analyzer_lock:
        _analyzer = None
        _analyzer_version = None
