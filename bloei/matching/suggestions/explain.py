"""Why a candidate is suggested: short reasons in the user's language, most telling first.

Each reason is a `Reason`: a code, its parameters as ids and numbers (talent ids, a language code,
day-part codes, metres) and its strength. Words are made when rendering, with gettext in the language
active then:

    "Both like gardening · 400 m walking · speaks Arabic"
    (Dutch, once the catalogue has them: "Beiden houden van tuinieren · 400 m lopen · spreekt Arabisch")

A reason's strength is weight x (the candidate's value - the average over all candidates not ruled out):
what sets this candidate apart comes first, not what every candidate has. Notes against the pair
("no language in common") come last.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import get_language, gettext, gettext_noop, ngettext

from bloei.people.choices import DayPart

from .ranking import Evaluation, complete
from .signals import Query
from .store import NL, CandidateStore
from .text import Analyzer, get_analyzer
from .types import KINDS, OPENING, PLACE

# Talent names that begin with a proper noun keep their capital in the middle of a sentence.
PROPER_FIRST_WORDS = {"nederlands", "engels", "english", "dutch"}
MAX_TALENTS = 2
# Closer than this (residents are placed at the centre of their buurt) it is just "close by".
CLOSE_BY_M = 75
# Below these values a signal gives no reason.
SHOW_AT = {"reciprocity": 0.3, "words": 0.3}
# The strength of a note against the pair: below every reason for it.
AGAINST = -100.0


# Msgids are English; the lead translates them in bloei/locale/nl/LC_MESSAGES/django.po.
TEMPLATES = {
    "can_help": gettext_noop("can help with %(talents)s"),
    "would_like": gettext_noop("would like %(talents)s"),
    "about": gettext_noop("about %(talents)s"),
    "both_like": gettext_noop("Both like %(talents)s"),
    "offers": gettext_noop("offers %(talents)s"),
    "looks_for": gettext_noop("looks for %(talents)s"),
    "give_and_get": gettext_noop("both give and get something"),
    "mention": gettext_noop("both mention “%(word)s”"),
    "close_by": gettext_noop("close by"),
    "metres": gettext_noop("%(metres)s m walking"),
    "km": gettext_noop("%(km)s km walking"),
    "speaks": gettext_noop("speaks %(language)s"),
    "no_language": gettext_noop("no language in common"),
    "practise_dutch": gettext_noop("can practise Dutch together"),
    "times": gettext_noop("both free: %(times)s"),
    "no_times": gettext_noop("no free times in common"),
    "step_free": gettext_noop("step-free access"),
}


@dataclass
class Reason:
    signal: str
    code: str
    params: dict = field(default_factory=dict)
    strength: float = 0.0

    def render(self) -> str:
        params = self.params
        if self.code == "places_left":
            count = params["count"]
            return ngettext("%(count)s place left", "%(count)s places left", count) % {"count": count}
        words = {}
        if "talents" in params:
            words["talents"] = talents_phrase(get_analyzer(), params["talents"])
        if "language" in params:
            words["language"] = language_name(params["language"])
        if "times" in params:
            words["times"] = ", ".join(str(DayPart(code).label) for code in params["times"])
        if "metres" in params:
            words["metres"] = number_format(params["metres"], force_grouping=True)
        if "km" in params:
            words["km"] = number_format(params["km"], 1)
        if "word" in params:
            words["word"] = params["word"]
        return gettext(TEMPLATES[self.code]) % words


def render(reasons: list[Reason]) -> list[str]:
    return [reason.render() for reason in reasons]


# --- names in the user's language -----------------------------------------------------------------------

_language_names: dict[str, tuple[str, str]] | None = None
_names_lock = threading.Lock()


def language_names() -> dict[str, tuple[str, str]]:
    """{code: (Dutch name, English name)} of core.Language, read once per process."""
    global _language_names
    if _language_names is None:
        with _names_lock:
            if _language_names is None:
                try:
                    from bloei.core.models import Language

                    rows = Language.objects.values_list("code", "name_nl", "name_en")
                    _language_names = {code: (nl, en) for code, nl, en in rows}
                except Exception:  # no database: the codes will do
                    _language_names = {}
    return _language_names


def reset_names() -> None:
    global _language_names
    _language_names = None


def _english() -> bool:
    return (get_language() or "nl").startswith("en")


def language_name(code: str) -> str:
    names = language_names().get(code)
    if not names:
        return code.upper()
    return names[1] if _english() else names[0]


def talent_name(analyzer: Analyzer, concept_id: int) -> str:
    """The talent's name in the active language, lowercased to stand in a sentence ("tuinieren")."""
    concept = analyzer.concepts.get(concept_id)
    if concept is None:
        return str(concept_id)
    name = concept.name("en" if _english() else "nl")
    first = name.split(" ", 1)[0].lower()
    if first in PROPER_FIRST_WORDS or len(name) < 2 or name[1].isupper():
        return name
    return name[0].lower() + name[1:]


def talents_phrase(analyzer: Analyzer, concept_ids: list[int]) -> str:
    names = [talent_name(analyzer, c) for c in concept_ids[:MAX_TALENTS]]
    if len(names) == 1:
        return names[0]
    return gettext("%(first)s and %(second)s") % {"first": names[0], "second": names[1]}


def distance_reason(metres: float) -> Reason:
    """Walking distance, rounded for reading: "close by", "450 m", "1.2 km"."""
    if metres < CLOSE_BY_M:
        return Reason("distance", "close_by")
    if metres < 1000:
        return Reason("distance", "metres", {"metres": max(50, int(round(metres / 50.0)) * 50)})
    return Reason("distance", "km", {"km": round(metres / 1000.0, 1)})


# --- the reasons ---------------------------------------------------------------------------------------


def _rarest_first(concepts: set[int], q: Query, store: CandidateStore) -> list[int]:
    def weight(concept: int) -> float:
        col = store.column(concept)
        return -float(q.want_vec[col] + q.offer_vec[col]) if col is not None else 0.0

    return sorted(concepts, key=lambda c: (weight(c), c))


def reasons_for(
    q: Query, store: CandidateStore, r: int, ev: Evaluation, weights: dict[str, float], analyzer: Analyzer
) -> list[Reason]:
    """The reasons for candidate row `r`, most telling first; notes against the pair come last."""
    weights = complete(weights)
    value = {name: float(values[r]) for name, values in ev.features.items()}
    average = ev.averages()
    cand_kind = KINDS[store.kind[r]]
    offers, wants = store.row_concepts(r)
    q_wants, q_offers = set(q.row.wants), set(q.row.offers)
    found: list[Reason] = []

    def add(signal: str, code: str, bonus: float = 0.0, **params) -> None:
        strength = weights[signal] * (value[signal] - average[signal]) + bonus
        found.append(Reason(signal, code, params, strength))

    def talents(concepts: set[int]) -> list[int]:
        return _rarest_first(concepts, q, store)[:MAX_TALENTS]

    # Talents, as concept_fit() matches them: by direction between two residents or two places; between a
    # resident and an opening or place against the place's topic (its offers and wants together).
    q_is_place = q.row.kind in (OPENING, PLACE)
    c_is_place = cand_kind in (OPENING, PLACE)
    if c_is_place and not q_is_place:
        offers = wants = {**wants, **offers}
    elif q_is_place and not c_is_place:
        q_wants = q_offers = q_wants | q_offers
    forward = q_wants & set(offers) if q.focus != "offers" else set()
    backward = q_offers & set(wants) if q.focus != "wants" else set()
    if c_is_place and not q_is_place:
        if forward | backward:
            add("fit", "about", talents=talents(forward | backward))
    elif c_is_place:
        if forward:
            add("fit", "offers", 0.01, talents=talents(forward))
        if backward - forward:
            add("fit", "looks_for", talents=talents(backward - forward))
    else:
        if forward:
            add("fit", "can_help", 0.01, talents=talents(forward))
        if backward - forward:
            add("fit", "would_like", talents=talents(backward - forward))
        same = ((q_wants & set(wants)) | (q_offers & set(offers))) - forward - backward
        if same and value["shared"] > 0:
            add("shared", "both_like", talents=talents(same))
        if value["reciprocity"] >= SHOW_AT["reciprocity"]:
            add("reciprocity", "give_and_get")

    if value["words"] >= SHOW_AT["words"]:
        shared_stems = [sid for sid in store.stems.get(r) if sid in q.stem_weights]
        if shared_stems:
            best = max(shared_stems, key=lambda sid: q.stem_weights[sid])
            stem = store.stems.words[best]
            add("words", "mention", word=q.row.stems.get(stem) or store.stems.surface[best])

    metres = float(ev.metres[r])
    if not math.isnan(metres):
        reason = distance_reason(metres)
        reason.strength = weights["distance"] * (value["distance"] - average["distance"])
        found.append(reason)

    cand_lang, q_lang = int(store.lang[r]), q.lang
    if cand_lang and q_lang:
        shared_langs = [c for c in store.languages_of(cand_lang & q_lang) if c != NL]
        if shared_langs:
            add("language", "speaks", language=sorted(shared_langs)[0])
        elif not cand_lang & q_lang:
            found.append(Reason("language", "no_language", {}, AGAINST))

    if value["dutch_practice"] > 0:
        add("dutch_practice", "practise_dutch")

    cand_avail, q_avail = int(store.avail[r]), q.avail
    if cand_avail and q_avail:
        common = [code for i, code in enumerate(DayPart.values) if (cand_avail & q_avail) >> i & 1]
        if common:
            add("availability", "times", times=common[:2])
        else:
            found.append(Reason("availability", "no_times", {}, AGAINST))

    if value["accessibility"] > 0:
        add("accessibility", "step_free")

    if cand_kind == OPENING and store.capacity_left[r] > 0:
        add("capacity", "places_left", count=int(store.capacity_left[r]))

    found.sort(key=lambda reason: -reason.strength)
    return found
