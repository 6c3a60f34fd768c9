import pytest

from bloei.core.models import AuditEvent
from bloei.core.services import record_event
from bloei.people.models import Assignment, Resident
from bloei.people.tests.factories import ResidentFactory


@pytest.mark.django_db
class TestResidentScope:
    def test_connector_sees_own_team_residents_only(self, cast, buurt_b):
        mine = ResidentFactory()
        theirs = ResidentFactory(buurt=buurt_b)
        visible = set(Resident.objects.visible_to(cast.connector_a))
        assert mine in visible
        assert theirs not in visible

    def test_connector_sees_resident_of_other_team_when_assigned(self, cast, buurt_b):
        theirs = ResidentFactory(buurt=buurt_b)
        Assignment.objects.create(resident=theirs, user=cast.connector_a)
        assert theirs in Resident.objects.visible_to(cast.connector_a)

    def test_generalist_sees_only_own_caseload(self, cast):
        assigned = ResidentFactory()
        other = ResidentFactory()
        Assignment.objects.create(resident=assigned, user=cast.generalist_a, role="generalist")
        assert list(Resident.objects.visible_to(cast.generalist_a)) == [assigned]
        assert other.team == cast.team_a

    @pytest.mark.parametrize("role", ["analyst", "municipality", "admin", "no_role"])
    def test_roles_without_casework_see_no_resident(self, cast, role):
        ResidentFactory()
        assert not Resident.objects.visible_to(cast.roles()[role]).exists()


@pytest.mark.django_db
def test_audit_trail_is_append_only(cast):
    resident = ResidentFactory()
    event = record_event(by=cast.connector_a, action="view", event="resident.viewed", obj=resident)
    assert event.team_id == resident.team_id and event.resident_id == resident.pk
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.update(event="x")


@pytest.mark.django_db
def test_refusals_show_a_page_in_dutch_without_the_residents_name(client, cast, buurt_b):
    resident = ResidentFactory(first_name="Geertruida")
    client.force_login(cast.municipality)
    response = client.get(f"/inwoners/{resident.uuid}/")
    assert response.status_code == 403
    assert "Geen toegang" in response.content.decode()
    assert "Geertruida" not in response.content.decode()
    client.force_login(cast.connector_b)
    response = client.get(f"/inwoners/{resident.uuid}/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()
    assert "Geertruida" not in response.content.decode()


@pytest.mark.django_db
def test_pages_are_dutch_even_for_an_english_browser_until_english_is_chosen(client):
    response = client.get("/account/inloggen/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert "Inloggen bij Bloei" in response.content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/account/inloggen/"})
    response = client.get("/account/inloggen/")
    assert "Log in to Bloei" in response.content.decode()
