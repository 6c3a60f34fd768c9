import re
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, override

import pytest

from bloei.core.models import AuditEvent, Language
from bloei.matching.models import MatchStatusChange
from bloei.matching.tests.factories import MatchFactory
from bloei.people.models import Assignment, Consent, ContactMoment, Resident, Talent, TalentScan
from bloei.people.tests.factories import (
    AssignmentFactory,
    ConsentFactory,
    ContactMomentFactory,
    ResidentFactory,
    TalentScanFactory,
)

pytestmark = pytest.mark.django_db

REQUIRED_NL = "Dit veld is verplicht."  # Django's own Dutch catalog


def nl(msgid: str) -> str:
    """The Dutch text a person sees for one of our messages (English until the lead has translated it)."""
    with override("nl"):
        return gettext(msgid)


def page(response) -> str:
    return response.content.decode()


def login(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def resident(cast):
    return ResidentFactory(first_name="Fatima", last_name="El Amrani", street="Kerkstraat", house_number="12",
                           postcode="5611AB")


def resident_urls(resident):
    consent = resident.consents.first()
    scan = resident.talent_scans.first() or TalentScanFactory(resident=resident)
    return [
        reverse("people:talentscan_detail", args=[resident.uuid, scan.pk]),
        reverse("people:resident_detail", args=[resident.uuid]),
        reverse("people:resident_edit", args=[resident.uuid]),
        reverse("people:talentscan_create", args=[resident.uuid]),
        reverse("people:contact_create", args=[resident.uuid]),
        reverse("people:consent_create", args=[resident.uuid]),
        reverse("people:consent_withdraw", args=[resident.uuid, consent.pk]),
        reverse("people:assignment_create", args=[resident.uuid]),
    ]


class TestAccess:
    @pytest.mark.parametrize("role", ["analyst", "municipality", "admin", "no_role"])
    def test_roles_without_casework_get_403_everywhere(self, client, cast, resident, role):
        login(client, cast.roles()[role])
        urls = [reverse("people:resident_list"), reverse("people:resident_create"), *resident_urls(resident)]
        for url in urls:
            assert client.get(url).status_code == 403, url
        assert client.post(reverse("people:resident_create"), {}).status_code == 403
        assert not AuditEvent.objects.exists()

    def test_connector_of_another_team_gets_404_unless_assigned(self, client, cast, resident):
        login(client, cast.connector_b)
        for url in resident_urls(resident):
            assert client.get(url).status_code == 404, url
        assert not AuditEvent.objects.exists()
        AssignmentFactory(resident=resident, user=cast.connector_b)
        for url in resident_urls(resident):
            assert client.get(url).status_code == 200, url

    def test_generalist_sees_only_their_caseload(self, client, cast, resident):
        login(client, cast.generalist_a)
        detail = reverse("people:resident_detail", args=[resident.uuid])
        assert client.get(detail).status_code == 404
        assert "Fatima" not in page(client.get(reverse("people:resident_list")))
        Assignment.objects.create(resident=resident, user=cast.generalist_a, role="generalist")
        assert client.get(detail).status_code == 200
        assert "Fatima" in page(client.get(reverse("people:resident_list")))

    def test_anonymous_is_sent_to_login(self, client, resident):
        response = client.get(reverse("people:resident_detail", args=[resident.uuid]))
        assert response.status_code == 302 and reverse("accounts:login") in response["Location"]


class TestResidentList:
    def test_shows_the_teams_residents_and_not_others(self, client, cast, resident, buurt_b):
        ResidentFactory(first_name="Bertus", buurt=buurt_b)
        response = login(client, cast.connector_a).get(reverse("people:resident_list"))
        assert response.status_code == 200
        html = page(response)
        assert "Fatima El Amrani" in html and "Kerkstraat 12" in html and "Binnenstad" in html
        assert "Bertus" not in html
        assert reverse("people:resident_detail", args=[resident.uuid]) in html
        assert reverse("people:resident_create") in html

    @pytest.mark.parametrize("q", ["fatima", "amrani", "kerkstr", "5611 ab", "tuinieren", "Gardening"])
    def test_search_by_name_street_postcode_and_talent(self, client, cast, resident, q):
        TalentScanFactory(resident=resident).talents.add(Talent.objects.get(slug="tuinieren"))
        ResidentFactory(first_name="Piet", last_name="Jansen", street="Markt", postcode="5612CD")
        html = page(login(client, cast.connector_a).get(reverse("people:resident_list"), {"q": q}))
        assert "Fatima El Amrani" in html
        assert "Piet Jansen" not in html

    def test_nothing_found_says_so(self, client, cast, resident):
        html = page(login(client, cast.connector_a).get(reverse("people:resident_list"), {"q": "xyzzy"}))
        assert "Fatima" not in html
        assert nl("No resident matches your search. Try fewer or other words.") in html

    def test_buurt_filter_lists_only_buurten_with_visible_residents(self, client, cast, resident):
        other_buurt = resident.buurt.neighbourhood.buurten.exclude(pk=resident.buurt_id).first()
        ResidentFactory(first_name="Karel", buurt=other_buurt)
        client = login(client, cast.connector_a)
        html = page(client.get(reverse("people:resident_list"), {"buurt": other_buurt.pk}))
        assert "Karel" in html and "Fatima" not in html
        options = re.findall(r'<option value="(\d+)"', html)
        assert sorted(options) == sorted([str(resident.buurt_id), str(other_buurt.pk)])

    def test_pagination(self, client, cast, settings):
        settings.BLOEI_PAGE_SIZE = 2
        for name in ["Aafke", "Bertha", "Cornelis"]:
            ResidentFactory(first_name=name, last_name="Aa" + name)
        client = login(client, cast.connector_a)
        first = page(client.get(reverse("people:resident_list")))
        assert "Aafke" in first and "Bertha" in first and "Cornelis" not in first
        assert 'rel="next"' in first
        second = page(client.get(reverse("people:resident_list"), {"page": 2}))
        assert "Cornelis" in second and "Aafke" not in second

    def test_htmx_gets_only_the_results(self, client, cast, resident):
        response = login(client, cast.connector_a).get(reverse("people:resident_list"), {"q": "fatima"},
                                                       HTTP_HX_REQUEST="true")
        html = page(response)
        assert "Fatima El Amrani" in html and "<html" not in html

    def test_list_uses_a_fixed_number_of_queries(self, client, cast, django_assert_max_num_queries):
        for _ in range(20):
            ResidentFactory()
        client = login(client, cast.connector_a)
        client.get(reverse("people:resident_list"))
        with django_assert_max_num_queries(12):
            client.get(reverse("people:resident_list"))


def registration_data(buurt, **extra):
    data = {
        "first_name": "Johan", "last_name": "Smits", "street": "Stratumseind", "house_number": "4",
        "postcode": "5611 et", "city": "Eindhoven", "buurt": buurt.pk, "birth_year": "1948",
        "languages": [Language.objects.get(code="nl").pk, Language.objects.get(code="ar").pk],
        "mobility": "rollator", "walking_distance_m": "200", "availability": ["tue_am", "mon_pm"],
        "referral_source": "cargo_bike", "consent_purposes": ["registration", "matching"],
        "lawful_basis": "consent", "consent_given_on": timezone.localdate().isoformat(),
    }
    data.update(extra)
    return data


class TestResidentCreate:
    def test_form_shows_all_sections(self, client, cast, buurt_a):
        html = page(login(client, cast.connector_a).get(reverse("people:resident_create")))
        for name in ["first_name", "buurt", "birth_date", "birth_year", "languages", "mobility",
                     "walking_distance_m", "availability", "referral_source", "referred_by", "is_key_figure",
                     "is_ambassador", "consent_purposes", "lawful_basis", "consent_given_on"]:
            assert f'name="{name}"' in html, name
        assert "Binnenstad" in html and 'value="mon_am"' in html

    def test_registers_and_goes_to_the_residents_page(self, client, cast, buurt_a):
        response = login(client, cast.connector_a).post(reverse("people:resident_create"), registration_data(buurt_a))
        resident = Resident.objects.get()
        assert response.status_code == 302
        assert response["Location"] == reverse("people:resident_detail", args=[resident.uuid])
        assert resident.postcode == "5611ET" and resident.team == cast.team_a and resident.birth_year == 1948
        assert resident.availability == ["mon_pm", "tue_am"] and resident.walking_distance_m == 200
        assert set(resident.languages.values_list("code", flat=True)) == {"nl", "ar"}
        assert set(resident.consents.values_list("purpose", flat=True)) == {"registration", "matching"}
        assert AuditEvent.objects.filter(event="resident.created", actor=cast.connector_a).count() == 1
        html = page(client.get(response["Location"]))
        assert "Johan Smits" in html and nl("The resident has been registered.") in html

    def test_an_empty_name_is_refused_in_dutch(self, client, cast, buurt_a):
        response = login(client, cast.connector_a).post(
            reverse("people:resident_create"), registration_data(buurt_a, first_name="")
        )
        assert response.status_code == 200
        html = page(response)
        assert REQUIRED_NL in html
        assert 'aria-invalid="true"' in html
        assert not Resident.objects.exists()

    def test_no_registration_without_a_lawful_basis(self, client, cast, buurt_a):
        client = login(client, cast.connector_a)
        html = page(client.post(reverse("people:resident_create"), registration_data(buurt_a, lawful_basis="")))
        assert REQUIRED_NL in html
        html = page(client.post(reverse("people:resident_create"),
                                registration_data(buurt_a, consent_purposes=["photos"])))
        assert nl("A resident can only be registered with a lawful basis for registration.") in html
        assert not Resident.objects.exists() and not Consent.objects.exists()

    def test_bad_postcode_and_birth_year_are_explained(self, client, cast, buurt_a):
        html = page(login(client, cast.connector_a).post(
            reverse("people:resident_create"),
            registration_data(buurt_a, postcode="12345", birth_date="1950-05-01", birth_year="1951"),
        ))
        assert nl("Enter a Dutch postcode such as 5611 AB.") in html
        assert nl("The year of birth does not match the date of birth.") in html
        assert not Resident.objects.exists()

    def test_a_buurt_of_another_team_is_refused(self, client, cast, buurt_b):
        html = page(login(client, cast.connector_a).post(reverse("people:resident_create"),
                                                         registration_data(buurt_b)))
        with override("nl"):
            expected = gettext("You can only register residents for your own team (%(team)s is not your team).") % {
                "team": cast.team_b.name}
        assert expected in html
        assert not Resident.objects.exists()

    def test_generalist_registers_into_their_caseload(self, client, cast, buurt_a):
        response = login(client, cast.generalist_a).post(reverse("people:resident_create"),
                                                         registration_data(buurt_a))
        assert response.status_code == 302
        resident = Resident.objects.get()
        assert resident.assignments.get().user == cast.generalist_a
        assert client.get(response["Location"]).status_code == 200

    def test_referred_by_offers_only_visible_ambassadors_and_key_figures(self, client, cast, buurt_b):
        ResidentFactory(first_name="Ambassadeur", is_ambassador=True)
        ResidentFactory(first_name="Sleutel", is_key_figure=True)
        ResidentFactory(first_name="Gewoon")
        ResidentFactory(first_name="Verweg", is_ambassador=True, buurt=buurt_b)
        html = page(login(client, cast.connector_a).get(reverse("people:resident_create")))
        select = html[html.index('name="referred_by"'):]
        select = select[:select.index("</select>")]
        assert "Ambassadeur" in select and "Sleutel" in select
        assert "Gewoon" not in select and "Verweg" not in select


class TestResidentDetail:
    def test_shows_key_facts_scan_consents_staff_and_timeline(self, client, cast, resident):
        resident.languages.set(Language.objects.filter(code="tr"))
        resident.availability = ["wed_am"]
        resident.is_key_figure = True
        resident.save()
        scan = TalentScanFactory(resident=resident, good_at="Naaien en kleding herstellen")
        scan.talents.add(Talent.objects.get(slug="tuinieren"))
        ContactMomentFactory(resident=resident, note="Gesproken bij de koffieochtend", by=cast.connector_a)
        Assignment.objects.create(resident=resident, user=cast.generalist_a, role="generalist")
        response = login(client, cast.connector_a).get(reverse("people:resident_detail", args=[resident.uuid]))
        assert response.status_code == 200
        html = page(response)
        with override("nl"):
            expected = [
                "Fatima El Amrani", "Kerkstraat 12", "5611AB", "Binnenstad", "Turks", str(Talent.objects.get(
                    slug="tuinieren")), "Naaien en kleding herstellen", "Gesproken bij de koffieochtend",
                "Gina Test", gettext("Wednesday morning"), gettext("key figure"),
                gettext("Talent scan (version %(version)s)") % {"version": 1},
                gettext("Registration and support by the neighbourhood team"),
            ]
        for text in expected:
            assert text in html, text
        assert reverse("people:talentscan_create", args=[resident.uuid]) in html
        assert reverse("people:resident_edit", args=[resident.uuid]) in html
        assert f"{reverse('matching:signup_create')}?resident={resident.uuid}&amp;kind=request" in html
        assert f"{reverse('matching:match_create')}?resident={resident.uuid}" in html

    def test_looking_is_recorded_in_the_audit_trail(self, client, cast, resident):
        login(client, cast.team_lead_a).get(reverse("people:resident_detail", args=[resident.uuid]))
        event = AuditEvent.objects.get(event="resident.viewed")
        assert event.action == AuditEvent.Action.VIEW and event.actor == cast.team_lead_a
        assert event.resident_id == resident.pk and event.team_id == cast.team_a.pk

    def test_generalist_gets_no_new_match_action(self, client, cast, resident):
        Assignment.objects.create(resident=resident, user=cast.generalist_a, role="generalist")
        html = page(login(client, cast.generalist_a).get(reverse("people:resident_detail", args=[resident.uuid])))
        assert reverse("matching:match_create") not in html
        assert reverse("people:talentscan_create", args=[resident.uuid]) in html

    def test_a_fixed_number_of_queries_for_a_long_history(self, client, cast, resident,
                                                          django_assert_max_num_queries):
        for n in range(40):
            ContactMomentFactory(resident=resident, occurred_on=timezone.localdate() - timedelta(days=n))
        for _ in range(10):
            match = MatchFactory(resident_a=resident)
            MatchStatusChange.objects.create(match=match, status="proposed", changed_on=match.proposed_on)
            TalentScanFactory(resident=resident).talents.add(*Talent.objects.all()[:3])
        url = reverse("people:resident_detail", args=[resident.uuid])
        client = login(client, cast.connector_a)
        client.get(url)
        with django_assert_max_num_queries(25):  # 23 + the participation ladder + the trainings
            response = client.get(url)
        assert page(response).count('class="bloei-timeline__contact"') == 40


class TestResidentEdit:
    def test_changes_are_saved_and_audited_by_field_name(self, client, cast, resident):
        url = reverse("people:resident_edit", args=[resident.uuid])
        client = login(client, cast.connector_a)
        html = page(client.get(url))
        assert 'value="Fatima"' in html and 'value="Kerkstraat"' in html
        data = {
            "first_name": "Fatima", "last_name": "El Amrani", "street": "Kerkstraat", "house_number": "12",
            "postcode": "5611AB", "city": "Eindhoven", "buurt": resident.buurt_id, "birth_year": "1960",
            "mobility": "neighbourhood", "phone": "0612345678", "is_ambassador": "on",
        }
        response = client.post(url, data)
        assert response.status_code == 302
        resident.refresh_from_db()
        assert resident.phone == "0612345678" and resident.is_ambassador
        event = AuditEvent.objects.get(event="resident.changed")
        assert event.detail == {"fields": ["is_ambassador", "phone"]}

    def test_a_referrer_out_of_the_users_scope_is_kept_without_showing_the_name(self, client, cast, resident,
                                                                                buurt_b):
        far = ResidentFactory(first_name="Verweg", is_ambassador=True, buurt=buurt_b)
        resident.referred_by = far
        resident.save()
        url = reverse("people:resident_edit", args=[resident.uuid])
        client = login(client, cast.connector_a)
        html = page(client.get(url))
        assert "Verweg" not in html
        assert nl("an ambassador or key figure of another team") in html
        client.post(url, {"first_name": "Fatima", "buurt": resident.buurt_id, "mobility": "far", "referred_by": ""})
        resident.refresh_from_db()
        assert resident.referred_by == far and resident.mobility == "far"

    def test_a_required_field_left_empty_is_refused_in_dutch(self, client, cast, resident):
        response = login(client, cast.connector_a).post(
            reverse("people:resident_edit", args=[resident.uuid]), {"first_name": "", "mobility": "far"}
        )
        assert REQUIRED_NL in page(response)
        resident.refresh_from_db()
        assert resident.first_name == "Fatima"

    def test_a_move_out_of_the_users_area_is_refused_and_explained(self, client, cast, resident, buurt_b):
        response = login(client, cast.connector_a).post(
            reverse("people:resident_edit", args=[resident.uuid]),
            {"first_name": "Fatima", "buurt": buurt_b.pk, "mobility": "far"},
        )
        assert response.status_code == 200
        assert nl("After this change the resident would belong to a team you do not work in, so you could no "
                  "longer see them. Ask a team lead of that team to take over, or assign the resident to "
                  "yourself first.") in page(response)
        resident.refresh_from_db()
        assert resident.team == cast.team_a and resident.mobility != "far"
        assert not AuditEvent.objects.filter(event="resident.changed").exists()


class TestContactMoment:
    def test_plain_post_adds_and_redirects_to_the_timeline(self, client, cast, resident):
        url = reverse("people:contact_create", args=[resident.uuid])
        response = login(client, cast.connector_a).post(
            url, {"kind": "phone", "occurred_on": timezone.localdate().isoformat(), "note": "Belde over de tuin"}
        )
        assert response.status_code == 302
        assert response["Location"].endswith("#timeline")
        moment = ContactMoment.objects.get()
        assert moment.kind == "phone" and moment.by == cast.connector_a
        assert "Belde over de tuin" in page(client.get(response["Location"]))
        assert AuditEvent.objects.filter(event="contact.added").count() == 1

    def test_htmx_post_returns_a_fresh_form_and_the_new_timeline(self, client, cast, resident):
        url = reverse("people:contact_create", args=[resident.uuid])
        response = login(client, cast.connector_a).post(
            url, {"kind": "walk_in", "occurred_on": timezone.localdate().isoformat(), "note": "Inloop bezocht"},
            HTTP_HX_REQUEST="true",
        )
        html = page(response)
        assert response.status_code == 200 and "<html" not in html
        assert nl("The contact moment has been added.") in html
        assert 'id="resident-timeline" hx-swap-oob="true"' in html and "Inloop bezocht" in html
        assert ContactMoment.objects.count() == 1

    def test_htmx_post_with_errors_returns_the_form_with_dutch_errors(self, client, cast, resident):
        url = reverse("people:contact_create", args=[resident.uuid])
        future = (timezone.localdate() + timedelta(days=3)).isoformat()
        html = page(login(client, cast.connector_a).post(url, {"kind": "", "occurred_on": future},
                                                         HTTP_HX_REQUEST="true"))
        assert REQUIRED_NL in html and nl("The date cannot be in the future.") in html
        assert "<html" not in html
        assert not ContactMoment.objects.exists()

    def test_without_javascript_the_form_has_a_page_of_its_own(self, client, cast, resident):
        url = reverse("people:contact_create", args=[resident.uuid])
        client = login(client, cast.connector_a)
        assert "<html" in page(client.get(url))
        html = page(client.post(url, {"kind": ""}))
        assert "<html" in html and REQUIRED_NL in html


def scan_step(client, url, step, go="next", **fields):
    data = {"step": step, "go": go}
    data.update(fields)
    return client.post(url, data)


class TestTalentScanWizard:
    def test_first_step_with_step_indicator(self, client, cast, resident):
        html = page(login(client, cast.connector_a).get(reverse("people:talentscan_create", args=[resident.uuid])))
        assert html.count("<li") >= 4
        current = re.findall(r'<li aria-current="step">([^<]*)</li>', html)
        assert current == [f"1. {nl('Energy')}"]
        assert 'name="happy_with"' in html and 'name="good_at"' not in html

    def test_walking_through_all_steps_saves_one_new_version(self, client, cast, resident):
        resident.availability = ["mon_am"]
        resident.save()
        url = reverse("people:talentscan_create", args=[resident.uuid])
        client = login(client, cast.connector_a)
        garden, sewing = Talent.objects.get(slug="tuinieren"), Talent.objects.exclude(slug="tuinieren").first()
        html = page(client.get(url))
        carried = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', html))
        assert carried.get("availability") == "mon_am"  # the resident's availability travels along

        html = page(scan_step(client, url, 0, happy_with="Mijn kleinkinderen", availability="mon_am"))
        assert re.findall(r'<li aria-current="step">([^<]*)</li>', html) == [f"2. {nl('Talents')}"]
        assert 'name="happy_with" value="Mijn kleinkinderen"' in html  # carried in a hidden field
        html = page(scan_step(client, url, 1, happy_with="Mijn kleinkinderen", availability="mon_am",
                              good_at="Moestuin", talents=[garden.pk]))
        assert 'name="wants_to_learn"' in html
        html = page(scan_step(client, url, 2, happy_with="Mijn kleinkinderen", availability="mon_am",
                              good_at="Moestuin", talents=[garden.pk], wants_to_learn="Fietsen",
                              interests=[sewing.pk]))
        assert 'name="practical_limits"' in html and nl("Save talent scan") in html
        assert TalentScan.objects.count() == 0
        response = scan_step(client, url, 3, go="save", happy_with="Mijn kleinkinderen", good_at="Moestuin",
                             talents=[garden.pk], wants_to_learn="Fietsen", interests=[sewing.pk],
                             practical_limits="Niet op woensdag", availability=["tue_pm", "thu_am"],
                             conducted_on=timezone.localdate().isoformat())
        assert response.status_code == 302 and response["Location"].endswith("#talentscan")
        scan = TalentScan.objects.get()
        assert scan.version == 1 and scan.conducted_by == cast.connector_a
        assert scan.happy_with == "Mijn kleinkinderen" and scan.good_at == "Moestuin"
        assert scan.practical_limits == "Niet op woensdag"
        assert list(scan.talents.all()) == [garden] and list(scan.interests.all()) == [sewing]
        resident.refresh_from_db()
        assert resident.availability == ["tue_pm", "thu_am"]
        assert AuditEvent.objects.filter(event="talentscan.recorded").count() == 1

    def test_a_step_is_checked_before_moving_on(self, client, cast, resident):
        url = reverse("people:talentscan_create", args=[resident.uuid])
        html = page(scan_step(login(client, cast.connector_a), url, 1, good_at="  "))
        assert nl("Write down at least one thing the resident is good at, or tick a talent.") in html
        assert re.findall(r'<li aria-current="step">([^<]*)</li>', html) == [f"2. {nl('Talents')}"]

    def test_the_last_step_requires_a_date_in_dutch(self, client, cast, resident):
        url = reverse("people:talentscan_create", args=[resident.uuid])
        html = page(scan_step(login(client, cast.connector_a), url, 3, go="save", good_at="Koken",
                              conducted_on=""))
        assert REQUIRED_NL in html
        assert not TalentScan.objects.exists()

    def test_a_tampered_earlier_step_sends_the_user_back_to_it(self, client, cast, resident):
        url = reverse("people:talentscan_create", args=[resident.uuid])
        html = page(scan_step(login(client, cast.connector_a), url, 3, go="save", good_at="",
                              conducted_on=timezone.localdate().isoformat()))
        assert re.findall(r'<li aria-current="step">([^<]*)</li>', html) == [f"2. {nl('Talents')}"]
        assert not TalentScan.objects.exists()

    def test_back_keeps_the_answers(self, client, cast, resident):
        url = reverse("people:talentscan_create", args=[resident.uuid])
        html = page(scan_step(login(client, cast.connector_a), url, 1, go="back", happy_with="Zingen",
                              good_at="Bakken"))
        assert re.findall(r'<li aria-current="step">([^<]*)</li>', html) == [f"1. {nl('Energy')}"]
        assert "Zingen</textarea>" in html
        assert 'name="good_at" value="Bakken"' in html

    def test_a_second_scan_is_version_two(self, client, cast, resident):
        TalentScanFactory(resident=resident)
        url = reverse("people:talentscan_create", args=[resident.uuid])
        scan_step(login(client, cast.team_lead_a), url, 3, go="save",
                  good_at="Koken", conducted_on=timezone.localdate().isoformat())
        assert list(resident.talent_scans.values_list("version", flat=True)) == [2, 1]


class TestTalentScanVersions:
    def test_each_version_has_its_page_with_links_to_the_others(self, client, cast, resident):
        first = TalentScanFactory(resident=resident, good_at="Breien")
        second = TalentScanFactory(resident=resident, good_at="Fietsen maken")
        client = login(client, cast.connector_a)
        html = page(client.get(reverse("people:talentscan_detail", args=[resident.uuid, first.pk])))
        assert "Breien" in html and "Fietsen maken" not in html
        with override("nl"):
            assert gettext("This is an earlier version; the latest is version %(latest)s.") % {"latest": 2} in html
        assert reverse("people:talentscan_detail", args=[resident.uuid, second.pk]) in html
        event = AuditEvent.objects.get(event="talentscan.viewed")
        assert event.resident_id == resident.pk and event.detail == {"version": 1}
        timeline = page(client.get(reverse("people:resident_detail", args=[resident.uuid])))
        assert reverse("people:talentscan_detail", args=[resident.uuid, first.pk]) in timeline

    def test_a_scan_of_another_resident_is_404(self, client, cast, resident):
        other = TalentScanFactory()
        url = reverse("people:talentscan_detail", args=[resident.uuid, other.pk])
        assert login(client, cast.connector_a).get(url).status_code == 404


class TestConsentViews:
    def test_recording_a_consent(self, client, cast, resident):
        url = reverse("people:consent_create", args=[resident.uuid])
        client = login(client, cast.connector_a)
        assert nl("Photos and stories in communications") in page(client.get(url))
        response = client.post(url, {"purpose": "photos", "lawful_basis": "consent",
                                     "given_on": timezone.localdate().isoformat()})
        assert response.status_code == 302
        assert resident.consents.filter(purpose="photos", recorded_by=cast.connector_a).exists()
        assert AuditEvent.objects.filter(event="consent.given").count() == 1

    def test_a_second_consent_for_the_same_purpose_is_refused(self, client, cast, resident):
        html = page(login(client, cast.connector_a).post(
            reverse("people:consent_create", args=[resident.uuid]),
            {"purpose": "registration", "lawful_basis": "consent", "given_on": timezone.localdate().isoformat()},
        ))
        assert nl("There already is a valid consent for this purpose.") in html
        assert resident.consents.count() == 1

    def test_a_consent_without_purpose_is_refused_in_dutch(self, client, cast, resident):
        html = page(login(client, cast.connector_a).post(reverse("people:consent_create", args=[resident.uuid]), {}))
        assert REQUIRED_NL in html

    def test_withdrawing_another_purpose_gives_no_registration_warning(self, client, cast, resident):
        consent = ConsentFactory(resident=resident, purpose="photos")
        url = reverse("people:consent_withdraw", args=[resident.uuid, consent.pk])
        html = page(login(client, cast.connector_a).get(url))
        assert nl("Photos and stories in communications") in html
        assert nl("Without a lawful basis for registration the team may no longer keep the resident's details. "
                  "Discuss with your team lead what happens to the file.") not in html

    def test_withdrawing_a_consent(self, client, cast, resident):
        consent = resident.consents.get()
        url = reverse("people:consent_withdraw", args=[resident.uuid, consent.pk])
        client = login(client, cast.connector_a)
        html = page(client.get(url))
        assert nl("Registration and support by the neighbourhood team") in html
        assert nl("Without a lawful basis for registration the team may no longer keep the resident's details. "
                  "Discuss with your team lead what happens to the file.") in html
        response = client.post(url, {"withdrawn_on": timezone.localdate().isoformat()})
        assert response.status_code == 302
        consent.refresh_from_db()
        assert consent.withdrawn_on == timezone.localdate() and consent.withdrawn_recorded_by == cast.connector_a
        html = page(client.get(reverse("people:resident_detail", args=[resident.uuid])))
        assert nl("no valid lawful basis for registration") in html
        # a second withdrawal changes nothing
        client.post(url, {"withdrawn_on": timezone.localdate().isoformat()})
        assert AuditEvent.objects.filter(event="consent.withdrawn").count() == 1

    def test_a_consent_of_another_resident_is_404(self, client, cast, resident):
        other = ResidentFactory()
        url = reverse("people:consent_withdraw", args=[resident.uuid, other.consents.get().pk])
        assert login(client, cast.connector_a).get(url).status_code == 404


class TestAssignmentViews:
    def test_assigning_and_ending(self, client, cast, resident):
        url = reverse("people:assignment_create", args=[resident.uuid])
        client = login(client, cast.connector_a)
        html = page(client.get(url))
        assert "Bram Test" in html and "Gina Test" in html
        assert "Alex Test" not in html  # the analyst cannot take a caseload
        response = client.post(url, {"user": cast.connector_b.pk, "role": "connector",
                                     "started_on": timezone.localdate().isoformat()})
        assert response.status_code == 302
        assignment = Assignment.objects.get()
        assert assignment.user == cast.connector_b
        html = page(client.get(reverse("people:resident_detail", args=[resident.uuid])))
        assert "Bram Test" in html
        end = reverse("people:assignment_end", args=[resident.uuid, assignment.pk])
        assert client.get(end).status_code == 405
        assert client.post(end).status_code == 302
        assignment.refresh_from_db()
        assert assignment.ended_on == timezone.localdate()
        assert AuditEvent.objects.filter(event__in=["assignment.started", "assignment.ended"]).count() == 2

    def test_a_role_the_person_does_not_have_is_refused(self, client, cast, resident):
        html = page(login(client, cast.connector_a).post(
            reverse("people:assignment_create", args=[resident.uuid]),
            {"user": cast.generalist_a.pk, "role": "connector", "started_on": timezone.localdate().isoformat()},
        ))
        with override("nl"):
            from bloei.people.choices import AssignmentRole

            expected = gettext("This person does not have the role %(role)s.") % {
                "role": str(AssignmentRole.CONNECTOR.label)}
        assert expected in html
        assert not Assignment.objects.exists()

    def test_ending_ones_own_assignment_leads_back_to_the_list_when_out_of_scope(self, client, cast, resident):
        assignment = Assignment.objects.create(resident=resident, user=cast.connector_b)
        response = login(client, cast.connector_b).post(
            reverse("people:assignment_end", args=[resident.uuid, assignment.pk])
        )
        assert response["Location"] == reverse("people:resident_list")


class TestTalentAdmin:
    def test_the_admin_holds_the_talent_taxonomy_and_no_casework(self):
        from django.contrib import admin

        assert admin.site.is_registered(Talent)
        for model in (Resident, Consent, Assignment, TalentScan, ContactMoment):
            assert not admin.site.is_registered(model), model

    def test_the_beheerder_edits_talents_but_cannot_delete_one_in_use(self, client, cast):
        from django.contrib.auth.models import Permission

        cast.admin.user_permissions.add(*Permission.objects.filter(content_type__app_label="people",
                                                                   codename__endswith="_talent"))
        client = login(client, cast.admin)
        html = page(client.get(reverse("admin:people_talent_changelist")))
        assert "Tuinieren" in html
        unused = Talent.objects.get(slug="tuinieren")
        assert client.get(reverse("admin:people_talent_delete", args=[unused.pk])).status_code == 200
        TalentScanFactory().talents.add(unused)
        assert client.get(reverse("admin:people_talent_delete", args=[unused.pk])).status_code == 403
