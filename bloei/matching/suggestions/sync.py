"""Keep the candidate index in step with the domain models, through Django's model signals.

A save, delete or many-to-many change of a resident, talent scan, sign-up, opening, place or match (the
capacity of its opening) marks the index rows it affects as pending, for the database it was written to.
Pending rows are recomputed in one batch:

* when the transaction commits (`transaction.on_commit`; at once outside a transaction), and
* at the start of suggest() in the same thread, so a list right after a change, even inside the same
  transaction, already reflects it. Rows recomputed inside a transaction are recomputed once more when
  it commits, so that their revision is fresh when other processes can see them.

Marking costs no query, so the services' own query counts do not change. A change of the taxonomy
(people.Talent) raises the taxonomy version: every process rebuilds its text analyzer. Concepts that were
found in free text with the old taxonomy stay until `manage.py rebuild_candidates`.

Writes that bypass signals (bulk_create, queryset.update) must call refresh_candidates() or
rebuild_candidates() themselves, and so must a change of a buurt's centre (reference data); see
docs/matching.md.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from functools import partial

from django.db import router, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save

logger = logging.getLogger(__name__)
_local = threading.local()


def _pending(using: str) -> set[str]:
    """Keys marked since the last refresh."""
    store = getattr(_local, "pending", None)
    if store is None:
        store = _local.pending = defaultdict(set)
    return store[using]


def _uncommitted(using: str) -> set[str]:
    """Keys refreshed inside a transaction that has not committed yet: refreshed again on commit."""
    store = getattr(_local, "uncommitted", None)
    if store is None:
        store = _local.uncommitted = defaultdict(set)
    return store[using]


def mark(keys, using: str) -> None:
    keys = [k for k in keys if k]
    if not keys:
        return
    _pending(using).update(keys)
    # One callback per change: after the first, the others find nothing left to do.
    transaction.on_commit(partial(_flush_after_commit, using), using=using)


def discard_pending(using: str) -> None:
    _pending(using).clear()
    _uncommitted(using).clear()


def _flush_after_commit(using: str) -> None:
    try:
        _pending(using).update(_uncommitted(using))
        _uncommitted(using).clear()
        flush_pending(using)
    except Exception:  # the index must never break a write that already committed
        logger.exception("candidate index: refresh after commit failed")


def flush_pending(using: str | None = None) -> int:
    """Recompute the index rows marked pending for `using` in this thread. Returns how many were written."""
    from .index import refresh_candidates
    from .models import CandidateIndexState

    using = using or "default"
    pending = _pending(using)
    if not pending:
        return 0
    keys = set(pending)
    pending.clear()
    if transaction.get_connection(using).in_atomic_block:
        _uncommitted(using).update(keys)
    ids: dict[str, set[int]] = defaultdict(set)
    for key in keys:
        head, _, tail = key.partition(":")
        if tail.isdigit():
            ids[head].add(int(tail))
    if "taxonomy" in keys:
        CandidateIndexState.objects.using(using).update(taxonomy_version=F("taxonomy_version") + 1)
    residents, openings, places = ids["resident"], ids["opening"], ids["place"]
    _resolve(ids, using, residents, openings, places)
    return refresh_candidates(residents=residents, openings=openings, places=places, using=using)


def _resolve(ids: dict[str, set[int]], using: str, residents: set, openings: set, places: set) -> None:
    """Indirect keys (a scan, a sign-up, a place's openings) to the rows they affect."""
    from bloei.matching.models import SignUp
    from bloei.people.models import TalentScan
    from bloei.places.models import Opening

    if ids["scan"]:
        residents.update(
            TalentScan.objects.using(using).filter(pk__in=ids["scan"]).values_list("resident_id", flat=True)
        )
    if ids["signup"]:
        residents.update(SignUp.objects.using(using).filter(pk__in=ids["signup"]).values_list("resident_id", flat=True))
    if ids["opening+"]:
        openings.update(ids["opening+"])
        places.update(Opening.objects.using(using).filter(pk__in=ids["opening+"]).values_list("place_id", flat=True))
    if ids["openings-of"]:
        places.update(ids["openings-of"])
        openings.update(
            Opening.objects.using(using).filter(place_id__in=ids["openings-of"]).values_list("pk", flat=True)
        )


# --- receivers --------------------------------------------------------------------------------------------


def _saved_or_deleted(instance) -> list[str]:
    label = instance._meta.label_lower
    if label == "people.resident":
        return [f"resident:{instance.pk}"]
    if label in ("people.talentscan", "matching.signup"):
        return [f"resident:{instance.resident_id}"]
    if label == "places.opening":
        return [f"opening:{instance.pk}", f"place:{instance.place_id}"]
    if label == "places.place":
        return [f"place:{instance.pk}", f"openings-of:{instance.pk}"]
    if label == "matching.match":
        return [f"opening:{instance.opening_id}"] if instance.opening_id else []
    if label == "people.talent":
        return ["taxonomy"]
    return []


TRACKED = {
    "people.resident",
    "people.talentscan",
    "matching.signup",
    "places.opening",
    "places.place",
    "matching.match",
    "people.talent",
}


def _on_save_or_delete(sender, instance, raw=False, using=None, **kwargs) -> None:
    if raw or sender._meta.label_lower not in TRACKED:
        return
    mark(_saved_or_deleted(instance), using or router.db_for_write(sender))


# Many-to-many relations: forward (instance is the model holding the field) -> keys for the instance;
# reverse (instance is the other side) -> keys for each id in pk_set.
M2M = {
    "people.resident_languages": (lambda obj: [f"resident:{obj.pk}"], "resident:{}"),
    "people.talentscan_talents": (lambda obj: [f"resident:{obj.resident_id}"], "scan:{}"),
    "people.talentscan_interests": (lambda obj: [f"resident:{obj.resident_id}"], "scan:{}"),
    "matching.signup_talents": (lambda obj: [f"resident:{obj.resident_id}"], "signup:{}"),
    "places.opening_talents": (lambda obj: [f"opening:{obj.pk}", f"place:{obj.place_id}"], "opening+:{}"),
    "places.place_languages": (lambda obj: [f"place:{obj.pk}", f"openings-of:{obj.pk}"], "openings-of:{}"),
}


def _on_m2m(sender, instance, action, reverse, pk_set, using=None, **kwargs) -> None:
    handler = M2M.get(sender._meta.label_lower)
    if handler is None or action not in ("post_add", "post_remove", "post_clear"):
        return
    forward, reverse_key = handler
    if not reverse:
        keys = forward(instance)
    else:
        keys = [reverse_key.format(pk) for pk in pk_set or ()]
    mark(keys, using or router.db_for_write(sender))


post_save.connect(_on_save_or_delete, dispatch_uid="bloei.matching.suggestions.sync.save")
post_delete.connect(_on_save_or_delete, dispatch_uid="bloei.matching.suggestions.sync.delete")
m2m_changed.connect(_on_m2m, dispatch_uid="bloei.matching.suggestions.sync.m2m")
