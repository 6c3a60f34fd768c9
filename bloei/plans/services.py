"""Writes on neighbourhood plans: the plan, its priorities and progress, meetings, links and the evaluation.

A plan belongs to a team and a wijk of that team; a person works only on the plans of their own teams
(`plans.edit`). `by=None` is reserved for system actions (imports, the demo command).
Lifecycle: draft → adopted (with a date) → evaluated (when the evaluation is recorded). An evaluated plan
is closed: its priorities, progress, meetings and links no longer change, only the evaluation itself.
Audit events hold ids and codes; the presence of a resident at a meeting or evaluation is one event per
resident, so "who recorded what about this resident" can be answered.
"""

from collections.abc import Iterable
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from bloei.accounts.models import Membership, Team, User
from bloei.community.choices import Recurrence
from bloei.community.models import Activity, Network
from bloei.core import access
from bloei.core.services import record_event
from bloei.geo.models import Neighbourhood
from bloei.people.models import Resident
from bloei.trainings.models import TrainingEdition

from .choices import Figure, PlanStatus, ProgressStatus
from .models import FIRST_YEAR, NeighbourhoodPlan, PlanEvaluation, PlanLink, PlanMeeting, Priority, ProgressNote

PLAN_FIELDS = frozenset({"summary", "wijk", "year"})
PRIORITY_FIELDS = frozenset({"theme", "why", "success", "order", "figures"})
# How far ahead a plan may be written.
YEARS_AHEAD = 2


# --- helpers ------------------------------------------------------------------------------------------


def _check_team(by, team: Team) -> None:
    """`by` must hold plans.edit in `team` (system actions pass by=None)."""
    if by is None:
        return
    if not access.can(by, "plans.edit") or team.pk not in access.team_ids(by, *access.TEAM_WORK):
        raise PermissionDenied


def _check_open(plan: NeighbourhoodPlan) -> None:
    if not plan.is_open:
        raise ValidationError(_("This plan has been evaluated and can no longer be changed."))


def _check_wijk(team: Team, wijk: Neighbourhood) -> None:
    if not team.neighbourhoods.filter(pk=wijk.pk).exists():
        raise ValidationError({"wijk": _("This wijk is not in the area of the team.")})


def _check_year(year: int) -> None:
    today = timezone.localdate()
    if year < FIRST_YEAR or year > today.year + YEARS_AHEAD:
        raise ValidationError(
            {
                "year": _("Choose a year from %(first)s to %(last)s.")
                % {"first": FIRST_YEAR, "last": today.year + YEARS_AHEAD}
            }
        )


def _check_unique(wijk: Neighbourhood, year: int, exclude: NeighbourhoodPlan | None = None) -> None:
    others = NeighbourhoodPlan.objects.filter(wijk=wijk, year=year)
    if exclude is not None:
        others = others.exclude(pk=exclude.pk)
    if others.exists():
        raise ValidationError({"year": _("There is already a plan for this wijk and year.")})


def _not_in_future(field: str, value: date) -> None:
    if value > timezone.localdate():
        raise ValidationError({field: _("The date cannot be in the future.")})


def _visible_residents(by, residents: Iterable[Resident]) -> set[int]:
    """Ids of `residents`; refuses residents outside the acting user's scope."""
    ids = {r.pk for r in residents}
    if by is not None and ids:
        visible = set(Resident.objects.visible_to(by).filter(pk__in=ids).values_list("pk", flat=True))
        if ids - visible:
            raise ValidationError({"residents": _("You can only add residents you may see.")})
    return ids


def _check_staff(team: Team, staff: Iterable[User], on: date) -> set[int]:
    """Staff present must have been members of the team on the day."""
    ids = {u.pk for u in staff}
    if ids:
        members = set(
            Membership.objects.filter(team=team, user_id__in=ids, started_on__lte=on)
            .filter(Q(ended_on__isnull=True) | Q(ended_on__gte=on))
            .values_list("user_id", flat=True)
        )
        if ids - members:
            raise ValidationError({"staff": _("Only members of the team can be recorded as staff present.")})
    return ids


def _check_figures(figures: Iterable[str]) -> list[str]:
    figures = list(dict.fromkeys(figures))
    if set(figures) - set(Figure.values):
        raise ValidationError({"figures": _("Unknown figure.")})
    return figures


def _unknown(fields: Iterable[str], allowed: frozenset[str]) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"Unknown fields: {sorted(unknown)}")


def _set_residents(*, by, record: models.Model, plan: NeighbourhoodPlan, residents: Iterable[Resident], prefix: str):
    """Replace the residents of a meeting or evaluation with `residents`, one audit event per change.

    Residents already recorded whom `by` may not see stay: a person can only change what they can see.
    """
    chosen = _visible_residents(by, residents)
    current = set(record.residents.values_list("pk", flat=True))
    if by is None:
        kept_hidden = set()
    else:
        visible_current = set(Resident.objects.visible_to(by).filter(pk__in=current).values_list("pk", flat=True))
        kept_hidden = current - visible_current
    wanted = chosen | kept_hidden
    added, removed = wanted - current, current - wanted
    if removed:
        record.residents.remove(*removed)
    if added:
        record.residents.add(*added)
    for resident in Resident.objects.filter(pk__in=added | removed).only("pk", "team_id"):
        record_event(
            by=by,
            action="change",
            event=f"{prefix}.resident_{'added' if resident.pk in added else 'removed'}",
            obj=record,
            resident=resident,
            team=plan.team,
            plan_id=plan.pk,
        )
    return added, removed


def _changed(obj: models.Model, changes: dict) -> list[str]:
    """Set `changes` on `obj`; the fields that differ from the stored row (a bound ModelForm may have set
    them on the instance already)."""
    meta = obj._meta
    attnames = {name: meta.get_field(name).attname for name in changes}
    stored = type(obj)._base_manager.filter(pk=obj.pk).values(*attnames.values()).get()
    changed = []
    for name, value in changes.items():
        setattr(obj, name, value)
        if meta.get_field(name).is_relation:
            value = value.pk if value is not None else None
        if stored[attnames[name]] != value:
            changed.append(name)
    return changed


# --- plans --------------------------------------------------------------------------------------------


def create_plan(
    *, by, team: Team, wijk: Neighbourhood, year: int, summary: str = "", previous_plan=None
) -> NeighbourhoodPlan:
    """Start a draft plan of `team` for `wijk` and `year` (one plan per wijk and year)."""
    _check_team(by, team)
    _check_wijk(team, wijk)
    _check_year(year)
    _check_unique(wijk, year)
    plan = NeighbourhoodPlan(
        team=team, wijk=wijk, year=year, summary=summary, previous_plan=previous_plan, created_by=by
    )
    plan.full_clean(exclude=["created_by", "previous_plan"], validate_unique=False)
    with transaction.atomic():
        plan.save()
        record_event(
            by=by,
            action="create",
            event="plan.created",
            obj=plan,
            wijk=wijk.code,
            year=year,
            previous_plan_id=previous_plan.pk if previous_plan else None,
        )
    return plan


def update_plan(*, plan: NeighbourhoodPlan, by, **changes) -> NeighbourhoodPlan:
    """Change the summary; the wijk and year only while the plan is a draft."""
    _check_team(by, plan.team)
    _unknown(changes, PLAN_FIELDS)
    _check_open(plan)
    wijk, year = changes.get("wijk", plan.wijk), changes.get("year", plan.year)
    if plan.status != PlanStatus.DRAFT and (wijk != plan.wijk or year != plan.year):
        raise ValidationError(_("The wijk and year of an adopted plan cannot change."))
    if wijk != plan.wijk:
        _check_wijk(plan.team, wijk)
    if year != plan.year:
        _check_year(year)
    _check_unique(wijk, year, exclude=plan)
    changed = _changed(plan, changes)
    if not changed:
        return plan
    plan.full_clean(exclude=["created_by", "previous_plan"], validate_unique=False)
    with transaction.atomic():
        plan.save(update_fields=[*changed, "updated_at"])
        record_event(by=by, action="change", event="plan.changed", obj=plan, fields=sorted(changed))
    return plan


def adopt_plan(*, plan: NeighbourhoodPlan, by, adopted_on: date | None = None) -> NeighbourhoodPlan:
    """Draft → adopted on `adopted_on` (default today). Needs a priority and no open proposals."""
    _check_team(by, plan.team)
    if plan.status != PlanStatus.DRAFT:
        raise ValidationError(_("This plan has already been adopted."))
    adopted_on = adopted_on or timezone.localdate()
    _not_in_future("adopted_on", adopted_on)
    if adopted_on < date(plan.year - 1, 1, 1):
        raise ValidationError({"adopted_on": _("A plan is adopted at the earliest in the year before it.")})
    priorities = plan.priorities.all()
    if not priorities.exists():
        raise ValidationError(_("Add at least one priority before adopting the plan."))
    if priorities.filter(is_proposal=True).exists():
        raise ValidationError(_("Take on or remove the proposals carried over from last year first."))
    with transaction.atomic():
        plan.status = PlanStatus.ADOPTED
        plan.adopted_on = adopted_on
        plan.save(update_fields=["status", "adopted_on", "updated_at"])
        record_event(by=by, action="change", event="plan.adopted", obj=plan)
    return plan


# --- priorities and progress --------------------------------------------------------------------------


def add_priority(
    *,
    plan: NeighbourhoodPlan,
    by,
    theme: str,
    why: str = "",
    success: str = "",
    order: int | None = None,
    figures: Iterable[str] = (),
) -> Priority:
    """Add a priority to the plan, last unless `order` says otherwise."""
    _check_team(by, plan.team)
    _check_open(plan)
    if order is None:
        order = (plan.priorities.aggregate(m=Max("order"))["m"] or 0) + 1
    priority = Priority(
        plan=plan, theme=theme, why=why, success=success, order=order, figures=_check_figures(figures), created_by=by
    )
    priority.full_clean(exclude=["created_by", "carried_over_from"])
    with transaction.atomic():
        priority.save()
        record_event(
            by=by, action="create", event="plan.priority_added", obj=plan, team=plan.team, priority_id=priority.pk
        )
    return priority


def update_priority(*, priority: Priority, by, **changes) -> Priority:
    plan = priority.plan
    _check_team(by, plan.team)
    _unknown(changes, PRIORITY_FIELDS)
    _check_open(plan)
    if "figures" in changes:
        changes["figures"] = _check_figures(changes["figures"])
    changed = _changed(priority, changes)
    if not changed:
        return priority
    priority.full_clean(exclude=["created_by", "carried_over_from"])
    with transaction.atomic():
        priority.save(update_fields=changed)
        record_event(
            by=by,
            action="change",
            event="plan.priority_changed",
            obj=plan,
            team=plan.team,
            priority_id=priority.pk,
            fields=sorted(changed),
        )
    return priority


def accept_proposal(*, priority: Priority, by) -> Priority:
    """Take a priority carried over from last year on in this plan."""
    plan = priority.plan
    _check_team(by, plan.team)
    _check_open(plan)
    if not priority.is_proposal:
        raise ValidationError(_("This priority is already part of the plan."))
    with transaction.atomic():
        priority.is_proposal = False
        priority.save(update_fields=["is_proposal"])
        record_event(
            by=by, action="change", event="plan.proposal_accepted", obj=plan, team=plan.team, priority_id=priority.pk
        )
    return priority


def remove_priority(*, priority: Priority, by) -> None:
    """Remove a priority (or a proposal) from a draft plan. An adopted plan keeps its priorities."""
    plan = priority.plan
    _check_team(by, plan.team)
    if plan.status != PlanStatus.DRAFT:
        raise ValidationError(_("Priorities of an adopted plan cannot be removed."))
    pk = priority.pk
    with transaction.atomic():
        priority.delete()
        record_event(by=by, action="change", event="plan.priority_removed", obj=plan, team=plan.team, priority_id=pk)


def add_progress(*, priority: Priority, by, status: str, text: str, noted_on: date | None = None) -> ProgressNote:
    """Record how a priority of an adopted plan is doing on `noted_on` (default today)."""
    plan = priority.plan
    _check_team(by, plan.team)
    if plan.status != PlanStatus.ADOPTED:
        raise ValidationError(
            _("Progress is recorded on an adopted plan.")
            if plan.status == PlanStatus.DRAFT
            else _("This plan has been evaluated and can no longer be changed.")
        )
    if priority.is_proposal:
        raise ValidationError(_("This priority is a proposal, not yet part of the plan."))
    if status not in ProgressStatus.values:
        raise ValidationError({"status": _("Unknown status.")})
    if not text.strip():
        raise ValidationError({"text": _("Write what happened.")})
    noted_on = noted_on or timezone.localdate()
    _not_in_future("noted_on", noted_on)
    if noted_on < plan.adopted_on:
        raise ValidationError({"noted_on": _("The plan was adopted after this date.")})
    note = ProgressNote(priority=priority, noted_on=noted_on, status=status, text=text.strip(), created_by=by)
    with transaction.atomic():
        note.save()
        record_event(
            by=by,
            action="create",
            event="plan.progress_added",
            obj=plan,
            team=plan.team,
            priority_id=priority.pk,
            progress_id=note.pk,
            status=status,
        )
    return note


# --- meetings -----------------------------------------------------------------------------------------


def _validate_meeting(plan: NeighbourhoodPlan, held_on: date, other_attendees: int) -> None:
    _not_in_future("held_on", held_on)
    if held_on < date(plan.year - 1, 1, 1):
        raise ValidationError({"held_on": _("A meeting about this plan is held from the year before it.")})
    if other_attendees < 0:
        raise ValidationError({"other_attendees": _("The number cannot be negative.")})


def record_meeting(
    *,
    plan: NeighbourhoodPlan,
    by,
    held_on: date,
    staff: Iterable[User] = (),
    residents: Iterable[Resident] = (),
    other_attendees: int = 0,
    notes: str = "",
) -> PlanMeeting:
    """Record a meeting where the plan was written or discussed, and who was there."""
    _check_team(by, plan.team)
    _check_open(plan)
    _validate_meeting(plan, held_on, other_attendees)
    staff_ids = _check_staff(plan.team, staff, held_on)
    residents = list(residents)
    _visible_residents(by, residents)
    with transaction.atomic():
        meeting = PlanMeeting.objects.create(
            plan=plan, held_on=held_on, other_attendees=other_attendees, notes=notes, created_by=by
        )
        meeting.staff.set(staff_ids)
        record_event(by=by, action="create", event="plan.meeting_added", obj=meeting, team=plan.team, plan_id=plan.pk)
        _set_residents(by=by, record=meeting, plan=plan, residents=residents, prefix="plan.meeting")
    return meeting


def update_meeting(
    *,
    meeting: PlanMeeting,
    by,
    held_on: date,
    staff: Iterable[User] = (),
    residents: Iterable[Resident] = (),
    other_attendees: int = 0,
    notes: str = "",
) -> PlanMeeting:
    """Change a meeting. Residents present whom `by` may not see are kept."""
    plan = meeting.plan
    _check_team(by, plan.team)
    _check_open(plan)
    _validate_meeting(plan, held_on, other_attendees)
    staff_ids = _check_staff(plan.team, staff, held_on)
    residents = list(residents)
    _visible_residents(by, residents)
    with transaction.atomic():
        changed = _changed(meeting, {"held_on": held_on, "other_attendees": other_attendees, "notes": notes})
        if changed:
            meeting.save(update_fields=changed)
        if set(meeting.staff.values_list("pk", flat=True)) != staff_ids:
            meeting.staff.set(staff_ids)
            changed.append("staff")
        added, removed = _set_residents(by=by, record=meeting, plan=plan, residents=residents, prefix="plan.meeting")
        if changed:
            record_event(
                by=by,
                action="change",
                event="plan.meeting_changed",
                obj=meeting,
                team=plan.team,
                plan_id=plan.pk,
                fields=sorted(changed),
            )
    return meeting


# --- links --------------------------------------------------------------------------------------------


def _in_wijk(buurt_neighbourhood_id: int | None, plan: NeighbourhoodPlan) -> bool:
    return buurt_neighbourhood_id is None or buurt_neighbourhood_id == plan.wijk_id


def _check_link_target(plan: NeighbourhoodPlan, item) -> None:
    start, end = date(plan.year, 1, 1), date(plan.year, 12, 31)
    if item.team_id != plan.team_id:
        raise ValidationError({"item": _("This belongs to another team.")})
    if isinstance(item, Activity):
        wijk_id = item.buurt.neighbourhood_id if item.buurt_id else None
        ongoing = item.ends_on is None and item.recurrence != Recurrence.ONCE
        ran = item.starts_on <= end and (
            item.starts_on >= start or ongoing or (item.ends_on or item.starts_on) >= start
        )
    elif isinstance(item, Network):
        wijk_id = item.buurt.neighbourhood_id if item.buurt_id else None
        ran = item.started_on <= end and (item.ended_on is None or item.ended_on >= start)
    elif isinstance(item, TrainingEdition):
        wijk_id = item.wijk_id
        ran = item.starts_on <= end and item.ends_on >= start and item.cancelled_on is None
    else:
        raise ValidationError({"item": _("Only activities, networks and training editions can be linked.")})
    if not _in_wijk(wijk_id, plan):
        raise ValidationError({"item": _("This takes place in another wijk.")})
    if not ran:
        raise ValidationError({"item": _("This does not take place in the year of the plan.")})


def link_item(*, plan: NeighbourhoodPlan, by, item, priority: Priority | None = None) -> PlanLink:
    """Link an activity, network or training edition of the team to the plan (to one of its priorities)."""
    _check_team(by, plan.team)
    _check_open(plan)
    _check_link_target(plan, item)
    if priority is not None and priority.plan_id != plan.pk:
        raise ValidationError({"priority": _("This priority belongs to another plan.")})
    field = {Activity: "activity", Network: "network", TrainingEdition: "edition"}[type(item)]
    if plan.links.filter(**{field: item}).exists():
        raise ValidationError({"item": _("This is already linked to the plan.")})
    with transaction.atomic():
        link = PlanLink.objects.create(plan=plan, priority=priority, created_by=by, **{field: item})
        record_event(
            by=by,
            action="create",
            event="plan.linked",
            obj=plan,
            link_id=link.pk,
            kind=field,
            target_id=item.pk,
            priority_id=priority.pk if priority else None,
        )
    return link


def unlink_item(*, link: PlanLink, by) -> None:
    plan = link.plan
    _check_team(by, plan.team)
    _check_open(plan)
    kind, target_id, pk = link.kind, link.target.pk, link.pk
    with transaction.atomic():
        link.delete()
        record_event(
            by=by, action="change", event="plan.unlinked", obj=plan, link_id=pk, kind=kind, target_id=target_id
        )


# --- evaluation and next year -------------------------------------------------------------------------


def record_evaluation(
    *,
    plan: NeighbourhoodPlan,
    by,
    held_on: date,
    went_well: str = "",
    went_badly: str = "",
    residents: Iterable[Resident] = (),
    other_attendees: int = 0,
    carried_over: Iterable[Priority] = (),
    next_year_goals: str = "",
) -> PlanEvaluation:
    """Record (or correct) the year-end evaluation with residents; the plan becomes evaluated."""
    _check_team(by, plan.team)
    if plan.status == PlanStatus.DRAFT:
        raise ValidationError(_("Only an adopted plan can be evaluated."))
    _not_in_future("held_on", held_on)
    if held_on < plan.adopted_on:
        raise ValidationError({"held_on": _("The plan was adopted after this date.")})
    if not went_well.strip() and not went_badly.strip():
        raise ValidationError(_("Write what went well or what did not."))
    if other_attendees < 0:
        raise ValidationError({"other_attendees": _("The number cannot be negative.")})
    carried = list(carried_over)
    if any(p.plan_id != plan.pk or p.is_proposal for p in carried):
        raise ValidationError({"carried_over": _("Choose priorities of this plan.")})
    residents = list(residents)
    _visible_residents(by, residents)
    values = {
        "held_on": held_on,
        "went_well": went_well.strip(),
        "went_badly": went_badly.strip(),
        "other_attendees": other_attendees,
        "next_year_goals": next_year_goals.strip(),
    }
    with transaction.atomic():
        evaluation = PlanEvaluation.objects.filter(plan=plan).first()
        created = evaluation is None
        if created:
            evaluation = PlanEvaluation.objects.create(plan=plan, recorded_by=by, **values)
            changed = sorted(values)
        else:
            changed = _changed(evaluation, values)
            if changed:
                evaluation.save(update_fields=[*changed, "updated_at"])
        carried_ids = {p.pk for p in carried}
        if set(evaluation.carried_over.values_list("pk", flat=True)) != carried_ids:
            evaluation.carried_over.set(carried_ids)
            if not created:
                changed.append("carried_over")
        if plan.status != PlanStatus.EVALUATED:
            plan.status = PlanStatus.EVALUATED
            plan.save(update_fields=["status", "updated_at"])
        if created or changed:
            record_event(
                by=by,
                action="create" if created else "change",
                event="plan.evaluated" if created else "plan.evaluation_changed",
                obj=plan,
                evaluation_id=evaluation.pk,
                carried_over=sorted(carried_ids),
                fields=sorted(changed),
            )
        _set_residents(by=by, record=evaluation, plan=plan, residents=residents, prefix="plan.evaluation")
    return evaluation


def start_next_plan(*, plan: NeighbourhoodPlan, by) -> NeighbourhoodPlan:
    """A draft plan for the next year, started from this plan's evaluation.

    The priorities chosen to continue and each new goal become proposals; the team decides on each
    (take it on, change it, or remove it) before the new plan is adopted.
    """
    _check_team(by, plan.team)
    if plan.status != PlanStatus.EVALUATED:
        raise ValidationError(_("Evaluate this plan first."))
    evaluation = plan.evaluation
    with transaction.atomic():
        new_plan = create_plan(by=by, team=plan.team, wijk=plan.wijk, year=plan.year + 1, previous_plan=plan)
        order = 0
        for priority in evaluation.carried_over.order_by("order", "pk"):
            order += 1
            Priority.objects.create(
                plan=new_plan,
                order=order,
                theme=priority.theme,
                why=priority.why,
                success=priority.success,
                figures=priority.figures,
                is_proposal=True,
                carried_over_from=priority,
                created_by=by,
            )
        for goal in evaluation.goals:
            order += 1
            Priority.objects.create(plan=new_plan, order=order, theme=goal[:150], is_proposal=True, created_by=by)
        record_event(
            by=by, action="change", event="plan.next_started", obj=plan, next_plan_id=new_plan.pk, proposals=order
        )
    return new_plan
