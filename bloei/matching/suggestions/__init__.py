"""Ranked, explained suggestions for matches: the engine (issue 3; docs/matching.md).

    from bloei.matching.suggestions import suggest, score_candidates, Profile

Names are imported on first use, so that the matching app's models can import this package's model
module while Django loads.
"""

from importlib import import_module

_EXPORTS = {
    "Profile": "types",
    "Scored": "types",
    "Suggestion": "types",
    "score_candidates": "engine",
    "suggest": "service",
    "current_weights": "ranking",
    "learn_weights": "ranking",
    "SIGNALS": "ranking",
    "SIGNAL_LABELS": "ranking",
    "DEFAULT_WEIGHTS": "ranking",
    "rebuild_candidates": "index",
    "refresh_candidates": "index",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
