from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

import pytest

from bloei.community.models import NetworkMembership
from bloei.community.tests.factories import ActivityFactory, NetworkFactory
from bloei.core.models import AuditEvent
from bloei.matching.models import FollowUp, MatchStatusChange
from bloei.matching.tests.factories import MatchFactory, SignUpFactory
from bloei.people.models import Assignment, Consent, LadderAssessment, LadderRung, Talent
from bloei.people.selectors import recent_residents_for, resident_overview, resident_timeline
from bloei.people.tests.factories import ContactMomentFactory, ResidentFactory, TalentScanFactory

pytestmark = [pytest.mark.django_db, pytest.mark.urls("bloei.people.tests.urls")]


def day(n):
    """A date `n` days after the start of the story (200 days ago)."""
    return timezone.localdate() - timedelta(days=200) + timedelta(days=n)


@pytest.fixture
def story(cast):
    """A resident with one of every kind of record, at known dates."""
    resident = ResidentFactory(registered_on=day(0), referral_source="flyer")
    partner = ResidentFactory(first_name="Henk", last_name="de Vries")
    Assignment.objects.create(resident=resident, user=cast.generalist_a, role="generalist", started_on=day(3),
                              ended_on=day(150))
    ContactMomentFactory(resident=resident, occurred_on=day(1), kind="home_visit", by=cast.connector_a,
                         note="Eerste kennismaking")
    scan = TalentScanFactory(resident=resident, conducted_on=day(5))
    scan.talents.add(Talent.objects.get(slug="tuinieren"))
    TalentScanFactory(resident=resident, conducted_on=day(50))
    signup = SignUpFactory(resident=resident, opened_on=day(10), status="matched", closed_on=day(20),
                           title="Hulp in de tuin")
    match = MatchFactory(resident_a=resident, resident_b=partner, proposed_on=day(20), introduced_on=day(25),
                         status="ended", started_on=day(30), ended_on=day(90), end_reason="moved", request=signup)
    for status, n in [("proposed", 20), ("introduced", 25), ("active", 30), ("ended", 90)]:
        MatchStatusChange.objects.create(match=match, status=status, changed_on=day(n), by=cast.connector_a)
    FollowUp.objects.create(match=match, sequence=1, due_on=day(72), done_on=day(72), outcome="going_well")
    FollowUp.objects.create(match=match, sequence=2, due_on=day(121))  # not done: not in the timeline
    place_match = MatchFactory(place=True, resident_a=resident, proposed_on=day(40), status="active",
                               started_on=day(45))  # no recorded status changes: dates fill in
    network = NetworkFactory(name="Weduwen-koffie", started_on=day(0))
    NetworkMembership.objects.create(network=network, resident=resident, joined_on=day(60), left_on=day(100))
    attended = ActivityFactory(title="Buurtmaaltijd", starts_on=day(70))
    attended.participants.add(resident)
    organised = ActivityFactory(title="Sjoelen", starts_on=day(80), organiser=resident)
    photos = Consent.objects.create(resident=resident, purpose="photos", given_on=day(0), withdrawn_on=day(110))
    return dict(resident=resident, partner=partner, signup=signup, match=match, place_match=place_match,
                network=network, attended=attended, organised=organised, photos=photos)


class TestResidentTimeline:
    def test_lists_every_kind_of_record_in_date_order(self, cast, story):
        with override("en"):
            timeline = resident_timeline(story["resident"], cast.connector_a)
        got = [(e.on, e.kind) for e in timeline]
        expected = [
            (day(0), "registered"), (day(0), "consent.given"), (day(0), "consent.given"), (day(1), "contact"),
            (day(3), "assignment.started"), (day(5), "talentscan"), (day(10), "signup.opened"),
            (day(20), "match.proposed"), (day(20), "signup.closed"), (day(25), "match.introduced"),
            (day(30), "match.active"), (day(40), "match.proposed"), (day(45), "match.active"), (day(50), "talentscan"),
            (day(60), "network.joined"), (day(70), "activity.attended"), (day(72), "followup"),
            (day(80), "activity.organised"), (day(90), "match.ended"), (day(100), "network.left"),
            (day(110), "consent.withdrawn"), (day(150), "assignment.ended"),
        ]
        assert got == expected
        assert [(e.on, e.kind) for e in resident_timeline(story["resident"], cast.connector_a, newest_first=True)] == (
            expected[::-1]
        )

    def test_entries_read_as_sentences_and_link_where_the_user_may_follow(self, cast, story):
        with override("en"):
            timeline = resident_timeline(story["resident"], cast.connector_a)
        by_kind = {}
        for entry in timeline:
            by_kind.setdefault(entry.kind, []).append(entry)
        match_url = reverse("matching:match_detail", args=[story["match"].uuid])
        assert by_kind["contact"][0].text == "Home visit with Anna Test"
        assert by_kind["contact"][0].detail == "Eerste kennismaking"
        assert by_kind["registered"][0].detail == "how they found us: Flyer"
        assert [e.text for e in by_kind["talentscan"]] == ["Talent scan (version 1)", "Talent scan (version 2)"]
        assert by_kind["talentscan"][0].detail == "Gardening"
        scan = story["resident"].talent_scans.get(version=1)
        scan_url = reverse("people:talentscan_detail", args=[story["resident"].uuid, scan.pk])
        assert by_kind["talentscan"][0].url == scan_url
        assert by_kind["signup.opened"][0].text == "Asked for help: Hulp in de tuin"
        assert by_kind["signup.opened"][0].url == reverse("matching:signup_detail", args=[story["signup"].uuid])
        assert by_kind["signup.closed"][0].text == "Matched: Hulp in de tuin"
        assert by_kind["match.proposed"][0].text == "Match proposed with Henk de Vries"
        assert by_kind["match.proposed"][0].url == match_url
        assert by_kind["match.ended"][0].text == "Match with Henk de Vries ended"
        assert by_kind["match.ended"][0].detail == "Moved away"
        assert by_kind["match.proposed"][1].text == f"Match proposed with {story['place_match'].opening}"
        assert by_kind["followup"][0].text == "Follow-up 1 of the match with Henk de Vries"
        assert by_kind["followup"][0].detail == "Still going, going well"
        assert by_kind["network.joined"][0].text == "Joined network Weduwen-koffie"
        assert by_kind["network.joined"][0].url == reverse("community:network_detail", args=[story["network"].uuid])
        assert by_kind["activity.attended"][0].text == "Took part in Buurtmaaltijd"
        assert by_kind["activity.organised"][0].text == "Organised Sjoelen"
        assert by_kind["activity.organised"][0].url == reverse(
            "community:activity_detail", args=[story["organised"].uuid]
        )
        assert by_kind["consent.withdrawn"][0].text == "Consent withdrawn: Photos and stories in communications"
        assert by_kind["assignment.started"][0].text == "Gina Test assigned as Generalist"

    def test_a_user_from_another_team_sees_no_links_or_names_beyond_their_scope(self, cast, story):
        Assignment.objects.create(resident=story["resident"], user=cast.connector_b)
        with override("en"):
            timeline = resident_timeline(story["resident"], cast.connector_b)
        proposed = next(e for e in timeline if e.kind == "match.proposed")
        assert proposed.text == "Match proposed with another resident" and proposed.url is None
        assert "Henk" not in " ".join(e.text for e in timeline)
        assert next(e for e in timeline if e.kind == "network.joined").url is None
        assert next(e for e in timeline if e.kind == "activity.attended").url is None
        # the resident's own sign-up is in their scope
        assert next(e for e in timeline if e.kind == "signup.opened").url is not None

    def test_roles_without_casework_get_nothing(self, cast, story):
        assert resident_timeline(story["resident"], cast.analyst) == []

    def test_a_fixed_number_of_queries_however_long_the_history(self, cast, django_assert_max_num_queries):
        def history(resident, contacts, matches):
            for n in range(contacts):
                ContactMomentFactory(resident=resident, occurred_on=day(n))
            for n in range(matches):
                match = MatchFactory(resident_a=resident, proposed_on=day(n), status="active", started_on=day(n + 1))
                MatchStatusChange.objects.create(match=match, status="proposed", changed_on=day(n))
                MatchStatusChange.objects.create(match=match, status="active", changed_on=day(n + 1))
                FollowUp.objects.create(match=match, sequence=1, due_on=day(n + 40), done_on=day(n + 40),
                                        outcome="going_well")
                SignUpFactory(resident=resident, opened_on=day(n))
                TalentScanFactory(resident=resident, conducted_on=day(n)).talents.add(*Talent.objects.all()[:3])
                ActivityFactory(starts_on=day(n)).participants.add(resident)
                NetworkMembership.objects.create(network=NetworkFactory(), resident=resident, joined_on=day(n))
                Assignment.objects.create(resident=resident, user=cast.generalist_a, started_on=day(n),
                                          ended_on=day(n + 1))
                LadderAssessment.objects.create(resident=resident, rung=LadderRung.objects.get(level=n % 6 + 1),
                                                assessed_on=day(n), assessed_by=cast.connector_a)
            return resident

        short = history(ResidentFactory(), contacts=1, matches=1)
        long = history(ResidentFactory(), contacts=40, matches=10)
        user = cast.connector_a
        resident_timeline(short, user)  # load the user's memberships first
        with CaptureQueriesContext(connection) as few:
            resident_timeline(short, user)
        assert len(few) <= 12  # one query per kind of record, the participation ladder included
        with django_assert_max_num_queries(len(few)):
            timeline = resident_timeline(long, user)
        assert sum(1 for e in timeline if e.kind == "contact") == 40
        assert sum(1 for e in timeline if e.group == "match") == 20
        assert sum(1 for e in timeline if e.kind == "followup") == 10
        assert sum(1 for e in timeline if e.group == "activity") == 10
        assert sum(1 for e in timeline if e.kind == "ladder") == 10


class TestResidentOverview:
    def test_latest_scan_consents_assignments_and_referrals(self, cast, buurt_b):
        ambassador = ResidentFactory(is_ambassador=True)
        referred = ResidentFactory(referred_by=ambassador)
        ResidentFactory(referred_by=ambassador, buurt=buurt_b)  # another team's: not listed
        TalentScanFactory(resident=ambassador, conducted_on=day(1))
        latest = TalentScanFactory(resident=ambassador, conducted_on=day(2))
        Assignment.objects.create(resident=ambassador, user=cast.generalist_a, role="generalist")
        Assignment.objects.create(resident=ambassador, user=cast.connector_b, ended_on=timezone.localdate())
        overview = resident_overview(ambassador, cast.connector_a)
        assert overview.latest_scan == latest and overview.scan_count == 2
        assert [a.user for a in overview.assignments] == [cast.generalist_a]
        assert overview.referred == [referred]
        assert overview.has_registration_basis
        consent = ambassador.consents.get()
        consent.withdrawn_on = timezone.localdate()
        consent.save()
        assert not resident_overview(ambassador, cast.connector_a).has_registration_basis


def _event(user, resident, action, minutes_ago):
    return AuditEvent.objects.create(
        at=timezone.now() - timedelta(minutes=minutes_ago), actor=user, action=action, event=f"resident.{action}",
        content_type=ContentType.objects.get_for_model(resident), object_id=str(resident.pk), resident=resident,
        team_id=resident.team_id,
    )


class TestRecentResidents:
    def test_most_recently_touched_first_without_duplicates_and_within_scope(self, cast, buurt_b):
        first, second, third, untouched = ResidentFactory(), ResidentFactory(), ResidentFactory(), ResidentFactory()
        elsewhere = ResidentFactory(buurt=buurt_b)
        for resident, minutes, action in [
            (first, 50, "create"), (second, 40, "view"), (first, 30, "view"), (third, 20, "change"),
            (elsewhere, 10, "view"),
        ]:
            _event(cast.connector_a, resident, action, minutes)
        _event(cast.team_lead_a, untouched, "view", 1)  # someone else's view does not count
        _event(cast.connector_a, untouched, "export", 1)  # nor does an export
        recent = recent_residents_for(cast.connector_a)
        assert recent == [third, first, second]
        assert recent[1].last_seen_at < recent[0].last_seen_at
        assert recent_residents_for(cast.connector_a, limit=2) == [third, first]
        assert recent_residents_for(cast.team_lead_a) == [untouched]
        assert recent_residents_for(cast.connector_b) == []
        assert recent_residents_for(cast.analyst) == []

    def test_uses_two_queries(self, cast, django_assert_num_queries):
        for _ in range(5):
            _event(cast.connector_a, ResidentFactory(), "view", 5)
        cast.connector_a.roles  # noqa: B018 - load the memberships first
        with django_assert_num_queries(2):
            assert len(recent_residents_for(cast.connector_a)) == 5
