"""Shared by the sections of the demo city: batched writes, day parts, aware datetimes."""

import random
from datetime import date, datetime
from datetime import time as dtime

from django.utils import timezone

from bloei.people.choices import DayPart

DAY_PARTS = [d.value for d in DayPart]
# Mornings and afternoons on weekdays are when most residents and places are available.
DAY_PART_WEIGHTS = [
    (5 if p.endswith("_am") or p.endswith("_pm") else 2) if p[:3] not in ("sat", "sun") else 1 for p in DAY_PARTS
]
BATCH = 2000


class DemoError(Exception):
    """The demo city cannot be built here (no areas loaded, accounts already taken)."""


class Writer:
    """Collects rows of one model and writes them with bulk_create in batches."""

    def __init__(self, model, counts: dict, name: str):
        self.model, self.counts, self.name = model, counts, name
        self.rows: list = []
        counts.setdefault(name, 0)

    def add(self, obj) -> None:
        self.rows.append(obj)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.model.objects.bulk_create(self.rows, batch_size=BATCH)
            self.counts[self.name] += len(self.rows)
            self.rows = []


def aware(day: date, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime.combine(day, dtime(hour)))


def day_parts(rng: random.Random, low: int, high: int) -> list[str]:
    """Between `low` and `high` day parts, weekday mornings and afternoons most likely."""
    count = rng.randint(low, high)
    chosen: list[str] = []
    while len(chosen) < count:
        part = rng.choices(DAY_PARTS, DAY_PART_WEIGHTS)[0]
        if part not in chosen:
            chosen.append(part)
    return sorted(chosen, key=DAY_PARTS.index)
