"""Ranking: the signals of every candidate, the weighted score, and learning the weights from feedback.

score = bias + sum(weight[s] * signal[s]) - the logit of a logistic model of "the connector accepts
this suggestion". The default weights are set by hand (docs/matching.md explains each); `learn_weights()`
fits the model on the recorded SuggestionFeedback with an L2 prior that pulls towards the defaults, so a
handful of decisions moves the ranking a little and hundreds move it a lot.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext_lazy as _

import numpy as np

from . import signals as sig
from .store import CandidateStore

SIGNALS: list[str] = [
    "fit",
    "shared",
    "reciprocity",
    "words",
    "distance",
    "language",
    "dutch_practice",
    "availability",
    "accessibility",
    "capacity",
]

SIGNAL_LABELS: dict[str, str] = {
    "fit": _("Talents fit what is asked"),
    "shared": _("Shared interests"),
    "reciprocity": _("Value both ways"),
    "words": _("Same words in the descriptions"),
    "distance": _("Walking distance"),
    "language": _("Shared language"),
    "dutch_practice": _("Practising Dutch with a Dutch speaker"),
    "availability": _("Free at the same times"),
    "accessibility": _("Accessibility needs met"),
    "capacity": _("Room left at the opening"),
}

# Hand-tuned, in logit units. A fitting talent outweighs everything else together; then closeness and
# rare shared words; language, times, practice and value both ways break ties. See docs/matching.md.
DEFAULT_WEIGHTS: dict[str, float] = {
    "fit": 4.0,
    "shared": 1.0,
    "reciprocity": 1.5,
    "words": 1.5,
    "distance": 1.5,
    "language": 1.0,
    "dutch_practice": 0.75,
    "availability": 0.75,
    "accessibility": 0.5,
    "capacity": 0.25,
    "bias": -5.0,
}

# Strength of the pull towards the default weights when learning (per weight, in squared logit units).
PRIOR_STRENGTH = 4.0
BIAS_PRIOR_STRENGTH = 0.01


@dataclass
class Evaluation:
    """Every signal for every row of a store, with what the explanations need."""

    features: dict[str, np.ndarray]
    blocked: np.ndarray  # ruled out by a hard limit
    metres: np.ndarray  # walking distance, NaN unknown
    fit: sig.ConceptFit
    _averages: dict[str, float] | None = None

    def averages(self) -> dict[str, float]:
        """The mean of every signal over the candidates not ruled out (what a candidate is compared with)."""
        if self._averages is None:
            open_rows = ~self.blocked
            self._averages = {
                name: float(values[open_rows].mean()) if open_rows.any() else 0.0
                for name, values in self.features.items()
            }
        return self._averages


def evaluate(q: sig.Query, store: CandidateStore) -> Evaluation:
    fit = sig.concept_fit(q, store)
    closeness, metres, too_far = sig.distance_signal(q, store)
    accessibility, inaccessible = sig.accessibility_signal(q, store)
    capacity, full = sig.capacity_signal(q, store)
    # Shared interests and value both ways are about two residents; with a place the fit says it all.
    between_residents = (store.kind[: store.n] == sig.RESIDENT_CODE) & (q.kind == sig.RESIDENT_CODE)
    features = {
        "fit": sig.fit_signal(q, fit),
        "shared": np.where(between_residents, sig.shared_signal(fit), 0.0),
        "reciprocity": np.where(between_residents, sig.reciprocity_signal(fit), 0.0),
        "words": sig.words_signal(q, store),
        "distance": closeness,
        "language": sig.language_signal(q, store),
        "dutch_practice": sig.dutch_practice_signal(q, store),
        "availability": sig.availability_signal(q, store),
        "accessibility": accessibility,
        "capacity": capacity,
    }
    return Evaluation(features=features, blocked=too_far | inaccessible | full, metres=metres, fit=fit)


def complete(weights: dict[str, float] | None) -> dict[str, float]:
    """The weights with every signal and the bias (missing ones from the defaults)."""
    return {**DEFAULT_WEIGHTS, **(weights or {})}


def linear_score(features: dict[str, np.ndarray], weights: dict[str, float]) -> np.ndarray:
    weights = complete(weights)
    total = np.full(len(next(iter(features.values()))), weights["bias"], dtype=np.float64)
    for name in SIGNALS:
        total += weights[name] * features[name]
    return total


def probability(score: float) -> float:
    return float(1.0 / (1.0 + np.exp(-score)))


# --- weights in the database ---------------------------------------------------------------------------


def current_weights() -> tuple[dict[str, float], int | None]:
    """The newest RankingWeights (its weights, its version), or the defaults with version None."""
    from bloei.matching.models import RankingWeights

    latest = RankingWeights.objects.order_by("-version").values_list("weights", "version").first()
    if latest is None:
        return dict(DEFAULT_WEIGHTS), None
    stored, version = latest
    return complete({k: float(v) for k, v in (stored or {}).items() if k in DEFAULT_WEIGHTS}), version


def fit_logistic(
    x: np.ndarray,
    y: np.ndarray,
    prior: np.ndarray,
    strength: np.ndarray,
    *,
    iterations: int = 50,
) -> np.ndarray:
    """Logistic regression by Newton's method, L2-penalised towards `prior`.

    x: [n, k] features with a leading column of ones (the bias); y: [n] 0/1; prior, strength: [k].
    Minimises  sum(log-loss) + 1/2 * sum(strength * (w - prior)^2).
    """
    w = prior.astype(np.float64).copy()
    for _iteration in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + strength * (w - prior)
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(strength)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def feedback_matrix(rows) -> tuple[np.ndarray, np.ndarray]:
    """Features (with a bias column) and 0/1 outcomes of (features dict, decision) pairs."""
    from bloei.matching.choices import SuggestionDecision

    x = np.ones((len(rows), len(SIGNALS) + 1))
    y = np.zeros(len(rows))
    for i, (features, decision) in enumerate(rows):
        features = features or {}
        for j, name in enumerate(SIGNALS, start=1):
            try:
                x[i, j] = float(features.get(name, 0.0))
            except (TypeError, ValueError):
                x[i, j] = 0.0
        y[i] = 1.0 if decision == SuggestionDecision.ACCEPTED else 0.0
    return x, y


def learn_weights(*, note: str = ""):
    """Fit the weights on all SuggestionFeedback (accepted = 1, dismissed = 0) and save a new version."""
    from bloei.matching.models import RankingWeights, SuggestionFeedback

    rows = list(SuggestionFeedback.objects.values_list("features", "decision"))
    prior = np.array([DEFAULT_WEIGHTS["bias"], *(DEFAULT_WEIGHTS[name] for name in SIGNALS)])
    strength = np.array([BIAS_PRIOR_STRENGTH, *([PRIOR_STRENGTH] * len(SIGNALS))])
    if rows:
        x, y = feedback_matrix(rows)
        fitted = fit_logistic(x, y, prior, strength)
    else:
        fitted = prior
    weights = {"bias": round(float(fitted[0]), 6)}
    weights.update({name: round(float(value), 6) for name, value in zip(SIGNALS, fitted[1:], strict=True)})
    with transaction.atomic():
        latest = RankingWeights.objects.select_for_update().order_by("-version").first()
        version = (latest.version if latest else 0) + 1
        return RankingWeights.objects.create(version=version, weights=weights, trained_on=len(rows), note=note[:200])
