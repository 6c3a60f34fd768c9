"""Reads around ranked suggestions: the source a list starts from, the list as users see it, its JSON form,
the team's matching round, and the beheerder's figures on how the ranking learns.

The ranking itself is the engine in `bloei.matching.suggestions`; this module only scopes, filters and shapes.
"""

import dataclasses
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Count, Exists, FloatField, OuterRef, Q, QuerySet, prefetch_related_objects
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from bloei.core import access
from bloei.people.models import Resident
from bloei.places.models import Opening, Place

from .choices import OPEN_STATUSES, DismissReason, MatchKind, SignUpStatus, SuggestionDecision
from .models import Match, RankingWeights, SignUp, SuggestionFeedback

# Where a suggestion list can start, and which kinds of match each start allows (as in the match flow;
# a place is matched with a resident through one of its openings, so a place suggests other places).
SOURCE_KINDS: dict[str, tuple[str, ...]] = {
    "signup": (MatchKind.RESIDENT_RESIDENT, MatchKind.RESIDENT_PLACE),
    "resident": (MatchKind.RESIDENT_RESIDENT, MatchKind.RESIDENT_PLACE),
    "opening": (MatchKind.RESIDENT_PLACE,),
    "place": (MatchKind.PLACE_PLACE,),
}
SOURCE_MODELS = {"signup": SignUp, "resident": Resident, "opening": Opening, "place": Place}
CANDIDATE_MODELS = {"resident": Resident, "opening": Opening, "place": Place}

# A signal counts as "strong" for a suggestion when its value is at least this (signals lie in [0, 1]).
STRONG_SIGNAL = 0.5


def type_of(obj) -> str:
    """The type name of a source or candidate: signup, resident, opening or place."""
    for name, model in SOURCE_MODELS.items():
        if isinstance(obj, model):
            return name
    raise ValueError(f"Not a suggestion source or candidate: {type(obj).__name__}")


def source_queryset(user, source_type: str) -> QuerySet:
    """The sources of one type the user may see, with what the suggestion pages show of them."""
    queryset = SOURCE_MODELS[source_type].objects.visible_to(user)
    if source_type == "signup":
        return queryset.select_related("resident", "resident__buurt", "team")
    if source_type == "resident":
        return queryset.select_related("buurt", "team")
    if source_type == "opening":
        return queryset.select_related("place", "place__buurt")
    return queryset.select_related("buurt")


def get_source(user, source_type: str, **lookup):
    """One source the user may see (404 otherwise), by uuid or pk."""
    return access.visible_or_404(source_queryset(user, source_type), **lookup)


def get_candidate(user, candidate_type: str, **lookup):
    """One counterpart the user may see (404 otherwise)."""
    return get_source(user, candidate_type, **lookup)


def source_label(source) -> str:
    if isinstance(source, SignUp):
        return f"{source.get_kind_display()}: {source.title}"
    return candidate_label(source)


def candidate_label(candidate) -> str:
    if isinstance(candidate, Resident):
        return candidate.full_name
    if isinstance(candidate, Opening):
        return f"{candidate.title} ({candidate.place.name})"
    return candidate.name


def object_url(obj) -> str:
    names = {
        "signup": "matching:signup_detail",
        "resident": "people:resident_detail",
        "opening": "places:opening_detail",
        "place": "places:place_detail",
    }
    return reverse(names[type_of(obj)], kwargs={"uuid": obj.uuid})


def dismissed_keys(source) -> set[tuple[int, int]]:
    """(content type id, pk) of the counterparts already dismissed for this source: they are not shown again."""
    return set(
        SuggestionFeedback.objects.filter(
            source_type=ContentType.objects.get_for_model(source),
            source_id=source.pk,
            decision=SuggestionDecision.DISMISSED,
        ).values_list("candidate_type_id", "candidate_id")
    )


def suggestions_for(user, source, *, kinds=None, limit: int = 10) -> list:
    """The ranked suggestions for `source` as the user sees them: scoped by the engine, without counterparts
    dismissed for this source before, numbered 1.. in the order shown (the rank feedback is stored with)."""
    from . import suggestions

    hidden = dismissed_keys(source)
    found = suggestions.suggest(user=user, source=source, kinds=kinds, limit=limit + len(hidden))
    shown = []
    for suggestion in found:
        candidate = suggestion.candidate
        key = (ContentType.objects.get_for_model(candidate).pk, candidate.pk)
        if key in hidden:
            continue
        shown.append(dataclasses.replace(suggestion, rank=len(shown) + 1))
        if len(shown) == limit:
            break
    # What labels and the panel show of each counterpart, in one query per kind (none if the engine loaded it).
    prefetch_related_objects([s.candidate for s in shown if isinstance(s.candidate, Opening)], "place__buurt")
    for model in (Resident, Place):
        prefetch_related_objects([s.candidate for s in shown if isinstance(s.candidate, model)], "buurt")
    return shown


def suggestion_as_dict(suggestion) -> dict[str, Any]:
    """One suggestion as JSON: what the command and /matches/suggesties.json print."""
    candidate = suggestion.candidate
    return {
        "candidate_type": type_of(candidate),
        "uuid": str(candidate.uuid),
        "label": candidate_label(candidate),
        "match_kind": suggestion.match_kind,
        "score": round(float(suggestion.score), 6),
        "rank": suggestion.rank,
        "reasons": [str(reason) for reason in suggestion.reasons],
        "features": {name: round(float(value), 6) for name, value in suggestion.features.items()},
        "weights_version": suggestion.weights_version,
    }


def suggestions_json_list(user, data: dict) -> list[dict[str, Any]]:
    """The list for the cleaned data of a SuggestionQueryForm, as JSON-ready dicts.

    Http404 for a source out of the user's scope; ValidationError for a kind that does not start from it.
    Shared by GET /matches/suggesties.json and `manage.py suggest`.
    """
    source_type = data["source_type"]
    source = get_source(user, source_type, uuid=data["source_uuid"])
    kind = data.get("kind") or ""
    if kind and kind not in SOURCE_KINDS[source_type]:
        raise ValidationError({"kind": _("A match of this kind does not start from here.")}, code="kind")
    found = suggestions_for(user, source, kinds=(kind,) if kind else SOURCE_KINDS[source_type], limit=data["limit"])
    return [suggestion_as_dict(suggestion) for suggestion in found]


# --- the team's matching round --------------------------------------------------------------------------------------


def round_teams(user) -> QuerySet:
    """The teams whose matching round the user may hold: those where they connect or lead."""
    from bloei.accounts.models import Team

    return Team.objects.filter(pk__in=access.team_ids(user)).order_by("name")


def matching_round(user, team) -> QuerySet:
    """Open requests and offers of the team that the user may see, oldest first; `in_progress`: a match is under way."""
    under_way = Match.objects.filter(status__in=OPEN_STATUSES).filter(
        Q(request=OuterRef("pk")) | Q(offer=OuterRef("pk"))
    )
    return (
        SignUp.objects.visible_to(user)
        .filter(team=team, status=SignUpStatus.OPEN)
        .annotate(in_progress=Exists(under_way))
        .select_related("resident", "resident__buurt")
        .prefetch_related("talents")
        .order_by("opened_on", "pk")
    )


# --- the beheerder's figures ----------------------------------------------------------------------------------------


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def tuning_figures() -> dict[str, Any]:
    """Current weights, and how often suggestions were accepted when each signal was strong or weak.

    Aggregates only, no personal data. Two queries on the feedback, whatever its size.
    """
    from .suggestions import SIGNAL_LABELS, SIGNALS, current_weights

    weights, version = current_weights()
    latest = RankingWeights.objects.order_by("-version").first()
    accepted = Q(decision=SuggestionDecision.ACCEPTED)
    values = {f"signal_{i}": Cast(KeyTextTransform(name, "features"), FloatField()) for i, name in enumerate(SIGNALS)}
    counts = {"total": Count("pk"), "accepted": Count("pk", filter=accepted)}
    for i in range(len(SIGNALS)):
        strong, weak = Q(**{f"signal_{i}__gte": STRONG_SIGNAL}), Q(**{f"signal_{i}__lt": STRONG_SIGNAL})
        counts[f"strong_{i}"] = Count("pk", filter=strong)
        counts[f"strong_accepted_{i}"] = Count("pk", filter=strong & accepted)
        counts[f"weak_{i}"] = Count("pk", filter=weak)
        counts[f"weak_accepted_{i}"] = Count("pk", filter=weak & accepted)
    totals = SuggestionFeedback.objects.annotate(**values).aggregate(**counts)

    signals = []
    for i, name in enumerate(SIGNALS):
        strong, weak = totals[f"strong_{i}"], totals[f"weak_{i}"]
        signals.append(
            {
                "name": name,
                "label": SIGNAL_LABELS.get(name, name),
                "weight": weights.get(name),
                "strong": strong,
                "strong_accepted": totals[f"strong_accepted_{i}"],
                "strong_rate": _share(totals[f"strong_accepted_{i}"], strong),
                "weak": weak,
                "weak_accepted": totals[f"weak_accepted_{i}"],
                "weak_rate": _share(totals[f"weak_accepted_{i}"], weak),
            }
        )
    by_reason = dict(
        SuggestionFeedback.objects.filter(decision=SuggestionDecision.DISMISSED)
        .order_by()
        .values_list("reason")
        .annotate(n=Count("pk"))
    )
    return {
        "version": version,
        "learned": latest if latest is not None and latest.version == version else None,
        "total": totals["total"],
        "accepted": totals["accepted"],
        "dismissed": totals["total"] - totals["accepted"],
        "acceptance_rate": _share(totals["accepted"], totals["total"]),
        "signals": signals,
        "reasons": [(label, by_reason.get(code, 0)) for code, label in DismissReason.choices],
        "strong_threshold": STRONG_SIGNAL,
    }
