"""What the validator hands to the writer: an Issue per problem, a Plan per row."""

from dataclasses import dataclass, field

from django.db import models

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


@dataclass(frozen=True)
class Issue:
    """One problem: where (sheet, row as in Excel with the header as row 1, column) and what."""

    sheet: str
    row: int | None
    column: str
    message: str


@dataclass(eq=False)
class Plan:
    """What one row will write. `fields` are model attributes; values may be Plans (rows of this upload)."""

    record_type: str
    sheet: str
    row: int
    key: object
    values: dict = field(default_factory=dict)
    fields: dict = field(default_factory=dict)
    m2m: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)
    existing: models.Model | None = None
    ok: bool = True
    bad: set = field(default_factory=set)  # columns with a problem in this row

    @property
    def team_id(self) -> int | None:
        return self.fields.get("team_id")


def field_of(plan_or_obj, name: str):
    """A field of a row of this upload (its planned value) or of an existing record."""
    if isinstance(plan_or_obj, Plan):
        return plan_or_obj.fields.get(name)
    return getattr(plan_or_obj, name, None) if plan_or_obj is not None else None
