"""Trainings with meetings, attendance, evaluations, outcomes and one-year follow-ups; the participation ladder.

Participants per year follow the evaluation (Kom tot Bloei! 34, De Wijk Werkt! 76, other 9 in 2024; KPI 120).
Ladder histories: an assessment at registration for a share of residents, later ones for some of them, and
for training participants one at the start, one at the end and one at the one-year follow-up. Most move up
(De Wijk Werkt! in Stratum: nearly everyone at the bottom at the start, one to two years later the opposite,
nobody isolated at home any more — 003 appendix B2), but not everyone does.
"""

import random
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from django.conf import settings

from bloei.accounts.models import Team, User
from bloei.demo.constants import TRAINING_GROUPS, TRAINING_PARTICIPANTS, TRAINING_PW_SHARE
from bloei.demo.data import fieldwork
from bloei.demo.lifecycle import Weighted, apportion, between, demo_uuid
from bloei.matching.choices import MatchKind
from bloei.people.models import LadderAssessment, LadderRung, Resident
from bloei.trainings.choices import (
    AttendanceStatus,
    BenefitPurpose,
    BenefitStatus,
    EnrolmentEnd,
    OutcomeKind,
    SessionKind,
)
from bloei.trainings.models import (
    Attendance,
    Enrolment,
    Evaluation,
    Outcome,
    TrainingEdition,
    TrainingFollowUp,
    TrainingSession,
    TrainingType,
)

from .common import BATCH, DemoError, Writer

WORK_TYPES = ("de-wijk-werkt", "de-wijk-werkt-english")
# The rung at registration, by age: paid work is rare among those past retirement age.
REGISTRATION_RUNGS = {
    "working_age": Weighted.from_dict({1: 12, 2: 30, 3: 25, 4: 18, 5: 7, 6: 8}),
    "retired": Weighted.from_dict({1: 20, 2: 40, 3: 28, 4: 12}),
}
# The rung at the start of a training, when no earlier assessment is known.
START_RUNGS = {
    "kom-tot-bloei": Weighted.from_dict({1: 25, 2: 35, 3: 25, 4: 12, 5: 3}),
    "de-wijk-werkt": Weighted.from_dict({1: 32, 2: 36, 3: 22, 4: 10}),
    "de-wijk-werkt-english": Weighted.from_dict({1: 10, 2: 35, 3: 40, 4: 15}),
}
# Steps up during the training.
END_STEPS = {
    "kom-tot-bloei": Weighted.from_dict({0: 55, 1: 38, 2: 7}),
    "de-wijk-werkt": Weighted.from_dict({0: 35, 1: 48, 2: 17}),
    "de-wijk-werkt-english": Weighted.from_dict({0: 40, 1: 45, 2: 15}),
}
# What completed participants went on to do.
OUTCOMES = {
    "kom-tot-bloei": Weighted.from_dict(
        {OutcomeKind.VOLUNTEER_WORK: 45, OutcomeKind.PAID_WORK: 5, OutcomeKind.EDUCATION: 10, OutcomeKind.NONE_YET: 40}
    ),
    "work": Weighted.from_dict(
        {OutcomeKind.VOLUNTEER_WORK: 38, OutcomeKind.PAID_WORK: 22, OutcomeKind.EDUCATION: 12, OutcomeKind.NONE_YET: 28}
    ),
    "not_completed": Weighted.from_dict(
        {OutcomeKind.VOLUNTEER_WORK: 30, OutcomeKind.EDUCATION: 10, OutcomeKind.NONE_YET: 60}
    ),
}
LATER_STEPS = Weighted.from_dict({-1: 10, 0: 55, 1: 30, 2: 5})
NONE_YET_STEPS = Weighted.from_dict({-1: 15, 0: 55, 1: 30})
LEFT_REASONS = {
    "kom-tot-bloei": Weighted.from_dict(
        {EnrolmentEnd.DROPPED_OUT: 60, EnrolmentEnd.HEALTH: 25, EnrolmentEnd.OTHER: 15}
    ),
    "work": Weighted.from_dict(
        {EnrolmentEnd.DROPPED_OUT: 45, EnrolmentEnd.WORK: 20, EnrolmentEnd.HEALTH: 20, EnrolmentEnd.OTHER: 15}
    ),
}
BENEFIT_OTHER = Weighted.from_dict({BenefitStatus.OTHER_BENEFIT: 20, BenefitStatus.NONE: 60, BenefitStatus.UNKNOWN: 20})
RELIABILITY = Weighted([0.97, 0.92, 0.85, 0.65], [30, 35, 25, 10])
SCORES = Weighted([5, 4, 3, 2, 1], [42, 40, 13, 4, 1])
WELLBEING = Weighted([5, 4, 3, 2, 1], [20, 42, 26, 9, 3])
AGES = {"kom-tot-bloei": (18, 84), "de-wijk-werkt": (18, 66), "de-wijk-werkt-english": (18, 66)}


@dataclass
class Participant:
    enrolment: Enrolment
    resident: Resident
    present: int = 0
    outcomes: list[tuple[date, str]] = field(default_factory=list)
    rung: int | None = None


@dataclass
class EditionPlan:
    edition: TrainingEdition
    training: TrainingType
    trainers: list[User]
    sessions: list[TrainingSession]
    group: list[Participant]


class TrainingsMixin:
    # -- participation ladder ----------------------------------------------------------------------

    def _ladder_start(self) -> None:
        self.rungs = {r.level: r for r in LadderRung.objects.all()}
        if sorted(self.rungs) != [1, 2, 3, 4, 5, 6]:
            raise DemoError("The participation ladder is not loaded: run the migrations first.")
        # Per resident, the assessments in the order they were made (written at the end of the section).
        self.ladder: dict[int, list[LadderAssessment]] = defaultdict(list)

    def _assess(self, resident: Resident, on: date, level: int, by: User | None, note: str) -> LadderAssessment:
        if (resident.age(on) or 40) >= 67:
            level = min(level, 4)  # past retirement age: no (new) paid work
        row = LadderAssessment(
            resident_id=resident.pk, rung=self.rungs[max(1, min(6, level))], assessed_on=on, assessed_by=by, note=note
        )
        self.ladder[resident.pk].append(row)
        return row

    def _rung_on(self, resident_id: int, on: date) -> int | None:
        latest = None
        for a in self.ladder.get(resident_id, ()):  # in the order made: the last of a day counts
            if a.assessed_on <= on and (latest is None or a.assessed_on >= latest.assessed_on):
                latest = a
        return latest.rung.level if latest else None

    def _ladder_at_registration(self, rng: random.Random) -> None:
        """A share of residents is placed on the ladder at the first conversation."""
        for r in self.residents:
            if rng.random() >= 0.3:
                continue
            age = r.age(r.registered_on) or 40
            level = REGISTRATION_RUNGS["retired" if age >= 67 else "working_age"].pick(rng)
            self._assess(r, r.registered_on, level, r.created_by, rng.choice(fieldwork.LADDER_NOTES["registration"]))

    def _ladder_later(self, rng: random.Random) -> None:
        """Some residents outside the trainings are assessed again months later: most stay or move up."""
        place_matches: dict[int, list[date]] = defaultdict(list)
        for m in self.matches:
            if m.started_on and m.kind == MatchKind.RESIDENT_PLACE and m.resident_a_id:
                place_matches[m.resident_a_id].append(m.started_on)
        for r in self.residents:
            if r.pk not in self.ladder or r.pk in self.trainees or rng.random() >= 0.45:
                continue
            on = r.registered_on + timedelta(days=rng.randint(150, 540))
            if on > self.today or (r.closed_on and on >= r.closed_on):
                continue
            level = self._rung_on(r.pk, on) or 2
            if any(started <= on for started in place_matches.get(r.pk, ())) and rng.random() < 0.7:
                level = max(level, 4)  # volunteering at a development place
            else:
                level += LATER_STEPS.pick(rng)
            self._assess(r, on, level, self.staff_for(rng, r), rng.choice(fieldwork.LADDER_NOTES["later"]))

    def _write_ladder(self) -> None:
        rows = [a for resident_id in sorted(self.ladder) for a in self.ladder[resident_id]]
        LadderAssessment.objects.bulk_create(rows, batch_size=BATCH)
        self.counts["participation ladder assessments"] = len(rows)

    # -- trainings ---------------------------------------------------------------------------------

    def _trainings(self) -> None:
        rng = self.rng("trainings")
        ladder_rng = self.rng("ladder")
        self._ladder_start()
        self._ladder_at_registration(ladder_rng)
        types = self._training_types()
        self.trainees: set[int] = set()
        plans = self._editions(rng, types)
        self.training_plans = plans
        self._participation(rng, plans)
        follow_ups = self._after_the_training(rng, plans)
        self._ladder_later(ladder_rng)
        self._write_ladder()
        rows = Writer(TrainingFollowUp, self.counts, "training follow-ups (one year later)")
        for follow_up, assessment in follow_ups:  # the assessments have their keys now
            follow_up.ladder_assessment_id = assessment.pk if assessment else None
            rows.add(follow_up)
        rows.flush()

    def _training_types(self) -> dict[str, TrainingType]:
        types = {t.slug: t for t in TrainingType.objects.filter(slug__in=list(TRAINING_PARTICIPANTS))}
        if "kom-tot-bloei" not in types or "de-wijk-werkt" not in types:
            raise DemoError("The training types are not loaded: run the migrations first.")
        if fieldwork.ENGLISH_TYPE["slug"] not in types and "en" in self.languages:
            values = dict(fieldwork.ENGLISH_TYPE)
            types[values["slug"]] = TrainingType.objects.create(language=self.languages["en"], **values)
        return types

    def _edition_plans(self, rng: random.Random, types: dict[str, TrainingType]) -> list[tuple[str, date, int, bool]]:
        """(type, first meeting, group size, cancelled) of every edition in the period and of a few planned ones.

        The groups that took place add up to the year's participants; now and then an edition more was
        announced and cancelled for lack of sign-ups.
        """
        plans: list[tuple[str, date, int, bool]] = []
        for slug in sorted(types):
            low, high = TRAINING_GROUPS[slug]
            participants = [
                self.year_quota(i, TRAINING_PARTICIPANTS[slug][self.slot(i)]) for i in range(len(self.years))
            ]
            if not any(round(p / ((low + high) / 2)) for p in participants) and slug != fieldwork.ENGLISH_TYPE["slug"]:
                participants[-2] = low  # even a small city has held each of the two trainings once
            for index, year in enumerate(self.years):
                editions = round(participants[index] / ((low + high) / 2))
                if not editions:
                    continue
                # The year's participants over its editions, so the yearly figures match the evaluation.
                for size in apportion(participants[index], [rng.uniform(0.85, 1.15) for _ in range(editions)]):
                    plans.append((slug, self._training_day(rng, *self.year_span(year)), size, False))
                if rng.random() < 0.15:
                    plans.append((slug, self._training_day(rng, *self.year_span(year)), rng.randint(2, 4), True))
        for i in range(max(1, self.n(2))):
            slug = "kom-tot-bloei" if i % 2 == 0 else "de-wijk-werkt"
            start = self._training_day(rng, self.today + timedelta(days=7), self.today + timedelta(days=60))
            plans.append((slug, start, rng.randint(*TRAINING_GROUPS[slug]), False))
        plans.sort(key=lambda plan: (plan[1], plan[0]))
        return plans

    @staticmethod
    def _training_day(rng: random.Random, start: date, end: date) -> date:
        """A Monday to Thursday outside the summer holidays and the last weeks of December."""
        day = between(rng, start, end)
        for _ in range(12):
            if day.month not in (7, 8) and not (day.month == 12 and day.day > 12):
                break
            day = between(rng, start, end)
        while day.weekday() > 3:
            day += timedelta(days=1)
        return day

    def _editions(self, rng: random.Random, types: dict[str, TrainingType]) -> list[EditionPlan]:
        names_used: set[str] = set()
        plans: list[EditionPlan] = []
        kom_tot_bloei: dict[int, list[tuple[date, int]]] = defaultdict(list)  # team -> (end, resident)
        held: Counter = Counter()  # (type, wijk) -> editions so far
        for slug, starts_on, size, cancel in self._edition_plans(rng, types):
            training = types[slug]
            team = self.team_choice.pick(rng)
            wijk = self._training_wijk(rng, team.pk, slug, held)
            days = [starts_on + timedelta(days=7 * k) for k in range(training.default_meetings)]
            cancelled = finished = None
            if cancel and starts_on - timedelta(days=1) <= self.today:
                cancelled = starts_on - timedelta(days=rng.randint(1, 3))  # too few sign-ups
            elif days[-1] + timedelta(days=14) <= self.today or (days[-1] < self.today and rng.random() < 0.5):
                finished = min(days[-1] + timedelta(days=rng.randint(0, 14)), self.today)
            season = next(name for last_month, name in fieldwork.SEASONS if starts_on.month <= last_month)
            name = f"{training.name_nl} {wijk.name if wijk else team.name} {season} {starts_on.year}"
            for group in range(2, 9):
                if name not in names_used:
                    break
                name = (
                    f"{training.name_nl} {wijk.name if wijk else team.name} {season} {starts_on.year} (groep {group})"
                )
            names_used.add(name)
            connectors = self.team_connectors[team.pk]
            trainers = [self.connector_choice(team.pk).pick(rng)]
            if slug in WORK_TYPES and len(connectors) > 1 and rng.random() < 0.7:
                trainers.append(rng.choice([c for c in connectors if c is not trainers[0]]))
            edition = TrainingEdition(
                uuid=demo_uuid(rng),
                training_type=training,
                team=team,
                wijk=wijk,
                name=name,
                location=self._training_venue(rng, team.pk, starts_on, wijk.name if wijk else team.name),
                starts_on=starts_on,
                ends_on=days[-1],
                max_participants=max(TRAINING_GROUPS[slug][1] + 1, size),
                finished_on=finished,
                cancelled_on=cancelled,
                notes="Te weinig aanmeldingen, geannuleerd." if cancelled else "",
                created_by=trainers[0],
            )
            hour = (
                rng.choice([time(10), time(13, 30)])
                if slug == "kom-tot-bloei"
                else rng.choice([time(19)] * 3 + [time(9, 30)] * 2)
            )
            topics = fieldwork.SESSION_TOPICS.get(slug, ())
            sessions = []
            for number, held_on in enumerate(days, start=1):
                place = None
                if number in fieldwork.PLACE_VISITS.get(slug, ()):
                    place = self.pick_place(rng, team.pk, min(held_on, self.today))
                sessions.append(
                    TrainingSession(
                        edition=edition,
                        number=number,
                        held_on=held_on,
                        starts_at=hour,
                        kind=SessionKind.PLACE_VISIT if place else SessionKind.MEETING,
                        topic=topics[number - 1] if number <= len(topics) else f"Bijeenkomst {number}",
                        location=place.name if place else "",
                        place=place,
                    )
                )
            plan = EditionPlan(edition, training, trainers, sessions, [])
            self._enrol(rng, plan, team, size, kom_tot_bloei)
            plans.append(plan)
        TrainingEdition.objects.bulk_create([p.edition for p in plans], batch_size=BATCH)
        self.counts["training editions"] = len(plans)
        through = Writer(TrainingEdition.trainers.through, self.counts, "training trainers")
        for p in plans:
            for user in p.trainers:
                through.add(TrainingEdition.trainers.through(trainingedition_id=p.edition.pk, user_id=user.pk))
        through.flush()
        sessions = [s for p in plans for s in p.sessions]
        TrainingSession.objects.bulk_create(sessions, batch_size=BATCH)
        self.counts["training meetings"] = len(sessions)
        return plans

    def _training_wijk(self, rng: random.Random, team_id: int, slug: str, held: Counter):
        """The wijk of the team where this training was held least often (the larger wijk on a tie)."""
        buurten = self.team_buurten.get(team_id, [])
        if not buurten:
            return None
        population: Counter = Counter()
        wijken = {}
        for b in buurten:
            population[b.neighbourhood_id] += b.population or 0
            wijken[b.neighbourhood_id] = b.neighbourhood
        fewest = min(held[(slug, pk)] for pk in wijken)
        candidates = sorted(pk for pk in wijken if held[(slug, pk)] == fewest)
        weights = [population[pk] + 1 for pk in candidates]
        chosen = Weighted(candidates, weights).pick(rng)
        held[(slug, chosen)] += 1
        return wijken[chosen]

    def places_of_kind(self, team_id: int, kinds: tuple[str, ...], on: date) -> list:
        """The team's development places of these kinds that were there on `on` (lists kept per team)."""
        if not hasattr(self, "_places_by_kind"):
            self._places_by_kind: dict[tuple, list] = {}
        key = (team_id, kinds)
        if key not in self._places_by_kind:
            self._places_by_kind[key] = [p for p in self.team_places.get(team_id, []) if p.kind in kinds]
        day = min(on, self.today)
        return [p for p in self._places_by_kind[key] if self._place_active(p, day)]

    def _training_venue(self, rng: random.Random, team_id: int, on: date, area: str) -> str:
        venues = self.places_of_kind(team_id, ("community_centre", "library"), on)
        return rng.choice(venues).name if venues else f"Wijkcentrum {area}"

    def _trainee(self, rng: random.Random, team_id: int, slug: str, on: date, until: date, exclude) -> Resident | None:
        """A resident of the team, registered by `on`, of an age and language that fit the training."""
        residents = self.picker.by_team.get(team_id, [])
        hi = bisect_right(self.picker.dates.get(team_id, []), on)
        low_age, high_age = AGES[slug]
        english = slug == fieldwork.ENGLISH_TYPE["slug"]
        for _ in range(100 if english else 40):
            if not hi:
                return None
            r = residents[rng.randrange(hi)]
            if r.pk in exclude or (r.closed_on and r.closed_on <= until):
                continue
            if not low_age <= (r.age(on) or 40) <= high_age:
                continue
            rung = self._rung_on(r.pk, on)
            if rung and rung > (4 if slug == "kom-tot-bloei" else 3) and rng.random() < 0.9:
                continue  # residents in (paid) work rarely take part
            if rung == 3 and slug in WORK_TYPES and rng.random() < 0.5:
                continue  # De Wijk Werkt! starts, for nearly everyone, at the bottom of the ladder
            spoken = self.resident_languages.get(r.pk) or ["nl"]
            if english and spoken[0] == "nl":
                continue
            if not english and "nl" not in spoken and rng.random() < 0.8:
                continue
            return r
        return None

    def _enrol(self, rng: random.Random, plan: EditionPlan, team: Team, size: int, kom_tot_bloei) -> None:
        edition, slug = plan.edition, plan.training.slug
        chosen: set[int] = set()
        by_pk = self._residents_by_pk()
        until = edition.ends_on + timedelta(days=400)  # still living here at the one-year follow-up
        for _ in range(size):
            enrolled = edition.starts_on - timedelta(days=rng.randint(3, 45))
            enrolled = min(enrolled, edition.cancelled_on or enrolled, self.today)
            resident = None
            earlier = [pk for day, pk in kom_tot_bloei.get(team.pk, []) if day < enrolled and pk not in chosen]
            if slug == "de-wijk-werkt" and earlier and rng.random() < 0.2:
                resident = by_pk[rng.choice(earlier)]  # Kom tot Bloei! as a first step towards De Wijk Werkt!
                if not 18 <= (resident.age(enrolled) or 40) <= 66 or (
                    resident.closed_on and resident.closed_on <= until
                ):
                    resident = None
            resident = resident or self._trainee(rng, team.pk, slug, enrolled, until, chosen)
            if resident is None:
                continue
            enrolled = max(enrolled, resident.registered_on)
            chosen.add(resident.pk)
            self.trainees.add(resident.pk)
            status = purpose = ""
            recorded_on = recorded_by = None
            if rng.random() < 0.92:
                pw = rng.random() < TRAINING_PW_SHARE[slug]
                status = BenefitStatus.PARTICIPATIEWET if pw else BENEFIT_OTHER.pick(rng)
                purpose = BenefitPurpose.MUNICIPAL_REPORTING if rng.random() < 0.8 else BenefitPurpose.GUIDANCE
                recorded_on, recorded_by = enrolled, plan.trainers[0]
            left_on, left_reason = None, ""
            if edition.cancelled_on:
                left_on, left_reason = edition.cancelled_on, EnrolmentEnd.OTHER
            elif rng.random() < (0.1 if slug == "kom-tot-bloei" else 0.17):
                left = edition.starts_on + timedelta(days=rng.randint(1, (edition.ends_on - edition.starts_on).days))
                if left <= self.today:
                    left_on = left
                    left_reason = LEFT_REASONS["kom-tot-bloei" if slug == "kom-tot-bloei" else "work"].pick(rng)
            if slug == "kom-tot-bloei" and left_on is None:
                kom_tot_bloei[team.pk].append((edition.ends_on, resident.pk))
            enrolment = Enrolment(
                uuid=demo_uuid(rng),
                edition=edition,
                resident=resident,
                enrolled_on=enrolled,
                left_on=left_on,
                left_reason=left_reason,
                benefit_status=status,
                benefit_purpose=purpose,
                benefit_recorded_on=recorded_on,
                benefit_recorded_by=recorded_by,
                created_by=plan.trainers[0],
            )
            plan.group.append(Participant(enrolment=enrolment, resident=resident))

    def _residents_by_pk(self) -> dict[int, Resident]:
        if not hasattr(self, "_resident_index"):
            self._resident_index = {r.pk: r for r in self.residents}
        return self._resident_index

    def _participation(self, rng: random.Random, plans: list[EditionPlan]) -> None:
        """Attendance per meeting, completion, and the ladder at the start and the end of the training."""
        attendance: list[Attendance] = []
        for plan in plans:
            edition, slug = plan.edition, plan.training.slug
            held = [] if edition.cancelled_on else [s for s in plan.sessions if s.held_on <= self.today]
            for p in plan.group:
                e = p.enrolment
                reliability = RELIABILITY.pick(rng)
                for s in held:
                    if e.left_on and s.held_on >= e.left_on:
                        break
                    if s.held_on < e.enrolled_on:
                        continue
                    r = rng.random()
                    if r < reliability:
                        status = AttendanceStatus.PRESENT
                        p.present += 1
                    else:
                        status = AttendanceStatus.EXCUSED if rng.random() < 0.6 else AttendanceStatus.ABSENT
                    attendance.append(Attendance(session=s, enrolment=e, status=status, recorded_by=plan.trainers[0]))
                if edition.finished_on:
                    needed = plan.training.completion_min_percent * len(plan.sessions)
                    e.completed = e.left_on is None and p.present * 100 >= needed
                if edition.cancelled_on or edition.starts_on > self.today:
                    continue
                start = self._rung_on(p.resident.pk, edition.starts_on)
                if start is None:
                    start = START_RUNGS[slug].pick(rng)
                elif rng.random() < 0.1:
                    start += 1
                by = plan.trainers[0]
                p.rung = self._assess(
                    p.resident, edition.starts_on, start, by, fieldwork.LADDER_NOTES["start"]
                ).rung.level
                if e.left_on and e.left_reason == EnrolmentEnd.WORK:
                    p.rung = self._assess(p.resident, e.left_on, 5, by, fieldwork.LADDER_NOTES["work"]).rung.level
                elif e.left_on is None and edition.ends_on <= self.today:
                    level = min(p.rung + END_STEPS[slug].pick(rng), max(p.rung, 4))  # paid work comes later
                    if e.completed and rng.random() < 0.8:
                        level = max(level, 3)  # a weekly training is itself organised participation
                    p.rung = self._assess(
                        p.resident, edition.ends_on, level, by, fieldwork.LADDER_NOTES["end"]
                    ).rung.level
        Enrolment.objects.bulk_create([p.enrolment for plan in plans for p in plan.group], batch_size=BATCH)
        self.training_editions = [plan.edition for plan in plans]
        # Per resident: (enrolled, stopped, edition cancelled, edition finished, last meeting).
        self.enrolment_spans: dict[int, list[tuple]] = defaultdict(list)
        for plan in plans:
            edition = plan.edition
            for p in plan.group:
                e = p.enrolment
                self.enrolment_spans[p.resident.pk].append(
                    (e.enrolled_on, e.left_on, edition.cancelled_on, edition.finished_on, edition.ends_on)
                )
        self.counts["training enrolments"] = sum(len(plan.group) for plan in plans)
        Attendance.objects.bulk_create(attendance, batch_size=BATCH)
        self.counts["training attendance"] = len(attendance)

    def _after_the_training(self, rng: random.Random, plans: list[EditionPlan]) -> list[tuple]:
        """Evaluations and outcomes with their dates; the follow-ups one year after the end (written later)."""
        evaluations = Writer(Evaluation, self.counts, "training evaluations")
        outcomes = Writer(Outcome, self.counts, "training outcomes")
        follow_ups: list[tuple[TrainingFollowUp, LadderAssessment | None]] = []
        for plan in plans:
            edition, slug = plan.edition, plan.training.slug
            if not edition.finished_on:
                continue
            by = plan.trainers[0]
            team_id = edition.team_id
            for p in plan.group:
                e = p.enrolment
                if e.completed and rng.random() < 0.85:
                    overall = SCORES.pick(rng)
                    near = [max(1, min(5, overall + rng.choice((-1, 0, 0, 0, 1)))) for _ in range(4)]
                    evaluations.add(
                        Evaluation(
                            enrolment=e,
                            filled_on=edition.ends_on,
                            score_overall=overall,
                            score_talents=near[0],
                            score_confidence=near[1],
                            score_contacts=near[2],
                            score_next_step=near[3],
                            best=rng.choice(fieldwork.EVALUATION_BEST),
                            improve=rng.choice(fieldwork.EVALUATION_IMPROVE),
                            next_step=rng.choice(fieldwork.EVALUATION_NEXT_STEP),
                            recorded_by=by,
                        )
                    )
                if not e.left_on or e.left_reason == EnrolmentEnd.WORK:
                    self._outcomes(rng, p, slug, edition.ends_on)
                for day, kind in p.outcomes:
                    place = None
                    chance = {OutcomeKind.VOLUNTEER_WORK: 0.9, OutcomeKind.EDUCATION: 0.4, OutcomeKind.PAID_WORK: 0.3}
                    if rng.random() < chance.get(kind, 0):
                        place = self.pick_place(rng, team_id, day)
                    outcomes.add(
                        Outcome(
                            enrolment=e,
                            kind=kind,
                            started_on=day,
                            place=place,
                            note=rng.choice(fieldwork.OUTCOME_NOTES[kind]),
                            recorded_by=by,
                        )
                    )
                # Finishing an edition plans a follow-up for every participant, also one who stopped.
                follow_ups.append(self._follow_up(rng, plan, p))
        evaluations.flush()
        outcomes.flush()
        return follow_ups

    def _outcomes(self, rng: random.Random, p: Participant, slug: str, ends_on: date) -> None:
        e = p.enrolment
        if e.left_on:  # found work during the training
            p.outcomes.append((e.left_on, OutcomeKind.PAID_WORK))
            return
        key = ("kom-tot-bloei" if slug == "kom-tot-bloei" else "work") if e.completed else "not_completed"
        kind = OUTCOMES[key].pick(rng)
        day = ends_on + timedelta(days=rng.randint(-14, 270))
        if kind == OutcomeKind.NONE_YET or day > self.today:
            if rng.random() < 0.6:
                p.outcomes.append((ends_on, OutcomeKind.NONE_YET))
            return
        if kind == OutcomeKind.PAID_WORK and (p.resident.age(day) or 40) >= 67:
            kind = OutcomeKind.VOLUNTEER_WORK
        p.outcomes.append((day, kind))
        later = day + timedelta(days=rng.randint(120, 420))
        if kind == OutcomeKind.VOLUNTEER_WORK and slug in WORK_TYPES and later <= self.today and rng.random() < 0.25:
            p.outcomes.append((later, OutcomeKind.PAID_WORK))  # volunteer work as a step to a paid job

    def _follow_up(self, rng: random.Random, plan: EditionPlan, p: Participant):
        e, edition = p.enrolment, plan.edition
        due = edition.ends_on + timedelta(days=getattr(settings, "BLOEI_TRAINING_FOLLOW_UP_DAYS", 365))
        follow_up = TrainingFollowUp(enrolment=e, due_on=due)
        if due > self.today or rng.random() >= (0.9 if (self.today - due).days > 30 else 0.4):
            return follow_up, None
        done = min(self.today, max(due + timedelta(days=rng.randint(-10, 25)), edition.finished_on))
        follow_up.done_on, follow_up.done_by = done, rng.choice(plan.trainers)
        follow_up.reached = rng.random() < (0.55 if e.left_on and e.left_reason != EnrolmentEnd.WORK else 0.85)
        if not follow_up.reached:
            follow_up.note = "Niet bereikt, drie keer gebeld."
            return follow_up, None
        now = [kind for day, kind in sorted(p.outcomes) if day <= done]
        activity = now[-1] if now else OutcomeKind.NONE_YET
        follow_up.current_activity = activity
        follow_up.still_in_contact = rng.random() < 0.55
        follow_up.score_wellbeing = WELLBEING.pick(rng)
        follow_up.note = rng.choice(fieldwork.FOLLOW_UP_NOTES)
        base = p.rung or 2
        if activity == OutcomeKind.PAID_WORK:
            level = 5 if rng.random() < 0.55 else 6
        elif activity == OutcomeKind.VOLUNTEER_WORK:
            level = max(4, min(base, 4))
        elif activity == OutcomeKind.EDUCATION:
            level = max(3, min(base, 4))
        else:
            level = min(base + NONE_YET_STEPS.pick(rng), 4)
            if plan.training.slug in WORK_TYPES:
                level = max(level, 2)  # nobody isolated at home any more (003 appendix B2)
        assessment = self._assess(p.resident, done, level, follow_up.done_by, fieldwork.LADDER_NOTES["follow_up"])
        return follow_up, assessment
