"""Cross-cutting writes: the audit trail and ripple links."""

from django.contrib.contenttypes.models import ContentType
from django.db import models

from .models import AuditEvent, RippleLink


def record_event(*, by, action: str, event: str, obj: models.Model, resident=None, team=None, **detail) -> AuditEvent:
    """Append an audit event. `detail` holds ids and codes only, never personal data."""
    if resident is None and obj._meta.label == "people.Resident":
        resident = obj
    if team is None:
        team_id = getattr(obj, "team_id", None) or getattr(resident, "team_id", None)
    else:
        team_id = team.pk
    return AuditEvent.objects.create(
        actor=by if by is not None and by.is_authenticated else None,
        action=action,
        event=event,
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        resident_id=resident.pk if resident is not None else None,
        team_id=team_id,
        detail=detail,
    )


def link_ripple(*, source: models.Model, target: models.Model, by, note: str = "") -> RippleLink:
    """Record that `target` grew out of `source`. Idempotent."""
    link, _created = RippleLink.objects.get_or_create(
        source_type=ContentType.objects.get_for_model(source),
        source_id=source.pk,
        target_type=ContentType.objects.get_for_model(target),
        target_id=target.pk,
        defaults={"note": note, "created_by": by},
    )
    return link


def ripple_sources(obj: models.Model) -> list[RippleLink]:
    """The links to the records `obj` grew out of."""
    return list(
        RippleLink.objects.filter(target_type=ContentType.objects.get_for_model(obj), target_id=obj.pk).select_related(
            "source_type"
        )
    )


def ripple_targets(obj: models.Model) -> list[RippleLink]:
    """The links to records that grew out of `obj`."""
    return list(
        RippleLink.objects.filter(source_type=ContentType.objects.get_for_model(obj), source_id=obj.pk).select_related(
            "target_type"
        )
    )
