"""Every measure on small hand-built data, including the "as of a date" cases."""

from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType

import pytest

from bloei.community.models import NetworkMembership
from bloei.community.tests.factories import ActivityFactory, NetworkFactory
from bloei.core.models import RippleLink
from bloei.matching.tests.factories import MatchFactory, SignUpFactory
from bloei.monitoring import measures
from bloei.monitoring.areas import BUURT, DISTRICT, TEAM, WIJK, Area
from bloei.monitoring.measures import Period
from bloei.people.tests.factories import ResidentFactory, TalentScanFactory
from bloei.places.tests.factories import PlaceFactory
from bloei.trainings.models import Enrolment, TrainingEdition, TrainingType

pytestmark = pytest.mark.django_db

Y2024 = Period.year(2024)
D = date


def value(code, period=Y2024, **kwargs):
    return measures.get(code).value(period, **kwargs)


def match(started, ended=None, **kwargs):
    kwargs.setdefault("proposed_on", started - timedelta(days=7))
    if ended:
        return MatchFactory(status="ended", started_on=started, ended_on=ended, end_reason="no_click", **kwargs)
    return MatchFactory(status="active", started_on=started, **kwargs)


def test_period_previous():
    assert Y2024.previous() == Period.year(2023)
    assert Period(D(2024, 4, 1), D(2024, 6, 30)).previous() == Period(D(2024, 1, 1), D(2024, 3, 31))
    with pytest.raises(ValueError):
        Period(D(2024, 2, 1), D(2024, 1, 1))


def test_matches_started_per_kind_count_the_start_date_only():
    match(D(2024, 1, 1))
    match(D(2024, 12, 31), ended=D(2025, 1, 5))
    match(D(2023, 12, 31))  # last year
    MatchFactory(proposed_on=D(2024, 5, 1))  # proposed, never started
    match(D(2024, 6, 1), place=True)
    assert value("matches_started") == 3
    assert value("matches_started_resident_resident") == 2
    assert value("matches_started_resident_place") == 1
    assert value("matches_started_place_place") == 0
    assert value("matches_started", period=Period.year(2023)) == 1


def test_durable_counts_once_in_the_period_it_became_durable(settings):
    settings.BLOEI_DURABLE_AFTER_DAYS = 91
    match(D(2024, 1, 10))  # durable on 2024-04-10
    match(D(2023, 11, 1))  # durable on 2024-01-31: counts in 2024, not 2023
    match(D(2024, 3, 1), ended=D(2024, 4, 1))  # ended before it became durable
    match(D(2024, 3, 1), ended=D(2024, 5, 31))  # durable on 2024-05-31, ended that day: durable
    match(D(2024, 11, 1))  # durable only in 2025
    assert value("matches_durable") == 3
    assert value("matches_durable", period=Period.year(2023)) == 0
    assert value("matches_durable", period=Period.year(2025)) == 1


def test_waiting_offers_as_of_the_last_day_with_a_withdrawal():
    resident = ResidentFactory()
    SignUpFactory(resident=resident, kind="offer", opened_on=D(2024, 3, 1))
    SignUpFactory(resident=resident, kind="offer", opened_on=D(2024, 4, 1))  # same resident counts once
    SignUpFactory(kind="offer", opened_on=D(2024, 5, 1), closed_on=D(2024, 12, 31), status="withdrawn")
    SignUpFactory(kind="offer", opened_on=D(2024, 5, 1), closed_on=D(2025, 1, 2), status="withdrawn")
    SignUpFactory(kind="request", opened_on=D(2024, 5, 1))
    assert value("offers_waiting") == 2  # the resident with two offers, and the one withdrawn after the year
    assert value("signups_waiting") == 4
    assert value("offers_waiting", period=Period(D(2024, 1, 1), D(2024, 3, 15))) == 1


def test_places_total_as_of_the_end_and_new_in_the_period():
    PlaceFactory(added_on=D(2023, 5, 1))
    PlaceFactory(added_on=D(2024, 2, 1))
    PlaceFactory(added_on=D(2023, 1, 1), removed_on=D(2024, 6, 1))  # removed during the year
    PlaceFactory(added_on=D(2025, 1, 1))
    assert value("places_total") == 2
    assert value("places_new") == 1
    assert value("places_total", period=Period.year(2023)) == 2


def test_networks_total_new_and_unique_participants():
    old = NetworkFactory(started_on=D(2022, 1, 1))
    new = NetworkFactory(started_on=D(2024, 9, 1))
    NetworkFactory(started_on=D(2020, 1, 1), ended_on=D(2023, 12, 31))  # ended before 2024
    twice = ResidentFactory()
    NetworkMembership.objects.create(network=old, resident=twice, joined_on=D(2022, 1, 1))
    NetworkMembership.objects.create(network=new, resident=twice, joined_on=D(2024, 9, 1))
    NetworkMembership.objects.create(network=old, resident=ResidentFactory(), joined_on=D(2021, 1, 1),
                                     left_on=D(2024, 1, 2))  # the day of leaving is not a member day
    NetworkMembership.objects.create(network=old, resident=ResidentFactory(), joined_on=D(2021, 1, 1),
                                     left_on=D(2023, 6, 1))  # left before 2024
    assert value("networks_total") == 2
    assert value("networks_new") == 1
    assert value("network_participants") == 2


def test_place_participants_and_spin_offs():
    resident = ResidentFactory()
    first = match(D(2024, 2, 1), place=True, resident_a=resident)
    match(D(2024, 3, 1), place=True, resident_a=resident)  # the same resident at a second place
    match(D(2023, 1, 1), ended=D(2023, 6, 1), place=True)  # ended before 2024
    assert value("place_participants") == 1
    network = NetworkFactory(started_on=D(2024, 4, 1))
    RippleLink.objects.create(
        source_type=ContentType.objects.get_for_model(first), source_id=first.pk,
        target_type=ContentType.objects.get_for_model(network), target_id=network.pk,
    )
    assert value("place_spin_offs", period=Period.year(RippleLink.objects.get().created_at.year)) == 1
    assert measures.get("place_spin_offs").value(Y2024, Area(WIJK, 1)) is None  # no area of its own


def test_talent_scans_and_facilitated_activities():
    TalentScanFactory(conducted_on=D(2024, 1, 5))
    TalentScanFactory(conducted_on=D(2023, 12, 31))
    ActivityFactory(starts_on=D(2024, 3, 1))
    ActivityFactory(starts_on=D(2023, 1, 1), ends_on=D(2024, 1, 31), recurrence="weekly")  # runs into 2024
    ActivityFactory(starts_on=D(2023, 1, 1))  # one-off last year
    ActivityFactory(starts_on=D(2024, 3, 1), is_facilitated=False)
    assert value("talent_scans") == 1
    assert value("activities_facilitated") == 2


def test_training_participants_per_type_and_benefit_status(team_a):
    kom = TrainingType.objects.get(slug="kom-tot-bloei")
    werkt = TrainingType.objects.get(slug="de-wijk-werkt")

    def edition(kind, starts, **kwargs):
        return TrainingEdition.objects.create(
            training_type=kind, team=team_a, name="x", starts_on=starts, ends_on=starts + timedelta(days=28), **kwargs
        )

    spring, autumn = edition(kom, D(2024, 3, 1)), edition(werkt, D(2024, 9, 1))
    cancelled, earlier = edition(kom, D(2024, 5, 1), cancelled_on=D(2024, 4, 1)), edition(kom, D(2023, 3, 1))
    both = ResidentFactory()
    Enrolment.objects.create(edition=spring, resident=both, completed=True)
    Enrolment.objects.create(edition=autumn, resident=both, benefit_status="participatiewet",
                             benefit_purpose="municipal_reporting")
    Enrolment.objects.create(edition=autumn, resident=ResidentFactory(), benefit_status="none",
                             benefit_purpose="municipal_reporting")
    Enrolment.objects.create(edition=cancelled, resident=ResidentFactory())
    Enrolment.objects.create(edition=earlier, resident=ResidentFactory())
    assert value("training_participants") == 3
    assert value("training_participants", parameter="kom-tot-bloei") == 1
    assert value("training_participants", parameter="de-wijk-werkt") == 2
    assert value("training_participants_participatiewet") == 1
    assert value("training_completed") == 1
    with pytest.raises(ValueError):
        value("matches_started", parameter="x")


def test_areas_filter_and_group(buurt_a, buurt_b, team_a, team_b):
    in_a = ResidentFactory(buurt=buurt_a)
    in_b = ResidentFactory(buurt=buurt_b)
    match(D(2024, 2, 1), resident_a=in_a, resident_b=in_b)
    match(D(2024, 2, 1), resident_a=in_b, resident_b=in_a)
    match(D(2024, 2, 1), resident_a=in_b, resident_b=ResidentFactory(buurt=buurt_b))
    place = PlaceFactory(buurt=buurt_b, added_on=D(2023, 1, 1))
    other = PlaceFactory(buurt=buurt_a, added_on=D(2023, 1, 1))
    MatchFactory(kind="place_place", resident_a=None, resident_b=None, place_a=place, place_b=other,
                 status="active", started_on=D(2024, 3, 1), proposed_on=D(2024, 2, 1), team=team_b)
    started = measures.get("matches_started")
    # A match lies where its (first) resident lives, else where its (first) place is.
    assert started.value(Y2024, Area(BUURT, buurt_a.pk)) == 1
    assert started.value(Y2024, Area(BUURT, buurt_b.pk)) == 3
    assert started.value(Y2024, Area(WIJK, buurt_b.neighbourhood_id)) == 3
    assert started.value(Y2024, Area(DISTRICT, buurt_a.neighbourhood.district_id)) == 1
    assert started.by_area(Y2024, WIJK) == {buurt_a.neighbourhood_id: 1, buurt_b.neighbourhood_id: 3}
    assert started.by_area(Y2024, TEAM) == {team_a.pk: 1, team_b.pk: 3}
    assert started.value(Y2024, Area(TEAM, team_b.pk)) == 3
    # Places have no team: a team's places are those in its wijken.
    places = measures.get("places_total")
    assert places.value(Y2024, Area(TEAM, team_b.pk)) == 1
    assert sum(started.by_area(Y2024, WIJK).values()) == started.value(Y2024)


def test_every_measure_runs_for_every_area_level(buurt_a, team_a):
    for code, measure in measures.REGISTRY.items():
        for area in (Area(), Area(TEAM, team_a.pk), Area(WIJK, buurt_a.neighbourhood_id), Area(BUURT, buurt_a.pk)):
            result = measure.value(Y2024, area)
            assert result is None or result == 0, code
        assert str(measure.label) and measure.describe() and str(measure.source)


def test_ladder_steps_up_counts_residents_who_went_up_in_the_period():
    from bloei.people.models import LadderAssessment, LadderRung

    rung = {level: LadderRung.objects.get(level=level) for level in range(1, 7)}

    def assess(resident, level, on):
        LadderAssessment.objects.create(resident=resident, rung=rung[level], assessed_on=on)

    up_twice, down, first, earlier = ResidentFactory(), ResidentFactory(), ResidentFactory(), ResidentFactory()
    assess(up_twice, 1, D(2023, 5, 1))
    assess(up_twice, 2, D(2024, 2, 1))
    assess(up_twice, 3, D(2024, 9, 1))
    assess(down, 4, D(2023, 5, 1))
    assess(down, 3, D(2024, 3, 1))
    assess(first, 5, D(2024, 3, 1))  # a first assessment is no movement
    assess(earlier, 1, D(2022, 1, 1))
    assess(earlier, 4, D(2023, 12, 31))  # went up, but not in 2024
    assert value("ladder_steps_up") == 1
    assert value("ladder_steps_up", period=Period.year(2023)) == 1


def test_outreach_rounds_homes_reached_and_sign_ups(buurt_a):
    from bloei.outreach.models import RoundSignUp
    from bloei.outreach.tests.factories import OutreachRoundFactory

    flat = OutreachRoundFactory(flat=True, held_on=D(2024, 4, 2))  # 25 of 58 homes reached
    OutreachRoundFactory(kind="door_to_door", held_on=D(2024, 5, 2), homes_approached=40, homes_reached=12)
    OutreachRoundFactory(kind="walk_in", held_on=D(2024, 6, 2))  # homes not counted
    OutreachRoundFactory(held_on=D(2023, 6, 2), homes_approached=10, homes_reached=10)
    resident = ResidentFactory()
    RoundSignUp.objects.create(outreach_round=flat, resident=resident, signed_up_on=D(2024, 4, 9))
    RoundSignUp.objects.create(outreach_round=flat, resident=ResidentFactory(), signed_up_on=D(2025, 1, 3))
    assert value("outreach_rounds") == 3
    assert value("outreach_rounds", parameter="floor_conversations") == 1
    assert value("outreach_homes_reached") == 37
    assert value("outreach_homes_reached", parameter="door_to_door") == 12
    assert value("outreach_homes_reached", period=Period.year(2022)) == 0
    assert value("outreach_sign_ups") == 1
    assert measures.get("outreach_homes_reached").by_area(Y2024, WIJK) == {buurt_a.neighbourhood_id: 37}


def test_by_month_gives_the_same_counts_as_month_by_month(buurt_a):
    for on in (D(2024, 1, 31), D(2024, 2, 1), D(2024, 2, 29), D(2024, 12, 31), D(2023, 12, 31)):
        match(on)
    TalentScanFactory(conducted_on=D(2024, 2, 10))
    for code in ("matches_started", "talent_scans"):
        measure = measures.get(code)
        per_month = measure.by_month(Y2024)
        for month in range(1, 13):
            start = D(2024, month, 1)
            end = (D(2024 + month // 12, month % 12 + 1, 1)) - timedelta(days=1)
            assert per_month.get(start, 0) == measure.value(Period(start, end)), (code, month)
    assert measures.get("matches_started").by_month(Y2024)[D(2024, 2, 1)] == 2
    with pytest.raises(ValueError):
        measures.get("places_total").by_month(Y2024)


def test_referrals_made_and_accepted(cast):
    from datetime import UTC, datetime

    from bloei.referrals.tests.factories import ReferralFactory

    def refer(decided_on=None, **kwargs):
        decided_at = datetime(decided_on.year, decided_on.month, decided_on.day, 12, tzinfo=UTC) if decided_on else None
        if kwargs.get("status") == "accepted":
            kwargs["assigned_connector"] = cast.connector_a
        return ReferralFactory(referred_by=cast.generalist_a, decided_on=decided_on, decided_at=decided_at, **kwargs)

    refer(referred_on=D(2024, 3, 1))
    refer(referred_on=D(2024, 11, 1), status="accepted", decided_on=D(2025, 1, 5))
    refer(referred_on=D(2023, 12, 1), status="accepted", decided_on=D(2024, 1, 5))
    refer(referred_on=D(2024, 5, 1), status="returned", decided_on=D(2024, 5, 3), return_reason="Past niet")
    assert value("referrals") == 3
    assert value("referrals", parameter="returned") == 1
    assert value("referrals_accepted") == 1
    assert value("referrals_accepted", period=Period.year(2025)) == 1
