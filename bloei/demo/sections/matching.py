"""Sign-ups, matches with their history and follow-ups, and ripple links."""

import random
from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import date, timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType

from bloei.accounts.models import Team, User
from bloei.community.models import Activity, Network
from bloei.core.models import RippleLink
from bloei.demo.constants import BASE, MATCHES_PER_YEAR
from bloei.demo.data import texts
from bloei.demo.lifecycle import Weighted, between, demo_uuid, follow_ups, match_lifecycle
from bloei.matching.choices import EndReason, MatchKind, MatchStatus, SignUpKind, SignUpStatus
from bloei.matching.models import FollowUp, Match, MatchStatusChange, SignUp
from bloei.people.models import Resident, Talent

from .common import BATCH, Writer, aware


class MatchingMixin:
    # -- sign-ups and matches --------------------------------------------------------------------

    def _talent_for(self, rng: random.Random, resident: Resident | None) -> Talent:
        slugs = self.resident_talents.get(resident.pk) if resident else None
        slug = rng.choice(slugs) if slugs else None
        return self.talent_by_slug.get(slug) if slug else rng.choice(self.talents)

    def _signup(
        self,
        rng: random.Random,
        *,
        resident: Resident,
        kind: str,
        talent: Talent,
        opened: date,
        status: str,
        closed: date | None,
    ) -> SignUp:
        request, offer = texts.TALENT_PHRASES.get(talent.slug, (None, talent.name_nl, talent.name_nl, None))[1:3]
        title = request if kind == SignUpKind.REQUEST else offer
        signup = SignUp(
            uuid=demo_uuid(rng),
            resident=resident,
            team_id=resident.team_id,
            kind=kind,
            title=title,
            description=rng.choice(texts.SIGNUP_NOTES),
            status=status,
            opened_on=max(opened, resident.registered_on),
            closed_on=closed,
            created_by=self.staff_for(rng, resident),
        )
        self._signups.append(signup)
        self._signup_talents.append((signup, talent))
        return signup

    def _matches(self) -> None:
        rng = self.rng("matches")
        self._signups: list[SignUp] = []
        self._signup_talents: list[tuple[SignUp, Talent]] = []
        plans: list[tuple[str, date, date]] = []
        for index, year in enumerate(self.years):
            span = self.year_span(year)
            for kind, base in MATCHES_PER_YEAR[self.slot(index)].items():
                plans += [(kind, *span)] * self.year_quota(index, base)
        rng.shuffle(plans)
        plans.sort(key=lambda plan: plan[1])  # by year, random order within it
        matches: list[Match] = []
        extras: list[tuple[Match, list[User], object]] = []
        for kind, span_start, span_end in plans:
            made = self._make_match(rng, kind, between(rng, span_start, span_end))
            if made:
                matches.append(made[0])
                extras.append(made)
        # Every team has fresh work in the pipeline: at least one proposed and one introduced match.
        in_pipeline = {(m.team_id, m.status) for m in matches}
        kind_choice = Weighted.from_dict(MATCHES_PER_YEAR[-1])
        for team in self.teams:
            for status in (MatchStatus.PROPOSED, MatchStatus.INTRODUCED):
                if (team.pk, status) in in_pipeline:
                    continue
                proposed = self.today - timedelta(days=rng.randint(0, 5) if status == MatchStatus.PROPOSED else 9)
                made = self._make_match(rng, kind_choice.pick(rng), proposed, team=team, force=status)
                if made:
                    matches.append(made[0])
                    extras.append(made)
        self._open_and_withdrawn_signups(rng)
        SignUp.objects.bulk_create(self._signups, batch_size=BATCH)
        self.counts["sign-ups"] = len(self._signups)
        rows = Writer(SignUp.talents.through, self.counts, "sign-up talents")
        for signup, talent in self._signup_talents:
            rows.add(SignUp.talents.through(signup_id=signup.pk, talent_id=talent.pk))
        rows.flush()
        for match in matches:  # the sign-ups have their keys now
            match.request_id = match.request.pk if match.request else None
            match.offer_id = match.offer.pk if match.offer else None
        Match.objects.bulk_create(matches, batch_size=BATCH)
        self.counts["matches"] = len(matches)
        connectors = Writer(Match.connectors.through, self.counts, "match connectors")
        changes = Writer(MatchStatusChange, self.counts, "match status changes")
        follow = Writer(FollowUp, self.counts, "follow-ups")
        for match, staff, life in extras:
            for user in staff:
                connectors.add(Match.connectors.through(match_id=match.pk, user_id=user.pk))
            for status, on in life.steps(match.proposed_on):
                note = match.end_note if status == MatchStatus.ENDED else ""
                changes.add(MatchStatusChange(match_id=match.pk, status=status, changed_on=on, by=staff[0], note=note))
            for planned in follow_ups(rng, life=life, today=self.today, days=settings.BLOEI_FOLLOW_UP_DAYS):
                follow.add(
                    FollowUp(
                        match_id=match.pk,
                        sequence=planned.sequence,
                        due_on=planned.due_on,
                        done_on=planned.done_on,
                        outcome=planned.outcome,
                        done_by=rng.choice(staff) if planned.done_on else None,
                        note="Even gebeld, loopt goed."
                        if planned.outcome == "going_well" and rng.random() < 0.3
                        else "",
                    )
                )
        for writer in (connectors, changes, follow):
            writer.flush()
        self.matches = matches

    def _make_match(
        self, rng: random.Random, kind: str, proposed: date, team: Team | None = None, force: str | None = None
    ):
        team = team or self.team_choice.pick(rng)
        resident_a = resident_b = opening = place_a = place_b = None
        hard_end, hard_reason = None, EndReason.MOVED
        if kind == MatchKind.RESIDENT_RESIDENT:
            resident_a = self.picker.pick(rng, team.pk, proposed)
            resident_b = resident_a and self.picker.pick(rng, team.pk, proposed, exclude={resident_a.pk})
            if not resident_b:
                return None
            talent = self._talent_for(rng, resident_b)
            description = texts.TALENT_PHRASES.get(talent.slug, ("", talent.name_nl))[1]
        elif kind == MatchKind.RESIDENT_PLACE:
            resident_a = self.picker.pick(rng, team.pk, proposed)
            opening = resident_a and self.pick_opening(rng, team.pk, proposed)
            if not opening:
                return None
            place_a = opening.place
            talent = self._talent_for(rng, resident_a)
            description = f"{opening.title} bij {place_a.name}."
            if place_a.removed_on:
                hard_end, hard_reason = place_a.removed_on, EndReason.NO_CAPACITY
        else:
            place_a = self.pick_place(rng, team.pk, proposed)
            place_b = place_a and self.pick_place(
                rng, team.pk if rng.random() < 0.5 else None, proposed, exclude={place_a.pk}
            )
            if not place_b:
                return None
            talent = None
            description = rng.choice(texts.PLACE_PLACE_DESCRIPTIONS)
            removed = [p.removed_on for p in (place_a, place_b) if p.removed_on]
            if removed:
                hard_end, hard_reason = min(removed), EndReason.NO_CAPACITY
        closed = [r.closed_on for r in (resident_a, resident_b) if r is not None and r.closed_on]
        if closed and (hard_end is None or min(closed) < hard_end):
            hard_end, hard_reason = min(closed), EndReason.MOVED
        life = match_lifecycle(
            rng, kind=kind, proposed_on=proposed, today=self.today, hard_end=hard_end, hard_end_reason=hard_reason
        )
        if force == MatchStatus.PROPOSED:
            life.status, life.introduced_on, life.started_on, life.ended_on, life.end_reason = (
                force,
                None,
                None,
                None,
                "",
            )
        elif force == MatchStatus.INTRODUCED:
            life.status, life.introduced_on = force, min(proposed + timedelta(days=4), self.today)
            life.started_on, life.ended_on, life.end_reason = None, None, ""
        creator = self.connector_of.get(resident_a.pk) if resident_a else None
        if creator is None or creator not in self.team_connectors[team.pk]:
            creator = self.connector_choice(team.pk).pick(rng)
        staff = [creator]
        others = [c for c in self.team_connectors[team.pk] if c is not creator]
        if others and rng.random() < 0.15:
            staff.append(rng.choice(others))
        request = offer = None
        if kind == MatchKind.RESIDENT_RESIDENT:
            if rng.random() < 0.75:
                request = self._signup(
                    rng,
                    resident=resident_a,
                    kind=SignUpKind.REQUEST,
                    talent=talent,
                    opened=proposed - timedelta(days=rng.randint(7, 75)),
                    status=SignUpStatus.MATCHED,
                    closed=proposed,
                )
            if rng.random() < 0.5:
                offer = self._signup(
                    rng,
                    resident=resident_b,
                    kind=SignUpKind.OFFER,
                    talent=talent,
                    opened=proposed - timedelta(days=rng.randint(7, 90)),
                    status=SignUpStatus.MATCHED,
                    closed=proposed,
                )
        elif kind == MatchKind.RESIDENT_PLACE and rng.random() < 0.2:
            offer = self._signup(
                rng,
                resident=resident_a,
                kind=SignUpKind.OFFER,
                talent=talent,
                opened=proposed - timedelta(days=rng.randint(7, 90)),
                status=SignUpStatus.MATCHED,
                closed=proposed,
            )
        end_note = rng.choice(texts.END_NOTES.get(life.end_reason, ("",))) if life.ended_on else ""
        match = Match(
            uuid=demo_uuid(rng),
            kind=kind,
            team=team,
            resident_a=resident_a,
            resident_b=resident_b,
            opening=opening,
            place_a=place_a,
            place_b=place_b,
            request=request,
            offer=offer,
            description=description,
            status=life.status,
            proposed_on=proposed,
            introduced_on=life.introduced_on,
            started_on=life.started_on,
            ended_on=life.ended_on,
            end_reason=life.end_reason,
            end_note=end_note,
            created_by=creator,
        )
        return match, staff, life

    def _open_and_withdrawn_signups(self, rng: random.Random) -> None:
        """The waiting list today (~82) and sign-ups withdrawn over the years."""
        wanted = self.n(BASE["open_signups"])
        for _attempt in range(wanted * 20):
            if not wanted:
                break
            r = rng.random()
            days = rng.randint(0, 90) if r < 0.6 else rng.randint(91, 365) if r < 0.9 else rng.randint(366, 700)
            opened = self.today - timedelta(days=days)
            team = self.team_choice.pick(rng)
            resident = self.picker.pick(rng, team.pk, opened) or self.picker.pick(rng, team.pk, self.today)
            if resident is None or (resident.closed_on and resident.closed_on <= self.today):
                continue
            kind = SignUpKind.OFFER if rng.random() < 0.55 else SignUpKind.REQUEST
            self._signup(
                rng,
                resident=resident,
                kind=kind,
                talent=self._talent_for(rng, resident),
                opened=opened,
                status=SignUpStatus.OPEN,
                closed=None,
            )
            wanted -= 1
        for _ in range(max(1, round(len(self._signups) * 0.1))):
            opened = between(rng, self.start, self.today - timedelta(days=15))
            team = self.team_choice.pick(rng)
            resident = self.picker.pick(rng, team.pk, opened)
            if resident is None:
                continue
            opened = max(opened, resident.registered_on)
            closed = min(opened + timedelta(days=rng.randint(14, 100)), self.today - timedelta(days=1))
            self._signup(
                rng,
                resident=resident,
                kind=rng.choice([SignUpKind.OFFER, SignUpKind.REQUEST]),
                talent=self._talent_for(rng, resident),
                opened=opened,
                status=SignUpStatus.WITHDRAWN,
                closed=max(closed, opened),
            )

    # -- ripples ---------------------------------------------------------------------------------

    def _ripples(self) -> None:
        """What grew out of what: networks out of matches, matches out of activities, spin-offs of places."""
        rng = self.rng("ripples")
        ct = {m: ContentType.objects.get_for_model(m) for m in (Match, Network, Activity)}
        links: dict[tuple, RippleLink] = {}

        def link(source, target, on: date, note: str, by: User | None) -> None:
            key = (type(source), source.pk, type(target), target.pk)
            if key not in links:
                links[key] = RippleLink(
                    source_type=ct[type(source)],
                    source_id=source.pk,
                    target_type=ct[type(target)],
                    target_id=target.pk,
                    note=note,
                    created_by=by,
                    created_at=aware(min(on, self.today)),
                )

        started_rr: dict[int, list[Match]] = defaultdict(list)
        rp_by_place: dict[int, list[Match]] = defaultdict(list)
        for m in self.matches:
            if m.started_on and m.kind == MatchKind.RESIDENT_RESIDENT:
                started_rr[m.team_id].append(m)
            if m.started_on and m.kind == MatchKind.RESIDENT_PLACE:
                rp_by_place[m.place_a_id].append(m)
        for pool in started_rr.values():
            pool.sort(key=lambda m: m.started_on)
        for network in self.networks:
            if network.started_on < self.start or rng.random() >= 0.3:
                continue
            pool = started_rr.get(network.team_id, [])
            dates = [m.started_on for m in pool]
            candidates = pool[
                bisect_left(dates, network.started_on - timedelta(days=365)) : bisect_right(dates, network.started_on)
            ]
            if candidates:
                link(rng.choice(candidates), network, network.started_on, "Groeide uit een match.", network.created_by)
        team_activities: dict[int, list[Activity]] = defaultdict(list)
        for a in sorted(self.activities, key=lambda a: a.starts_on):
            team_activities[a.team_id].append(a)
        activity_dates = {t: [a.starts_on for a in acts] for t, acts in team_activities.items()}
        for m in self.matches:
            if m.kind == MatchKind.PLACE_PLACE:
                if rng.random() < 0.3:
                    earlier = [s for s in rp_by_place.get(m.place_a_id, []) if s.started_on < m.proposed_on]
                    if earlier:
                        link(rng.choice(earlier), m, m.proposed_on, "Spin-off na een match met de plek.", m.created_by)
                continue
            if rng.random() < 0.06:
                acts = team_activities.get(m.team_id, [])
                dates = activity_dates.get(m.team_id, [])
                candidates = acts[
                    bisect_left(dates, m.proposed_on - timedelta(days=90)) : bisect_right(dates, m.proposed_on)
                ]
                if candidates:
                    link(
                        rng.choice(candidates),
                        m,
                        m.proposed_on,
                        "Leerden elkaar kennen bij de activiteit.",
                        m.created_by,
                    )
        for a in self.activities:
            if a.starts_on < self.start or a.starts_on > self.today or rng.random() >= 0.05:
                continue
            pool = started_rr.get(a.team_id, [])
            dates = [m.started_on for m in pool]
            candidates = pool[bisect_left(dates, a.starts_on - timedelta(days=365)) : bisect_right(dates, a.starts_on)]
            if candidates:
                link(rng.choice(candidates), a, a.starts_on, "Idee ontstond in een match.", a.created_by)
        RippleLink.objects.bulk_create(list(links.values()), batch_size=BATCH)
        self.counts["ripple links"] = len(links)
