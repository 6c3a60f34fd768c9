"""Participation ladder of training participants: where they stood at the start, at the end and one year later.

The before/after/one-year-later table of the evaluation (003 appendix B2, "Stratum werkt!"), computed from
dated ladder assessments (bloei.people.models.LadderAssessment) instead of counted by hand. The definitions
are in docs/participation-ladder.md; in short, for every enrolment of an edition:

* start: the latest assessment dated on or before the first meeting plus BLOEI_LADDER_START_GRACE_DAYS;
* end: the latest assessment dated from the first meeting up to the last meeting plus
  BLOEI_LADDER_END_GRACE_DAYS, provided it is not the assessment already used for the start;
* one year later: the latest assessment dated within BLOEI_LADDER_YEAR_WINDOW_DAYS of the last meeting
  plus 365 days.

A participant without such an assessment counts as "unknown" for that moment. Every enrolment counts,
also one that stopped early. Assessments are read in one query and assigned in Python, so the number of
queries does not grow with the number of editions or participants.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy

from bloei.core import access
from bloei.people.models import LadderAssessment, LadderRung

from .models import Enrolment, TrainingEdition, TrainingType

START, END, YEAR = "start", "end", "year"
MOMENTS = (START, END, YEAR)
MOMENT_LABELS = {
    START: pgettext_lazy("ladder moment", "Start"),
    END: pgettext_lazy("ladder moment", "End"),
    YEAR: pgettext_lazy("ladder moment", "One year later"),
}
YEAR_DAYS = 365


def start_grace_days() -> int:
    """Days after the first meeting in which an intake assessment still counts as the start."""
    return int(getattr(settings, "BLOEI_LADDER_START_GRACE_DAYS", 14))


def end_grace_days() -> int:
    """Days after the last meeting in which an assessment still counts as the end."""
    return int(getattr(settings, "BLOEI_LADDER_END_GRACE_DAYS", 30))


def year_window_days() -> int:
    """Days before and after "last meeting + 365 days" in which an assessment counts as one year later."""
    return int(getattr(settings, "BLOEI_LADDER_YEAR_WINDOW_DAYS", 60))


@dataclass(frozen=True)
class Windows:
    """The dates between which an assessment counts for each moment of one edition (both ends included)."""

    start_until: date
    end_from: date
    end_until: date
    year_from: date
    year_until: date

    @classmethod
    def for_edition(cls, edition: TrainingEdition) -> Windows:
        year = edition.ends_on + timedelta(days=YEAR_DAYS)
        window = timedelta(days=year_window_days())
        return cls(
            start_until=edition.starts_on + timedelta(days=start_grace_days()),
            end_from=edition.starts_on,
            end_until=edition.ends_on + timedelta(days=end_grace_days()),
            year_from=year - window,
            year_until=year + window,
        )

    def closes_on(self, moment: str) -> date:
        return {START: self.start_until, END: self.end_until, YEAR: self.year_until}[moment]


# An assessment as read for the computation: (assessed_on, created_at, id, rung level), read in the order in
# which people.selectors.rung_on picks "the latest": by date, then by when it was recorded.
Assessment = tuple[date, datetime, int, int]


def levels_at_moments(history: list[Assessment], windows: Windows) -> dict[str, int | None]:
    """The rung level (1-6) of one participant at each moment, or None when unknown.

    `history` holds the participant's assessments sorted oldest first.
    """
    start = None
    end = None
    year = None
    for assessment in history:
        on = assessment[0]
        if on <= windows.start_until:
            start = assessment
        if windows.end_from <= on <= windows.end_until:
            end = assessment
        if windows.year_from <= on <= windows.year_until:
            year = assessment
    if end is not None and end is start:
        end = None  # one assessment counts for one moment: nothing was assessed after the start one
    return {
        START: start[3] if start else None,
        END: end[3] if end else None,
        YEAR: year[3] if year else None,
    }


@dataclass
class Movement:
    """Participants known at both moments, by the direction they moved on the ladder."""

    up: int = 0
    same: int = 0
    down: int = 0

    @property
    def known(self) -> int:
        return self.up + self.same + self.down

    def add(self, before: int | None, after: int | None) -> None:
        if before is None or after is None:
            return
        if after > before:
            self.up += 1
        elif after < before:
            self.down += 1
        else:
            self.same += 1

    def merge(self, other: Movement) -> None:
        self.up += other.up
        self.same += other.same
        self.down += other.down


@dataclass
class Cell:
    moment: str
    count: int
    percent: int | None


@dataclass
class Row:
    """One row of the table: a rung (level 1-6) or, with level None, the participants not known."""

    level: int | None
    label: str
    cells: list[Cell]

    @property
    def is_unknown(self) -> bool:
        return self.level is None


def rung_label(rung: LadderRung) -> str:
    name = rung.name_en if (get_language() or "nl").startswith("en") else rung.name_nl
    return f"{rung.level}. {name}"


def _percent(count: int, total: int) -> int | None:
    return round(100 * count / total) if total else None


@dataclass
class LadderFigures:
    """The distribution over the rungs at the three moments, and the movement between them."""

    rungs: list[LadderRung]
    participants: int = 0
    counts: dict[str, dict[int | None, int]] = field(
        default_factory=lambda: {moment: defaultdict(int) for moment in MOMENTS}
    )
    to_end: Movement = field(default_factory=Movement)
    to_year: Movement = field(default_factory=Movement)
    # Participants whose window for the moment has not closed yet (as of today): their figure may still change.
    open: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MOMENTS, 0))

    def add(self, levels: dict[str, int | None], windows: Windows, today: date) -> None:
        self.participants += 1
        for moment in MOMENTS:
            self.counts[moment][levels[moment]] += 1
            if windows.closes_on(moment) >= today:
                self.open[moment] += 1
        self.to_end.add(levels[START], levels[END])
        self.to_year.add(levels[START], levels[YEAR])

    def merge(self, other: LadderFigures) -> None:
        self.participants += other.participants
        for moment in MOMENTS:
            for level, count in other.counts[moment].items():
                self.counts[moment][level] += count
            self.open[moment] += other.open[moment]
        self.to_end.merge(other.to_end)
        self.to_year.merge(other.to_year)

    def count(self, moment: str, level: int | None) -> int:
        return self.counts[moment].get(level, 0)

    def known(self, moment: str) -> int:
        return self.participants - self.count(moment, None)

    @property
    def rows(self) -> list[Row]:
        levels: list[tuple[int | None, str]] = [(r.level, rung_label(r)) for r in self.rungs]
        levels.append((None, str(pgettext_lazy("ladder rung", "Unknown"))))
        return [
            Row(
                level=level,
                label=label,
                cells=[
                    Cell(moment, self.count(moment, level), _percent(self.count(moment, level), self.participants))
                    for moment in MOMENTS
                ],
            )
            for level, label in levels
        ]

    @property
    def known_start(self) -> int:
        return self.known(START)

    @property
    def known_end(self) -> int:
        return self.known(END)

    @property
    def known_year(self) -> int:
        return self.known(YEAR)

    @property
    def totals(self) -> list[Cell]:
        return [Cell(moment, self.participants, 100 if self.participants else None) for moment in MOMENTS]

    @property
    def max_count(self) -> int:
        return max((count for counts in self.counts.values() for count in counts.values()), default=0)


def editions_for(user) -> QuerySet[TrainingEdition]:
    """Editions of the user's own teams: the only ones whose ladder figures the user may see."""
    return TrainingEdition.objects.filter(access.team_scope(user)).select_related("training_type", "team")


def rungs() -> list[LadderRung]:
    return list(LadderRung.objects.order_by("level"))


def _figures_per_edition(
    editions: list[TrainingEdition], rung_list: list[LadderRung], today: date
) -> dict[int, LadderFigures]:
    """Figures of each edition, in two queries whatever the number of editions and participants."""
    figures = {edition.pk: LadderFigures(rungs=rung_list) for edition in editions}
    if not editions:
        return figures
    windows = {edition.pk: Windows.for_edition(edition) for edition in editions}
    enrolments = list(
        Enrolment.objects.filter(edition_id__in=figures)
        .order_by("edition_id", "id")
        .values_list("edition_id", "resident_id")
    )
    latest = max(w.year_until for w in windows.values())
    history: dict[int, list[Assessment]] = defaultdict(list)
    assessments = (
        LadderAssessment.objects.filter(
            resident_id__in=Enrolment.objects.filter(edition_id__in=figures).values("resident_id"),
            assessed_on__lte=latest,
        )
        .order_by("resident_id", "assessed_on", "created_at", "id")
        .values_list("resident_id", "assessed_on", "created_at", "id", "rung__level")
    )
    for resident_id, *assessment in assessments:
        history[resident_id].append(tuple(assessment))
    for edition_id, resident_id in enrolments:
        levels = levels_at_moments(history.get(resident_id, []), windows[edition_id])
        figures[edition_id].add(levels, windows[edition_id], today)
    return figures


@dataclass
class EditionLadder:
    edition: TrainingEdition
    windows: Windows
    figures: LadderFigures


def edition_ladder(edition: TrainingEdition, *, today: date | None = None) -> EditionLadder:
    """Ladder figures of one edition (fetch it through editions_for(user) first: this does not scope)."""
    today = today or timezone.localdate()
    rung_list = rungs()
    figures = _figures_per_edition([edition], rung_list, today)[edition.pk]
    return EditionLadder(edition=edition, windows=Windows.for_edition(edition), figures=figures)


@dataclass
class TypeYearLadder:
    training_type: TrainingType
    year: int
    figures: LadderFigures
    editions: list[EditionLadder]


def type_year_ladder(user, training_type: TrainingType, year: int, *, today: date | None = None) -> TypeYearLadder:
    """Ladder figures of the user's teams' editions of a training type whose first meeting falls in `year`,
    in total and per edition. Cancelled editions are left out: they did not run."""
    today = today or timezone.localdate()
    rung_list = rungs()
    editions = list(
        editions_for(user)
        .filter(training_type=training_type, starts_on__year=year, cancelled_on__isnull=True)
        .order_by("starts_on", "name", "pk")
    )
    per_edition = _figures_per_edition(editions, rung_list, today)
    total = LadderFigures(rungs=rung_list)
    for figures in per_edition.values():
        total.merge(figures)
    return TypeYearLadder(
        training_type=training_type,
        year=year,
        figures=total,
        editions=[
            EditionLadder(edition=edition, windows=Windows.for_edition(edition), figures=per_edition[edition.pk])
            for edition in editions
        ],
    )


def figures_for_editions(editions: list[TrainingEdition], *, today: date | None = None) -> LadderFigures:
    """The figures of several editions together (e.g. all of a type in a year, for the yearly report).
    Does not scope: the caller chooses the editions. Two queries."""
    rung_list = rungs()
    total = LadderFigures(rungs=rung_list)
    for figures in _figures_per_edition(editions, rung_list, today or timezone.localdate()).values():
        total.merge(figures)
    return total


def edition_years(user) -> list[int]:
    """Years in which an edition of the user's teams had its first meeting, newest first."""
    return sorted({d.year for d in editions_for(user).dates("starts_on", "year")}, reverse=True)
