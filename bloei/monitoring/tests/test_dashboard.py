import re
from datetime import date, timedelta

from django.urls import reverse

import pytest

from bloei.matching.tests.factories import MatchFactory
from bloei.monitoring.models import Indicator
from bloei.people.tests.factories import ResidentFactory

pytestmark = pytest.mark.django_db

URL = reverse("monitoring:dashboard")


def started(on, **kwargs):
    return MatchFactory(status="active", started_on=on, proposed_on=on - timedelta(days=3), **kwargs)


def matches_indicator():
    return Indicator.objects.get(measure="matches_started", parameter="", sub_goal__goal__framework__is_default=True)


@pytest.fixture
def matches(buurt_a, buurt_b):
    """2024: three matches in Binnenstad (team Centrum), twelve in Stratum; 2023: one in Binnenstad."""
    for _ in range(3):
        started(date(2024, 3, 1), resident_a=ResidentFactory(buurt=buurt_a), resident_b=ResidentFactory(buurt=buurt_a))
    for _ in range(12):
        started(date(2024, 5, 1), resident_a=ResidentFactory(buurt=buurt_b), resident_b=ResidentFactory(buurt=buurt_b))
    started(date(2023, 5, 1), resident_a=ResidentFactory(buurt=buurt_a), resident_b=ResidentFactory(buurt=buurt_a))


def row(page: str, measure: str) -> str:
    start = page.index(f'data-measure="{measure}"')
    return re.sub(r"\s+", " ", page[start : page.index("</tr>", start)]).replace(" </td>", "</td>")


def test_staff_see_exact_figures_with_the_previous_year_and_the_target(cast, client, matches):
    client.force_login(cast.connector_a)
    page = client.get(URL, {"year": 2024}).content.decode()
    line = row(page, "matches_started")
    assert '<td class="utrecht-table__cell bloei-num" data-figure="current">15</td>' in line
    assert '<td class="utrecht-table__cell bloei-num" data-figure="previous">1</td>' in line
    assert "+14" in line and "1.000" in line and "2%" in line  # KPI 1,000 for 2024
    assert "Veerkracht van de inwoner" in page and "Thuisgevoel" in page
    # Per wijk, as in Figure 4 of the evaluation; and per month.
    assert 'data-wijk="' in page and "Binnenstad" in page and "maart 2024" in page


def test_area_and_period_filters(cast, client, matches, buurt_a):
    client.force_login(cast.team_lead_a)
    page = client.get(URL, {"year": 2024, "area": f"wijk:{buurt_a.neighbourhood_id}"}).content.decode()
    assert 'data-figure="current">3</td>' in row(page, "matches_started")
    page = client.get(URL, {"period": "quarter", "year": 2024, "quarter": 2}).content.decode()
    assert 'data-figure="current">12</td>' in row(page, "matches_started")
    page = client.get(URL, {"period": "custom", "start": "2024-02-01", "end": "2024-03-31"}).content.decode()
    assert 'data-figure="current">3</td>' in row(page, "matches_started")


def test_a_bad_period_gets_a_message_and_shows_this_year(cast, client):
    client.force_login(cast.analyst)
    page = client.get(URL, {"period": "custom", "start": "2024-05-01", "end": "2024-01-01"}).content.decode()
    assert "De laatste dag valt op of na de eerste." in page
    assert f"1 Jan {date.today().year}" in page


def test_the_municipality_sees_protected_aggregates(cast, client, matches, buurt_a, buurt_b):
    client.force_login(cast.municipality)
    page = client.get(URL, {"year": 2024}).content.decode()
    assert 'data-figure="current">15</td>' in row(page, "matches_started")  # the city total stays exact
    wijk_a, wijk_b = buurt_a.neighbourhood_id, buurt_b.neighbourhood_id
    table = page[page.index('id="wijk-table"') :]
    line_a = table[table.index(f'data-wijk="{wijk_a}"') :]
    line_a = line_a[: line_a.index("</tr>")]  # noqa: E203
    line_b = table[table.index(f'data-wijk="{wijk_b}"') :]
    line_b = line_b[: line_b.index("</tr>")]
    assert "verborgen" in line_a  # 3 is below the threshold
    assert "verborgen" in line_b  # 12 is hidden too, or 15 - 12 would give the 3 away
    page = client.get(URL, {"year": 2024, "area": f"wijk:{wijk_b}"}).content.decode()
    assert "≈10" in row(page, "matches_started")  # one wijk on its own: rounded to 5
    assert "Toon de registraties achter dit cijfer" not in page


def test_htmx_swaps_only_the_results(cast, client, matches):
    client.force_login(cast.connector_a)
    answer = client.get(URL, {"year": 2024}, headers={"HX-Request": "true"}).content.decode()
    assert answer.lstrip().startswith('<div id="dashboard-results"') and "<html" not in answer


def test_drilldown_shows_only_records_the_user_may_see(cast, client, matches):
    indicator = matches_indicator()
    url = reverse("monitoring:drilldown")
    client.force_login(cast.connector_a)  # team Centrum: the Binnenstad matches only
    page = client.get(url, {"year": 2024, "indicator": indicator.pk}).content.decode()
    assert "15 registraties in het cijfer" in page and "Je mag er 3 zien" in page
    client.force_login(cast.analyst)
    page = client.get(url, {"year": 2024, "indicator": indicator.pk}).content.decode()
    assert "Gepseudonimiseerd" in page and page.count("match #") == 15
    resident = ResidentFactory.build()
    assert resident.last_name not in page
    client.force_login(cast.municipality)
    assert client.get(url, {"year": 2024, "indicator": indicator.pk}).status_code == 403


@pytest.mark.django_db(transaction=True)
def test_cached_figures_are_right_immediately_after_any_change(browser_cast, client):
    """With real commits, as in production: every change commits and raises the version once."""
    from bloei.geo.models import Buurt
    from bloei.monitoring import cache

    binnenstad = Buurt.objects.get(code="BU07721110")

    def new_match(on):
        return started(on, resident_a=ResidentFactory(buurt=binnenstad), resident_b=ResidentFactory(buurt=binnenstad))

    new_match(date(2024, 3, 1))
    client.force_login(browser_cast.connector_a)
    assert 'data-figure="current">1</td>' in row(client.get(URL, {"year": 2024}).content.decode(), "matches_started")
    before = cache.version()
    extra = new_match(date(2024, 6, 1))
    assert cache.version() > before
    assert 'data-figure="current">2</td>' in row(client.get(URL, {"year": 2024}).content.decode(), "matches_started")
    extra.started_on = date(2025, 1, 1)  # corrected: it started the next year
    extra.save()
    assert 'data-figure="current">1</td>' in row(client.get(URL, {"year": 2024}).content.decode(), "matches_started")
    extra.delete()
    page = client.get(URL, {"year": 2025}).content.decode()
    assert 'data-figure="current">0</td>' in row(page, "matches_started")


def test_one_raise_per_transaction_and_none_for_a_rollback(django_capture_on_commit_callbacks, buurt_a):
    from django.db import transaction

    from bloei.monitoring import cache

    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        started(date(2024, 6, 1), resident_a=ResidentFactory(buurt=buurt_a), resident_b=ResidentFactory(buurt=buurt_a))
    assert sum(1 for callback in callbacks if callback is cache.bump) == 1
    before = cache.version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                started(date(2024, 6, 1), resident_a=ResidentFactory(buurt=buurt_a),
                        resident_b=ResidentFactory(buurt=buurt_a))
                raise RuntimeError("undo")
        except RuntimeError:
            pass
    assert cache.bump not in callbacks and cache.version() == before


def test_a_warm_dashboard_runs_few_queries(cast, client, matches, django_assert_max_num_queries):
    client.force_login(cast.connector_a)
    client.get(URL, {"year": 2024})
    with django_assert_max_num_queries(12):
        client.get(URL, {"year": 2024})
