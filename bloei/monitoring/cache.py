"""Cached figures that are never stale.

Every change to a registration (save, delete, many-to-many change in the apps below) raises one shared
version number in the database, once per transaction, as the transaction commits (right away outside a
transaction); cached figures are keyed by it. A
dashboard asked again before anything changed comes from the cache (Django's cache: each app process
keeps its own in memory, which stays correct with several processes because the version lives in the
shared database); after any change it is computed afresh. Writes that bypass model signals
(bulk_create, queryset.update) call `bump()` themselves, as the demo generator and the import do.
"""

import hashlib

from django.core.cache import cache
from django.db import connections, models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

TRACKED_APPS = {
    "people", "matching", "places", "community", "trainings", "outreach", "referrals", "plans", "workload",
    "geo", "accounts", "core",
}
UNTRACKED_MODELS = {"core.AuditEvent", "monitoring.DataVersion", "matching.CandidateProfile"}
TIMEOUT = 24 * 3600


def bump() -> None:
    from .models import DataVersion

    if not DataVersion.objects.filter(pk=1).update(number=models.F("number") + 1):
        DataVersion.objects.get_or_create(pk=1)
        DataVersion.objects.filter(pk=1).update(number=models.F("number") + 1)


def version() -> tuple[str, int]:
    """(epoch, number): changes with every change to the registrations, and with every new database."""
    from .models import DataVersion

    row, _created = DataVersion.objects.get_or_create(pk=1)
    return row.epoch, row.number


def bump_on_commit(using: str = "default") -> None:
    """Raise the version when the current transaction commits, once however many records it changes
    (a rolled-back transaction raises nothing); outside a transaction at once."""
    connection = connections[using]
    if not connection.in_atomic_block:
        bump()
    elif not any(func is bump for _savepoints, func, _robust in connection.run_on_commit):
        transaction.on_commit(bump, using=using)


def _changed(sender, **kwargs):
    meta = getattr(sender, "_meta", None)
    if meta is None or kwargs.get("raw") or sender.__module__ == "__fake__":
        return  # fixtures and migrations' historical models: the schema may not be complete yet
    if (meta.app_label in TRACKED_APPS or meta.app_label == "monitoring") and meta.label not in UNTRACKED_MODELS:
        bump_on_commit(kwargs.get("using") or "default")


def connect() -> None:
    post_save.connect(_changed, dispatch_uid="bloei-figures-changed-save")
    post_delete.connect(_changed, dispatch_uid="bloei-figures-changed-delete")
    m2m_changed.connect(_m2m_changed, dispatch_uid="bloei-figures-changed-m2m")


def _m2m_changed(sender, instance, action, using=None, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        _changed(type(instance), using=using)


def cached(key_parts: tuple, compute):
    """compute() once per data version and key."""
    digest = hashlib.sha256(repr(key_parts).encode()).hexdigest()[:32]
    epoch, number = version()
    key = f"bloei:figures:{epoch}:{number}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value
