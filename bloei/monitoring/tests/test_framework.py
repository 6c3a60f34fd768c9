import copy
import json

from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

from bloei.monitoring import measures
from bloei.monitoring.models import Framework, Indicator, Target
from bloei.monitoring.services import DEFAULT_FRAMEWORK, load_framework

pytestmark = pytest.mark.django_db


def test_the_movisie_framework_is_there_by_default():
    framework = Framework.objects.get(is_default=True)
    assert framework.slug == "movisie-buurt-in-bloei"
    goals = [str(g) for g in framework.goals.all()]
    assert goals == ["Veerkracht van de inwoner", "Sociale cohesie"]
    assert framework.goals.get(order=1).sub_goals.count() == 4
    assert framework.goals.get(order=2).sub_goals.count() == 4
    targets = {t.indicator.measure: t.value for t in Target.objects.filter(year=2024).select_related("indicator")}
    assert targets == {"matches_started": 1000, "places_total": 450, "training_participants": 120}
    # Every computed indicator names a measure that exists.
    for indicator in Indicator.objects.filter(kind="measure"):
        assert indicator.measure in measures.REGISTRY


def test_an_unknown_measure_is_refused_and_nothing_is_kept():
    data = json.loads(DEFAULT_FRAMEWORK.read_text(encoding="utf-8"))
    other = copy.deepcopy(data)
    other["slug"] = "amersfoort"
    other["goals"][1]["sub_goals"][0]["indicators"].append({"name_nl": "x", "name_en": "x", "measure": "nonsense"})
    with pytest.raises(ValidationError):
        load_framework(other)
    assert not Framework.objects.filter(slug="amersfoort").exists()


def test_another_organisation_builds_its_own_framework_from_the_measures():
    framework = load_framework(
        {
            "slug": "amersfoort",
            "name_nl": "Amersfoort",
            "name_en": "Amersfoort",
            "goals": [{"name_nl": "Meedoen", "name_en": "Taking part", "sub_goals": [{
                "name_nl": "Actief", "name_en": "Active",
                "indicators": [{"name_nl": "Matches", "name_en": "Matches", "measure": "matches_started",
                                "targets": {"2025": 300}}],
            }]}],
        }
    )
    assert not framework.is_default and Framework.objects.get(is_default=True).slug == "movisie-buurt-in-bloei"
    assert Indicator.objects.get(sub_goal__goal__framework=framework).targets.get().value == 300


def test_definitions_page_explains_every_indicator(cast, client):
    client.force_login(cast.municipality)
    page = client.get(reverse("monitoring:definitions")).content.decode()
    assert "Veerkracht van de inwoner" in page and "Thuisgevoel" in page
    assert str(measures.get("matches_durable").describe()) in page.replace("&#x27;", "'")
    assert "1000" in page  # the KPI for matches in 2024
    client.cookies["django_language"] = "en"
    page = client.get(reverse("monitoring:definitions")).content.decode()
    assert "Resilience of the resident" in page and "Matches whose start date" in page


def test_the_beheerder_edits_frameworks_in_the_admin(cast, client):
    client.force_login(cast.admin)
    indicator = Indicator.objects.filter(kind="measure").first()
    assert client.get(reverse("admin:monitoring_indicator_change", args=[indicator.pk])).status_code == 200
    client.force_login(cast.team_lead_a)
    assert client.get(reverse("admin:monitoring_indicator_change", args=[indicator.pk])).status_code == 302
