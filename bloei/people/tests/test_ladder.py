"""The participation ladder: reference rungs, dated assessments, the card and the timeline."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

import pytest

from bloei.core.models import AuditEvent
from bloei.people.models import Assignment, LadderAssessment, LadderRung
from bloei.people.selectors import resident_timeline, rung_on
from bloei.people.services import record_ladder_assessment
from bloei.people.tests.factories import ResidentFactory

pytestmark = pytest.mark.django_db

OFFICIAL_NAMES = [
    "Geïsoleerd",
    "Sociale contacten buitenshuis",
    "Deelname aan georganiseerde activiteiten",
    "Onbetaald werk",
    "Betaald werk met ondersteuning",
    "Betaald werk",
]


def rung(level: int) -> LadderRung:
    return LadderRung.objects.get(level=level)


def days_ago(n: int):
    return timezone.localdate() - timedelta(days=n)


@pytest.fixture
def resident(cast):
    return ResidentFactory(first_name="Fatima", last_name="El Amrani")


class TestReferenceData:
    def test_the_migration_loaded_the_six_official_rungs(self):
        rungs = list(LadderRung.objects.order_by("level"))
        assert [r.level for r in rungs] == [1, 2, 3, 4, 5, 6]
        assert [r.name_nl for r in rungs] == OFFICIAL_NAMES
        assert all(r.description_nl for r in rungs)

    def test_the_name_follows_the_active_language(self):
        with override("nl"):
            assert str(rung(4)) == "Onbetaald werk"
        with override("en"):
            assert str(rung(4)) == "Unpaid work"


class TestRecordLadderAssessment:
    def test_records_a_dated_assessment_with_an_audit_event_of_ids_only(self, cast, resident):
        assessment = record_ladder_assessment(
            resident=resident, by=cast.connector_a, rung=rung(3), assessed_on=days_ago(10), note="  Taalcafé  "
        )
        assessment.refresh_from_db()
        assert (assessment.rung.level, assessment.assessed_on, assessment.assessed_by, assessment.note) == (
            3, days_ago(10), cast.connector_a, "Taalcafé"
        )
        event = AuditEvent.objects.get(event="ladder.assessed")
        assert event.resident_id == resident.pk and event.actor == cast.connector_a
        assert event.detail == {"rung_id": rung(3).pk}
        assert "Taalcafé" not in str(event.detail)

    def test_an_assigned_generalist_may_assess_and_the_date_defaults_to_today(self, cast, resident):
        Assignment.objects.create(resident=resident, user=cast.generalist_a, role="generalist")
        assessment = record_ladder_assessment(resident=resident, by=cast.generalist_a, rung=rung(1))
        assert assessment.assessed_on == timezone.localdate()

    def test_refuses_a_future_date(self, cast, resident):
        with pytest.raises(ValidationError) as exc:
            record_ladder_assessment(resident=resident, by=cast.connector_a, rung=rung(2),
                                     assessed_on=timezone.localdate() + timedelta(days=1))
        assert "assessed_on" in exc.value.message_dict
        assert not LadderAssessment.objects.exists()
        assert not AuditEvent.objects.filter(event="ladder.assessed").exists()

    @pytest.mark.parametrize("who", ["connector_b", "municipality", "analyst"])
    def test_refuses_a_user_without_the_resident_in_scope(self, cast, resident, who):
        with pytest.raises(PermissionDenied):
            record_ladder_assessment(resident=resident, by=getattr(cast, who), rung=rung(2))
        assert not LadderAssessment.objects.exists()


class TestRungOn:
    def test_the_latest_assessment_on_or_before_the_date(self, cast, resident):
        for ago, level in [(300, 1), (200, 2), (100, 4)]:
            record_ladder_assessment(
                resident=resident, by=cast.connector_a, rung=rung(level), assessed_on=days_ago(ago)
            )
        assert rung_on(resident, days_ago(301)) is None
        assert rung_on(resident, days_ago(300)).rung.level == 1
        assert rung_on(resident, days_ago(150)).rung.level == 2
        assert rung_on(resident, days_ago(100)).rung.level == 4
        assert rung_on(resident).rung.level == 4
        assert rung_on(ResidentFactory()) is None


class TestTimeline:
    def test_assessments_appear_in_the_timeline(self, cast, resident):
        record_ladder_assessment(resident=resident, by=cast.connector_a, rung=rung(2), assessed_on=days_ago(5),
                                 note="Gaat wekelijks naar de buren")
        with override("en"):
            entries = [e for e in resident_timeline(resident, cast.connector_a) if e.kind == "ladder"]
            label = entries[0].label
        assert len(entries) == 1
        entry = entries[0]
        assert entry.on == days_ago(5)
        assert "rung 2, Social contacts outside the home" in entry.text
        assert entry.detail == "Gaat wekelijks naar de buren"
        assert label == "Participation ladder"


class TestLadderView:
    def url(self, resident):
        return reverse("people:ladder_create", args=[resident.uuid])

    def test_a_connector_records_one_and_sees_it_on_the_page_and_in_the_timeline(self, client, cast, resident):
        client.force_login(cast.connector_a)
        form = client.get(self.url(resident)).content.decode()
        assert form.count('type="radio"') == 6
        assert "Deelname aan georganiseerde activiteiten" in form
        assert "minstens één keer per week deel aan georganiseerde activiteiten" in form

        detail = reverse("people:resident_detail", args=[resident.uuid])
        before = client.get(detail).content.decode()
        assert 'id="ladder"' in before and self.url(resident) in before

        response = client.post(self.url(resident), {
            "rung": rung(4).pk, "assessed_on": days_ago(3).isoformat(), "note": "Vrijwilliger bij de voedselbank",
        })
        assert response.status_code == 302 and response.url.endswith("#ladder")
        assessment = LadderAssessment.objects.get(resident=resident)
        assert assessment.rung.level == 4 and assessment.assessed_by == cast.connector_a

        html = client.get(detail).content.decode()
        card = html.split('id="ladder"', 1)[1].split("</section>", 1)[0]
        assert "Trede 4: Onbetaald werk" in card
        timeline = html.split('id="resident-timeline"', 1)[1]
        assert 'class="bloei-timeline__ladder"' in timeline
        assert "Vrijwilliger bij de voedselbank" in timeline

    def test_a_future_date_is_refused_and_nothing_is_saved(self, client, cast, resident):
        client.force_login(cast.connector_a)
        response = client.post(self.url(resident), {
            "rung": rung(4).pk, "assessed_on": (timezone.localdate() + timedelta(days=2)).isoformat(),
        })
        assert response.status_code == 200
        assert 'aria-invalid="true"' in response.content.decode()
        assert not LadderAssessment.objects.exists()

    def test_a_missing_rung_is_refused(self, client, cast, resident):
        client.force_login(cast.connector_a)
        response = client.post(self.url(resident), {"assessed_on": days_ago(1).isoformat()})
        assert response.status_code == 200
        assert not LadderAssessment.objects.exists()

    def test_municipality_gets_403(self, client, cast, resident):
        client.force_login(cast.municipality)
        assert client.get(self.url(resident)).status_code == 403
        assert client.post(self.url(resident), {"rung": rung(1).pk, "assessed_on": days_ago(1)}).status_code == 403
        assert not LadderAssessment.objects.exists()

    def test_a_connector_of_another_team_gets_404(self, client, cast, resident):
        client.force_login(cast.connector_b)
        assert client.get(self.url(resident)).status_code == 404
        assert client.post(self.url(resident), {"rung": rung(1).pk, "assessed_on": days_ago(1)}).status_code == 404
        assert not LadderAssessment.objects.exists()
