from datetime import date, timedelta

from django.utils import timezone, translation

import pytest

from bloei.community.tests.factories import NetworkMembershipFactory
from bloei.matching.tests.factories import MatchFactory
from bloei.outreach import selectors
from bloei.outreach.choices import RoundKind
from bloei.outreach.tests.factories import OutreachRoundFactory, RoundSignUpFactory, RoundWishFactory, WishTagFactory
from bloei.people.models import Assignment
from bloei.people.tests.factories import ResidentFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def english(function, **kwargs):
    with translation.override("en"):
        return function(**kwargs)


class TestReachLine:
    def test_the_evaluations_example(self):
        line = english(selectors.reach_line, floors=5, approached=58, reached=25, signups=7)
        assert line == "5 floors, 25 of 58 homes reached, 7 sign-ups"

    def test_only_what_was_counted(self):
        assert english(selectors.reach_line, conversations=12, signups=1) == "12 conversations, 1 sign-up"
        assert english(selectors.reach_line, approached=1) == "1 home approached, 0 sign-ups"
        assert english(selectors.reach_line, floors=1, approached=1, reached=0) == (
            "1 floor, 0 of 1 home reached, 0 sign-ups"
        )

    def test_in_dutch(self):
        with translation.override("nl"):
            line = selectors.reach_line(floors=5, approached=58, reached=25, signups=7)
        assert line == "5 etages, 25 van 58 woningen bereikt, 7 aanmeldingen"

    def test_of_a_round_counts_its_sign_ups(self):
        outreach_round = OutreachRoundFactory(flat=True)
        for _ in range(3):
            RoundSignUpFactory(outreach_round=outreach_round)
        with translation.override("en"):
            line = selectors.round_reach_line(outreach_round)
        assert line == "5 floors, 25 of 58 homes reached, 25 conversations, 3 sign-ups"


@pytest.fixture
def rounds(cast, team_b, buurt_b):
    """Rounds of team A in two years, and one of team B that team A must never count."""
    this_year = TODAY().year
    flat = OutreachRoundFactory(
        flat=True, held_on=date(this_year, 1, 10), homes_approached=58, homes_reached=25, conversations=20
    )
    door = OutreachRoundFactory(
        kind=RoundKind.DOOR_TO_DOOR, held_on=date(this_year, 1, 12), homes_approached=100, homes_reached=40
    )
    door_uncounted = OutreachRoundFactory(
        kind=RoundKind.DOOR_TO_DOOR, held_on=date(this_year, 1, 15), homes_approached=30
    )
    walk_in = OutreachRoundFactory(kind=RoundKind.WALK_IN, held_on=date(this_year, 1, 20), conversations=8)
    last_year = OutreachRoundFactory(
        kind=RoundKind.DOOR_TO_DOOR, held_on=date(this_year - 1, 6, 1), homes_approached=10, homes_reached=10
    )
    other_team = OutreachRoundFactory(
        team=team_b, buurt=buurt_b, kind=RoundKind.DOOR_TO_DOOR, held_on=date(this_year, 1, 12), homes_approached=500
    )
    for outreach_round, n in ((flat, 7), (door, 4), (door_uncounted, 2), (walk_in, 3), (last_year, 1), (other_team, 9)):
        for _ in range(n):
            RoundSignUpFactory(outreach_round=outreach_round, resident=ResidentFactory())
    return {"flat": flat, "door": door, "walk_in": walk_in, "last_year": last_year, "other_team": other_team}


class TestKindOverview:
    def test_figures_per_kind_in_a_year(self, cast, rounds):
        with translation.override("en"):
            overview = selectors.kind_overview(cast.connector_a, year=TODAY().year)
        by_kind = {row.kind: row for row in overview.rows}
        assert list(by_kind) == ["door_to_door", "walk_in", "floor_conversations"]  # the order of RoundKind
        door = by_kind["door_to_door"]
        assert (door.rounds, door.approached, door.reached, door.approached_measured) == (2, 130, 40, 100)
        assert (door.signups, door.signups_measured) == (6, 4)
        assert door.reach_pct == 40.0  # 40 of the 100 homes of the round where reach was counted
        assert door.signups_per_100 == 10.0  # 4 sign-ups of that round per 40 homes reached
        flat = by_kind["floor_conversations"]
        assert (flat.floors, flat.reach_pct, flat.signups, flat.conversations) == (5, 100 * 25 / 58, 7, 20)
        assert flat.signups_per_100 == 28.0
        walk_in = by_kind["walk_in"]
        assert (walk_in.reach_pct, walk_in.signups_per_100, walk_in.signups) == (None, None, 3)
        with translation.override("en"):
            assert walk_in.reach_line == "8 conversations, 3 sign-ups"
            assert door.reach_line == "40 of 100 homes reached, 6 sign-ups"
        total = overview.total
        assert (total.rounds, total.approached, total.reached, total.signups) == (4, 188, 65, 16)
        assert total.signups_per_100 == pytest.approx(100 * 11 / 65)

    def test_all_years_and_another_team(self, cast, team_b, rounds):
        assert selectors.kind_overview(cast.connector_a).total.rounds == 5
        assert selectors.kind_overview(cast.connector_a, year=TODAY().year - 1).total.signups == 1
        # A team filter outside the user's teams finds nothing: the scope comes first.
        assert selectors.kind_overview(cast.connector_a, team=team_b).rows == []
        assert selectors.kind_overview(cast.connector_b, year=TODAY().year).total.approached == 500
        assert selectors.kind_overview(cast.analyst).rows == []

    def test_two_queries(self, cast, rounds, django_assert_num_queries):
        assert cast.connector_a.roles  # memberships are loaded once per request, before counting
        with django_assert_num_queries(2):
            selectors.kind_overview(cast.connector_a, year=TODAY().year)


class TestWishes:
    def test_most_frequent_wishes_over_the_rounds_in_scope(self, cast, team_b, buurt_b):
        garden, language, bbq = (WishTagFactory(name=n) for n in ("Moestuin", "Taalcafé", "Barbecue"))
        first, second = OutreachRoundFactory(), OutreachRoundFactory()
        RoundWishFactory(outreach_round=first, wish=garden, mentions=3)
        RoundWishFactory(outreach_round=second, wish=garden, mentions=2)
        RoundWishFactory(outreach_round=first, wish=language, mentions=4)
        RoundWishFactory(outreach_round=OutreachRoundFactory(team=team_b, buurt=buurt_b), wish=bbq, mentions=50)
        wishes = selectors.top_wishes(cast.connector_a)
        assert [(w.name, w.times, w.rounds) for w in wishes] == [("Moestuin", 5, 2), ("Taalcafé", 4, 1)]
        assert [w.name for w in selectors.top_wishes(cast.connector_b)] == ["Barbecue"]
        assert len(selectors.top_wishes(cast.connector_a, limit=1)) == 1


class TestRoundLists:
    def test_rounds_are_scoped_and_count_sign_ups(self, cast, rounds):
        listed = selectors.round_list(cast.generalist_a, year=TODAY().year)
        assert rounds["other_team"] not in listed
        assert {r.pk: r.signup_count for r in listed}[rounds["flat"].pk] == 7

    def test_sign_ups_of_residents_outside_the_scope_are_counted_not_named(self, cast, buurt_b):
        outreach_round = OutreachRoundFactory()
        mine = RoundSignUpFactory(outreach_round=outreach_round)
        RoundSignUpFactory(outreach_round=outreach_round, resident=ResidentFactory(buurt=buurt_b))
        signups = selectors.round_signups(cast.connector_a, outreach_round)
        assert signups.named == [mine] and signups.hidden == 1 and signups.total == 2
        # The generalist sees the round but none of these residents.
        assert selectors.round_signups(cast.generalist_a, outreach_round).hidden == 2

    def test_candidates_are_visible_and_not_yet_linked(self, cast, buurt_b):
        outreach_round = OutreachRoundFactory()
        linked = RoundSignUpFactory(outreach_round=outreach_round, resident=ResidentFactory(first_name="Fatima"))
        free = ResidentFactory(first_name="Fatma")
        ResidentFactory(first_name="Fatou", buurt=buurt_b)
        assert selectors.signup_candidates(cast.connector_a, outreach_round, "Fat") == [free]
        assert linked.resident not in selectors.signup_candidates(cast.connector_a, outreach_round, "Fatima")
        assert selectors.signup_candidates(cast.connector_a, outreach_round, "  ") == []


class TestAmbassadors:
    def test_reach_per_year_with_matches_and_networks(self, cast, buurt_b):
        amira = ResidentFactory(first_name="Amira", is_ambassador=True)
        this_year, last_year = TODAY().year, TODAY().year - 1
        came_now = [ResidentFactory(referred_by=amira, registered_on=date(this_year, 1, 5)) for _ in range(3)]
        came_before = [ResidentFactory(referred_by=amira, registered_on=date(last_year, 5, 5)) for _ in range(2)]
        # One of this year got a match that started, another one only a proposal; one of last year joined a network.
        MatchFactory(resident_a=came_now[0], active=True)
        MatchFactory(resident_a=came_now[1])
        NetworkMembershipFactory(resident=came_before[0])
        NetworkMembershipFactory(resident=came_now[0])
        years = selectors.reach_by_year(amira)
        assert [(y.year, y.came_in, y.matched, y.in_network) for y in years] == [
            (this_year, 3, 1, 1),
            (last_year, 2, 0, 1),
        ]
        listed = {p.pk: p for p in selectors.ambassador_list(cast.connector_a, year=this_year)}
        row = listed[amira.pk]
        assert (row.came_in, row.matched, row.in_network, row.came_in_total) == (3, 1, 1, 5)
        row = {p.pk: p for p in selectors.ambassador_list(cast.connector_a)}[amira.pk]
        assert (row.came_in, row.matched, row.in_network) == (5, 1, 2)

    def test_a_match_as_the_other_resident_counts(self, cast):
        amira = ResidentFactory(is_key_figure=True)
        newcomer = ResidentFactory(referred_by=amira)
        MatchFactory(resident_a=ResidentFactory(), resident_b=newcomer, active=True)
        assert selectors.reach_by_year(amira)[0].matched == 1

    def test_list_holds_ambassadors_and_key_figures_the_user_may_see(self, cast, buurt_b):
        ambassador = ResidentFactory(is_ambassador=True)
        key_figure = ResidentFactory(is_key_figure=True)
        ResidentFactory()  # neither
        elsewhere = ResidentFactory(is_ambassador=True, buurt=buurt_b)
        assert set(selectors.ambassador_list(cast.connector_a)) == {ambassador, key_figure}
        assert set(selectors.ambassador_list(cast.connector_b)) == {elsewhere}
        assert list(selectors.ambassador_list(cast.generalist_a)) == []
        Assignment.objects.create(resident=key_figure, user=cast.generalist_a)
        assert list(selectors.ambassador_list(cast.generalist_a)) == [key_figure]
        assert list(selectors.ambassador_list(cast.analyst)) == []

    def test_referred_residents_outside_the_scope_are_counted_not_named(self, cast, buurt_b):
        ambassador = ResidentFactory(is_ambassador=True)
        near = ResidentFactory(referred_by=ambassador)
        ResidentFactory(referred_by=ambassador, buurt=buurt_b)
        referred = selectors.referred_residents(cast.connector_a, ambassador)
        assert referred.named == [near] and referred.hidden == 1

    def test_referral_years(self, cast):
        ambassador = ResidentFactory(is_ambassador=True)
        ResidentFactory(referred_by=ambassador, registered_on=date(2019, 2, 2))
        assert selectors.referral_years(cast.connector_a) == [TODAY().year, 2019]
        assert selectors.referral_years(cast.connector_b) == [TODAY().year]


class TestFlyerContext:
    def test_first_name_buurt_and_team_only(self, cast, buurt_a):
        ambassador = ResidentFactory(first_name="Amira", last_name="Bakkal", phone="0612345678", is_ambassador=True)
        context = selectors.flyer_context(ambassador)
        assert context["contact_first_name"] == "Amira"
        assert context["buurt_name"] == buurt_a.name and context["team_name"] == "WIJ Centrum"
        assert "Bakkal" not in str(context) and "0612345678" not in str(context) and "Kerkstraat" not in str(context)

    def test_team_contact_when_the_team_holds_it(self):
        class Team:
            phone, email = "040 123 45 67", ""

        with translation.override("en"):
            assert selectors.team_contact(Team()) == [("Phone", "040 123 45 67")]
        assert selectors.team_contact(object()) == []


def test_round_years_include_this_year(cast):
    OutreachRoundFactory(held_on=TODAY() - timedelta(days=800))
    years = selectors.round_years(cast.connector_a)
    assert years[0] == TODAY().year and (TODAY() - timedelta(days=800)).year in years
