from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from bloei.core.models import AuditEvent
from bloei.matching import services
from bloei.matching.choices import MatchKind, MatchStatus, SignUpKind, SignUpStatus
from bloei.matching.models import FollowUp, Match, SignUp
from bloei.matching.tests.factories import MatchFactory, SignUpFactory
from bloei.people.models import Assignment, Talent
from bloei.people.tests.factories import ResidentFactory, TalentScanFactory
from bloei.places.tests.factories import OpeningFactory, PlaceFactory

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def days_ago(n):
    return timezone.localdate() - timedelta(days=n)


@pytest.fixture
def login(client):
    """Log in as `user`; pages in English, so the assertions do not depend on the Dutch translation."""

    def login_as(user):
        client.force_login(user)
        client.cookies["django_language"] = "en"  # the language switch's cookie
        return client

    return login_as


def text(response) -> str:
    return response.content.decode()


# --- access per role ------------------------------------------------------------------------------------------------


@pytest.fixture
def team_a_records(cast):
    signup = SignUpFactory(title="Hulp bij boodschappen")
    match = MatchFactory(active=True, resident_a=signup.resident, request=signup)
    match.connectors.add(cast.connector_a)
    FollowUp.objects.create(match=match, sequence=1, due_on=days_ago(1))
    return {"signup": signup, "match": match, "follow_up": match.follow_ups.get()}


def pages(records):
    signup, match = records["signup"], records["match"]
    return [
        ("get", reverse("matching:signup_list"), "residents.view"),
        ("get", reverse("matching:signup_create"), "residents.edit"),
        ("get", reverse("matching:signup_detail", args=[signup.uuid]), "residents.view"),
        ("post", reverse("matching:signup_withdraw", args=[signup.uuid]), "residents.edit"),
        ("get", reverse("matching:match_list"), "matches.view"),
        ("get", reverse("matching:match_create"), "matches.edit"),
        ("get", reverse("matching:match_detail", args=[match.uuid]), "matches.view"),
        ("post", reverse("matching:match_transition", args=[match.uuid]), "matches.edit"),
        ("post", reverse("matching:followup_record", args=[records["follow_up"].pk]), "matches.edit"),
    ]


@pytest.mark.parametrize("role", ["analyst", "municipality", "admin", "no_role"])
def test_roles_without_casework_get_403_on_every_matching_page(cast, login, team_a_records, role):
    client = login(cast.roles()[role])
    for method, url, _capability in pages(team_a_records):
        assert getattr(client, method)(url).status_code == 403, url


def test_the_generalist_may_look_but_not_change_matches(cast, login, team_a_records):
    client = login(cast.generalist_a)
    match = team_a_records["match"]
    Assignment.objects.create(resident=match.resident_a, user=cast.generalist_a, role="generalist")
    response = client.get(reverse("matching:match_detail", args=[match.uuid]))
    assert response.status_code == 200
    assert "Mark as introduced" not in text(response) and "End the match" not in text(response)
    assert client.get(reverse("matching:match_create")).status_code == 403
    assert client.post(reverse("matching:match_transition", args=[match.uuid]), {"to": "ended"}).status_code == 403


def test_a_connector_of_another_team_gets_404_on_team_a_records(cast, login, team_a_records):
    client = login(cast.connector_b)
    for method, url, _capability in pages(team_a_records):
        if url in (
            reverse("matching:signup_list"),
            reverse("matching:signup_create"),
            reverse("matching:match_list"),
            reverse("matching:match_create"),
        ):
            continue
        assert getattr(client, method)(url).status_code == 404, url
    assert (
        client.get(reverse("matching:signup_create"), {"resident": team_a_records["signup"].resident.uuid}).status_code
        == 404
    )
    assert client.get(reverse("matching:match_create"), {"signup": team_a_records["signup"].uuid}).status_code == 404
    assert client.get(reverse("matching:match_create"), {"resident": "not-a-uuid"}).status_code == 404
    listed = text(client.get(reverse("matching:match_list"))) + text(client.get(reverse("matching:signup_list")))
    assert team_a_records["signup"].title not in listed
    assert team_a_records["signup"].resident.full_name not in listed


# --- sign-ups -------------------------------------------------------------------------------------------------------


class TestSignUpPages:
    def test_the_list_shows_the_waiting_list_longest_waiting_first(self, cast, login, buurt_b):
        recent = SignUpFactory(title="Samen wandelen", opened_on=days_ago(3))
        old = SignUpFactory(title="Taalmaatje gezocht", opened_on=days_ago(40), kind=SignUpKind.OFFER)
        SignUpFactory(
            title="Ingetrokken vraag", opened_on=days_ago(50), status=SignUpStatus.WITHDRAWN, closed_on=days_ago(45)
        )
        SignUpFactory(title="Vraag in Stratum", resident=ResidentFactory(buurt=buurt_b))
        page = text(login(cast.connector_a).get(reverse("matching:signup_list")))
        assert page.index(old.title) < page.index(recent.title)
        assert "Ingetrokken vraag" not in page and "Vraag in Stratum" not in page
        assert ">40<" in page and old.resident.full_name in page

    def test_filters_on_kind_and_status(self, cast, login):
        SignUpFactory(title="Samen wandelen")
        SignUpFactory(title="Biedt hulp met de computer", kind=SignUpKind.OFFER)
        SignUpFactory(
            title="Ingetrokken vraag", opened_on=days_ago(50), status=SignUpStatus.WITHDRAWN, closed_on=days_ago(45)
        )
        client = login(cast.connector_a)
        offers = text(client.get(reverse("matching:signup_list"), {"kind": "offer"}))
        assert "Biedt hulp" in offers and "Samen wandelen" not in offers
        everything = text(client.get(reverse("matching:signup_list"), {"status": ""}))
        assert "Ingetrokken vraag" in everything and "Samen wandelen" in everything
        withdrawn = text(client.get(reverse("matching:signup_list"), {"status": "withdrawn"}))
        assert "Ingetrokken vraag" in withdrawn and "Samen wandelen" not in withdrawn

    def test_the_list_is_paginated_with_a_fixed_number_of_queries(
        self, cast, login, settings, django_assert_max_num_queries
    ):
        settings.BLOEI_PAGE_SIZE = 5
        talent = Talent.objects.first()
        for n in range(7):
            SignUpFactory(title=f"Vraag {n}", opened_on=days_ago(n)).talents.add(talent)
        client = login(cast.connector_a)
        with django_assert_max_num_queries(12):
            first = text(client.get(reverse("matching:signup_list")))
        assert "Vraag 6" in first and "Vraag 1" not in first
        second = text(client.get(reverse("matching:signup_list"), {"page": 2}))
        assert "Vraag 1" in second and "Vraag 0" in second and "Vraag 6" not in second

    def test_create_starts_with_finding_the_resident(self, cast, login, buurt_b):
        resident = ResidentFactory(first_name="Fatima", last_name="Bakker")
        ResidentFactory(first_name="Fatima", last_name="Stratum", buurt=buurt_b)
        client = login(cast.connector_a)
        page = text(client.get(reverse("matching:signup_create"), {"q": "fatima", "kind": "offer"}))
        assert "Fatima Bakker" in page and "Fatima Stratum" not in page
        assert f"resident={resident.uuid}" in page and "kind=offer" in page
        fragment = text(client.get(reverse("matching:signup_create"), {"q": "fatima"}, **HTMX))
        assert "Fatima Bakker" in fragment and "<html" not in fragment

    def test_create_puts_the_resident_on_the_waiting_list(self, cast, login):
        resident = ResidentFactory()
        talent = Talent.objects.get(slug="tuinieren")
        client = login(cast.connector_a)
        url = f"{reverse('matching:signup_create')}?resident={resident.uuid}&kind=request"
        page = text(client.get(url))
        assert resident.full_name in page and 'value="request"' in page
        response = client.post(
            url,
            {
                "kind": "request",
                "title": "Hulp in de tuin",
                "description": "",
                "talents": [talent.pk],
                "opened_on": days_ago(1).isoformat(),
            },
        )
        signup = SignUp.objects.get()
        assert response.status_code == 302 and response["Location"] == reverse(
            "matching:signup_detail", args=[signup.uuid]
        )
        assert (signup.resident, signup.opened_on, list(signup.talents.all())) == (resident, days_ago(1), [talent])

    def test_create_shows_errors_and_changes_nothing(self, cast, login):
        resident = ResidentFactory()
        url = f"{reverse('matching:signup_create')}?resident={resident.uuid}"
        response = login(cast.connector_a).post(
            url, {"kind": "request", "title": "Iets", "opened_on": (timezone.localdate() + timedelta(days=2))}
        )
        assert response.status_code == 200
        assert "The date cannot be in the future." in text(response)
        assert not SignUp.objects.exists()

    def test_detail_shows_the_signup_its_matches_and_logs_the_view(self, cast, login, team_a_records):
        signup = team_a_records["signup"]
        page = text(login(cast.connector_a).get(reverse("matching:signup_detail", args=[signup.uuid])))
        assert signup.title in page and signup.resident.full_name in page
        assert reverse("matching:match_detail", args=[team_a_records["match"].uuid]) in page
        assert f"?signup={signup.uuid}" in page and reverse("matching:signup_withdraw", args=[signup.uuid]) in page
        assert "Withdraw sign-up" in page
        assert AuditEvent.objects.filter(
            event="signup.viewed", actor=cast.connector_a, resident=signup.resident
        ).exists()

    def test_withdraw_from_the_signup_page(self, cast, login):
        signup = SignUpFactory(opened_on=days_ago(5))
        client = login(cast.connector_a)
        detail = reverse("matching:signup_detail", args=[signup.uuid])
        url = reverse("matching:signup_withdraw", args=[signup.uuid])
        assert url in text(client.get(detail))
        assert client.get(url).status_code == 405
        before = client.post(url, {"on": days_ago(6).isoformat()})
        assert before.status_code == 200 and "cannot be before" in text(before) and signup.title in text(before)
        response = client.post(url, {"on": days_ago(1).isoformat()})
        assert response.status_code == 302 and response["Location"] == detail
        signup.refresh_from_db()
        assert (signup.status, signup.closed_on) == (SignUpStatus.WITHDRAWN, days_ago(1))
        page = text(client.get(detail))
        assert url not in page and "Propose a match" not in page
        again = client.post(url, {"on": days_ago(1).isoformat()}, follow=True)
        assert "Only an open request or offer can be withdrawn." in text(again)


# --- matches --------------------------------------------------------------------------------------------------------


class TestMatchPages:
    def test_the_list_shows_visible_matches_with_filters(self, cast, login, buurt_b, django_assert_max_num_queries):
        active = MatchFactory(active=True)
        proposed = MatchFactory()
        stratum = MatchFactory(resident_a=ResidentFactory(buurt=buurt_b), resident_b=ResidentFactory(buurt=buurt_b))
        client = login(cast.connector_a)
        with django_assert_max_num_queries(10):
            page = text(client.get(reverse("matching:match_list")))
        assert active.resident_a.full_name in page and proposed.resident_b.full_name in page
        assert stratum.resident_a.full_name not in page
        only_active = text(client.get(reverse("matching:match_list"), {"status": "active"}))
        assert active.resident_a.full_name in only_active and proposed.resident_a.full_name not in only_active
        proposed.connectors.add(cast.connector_a)
        mine = text(client.get(reverse("matching:match_list"), {"mine": "on"}))
        assert proposed.resident_a.full_name in mine and active.resident_a.full_name not in mine

    def test_the_list_queries_do_not_grow_with_the_rows(self, cast, login, django_assert_max_num_queries):
        MatchFactory(active=True)
        MatchFactory(place=True)
        client = login(cast.connector_a)
        with django_assert_max_num_queries(10):
            client.get(reverse("matching:match_list"))
        for _ in range(6):
            MatchFactory(active=True)
            MatchFactory(place=True)
        with django_assert_max_num_queries(10):
            client.get(reverse("matching:match_list"))

    def test_detail_shows_parties_history_steps_follow_ups_and_durable(self, cast, login, settings):
        settings.BLOEI_DURABLE_AFTER_DAYS = 90
        settings.BLOEI_FOLLOW_UP_DAYS = [42]
        a, b = ResidentFactory(), ResidentFactory()
        match = services.propose_match(
            kind=MatchKind.RESIDENT_RESIDENT,
            by=cast.connector_a,
            resident_a=a,
            resident_b=b,
            proposed_on=days_ago(120),
            description="Samen naar de markt",
        )
        services.activate_match(match=match, by=cast.connector_a, started_on=days_ago(100))
        client = login(cast.connector_a)
        page = text(client.get(reverse("matching:match_detail", args=[match.uuid])))
        for shown in (
            a.full_name,
            b.full_name,
            "Samen naar de markt",
            "Proposed",
            "Active",
            "Follow-up 1",
            "End the match",
            "Record follow-up",
            "durable",
            "overdue",
        ):
            assert shown in page, shown
        assert reverse("people:resident_detail", args=[a.uuid]) in page
        assert "Mark as introduced" not in page
        assert AuditEvent.objects.filter(event="match.viewed", resident=a).exists()

    def test_a_match_not_yet_durable_has_no_badge(self, cast, login, settings):
        settings.BLOEI_DURABLE_AFTER_DAYS = 90
        match = MatchFactory(active=True, proposed_on=days_ago(20), started_on=days_ago(10))
        match.connectors.add(cast.connector_a)
        page = text(login(cast.connector_a).get(reverse("matching:match_detail", args=[match.uuid])))
        assert 'bloei-badge--ok">durable' not in page and "durable from" in page

    def test_a_refused_transition_shows_the_reason_and_changes_nothing(self, cast, login):
        match = MatchFactory(proposed_on=days_ago(10))
        client = login(cast.connector_a)
        url = reverse("matching:match_transition", args=[match.uuid])
        response = client.post(url, {"to": "ended", "ended-on": timezone.localdate().isoformat(), "ended-reason": ""})
        assert response.status_code == 200 and "This field is required." in text(response)
        response = client.post(url, {"to": "introduced", "introduced-on": days_ago(11).isoformat()})
        assert response.status_code == 200 and "cannot be before the proposal" in text(response)
        response = client.post(url, {"to": "sideways"})
        assert response.status_code == 302
        match.refresh_from_db()
        assert match.status == MatchStatus.PROPOSED and match.introduced_on is None
        services.end_match(match=match, by=cast.connector_a, reason="declined")
        response = client.post(url, {"to": "active", "active-on": timezone.localdate().isoformat()}, follow=True)
        assert "Only a proposed or introduced match can be started." in text(response)
        match.refresh_from_db()
        assert match.status == MatchStatus.ENDED and match.introduced_on is None and match.started_on is None

    def test_a_follow_up_on_a_match_that_ended_meanwhile_is_refused_with_the_reason(self, cast, login, team_a_records):
        follow_up, match = team_a_records["follow_up"], team_a_records["match"]
        client = login(cast.connector_a)
        services.end_match(match=match, by=cast.connector_a, reason="moved")
        url = reverse("matching:followup_record", args=[follow_up.pk])
        data = {f"followup-{follow_up.pk}-outcome": "going_well", f"followup-{follow_up.pk}-done_on": days_ago(0)}
        fragment = client.post(url, data, **HTMX)
        assert "Follow-ups are recorded only while the match is running." in text(fragment)
        page = client.post(url, data, follow=True)
        assert "Follow-ups are recorded only while the match is running." in text(page)
        follow_up.refresh_from_db()
        assert follow_up.done_on is None

    def test_recording_a_follow_up_with_htmx_returns_the_fragment(self, cast, login, team_a_records):
        follow_up = team_a_records["follow_up"]
        client = login(cast.connector_a)
        url = reverse("matching:followup_record", args=[follow_up.pk])
        prefix = f"followup-{follow_up.pk}"
        invalid = client.post(url, {f"{prefix}-outcome": "ended", f"{prefix}-done_on": timezone.localdate()}, **HTMX)
        assert invalid.status_code == 200 and "Choose why the match ended." in text(invalid)
        assert "<html" not in text(invalid)
        response = client.post(
            url,
            {
                f"{prefix}-outcome": "needs_attention",
                f"{prefix}-note": "Even bellen",
                f"{prefix}-done_on": timezone.localdate(),
            },
            **HTMX,
        )
        assert response.status_code == 200 and "<html" not in text(response)
        assert "Still going, needs attention" in text(response) and "Even bellen" in text(response)
        follow_up.refresh_from_db()
        assert follow_up.outcome == "needs_attention" and follow_up.done_by == cast.connector_a


# --- the match flow -------------------------------------------------------------------------------------------------


class TestMatchFlow:
    def test_from_a_request_to_a_resident_who_offers(self, cast, login, buurt_b):
        talent = Talent.objects.get(slug="tuinieren")
        request = SignUpFactory(title="Tuin is overwoekerd", opened_on=days_ago(30))
        request.talents.add(talent)
        helper = ResidentFactory(first_name="Kees", last_name="Hovenier")
        TalentScanFactory(resident=helper).talents.add(talent)
        offer = SignUpFactory(resident=helper, kind=SignUpKind.OFFER, title="Wil tuinieren", opened_on=days_ago(9))
        ResidentFactory(first_name="Kees", last_name="Stratum", buurt=buurt_b)
        client = login(cast.connector_a)
        url = reverse("matching:match_create")

        kinds = text(client.get(url, {"signup": request.uuid}))
        assert "What kind of match?" in kinds and "kind=resident_resident" in kinds

        suggestions = text(client.get(url, {"signup": request.uuid, "kind": "resident_resident"}))
        assert "Kees Hovenier" in suggestions and "Suggestions with matching talents" in suggestions
        assert request.resident.full_name not in suggestions.split("counterpart-results")[1]

        found = text(client.get(url, {"signup": request.uuid, "kind": "resident_resident", "q": "kees"}, **HTMX))
        assert "Kees Hovenier" in found and "Kees Stratum" not in found and "<html" not in found

        confirm_url = f"{url}?signup={request.uuid}&kind=resident_resident&counterpart={helper.uuid}"
        confirm = text(client.get(confirm_url))
        assert "Wil tuinieren" in confirm and "Tuin is overwoekerd" in confirm
        response = client.post(
            confirm_url,
            {
                "request": request.pk,
                "offer": offer.pk,
                "description": "Snoeien",
                "proposed_on": timezone.localdate().isoformat(),
            },
        )
        match = Match.objects.get()
        assert response.status_code == 302 and response["Location"] == reverse(
            "matching:match_detail", args=[match.uuid]
        )
        assert (match.resident_a, match.resident_b, match.request, match.offer) == (
            request.resident,
            helper,
            request,
            offer,
        )
        assert list(match.connectors.all()) == [cast.connector_a]

    def test_a_closed_signup_cannot_start_a_match(self, cast, login):
        signup = SignUpFactory(status=SignUpStatus.WITHDRAWN, opened_on=days_ago(9), closed_on=days_ago(1))
        response = login(cast.connector_a).get(reverse("matching:match_create"), {"signup": signup.uuid})
        assert response.status_code == 302
        assert response["Location"] == reverse("matching:signup_detail", args=[signup.uuid])

    def test_a_counterpart_out_of_scope_is_404(self, cast, login, buurt_b):
        resident = ResidentFactory()
        other = ResidentFactory(buurt=buurt_b)
        response = login(cast.connector_a).get(
            reverse("matching:match_create"),
            {"resident": resident.uuid, "kind": "resident_resident", "counterpart": other.uuid},
        )
        assert response.status_code == 404

    def test_from_a_resident_to_an_opening_with_room(self, cast, login):
        resident = ResidentFactory()
        opening = OpeningFactory(title="Koffie schenken", capacity=1)
        full = OpeningFactory(title="Koffie zetten", capacity=1)
        MatchFactory(place=True, opening=full)
        client = login(cast.connector_a)
        url = reverse("matching:match_create")
        page = text(client.get(url, {"resident": resident.uuid, "kind": "resident_place", "q": "koffie"}))
        assert f"counterpart={opening.uuid}" in page and f"counterpart={full.uuid}" not in page and "full" in page
        confirm_url = f"{url}?resident={resident.uuid}&kind=resident_place&counterpart={opening.uuid}"
        response = client.post(confirm_url, {"proposed_on": timezone.localdate().isoformat()})
        assert response.status_code == 302
        assert Match.objects.get(opening=opening).resident_a == resident
        again = client.post(confirm_url, {"proposed_on": timezone.localdate().isoformat()})
        assert again.status_code == 200 and "no room left" in text(again)

    def test_from_an_opening_the_kind_is_implied(self, cast, login):
        opening = OpeningFactory(title="Voorlezen")
        resident = ResidentFactory(first_name="Ria")
        client = login(cast.connector_a)
        page = text(client.get(reverse("matching:match_create"), {"opening": opening.uuid, "q": "ria"}))
        assert "With which resident?" in page and f"counterpart={resident.uuid}" in page

    def test_from_a_place_choose_another_place_or_one_of_its_openings(self, cast, login):
        place = PlaceFactory(name="Buurthuis Oost")
        opening = OpeningFactory(place=place, title="Bardienst")
        partner = PlaceFactory(name="Voedselbank Eindhoven")
        client = login(cast.connector_a)
        url = reverse("matching:match_create")
        assert "kind=place_place" in text(client.get(url, {"place": place.uuid}))
        openings = text(client.get(url, {"place": place.uuid, "kind": "resident_place"}))
        assert f"opening={opening.uuid}" in openings
        places = text(client.get(url, {"place": place.uuid, "kind": "place_place", "q": "voedselbank"}))
        assert f"counterpart={partner.uuid}" in places
        response = client.post(
            f"{url}?place={place.uuid}&kind=place_place&counterpart={partner.uuid}",
            {"proposed_on": timezone.localdate().isoformat()},
        )
        assert response.status_code == 302
        assert Match.objects.get().team == cast.team_a


def test_a_full_lifecycle_through_the_pages(cast, login, settings):
    """Propose, introduce, start, record a follow-up, end: all as a connector would, through the pages."""
    settings.BLOEI_FOLLOW_UP_DAYS = [42, 91]
    a, b = ResidentFactory(first_name="Joke"), ResidentFactory(first_name="Sem")
    client = login(cast.connector_a)
    create = f"{reverse('matching:match_create')}?resident={a.uuid}&kind=resident_resident&counterpart={b.uuid}"
    response = client.post(create, {"description": "Samen koken", "proposed_on": days_ago(20).isoformat()})
    match = Match.objects.get()
    detail = reverse("matching:match_detail", args=[match.uuid])
    assert response["Location"] == detail
    transition = reverse("matching:match_transition", args=[match.uuid])

    introduced = client.post(transition, {"to": "introduced", "introduced-on": days_ago(15).isoformat()})
    assert introduced["Location"] == detail
    started = client.post(transition, {"to": "active", "active-on": days_ago(10).isoformat()})
    assert started["Location"] == detail
    match.refresh_from_db()
    assert match.status == MatchStatus.ACTIVE and match.follow_ups.count() == 2

    page = text(client.get(detail))
    assert "Record follow-up" in page and "Mark as introduced" not in page
    first = match.follow_ups.get(sequence=1)
    prefix = f"followup-{first.pk}"
    response = client.post(
        reverse("matching:followup_record", args=[first.pk]),
        {
            f"{prefix}-outcome": "going_well",
            f"{prefix}-note": "Gaat goed",
            f"{prefix}-done_on": days_ago(1).isoformat(),
        },
    )
    assert response["Location"] == detail

    second = match.follow_ups.get(sequence=2)
    prefix = f"followup-{second.pk}"
    response = client.post(
        reverse("matching:followup_record", args=[second.pk]),
        {f"{prefix}-outcome": "ended", f"{prefix}-end_reason": "moved", f"{prefix}-done_on": timezone.localdate()},
        **HTMX,
    )
    assert response.status_code == 200 and response["HX-Redirect"] == detail

    match.refresh_from_db()
    assert (match.status, match.end_reason, match.ended_on) == (MatchStatus.ENDED, "moved", timezone.localdate())
    assert list(match.status_changes.values_list("status", flat=True)) == ["proposed", "introduced", "active", "ended"]
    page = text(client.get(detail))
    assert "Moved away" in page and "Record follow-up" not in page and "End the match" not in page
