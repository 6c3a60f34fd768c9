"""Import records from an existing registration: one service for the upload page and the command.

    import_records(by=user, data=bytes, filename="residents.csv", record_type="residents", dry_run=False)

All or nothing: the whole file is read and validated first; with any error nothing is
written and every error is returned (sheet, row, column, message). Otherwise every
sheet is written in dependency order in one transaction; a dry run writes the same way
and rolls back, so its counts are exactly what an import would do.
"""

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePath

from django.db import DatabaseError, IntegrityError, transaction
from django.utils.translation import gettext as _

from bloei.accounts.choices import Role
from bloei.accounts.models import Team
from bloei.core import access
from bloei.core.models import AuditEvent
from bloei.core.services import record_event
from bloei.monitoring import cache as figures_cache

from . import spec
from .readers import FileRefused, read_upload
from .validate import Issue, Validator
from .writers import CREATED, UNCHANGED, UPDATED, Writer

logger = logging.getLogger(__name__)


@dataclass
class TypeCounts:
    record_type: str
    label: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


@dataclass
class ImportResult:
    record_types: list[str]
    dry_run: bool
    errors: list[Issue] = field(default_factory=list)
    counts: list[TypeCounts] = field(default_factory=list)
    imported: bool = False  # True when the records were written and committed

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def several_sheets(self) -> bool:
        return len(self.record_types) > 1


class _DryRunRollback(Exception):
    pass


def import_records(*, by, data: bytes, filename: str, record_type: str, dry_run: bool = False) -> ImportResult:
    """Validate and (unless `dry_run` or any error) import a CSV file or XLSX workbook as `by`.

    `record_type` is one of spec.RECORD_TYPES, or spec.ALL for a workbook with one sheet
    per record type. Raises PermissionDenied when `by` may not import at all.
    """
    access.require(by, "imports.run")
    if record_type != spec.ALL and record_type not in spec.RECORD_TYPES:
        raise ValueError(f"Unknown record type {record_type}")
    result = ImportResult(record_types=[] if record_type == spec.ALL else [record_type], dry_run=dry_run)
    try:
        sheets = read_upload(data=data, filename=filename, record_type=record_type)
    except FileRefused as refused:
        result.errors.append(Issue(sheet=refused.sheet, row=None, column="", message=refused.message))
        return result
    result.record_types = [s.record_type for s in sheets]

    validator = Validator(by=by, sheets=sheets)
    result.errors = validator.run()
    if result.errors:
        return result

    writer = Writer(validator)
    try:
        with transaction.atomic():
            counts = writer.run()
            _record_summary(by=by, filename=filename, counts=counts)
            if any(counter[CREATED] or counter[UPDATED] for counter in counts.values()):
                figures_cache.bump()  # bulk inserts bypass the signals that keep cached figures fresh
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        pass
    except (IntegrityError, DatabaseError) as exc:
        # Validation mirrors the constraints, so this means a conflict with data written meanwhile.
        # The database's message may quote the row (personal data): log only the kind of error.
        logger.warning(
            "import.refused_by_database error=%s record_types=%s", type(exc).__name__, ",".join(result.record_types)
        )
        plan = writer.current
        result.errors.append(
            Issue(
                sheet=plan.sheet if plan else "",
                row=plan.row if plan else None,
                column="",
                message=_(
                    "The database refused this row, so nothing was imported. "
                    "Another change may have been saved at the same time; try again."
                ),
            )
        )
        return result
    result.counts = [
        TypeCounts(
            record_type=code,
            label=str(spec.RECORD_TYPES[code].label),
            created=counts[code][CREATED],
            updated=counts[code][UPDATED],
            unchanged=counts[code][UNCHANGED],
        )
        for code in spec.ORDER
        if code in counts
    ]
    result.imported = not dry_run
    return result


def _record_summary(*, by, filename: str, counts: dict[str, Counter]) -> None:
    """One audit event for the file as a whole, on the importer's team: counts only."""
    team = Team.objects.filter(pk__in=access.team_ids(by, Role.TEAM_LEAD)).order_by("pk").first()
    if team is None:
        return
    record_event(
        by=by,
        action=AuditEvent.Action.IMPORT,
        event="import.file",
        obj=team,
        team=team,
        format=PurePath(filename).suffix.lower().lstrip("."),
        counts={code: dict(counter) for code, counter in counts.items()},
    )
