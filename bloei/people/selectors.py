"""Reads about residents that span models: the resident's timeline, their overview, recent residents."""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.db.models import Case, Exists, Max, OuterRef, Prefetch, Q, When
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from bloei.core import access
from bloei.core.models import AuditEvent

from .models import Assignment, Consent, ContactMoment, LadderAssessment, Resident, TalentScan


@dataclass(frozen=True)
class TimelineEntry:
    """One event in a resident's history, ready to show."""

    on: date
    kind: str  # code, e.g. "contact", "match.active"; see KIND_ORDER
    text: str
    url: str | None = None
    detail: str = ""
    sort_id: int = 0

    @property
    def group(self) -> str:
        """The family of the entry ("match", "signup", ...), for styling and filtering."""
        return self.kind.split(".")[0]

    @property
    def label(self) -> str:
        return kind_label(self.kind)


# Within one day, entries sort in the order things usually happen.
KIND_ORDER = [
    "registered", "consent.given", "assignment.started", "contact", "talentscan", "ladder", "signup.opened",
    "match.proposed", "match.introduced", "match.active", "followup", "network.joined", "activity.attended",
    "activity.organised", "network.left", "match.ended", "signup.closed", "assignment.ended", "consent.withdrawn",
]
_RANK = {kind: i for i, kind in enumerate(KIND_ORDER)}


def kind_label(kind: str) -> str:
    group = kind.split(".")[0]
    return {
        "registered": _("Registration"),
        "consent": _("Consent"),
        "assignment": _("Caseload"),
        "contact": _("Contact"),
        "talentscan": _("Talent scan"),
        "ladder": _("Participation ladder"),
        "signup": _("Request or offer"),
        "match": pgettext("noun", "Match"),
        "followup": _("Follow-up"),
        "network": _("Network"),
        "activity": _("Activity"),
    }.get(group, group)


def _url(name: str, *args) -> str | None:
    """Reverse a URL of another app; None while that app does not provide it."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def _match_party(match, resident: Resident) -> str:
    """Who or what the resident was matched with, naming another resident only if the user may see them."""
    if match.opening_id is not None:
        return str(match.opening)
    if match.place_a_id is not None and match.resident_a_id is not None:
        return match.place_a.name
    if match.resident_a_id == resident.pk:
        other, visible = match.resident_b, match.b_visible
    else:
        other, visible = match.resident_a, match.a_visible
    if other is None:
        return _("another party")
    return other.full_name if visible else _("another resident")


def _match_entries(resident: Resident, user) -> list[TimelineEntry]:
    from bloei.matching.choices import MatchStatus
    from bloei.matching.models import FollowUp, Match

    matches = (
        Match.objects.involving_resident(resident)
        .select_related("resident_a", "resident_b", "opening__place", "place_a")
        .annotate(
            is_visible=Exists(Match.objects.visible_to(user).filter(pk=OuterRef("pk"))),
            a_visible=Exists(Resident.objects.visible_to(user).filter(pk=OuterRef("resident_a_id"))),
            b_visible=Exists(Resident.objects.visible_to(user).filter(pk=OuterRef("resident_b_id"))),
        )
        .prefetch_related(
            "status_changes",
            Prefetch("follow_ups", queryset=FollowUp.objects.filter(done_on__isnull=False), to_attr="done_follow_ups"),
        )
    )
    entries = []
    texts = {
        MatchStatus.PROPOSED: _("Match proposed with %(party)s"),
        MatchStatus.INTRODUCED: _("Introduced to %(party)s"),
        MatchStatus.ACTIVE: _("Match with %(party)s started"),
        MatchStatus.ENDED: _("Match with %(party)s ended"),
    }
    for match in matches:
        party = _match_party(match, resident)
        url = _url("matching:match_detail", match.uuid) if match.is_visible else None
        # The recorded status changes are the history; dates on the match fill in what was not recorded.
        recorded = {}
        for change in match.status_changes.all():
            recorded.setdefault(change.status, []).append(change)
        dates = {
            MatchStatus.PROPOSED: match.proposed_on,
            MatchStatus.INTRODUCED: match.introduced_on,
            MatchStatus.ACTIVE: match.started_on,
            MatchStatus.ENDED: match.ended_on,
        }
        for status, text in texts.items():
            changes = recorded.get(status)
            when = [c.changed_on for c in changes] if changes else ([dates[status]] if dates[status] else [])
            for on in when:
                detail = match.get_end_reason_display() if status == MatchStatus.ENDED else ""
                entries.append(
                    TimelineEntry(on, f"match.{status}", text % {"party": party}, url, detail, match.pk)
                )
        for follow_up in match.done_follow_ups:
            entries.append(
                TimelineEntry(
                    follow_up.done_on,
                    "followup",
                    _("Follow-up %(number)s of the match with %(party)s")
                    % {"number": follow_up.sequence, "party": party},
                    url,
                    follow_up.get_outcome_display(),
                    follow_up.pk,
                )
            )
    return entries


def _community_entries(resident: Resident, user) -> list[TimelineEntry]:
    from bloei.community.models import Activity, Network, NetworkMembership

    entries = []
    memberships = (
        NetworkMembership.objects.filter(resident=resident)
        .select_related("network")
        .annotate(is_visible=Exists(Network.objects.visible_to(user).filter(pk=OuterRef("network_id"))))
    )
    for m in memberships:
        url = _url("community:network_detail", m.network.uuid) if m.is_visible else None
        entries.append(
            TimelineEntry(m.joined_on, "network.joined", _("Joined network %(name)s") % {"name": m.network.name}, url,
                          sort_id=m.pk)
        )
        if m.left_on:
            entries.append(
                TimelineEntry(m.left_on, "network.left", _("Left network %(name)s") % {"name": m.network.name}, url,
                              sort_id=m.pk)
            )
    activities = (
        Activity.objects.filter(Q(participants=resident) | Q(organiser=resident))
        .annotate(
            is_visible=Exists(Activity.objects.visible_to(user).filter(pk=OuterRef("pk"))),
            organised=Case(When(organiser=resident, then=True), default=False),
        )
        .distinct()
    )
    for a in activities:
        url = _url("community:activity_detail", a.uuid) if a.is_visible else None
        if a.organised:
            kind, text = "activity.organised", _("Organised %(title)s") % {"title": a.title}
        else:
            kind, text = "activity.attended", _("Took part in %(title)s") % {"title": a.title}
        entries.append(TimelineEntry(a.starts_on, kind, text, url, sort_id=a.pk))
    return entries


def _signup_entries(resident: Resident) -> list[TimelineEntry]:
    from bloei.matching.choices import SignUpKind, SignUpStatus
    from bloei.matching.models import SignUp

    entries = []
    for s in SignUp.objects.filter(resident=resident):
        url = _url("matching:signup_detail", s.uuid)
        if s.kind == SignUpKind.REQUEST:
            opened = _("Asked for help: %(title)s")
        else:
            opened = _("Offered help: %(title)s")
        entries.append(TimelineEntry(s.opened_on, "signup.opened", opened % {"title": s.title}, url, sort_id=s.pk))
        if s.closed_on:
            if s.status == SignUpStatus.MATCHED:
                closed = _("Matched: %(title)s")
            else:
                closed = _("Withdrawn: %(title)s")
            entries.append(TimelineEntry(s.closed_on, "signup.closed", closed % {"title": s.title}, url, sort_id=s.pk))
    return entries


def resident_timeline(
    resident: Resident, user, *, newest_first: bool = False, ladder: list[LadderAssessment] | None = None
) -> list[TimelineEntry]:
    """Everything that happened with a resident, in one list sorted by date (oldest first by default).

    `ladder`: the resident's ladder assessments when the caller already has them (see ResidentOverview).

    A fixed number of queries however long the history: one per kind of record, with the
    user's scope folded in as annotations, so links appear only where the user may follow them.
    """
    if not access.can(user, "residents.view"):
        return []
    entries: list[TimelineEntry] = []

    details = []
    if resident.referral_source:
        details.append(_("how they found us: %(source)s") % {"source": resident.get_referral_source_display()})
    entries.append(TimelineEntry(resident.registered_on, "registered", _("Registered"), None, "; ".join(details)))

    for c in ContactMoment.objects.filter(resident=resident).select_related("by"):
        text = c.get_kind_display()
        if c.by_id:
            text = _("%(kind)s with %(person)s") % {"kind": text, "person": c.by}
        entries.append(TimelineEntry(c.occurred_on, "contact", text, None, c.note, c.pk))

    for scan in TalentScan.objects.filter(resident=resident).prefetch_related("talents"):
        talents = ", ".join(sorted(str(t) for t in scan.talents.all()))
        entries.append(
            TimelineEntry(
                scan.conducted_on, "talentscan", _("Talent scan (version %(version)s)") % {"version": scan.version},
                _url("people:talentscan_detail", resident.uuid, scan.pk), talents, scan.pk,
            )
        )

    if ladder is None:
        ladder = ladder_history(resident)
    for assessment in ladder:
        rung = assessment.rung
        text = _("Participation ladder: rung %(level)s, %(name)s") % {"level": rung.level, "name": rung}
        if assessment.assessed_by_id:
            text = _("%(assessment)s (by %(person)s)") % {"assessment": text, "person": assessment.assessed_by}
        entries.append(TimelineEntry(assessment.assessed_on, "ladder", text, None, assessment.note, assessment.pk))

    for consent in Consent.objects.filter(resident=resident):
        purpose = consent.get_purpose_display()
        entries.append(
            TimelineEntry(consent.given_on, "consent.given", _("Consent given: %(purpose)s") % {"purpose": purpose},
                          None, consent.get_lawful_basis_display(), consent.pk)
        )
        if consent.withdrawn_on:
            entries.append(
                TimelineEntry(consent.withdrawn_on, "consent.withdrawn",
                              _("Consent withdrawn: %(purpose)s") % {"purpose": purpose}, None, "", consent.pk)
            )

    for a in Assignment.objects.filter(resident=resident).select_related("user"):
        role = a.get_role_display()
        entries.append(
            TimelineEntry(a.started_on, "assignment.started",
                          _("%(person)s assigned as %(role)s") % {"person": a.user, "role": role}, None, "", a.pk)
        )
        if a.ended_on:
            entries.append(
                TimelineEntry(a.ended_on, "assignment.ended",
                              _("%(person)s no longer assigned as %(role)s") % {"person": a.user, "role": role},
                              None, "", a.pk)
            )

    entries += _signup_entries(resident)
    entries += _match_entries(resident, user)
    entries += _community_entries(resident, user)

    entries.sort(key=lambda e: (e.on, _RANK.get(e.kind, len(_RANK)), e.sort_id), reverse=newest_first)
    return entries


def ladder_history(resident: Resident) -> list[LadderAssessment]:
    """All of the resident's ladder assessments with their rung and assessor, oldest first."""
    return list(
        LadderAssessment.objects.filter(resident=resident)
        .select_related("rung", "assessed_by")
        .order_by("assessed_on", "created_at", "id")
    )


def rung_on(resident: Resident, on: date | None = None) -> LadderAssessment | None:
    """The resident's latest ladder assessment on or before `on` (today by default), with its rung; or None."""
    on = on or timezone.localdate()
    return (
        LadderAssessment.objects.filter(resident=resident, assessed_on__lte=on)
        .select_related("rung", "assessed_by")
        .order_by("-assessed_on", "-created_at", "-id")
        .first()
    )


@dataclass
class ResidentOverview:
    latest_scan: TalentScan | None
    scan_count: int
    consents: list[Consent]
    assignments: list[Assignment]
    referred: list[Resident]
    ladder_history: list[LadderAssessment] = field(default_factory=list)

    @property
    def ladder(self) -> LadderAssessment | None:
        """The current rung: the latest assessment up to today."""
        today = timezone.localdate()
        current = [a for a in self.ladder_history if a.assessed_on <= today]
        return current[-1] if current else None

    @property
    def has_registration_basis(self) -> bool:
        return any(c.purpose == "registration" and c.is_active for c in self.consents)


def resident_overview(resident: Resident, user) -> ResidentOverview:
    """What the resident's page shows next to the timeline: latest scan, consents, caseload, referrals, ladder."""
    scans = list(
        TalentScan.objects.filter(resident=resident)
        .select_related("conducted_by")
        .prefetch_related("talents", "interests")
        .order_by("-version")[:1]
    )
    scan_count = scans[0].version if scans else 0
    today = timezone.localdate()
    consents = list(
        Consent.objects.filter(resident=resident).select_related("recorded_by", "withdrawn_recorded_by")
        .order_by("withdrawn_on", "-given_on", "-id")
    )
    assignments = list(
        Assignment.objects.filter(resident=resident, started_on__lte=today)
        .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=today))
        .select_related("user")
        .order_by("started_on", "id")
    )
    referred = list(Resident.objects.visible_to(user).filter(referred_by=resident).order_by("last_name", "first_name"))
    return ResidentOverview(
        scans[0] if scans else None, scan_count, consents, assignments, referred, ladder_history(resident)
    )


def recent_residents_for(user, limit: int = 8) -> list[Resident]:
    """Residents the user recently registered, changed or looked at, most recent first.

    Each resident carries `last_seen_at`. Residents no longer in the user's scope are left out.
    """
    if not user.is_authenticated or not access.can(user, "residents.view"):
        return []
    rows = list(
        AuditEvent.objects.filter(
            actor=user,
            action__in=[AuditEvent.Action.VIEW, AuditEvent.Action.CREATE, AuditEvent.Action.CHANGE],
            resident__in=Resident.objects.visible_to(user).values("pk"),
        )
        .values("resident_id")
        .annotate(last_at=Max("at"))
        .order_by("-last_at", "-resident_id")[:limit]
    )
    if not rows:
        return []
    seen: dict[int, datetime] = {row["resident_id"]: row["last_at"] for row in rows}
    residents = Resident.objects.filter(pk__in=seen).select_related("buurt")
    result = sorted(residents, key=lambda r: seen[r.pk], reverse=True)
    for resident in result:
        resident.last_seen_at = seen[resident.pk]
    return result
