"""Resident networks with members joining and leaving, and activities, one-off or recurring."""

from collections import defaultdict
from datetime import date, timedelta

from bloei.community.models import Activity, Network, NetworkMembership
from bloei.demo.constants import BASE
from bloei.demo.data import streets, texts
from bloei.demo.lifecycle import Weighted, between, demo_uuid

from .common import BATCH, Writer

RECURRENCES = {
    "weekly": Weighted(["weekly", "fortnightly", "once"], [70, 15, 15]),
    "fortnightly": Weighted(["fortnightly", "weekly", "monthly", "once"], [60, 15, 10, 15]),
    "monthly": Weighted(["monthly", "fortnightly", "once"], [70, 10, 20]),
    "once": Weighted(["once", "monthly"], [92, 8]),
}


class CommunityMixin:
    # -- networks and activities -------------------------------------------------------------------

    def _networks(self) -> None:
        rng = self.rng("networks")
        earliest = min(date(2016, 1, 1), self.start - timedelta(days=365))
        plans: list[tuple[date, date]] = [(earliest, self.start - timedelta(days=1))] * self.n(BASE["networks_before"])
        for index, year in enumerate(self.years):
            plans += [self.year_span(year)] * self.year_quota(index, BASE["networks_new"][self.slot(index)])
        networks: list[Network] = []
        themes: list[str] = []
        sizes: list[int] = []
        used: set[str] = set()
        doen_buurt = next((b for b in self.buurten if b.name == "Doornakkers-West"), None)
        for i, (span_start, span_end) in enumerate(plans):
            team = self.team_choice.pick(rng)
            buurt = self.team_buurt_choice[team.pk].pick(rng) if team.pk in self.team_buurt_choice else None
            template, theme, _activity = rng.choice(texts.NETWORKS)
            name = template.format(
                flat=rng.choice(streets.FLAT_NAMES),
                buurt=buurt.name if buurt else team.name,
                wijk=buurt.neighbourhood.name if buurt else team.name,
            )
            size = rng.randint(5, 16)
            started = between(rng, span_start, span_end)
            description = f"Bewoners die samen bezig zijn met {texts.TALENT_PHRASES[theme][0]}."
            if i == 0 and doen_buurt is not None:
                buurt, team, theme = doen_buurt, self.team_of_buurt[doen_buurt.pk], "organiseren"
                name, description, size, started = texts.DOEN_NAME, texts.DOEN_DESCRIPTION, 28, date(2019, 3, 14)
            elif theme == "luisteren":
                size = 8  # "Acht inwoners zijn nu aan elkaar verbonden" (003)
            if name in used:
                name = f"{name} {i + 1}"
            used.add(name)
            ended = None
            if i > 0 and rng.random() < (0.35 if started < self.start else 0.1):
                ended = between(rng, max(self.start, started + timedelta(days=120)), self.today)
                ended = ended if ended <= self.today else None
            phase, since = "facilitated", None
            lived = ((ended or self.today) - started).days
            if i == 0 and doen_buurt is not None:
                phase, since = "self_steering", date(2022, 9, 1) if self.today >= date(2022, 9, 1) else started
            elif lived > 400 and rng.random() < 0.35:
                phase, since = "self_steering", between(rng, started + timedelta(days=365), ended or self.today)
            networks.append(
                Network(
                    uuid=demo_uuid(rng),
                    team=team,
                    buurt=buurt,
                    name=name,
                    description=description,
                    phase=phase,
                    self_steering_since=since,
                    started_on=started,
                    ended_on=ended,
                    created_by=self.connector_choice(team.pk).pick(rng),
                )
            )
            themes.append(theme)
            sizes.append(size)
        Network.objects.bulk_create(networks, batch_size=BATCH)
        self.counts["networks"] = len(networks)
        self.networks = networks
        self.network_activity = {
            n.pk: next((a for _t, th, a in texts.NETWORKS if th == theme), "Ontmoeting")
            for n, theme in zip(networks, themes, strict=True)
        }
        members = Writer(NetworkMembership, self.counts, "network memberships")
        for network, size in zip(networks, sizes, strict=True):
            end = network.ended_on or self.today
            seen: set[int] = set()
            founders = rng.randint(3, 5)
            for k in range(size):
                joined = network.started_on if k < founders else between(rng, network.started_on, end)
                r = self.picker.pick(rng, network.team_id, joined, exclude=seen)
                if r is None:
                    r = self.picker.pick(rng, network.team_id, end, exclude=seen)
                    if r is None:
                        continue
                    joined = max(joined, r.registered_on)
                seen.add(r.pk)
                left = None
                if rng.random() < 0.2:
                    left = between(rng, joined + timedelta(days=30), end)
                    left = left if left <= end else None
                if r.closed_on and (left is None or left > r.closed_on) and r.closed_on >= joined:
                    left = r.closed_on
                if network.ended_on and left is None:
                    left = network.ended_on
                members.add(NetworkMembership(network=network, resident_id=r.pk, joined_on=joined, left_on=left))
        members.flush()
        self.team_networks: dict[int, list[Network]] = defaultdict(list)
        for n in networks:
            self.team_networks[n.team_id].append(n)

    def _activities(self) -> None:
        rng = self.rng("activities")
        plans: list[tuple[date, date]] = []
        for index, year in enumerate(self.years):
            plans += [self.year_span(year)] * self.year_quota(index, BASE["activities"][self.slot(index)])
        plans += [(self.today + timedelta(days=1), self.today + timedelta(days=30))] * max(1, self.n(6))
        activities: list[Activity] = []
        participants: list[tuple[Activity, list[int]]] = []
        for span_start, span_end in plans:
            team = self.team_choice.pick(rng)
            on = between(rng, span_start, span_end)
            buurt = self.team_buurt_choice[team.pk].pick(rng) if team.pk in self.team_buurt_choice else None
            active = [
                n
                for n in self.team_networks.get(team.pk, [])
                if n.started_on <= on and (n.ended_on is None or n.ended_on > on)
            ]
            network = rng.choice(active) if active and rng.random() < 0.3 else None
            if network:
                title = self.network_activity[network.pk]
                recurrence = RECURRENCES["fortnightly"].pick(rng)
                buurt = network.buurt or buurt
            else:
                title, usual = rng.choice(texts.ACTIVITIES)
                recurrence = RECURRENCES[usual].pick(rng)
            ends = None
            if recurrence != "once" and rng.random() < 0.7:
                ends = on + timedelta(days=rng.randint(60, 365))
            place = self.pick_place(rng, team.pk, min(on, self.today)) if rng.random() < 0.65 else None
            if place and not network and rng.random() < 0.5:
                title = f"{title} in {place.name}"
            organiser = None
            if rng.random() < 0.25:
                organiser = self.picker.pick(rng, team.pk, min(on, self.today))
            self_steering = network is not None and network.phase == "self_steering"
            activity = Activity(
                uuid=demo_uuid(rng),
                team=team,
                buurt=buurt,
                title=title[:150],
                description=rng.choice(texts.ACTIVITY_DESCRIPTIONS),
                starts_on=on,
                ends_on=ends,
                recurrence=recurrence,
                place=place,
                network=network,
                organiser=organiser,
                is_facilitated=not self_steering and rng.random() < 0.88,
                participant_count=rng.randint(6, 45) if rng.random() < 0.92 and on <= self.today else None,
                created_by=self.connector_choice(team.pk).pick(rng),
            )
            activities.append(activity)
            chosen: set[int] = set()
            for _ in range(rng.randint(0, 10) if on <= self.today else 0):
                r = self.picker.pick(rng, team.pk, on, exclude=chosen)
                if r:
                    chosen.add(r.pk)
            participants.append((activity, sorted(chosen)))
        Activity.objects.bulk_create(activities, batch_size=BATCH)
        self.counts["activities"] = len(activities)
        rows = Writer(Activity.participants.through, self.counts, "activity participants")
        for activity, resident_ids in participants:
            for rid in resident_ids:
                rows.add(Activity.participants.through(activity_id=activity.pk, resident_id=rid))
        rows.flush()
        self.activities = activities
