"""Measures: the named, tested queries every indicator, dashboard and report counts with.

A measure selects the records that count for a period (`records(period)`), says what is counted
(distinct `count` field: records, or residents) and where the records lie (buurt paths and team path),
so that one definition answers "how many, in this period, in this area" and "how many per wijk".
Periods are inclusive date ranges; "as of" measures (a waiting list, places active) look at the
period's last day. Definitions are in plain language and shown on the definitions page.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Count, ExpressionWrapper, F, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models import DateField as DateFieldType
from django.db.models.functions import Coalesce, TruncMonth
from django.utils.translation import gettext_lazy as _

from .areas import CITY, CITY_AREA, TEAM, Area, area_filter, group_expression


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError("A period ends on or after its start")

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls(date(year, 1, 1), date(year, 12, 31))

    def previous(self) -> "Period":
        """The period of the same length just before this one (a year before a year)."""
        if (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31):
            years = self.end.year - self.start.year + 1
            return Period(date(self.start.year - years, 1, 1), date(self.end.year - years, 12, 31))
        length = self.end - self.start
        end = self.start - timedelta(days=1)
        return Period(end - length, end)


@dataclass(frozen=True)
class Measure:
    code: str
    label: object
    definition: object  # what counts, in plain language
    source: object  # from which registration
    records: object  # Callable[[Period], QuerySet]
    count: str = "pk"  # counted distinct: "pk" for records, e.g. "resident" for unique residents
    total: str = ""  # instead of counting: the sum of this field (e.g. homes reached)
    buurt_paths: tuple[str, ...] = ("buurt",)
    team_path: str | None = "team"
    group: str = ""  # measures shown together (e.g. the three match kinds)
    # An optional narrowing an indicator can set (e.g. one training type): the lookup its value goes to.
    parameter: str = ""
    # For measures that count records by a date within the period (not "as of" a day): that date's field.
    # Such a measure can be counted per month in one query.
    date_field: str = ""

    def describe(self) -> str:
        """The definition in the current language, with the settings it depends on filled in."""
        return str(self.definition) % {"days": settings.BLOEI_DURABLE_AFTER_DAYS}

    def _queryset(self, period: Period, area: Area, parameter: str = "") -> QuerySet:
        qs = self.records(period).order_by()
        if parameter:
            if not self.parameter:
                raise ValueError(f"Measure {self.code} takes no parameter")
            qs = qs.filter(**{self.parameter: parameter})
        return qs.filter(area_filter(area, buurt_paths=self.buurt_paths, team_path=self.team_path))

    def _aggregate(self):
        if self.total:
            return Coalesce(Sum(self.total), 0)
        return Count(self.count, distinct=self.count != "pk")

    def supports(self, level: str) -> bool:
        """Whether the measure can be counted per area of `level` (some records have no area)."""
        if level == CITY:
            return True
        if level == TEAM:
            return bool(self.team_path or self.buurt_paths)
        return bool(self.buurt_paths)

    def value(self, period: Period, area: Area = CITY_AREA, parameter: str = "") -> int | None:
        """The figure for the period and area; None when the measure has no figure per such area."""
        if not self.supports(area.level):
            return None
        return self._queryset(period, area, parameter).aggregate(n=self._aggregate())["n"]

    def by_area(self, period: Period, level: str, area: Area = CITY_AREA, parameter: str = "") -> dict[int | None, int]:
        """Counts per area id at `level` (None: records without an area), within `area`."""
        if not self.supports(level):
            return {}
        expression = group_expression(level, buurt_paths=self.buurt_paths, team_path=self.team_path)
        rows = (
            self._queryset(period, area, parameter)
            .annotate(_area=expression)
            .order_by()
            .values("_area")
            .annotate(n=self._aggregate())
            .values_list("_area", "n")
        )
        return dict(rows)

    def by_month(self, period: Period, area: Area = CITY_AREA, parameter: str = "") -> dict[date, int]:
        """Counts per calendar month (keyed by its first day) in one query; only for measures with a
        date_field, whose records of a longer period are exactly the records of its months."""
        if not self.date_field:
            raise ValueError(f"Measure {self.code} is not counted by a date")
        if not self.supports(area.level):
            return {}
        rows = (
            self._queryset(period, area, parameter)
            .annotate(_month=TruncMonth(self.date_field))
            .values("_month")
            .annotate(n=self._aggregate())
            .values_list("_month", "n")
        )
        return {(month.date() if hasattr(month, "date") else month): n for month, n in rows}

    def records_behind(self, period: Period, area: Area = CITY_AREA, parameter: str = "") -> QuerySet:
        """The records behind the figure (for a drill-down by roles that may see them)."""
        return self._queryset(period, area, parameter)


REGISTRY: dict[str, Measure] = {}


def register(measure: Measure) -> Measure:
    if measure.code in REGISTRY:
        raise ValueError(f"Measure {measure.code} registered twice")
    REGISTRY[measure.code] = measure
    return measure


def get(code: str) -> Measure:
    return REGISTRY[code]


def choices() -> list[tuple[str, object]]:
    return [(m.code, m.label) for m in REGISTRY.values()]


# --- matches ----------------------------------------------------------------------------------------------

MATCH_AREA = ("resident_a__buurt", "place_a__buurt")


def _matches():
    from bloei.matching.models import Match

    return Match.objects.all()


def _match_kinds():
    from bloei.matching.choices import MatchKind

    return MatchKind


def _durable_in(period: Period) -> QuerySet:
    """Matches that became durable in the period: still running N days after they started, that day
    falling within the period."""
    days = timedelta(days=settings.BLOEI_DURABLE_AFTER_DAYS)
    durable_on = ExpressionWrapper(F("started_on") + days, output_field=DateFieldType())
    # The start-date range uses the index; the date arithmetic only runs on the matches within it.
    return (
        _matches()
        .filter(started_on__gte=period.start - days, started_on__lte=period.end - days)
        .annotate(_durable_on=durable_on)
        .filter(Q(ended_on__isnull=True) | Q(ended_on__gte=F("_durable_on")))
    )


_KIND_LABELS = {
    "": (_("Matches started"), _("Durable matches")),
    "resident_resident": (_("Matches started, resident – resident"), _("Durable matches, resident – resident")),
    "resident_place": (_("Matches started, resident – place"), _("Durable matches, resident – place")),
    "place_place": (_("Matches started, place – place"), _("Durable matches, place – place")),
}

for _kind, (_started_label, _durable_label) in _KIND_LABELS.items():
    _suffix = f"_{_kind}" if _kind else ""
    _kind_q = Q(kind=_kind) if _kind else Q()
    register(
        Measure(
            code=f"matches_started{_suffix}",
            label=_started_label,
            definition=_(
                "Matches whose start date (the day the residents or places actually began) falls in the "
                "period. Proposed or introduced matches that never started do not count."
            ),
            source=_("Matches: the start date set when a match becomes active."),
            records=lambda period, q=_kind_q: _matches().filter(
                q, started_on__gte=period.start, started_on__lte=period.end
            ),
            buurt_paths=MATCH_AREA,
            group="matches_started",
            date_field="started_on",
        )
    )
    register(
        Measure(
            code=f"matches_durable{_suffix}",
            label=_durable_label,
            definition=_(
                "Matches that became durable in the period: still running %(days)s days after they started, "
                "that day falling in the period. Each durable match counts once, in the period it became durable."
            ),
            source=_("Matches: start and end dates."),
            records=lambda period, q=_kind_q: _durable_in(period).filter(q),
            buurt_paths=MATCH_AREA,
            group="matches_durable",
        )
    )


# --- sign-ups, talent scans -------------------------------------------------------------------------------


def _signups():
    from bloei.matching.models import SignUp

    return SignUp.objects.all()


register(
    Measure(
        code="offers_waiting",
        label=_("Residents offering themselves, waiting for a match"),
        definition=_(
            "Residents with an offer (aanbod) that was open at the end of the period's last day: signed up "
            "by then and not yet matched or withdrawn. A resident with two open offers counts once."
        ),
        source=_("Requests and offers: sign-up date and closing date."),
        records=lambda period: _signups().waiting_on(period.end).filter(kind="offer"),
        count="resident",
        buurt_paths=("resident__buurt",),
    )
)
register(
    Measure(
        code="signups_waiting",
        label=_("Waiting list (requests and offers)"),
        definition=_(
            "Requests and offers open at the end of the period's last day: signed up by then, not yet closed."
        ),
        source=_("Requests and offers: sign-up date and closing date."),
        records=lambda period: _signups().waiting_on(period.end),
        buurt_paths=("resident__buurt",),
    )
)


def _talent_scans(period):
    from bloei.people.models import TalentScan

    return TalentScan.objects.filter(conducted_on__gte=period.start, conducted_on__lte=period.end)


register(
    Measure(
        code="talent_scans",
        label=_("Talent scans"),
        definition=_("Talent scan conversations held in the period; a new version of a resident's scan counts again."),
        source=_("Talent scans: the date of the conversation."),
        records=_talent_scans,
        buurt_paths=("resident__buurt",),
        team_path="resident__team",
        date_field="conducted_on",
    )
)

# --- networks ---------------------------------------------------------------------------------------------


def _networks_running(period):
    from bloei.community.models import Network

    return Network.objects.filter(
        Q(ended_on__isnull=True) | Q(ended_on__gte=period.start), started_on__lte=period.end
    )


def _network_memberships(period):
    from bloei.community.models import NetworkMembership
    from bloei.community.selectors import memberships_between

    return NetworkMembership.objects.filter(memberships_between(period.start, period.end))


register(
    Measure(
        code="networks_total",
        label=_("Resident networks"),
        definition=_("Resident networks that existed on at least one day of the period (started by its end, not "
                     "ended before its start), facilitated or self-steering."),
        source=_("Resident networks: start and end dates."),
        records=_networks_running,
    )
)
register(
    Measure(
        code="networks_new",
        label=_("New resident networks"),
        definition=_("Resident networks whose start date falls in the period."),
        source=_("Resident networks: start date."),
        records=lambda period: _networks_running(period).filter(started_on__gte=period.start),
        date_field="started_on",
    )
)
register(
    Measure(
        code="network_participants",
        label=_("Unique network participants"),
        definition=_("Residents who were a member of at least one resident network on at least one day of the "
                     "period. A resident in two networks, or who left and came back, counts once."),
        source=_("Network members: joined and left dates."),
        records=_network_memberships,
        count="resident",
        buurt_paths=("network__buurt", "resident__buurt"),
        team_path="network__team",
    )
)

# --- places -----------------------------------------------------------------------------------------------


def _places():
    from bloei.places.models import Place

    return Place.objects.all()


register(
    Measure(
        code="places_total",
        label=_("Development places"),
        definition=_("Development places active on the period's last day: added by then and not removed."),
        source=_("Places: added and removed dates."),
        records=lambda period: _places().active(period.end),
        team_path=None,
    )
)
register(
    Measure(
        code="places_new",
        label=_("New development places"),
        definition=_("Development places added in the period."),
        source=_("Places: added date."),
        records=lambda period: _places().filter(added_on__gte=period.start, added_on__lte=period.end),
        team_path=None,
        date_field="added_on",
    )
)


def _place_participants(period):
    return _matches().filter(
        Q(ended_on__isnull=True) | Q(ended_on__gte=period.start),
        kind="resident_place",
        started_on__lte=period.end,
    )


register(
    Measure(
        code="place_participants",
        label=_("Residents taking part at places"),
        definition=_("Residents in a resident – place match that was running on at least one day of the period; "
                     "each resident counts once."),
        source=_("Matches of kind resident – place: start and end dates."),
        records=_place_participants,
        count="resident_a",
        buurt_paths=("place_a__buurt",),
    )
)


def _day_start(day: date):
    """Midnight at the start of `day` in the local time zone, as an aware datetime."""
    from datetime import datetime, time

    from django.utils import timezone

    return timezone.make_aware(datetime.combine(day, time.min))


def _spin_offs(period):
    from django.contrib.contenttypes.models import ContentType

    from bloei.core.models import RippleLink
    from bloei.matching.models import Match

    place_matches = Match.objects.filter(kind="resident_place").values("pk")
    # A range on the timestamp itself (not on its date) keeps the index usable.
    return RippleLink.objects.filter(
        source_type=ContentType.objects.get_for_model(Match),
        source_id__in=place_matches,
        created_at__gte=_day_start(period.start),
        created_at__lt=_day_start(period.end + timedelta(days=1)),
    )


register(
    Measure(
        code="place_spin_offs",
        label=_("Spin-offs after a place match"),
        definition=_("Records (a new match, network or activity) linked as grown out of a resident – place match, "
                     "linked in the period. Counted for the city only: a spin-off has no area of its own."),
        source=_("Ripple links recorded on matches."),
        records=_spin_offs,
        buurt_paths=(),
        team_path=None,
    )
)

# --- activities -------------------------------------------------------------------------------------------


def _activities(period):
    from bloei.community.models import Activity

    ends = Q(ends_on__isnull=True, starts_on__gte=period.start) | Q(ends_on__gte=period.start)
    return Activity.objects.filter(ends, starts_on__lte=period.end, is_facilitated=True)


register(
    Measure(
        code="activities_facilitated",
        label=_("Facilitated activities"),
        definition=_("Activities facilitated by a team that took place on at least one day of the period; a "
                     "recurring activity counts once per period."),
        source=_("Activities: date, last date and 'facilitated by the team'."),
        records=_activities,
    )
)

# --- trainings --------------------------------------------------------------------------------------------


def _enrolments(period):
    from bloei.trainings.models import Enrolment

    return Enrolment.objects.filter(
        edition__starts_on__gte=period.start, edition__starts_on__lte=period.end, edition__cancelled_on__isnull=True
    )


register(
    Measure(
        code="training_participants",
        label=_("Training participants"),
        definition=_("Residents enrolled in a training edition whose first meeting falls in the period (cancelled "
                     "editions excluded). A resident in two editions counts twice, as in the evaluation."),
        source=_("Trainings: enrolments and the edition's first meeting."),
        records=_enrolments,
        buurt_paths=("resident__buurt",),
        team_path="edition__team",
        group="training_participants",
        parameter="edition__training_type__slug",
        date_field="edition__starts_on",
    )
)
register(
    Measure(
        code="training_participants_participatiewet",
        label=_("Training participants with a Participatiewet benefit"),
        definition=_("Training participants (as above) whose benefit status was recorded as a Participatiewet "
                     "benefit, for the purpose of anonymous reporting. Only the count leaves the team."),
        source=_("Trainings: benefit status recorded at enrolment with its purpose."),
        records=lambda period: _enrolments(period).filter(benefit_status="participatiewet"),
        buurt_paths=("resident__buurt",),
        team_path="edition__team",
        group="training_participants",
        date_field="edition__starts_on",
    )
)
register(
    Measure(
        code="training_completed",
        label=_("Training participants who completed"),
        definition=_("Training participants (as above) who completed the edition by its type's completion rule."),
        source=_("Trainings: completion decided when the edition is finished."),
        records=lambda period: _enrolments(period).filter(completed=True),
        buurt_paths=("resident__buurt",),
        team_path="edition__team",
        group="training_participants",
        date_field="edition__starts_on",
    )
)



# --- participation ladder ---------------------------------------------------------------------------------


def _ladder_steps_up(period):
    from bloei.people.models import LadderAssessment

    before = LadderAssessment.objects.filter(
        resident=OuterRef("resident"), assessed_on__lt=OuterRef("assessed_on")
    ).order_by("-assessed_on", "-pk")
    return (
        LadderAssessment.objects.filter(assessed_on__gte=period.start, assessed_on__lte=period.end)
        .annotate(_before=Subquery(before.values("rung__level")[:1]))
        .filter(_before__isnull=False, rung__level__gt=F("_before"))
    )


register(
    Measure(
        code="ladder_steps_up",
        label=_("Residents who went up the participation ladder"),
        definition=_("Residents with an assessment in the period on a higher rung than their assessment before "
                     "it. A resident who went up twice counts once."),
        source=_("Participation ladder: dated assessments per resident."),
        records=_ladder_steps_up,
        count="resident",
        buurt_paths=("resident__buurt",),
        team_path="resident__team",
        date_field="assessed_on",
    )
)

# --- outreach ---------------------------------------------------------------------------------------------


def _rounds(period):
    from bloei.outreach.models import OutreachRound

    return OutreachRound.objects.filter(held_on__gte=period.start, held_on__lte=period.end)


register(
    Measure(
        code="outreach_rounds",
        label=_("Outreach rounds"),
        definition=_("Outreach rounds (door to door, cargo bike, walk-in hour, floor conversations, ...) held in "
                     "the period."),
        source=_("Outreach rounds: date."),
        records=_rounds,
        group="outreach",
        parameter="kind",
        date_field="held_on",
    )
)
register(
    Measure(
        code="outreach_homes_reached",
        label=_("Homes reached by outreach"),
        definition=_("The homes reached in the outreach rounds held in the period, added up (rounds where this "
                     "was not counted add nothing)."),
        source=_("Outreach rounds: homes reached."),
        records=_rounds,
        total="homes_reached",
        group="outreach",
        parameter="kind",
        date_field="held_on",
    )
)
def _round_sign_ups(period):
    from bloei.outreach.models import RoundSignUp

    return RoundSignUp.objects.filter(signed_up_on__gte=period.start, signed_up_on__lte=period.end)


register(
    Measure(
        code="outreach_sign_ups",
        label=_("Residents who signed up after outreach"),
        definition=_("Residents linked to an outreach round as having signed up after it, on a date in the "
                     "period; each resident counts once."),
        source=_("Outreach rounds: the residents who signed up afterwards."),
        records=_round_sign_ups,
        count="resident",
        buurt_paths=("outreach_round__buurt", "resident__buurt"),
        team_path="outreach_round__team",
        group="outreach",
        date_field="signed_up_on",
    )
)

# --- referrals --------------------------------------------------------------------------------------------


def _referrals(period):
    from bloei.referrals.models import Referral

    return Referral.objects.filter(referred_on__gte=period.start, referred_on__lte=period.end)


register(
    Measure(
        code="referrals",
        label=_("Referrals from generalists to connectors"),
        definition=_("Warm hand-overs of a resident from a generalist to the connectors of a team, made in the "
                     "period (whatever became of them)."),
        source=_("Referrals: the date of the referral."),
        records=_referrals,
        buurt_paths=("resident__buurt",),
        date_field="referred_on",
        parameter="status",
    )
)
def _referrals_accepted(period):
    from bloei.referrals.models import Referral

    return Referral.objects.filter(status="accepted", decided_on__gte=period.start, decided_on__lte=period.end)


register(
    Measure(
        code="referrals_accepted",
        label=_("Referrals accepted by a connector"),
        definition=_("Referrals accepted by a connector of the team, decided in the period."),
        source=_("Referrals: status and the date it was decided."),
        records=_referrals_accepted,
        buurt_paths=("resident__buurt",),
        date_field="decided_on",
    )
)
