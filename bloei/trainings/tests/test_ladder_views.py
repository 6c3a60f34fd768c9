"""The participation ladder pages: what a person sees, who may see it, and that bad input changes nothing."""

import re
from datetime import date

from django.urls import reverse

import pytest
import time_machine

from bloei.accounts.models import User
from bloei.trainings.models import TrainingType

from .ladder_factories import LadderEditionFactory, LadderEnrolmentFactory, assess

pytestmark = pytest.mark.django_db

TODAY = date(2025, 9, 1)  # every test runs on this day


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def edition(cast):
    """Kom tot Bloei! of team A in March 2024 with three participants: up, the same, and not assessed."""
    edition = LadderEditionFactory(name="Kom tot Bloei! Binnenstad voorjaar")
    up, same, unknown = (LadderEnrolmentFactory(edition=edition).resident for _ in range(3))
    assess(up, 1, date(2024, 2, 1))
    assess(up, 3, date(2024, 3, 29))
    assess(up, 4, date(2025, 3, 20))
    assess(same, 2, date(2024, 3, 1))
    assess(same, 2, date(2024, 4, 10))
    edition.people = (up, same, unknown)
    return edition


def row_cells(html, table, level):
    """The texts of the cells of one row (data-level) of a ladder table (data-ladder-table=...)."""
    table_html = re.search(rf'data-ladder-table="{table}".*?</table>', html, re.S).group(0)
    row = re.search(rf'data-level="{level}">(.*?)</tr>', table_html, re.S).group(1)
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]


def movement(html, table, key):
    """[went up, stayed, went down, known at both] from the start to the end ("end") or to one year later ("year")."""
    movement_html = re.search(rf'data-ladder-movement="{table}".*?</table>', html, re.S).group(0)
    return [int(n) for n in re.findall(rf'data-movement="{key}">(?:<strong>)?(\d+)', movement_html)]


class TestEditionPage:
    def url(self, edition):
        return reverse("trainings:edition_ladder", kwargs={"uuid": edition.uuid})

    def test_the_team_lead_sees_the_table_the_movement_and_the_chart_in_dutch(self, client, cast, edition):
        client.force_login(cast.team_lead_a)
        response = client.get(self.url(edition))
        assert response.status_code == 200
        html = response.content.decode()
        assert "Participatieladder: Kom tot Bloei! Binnenstad voorjaar" in html
        uid = f"ladder-{edition.pk}"
        assert row_cells(html, uid, 1) == ["1 (33%)", "0 (0%)", "0 (0%)"]
        assert row_cells(html, uid, 2) == ["1 (33%)", "1 (33%)", "0 (0%)"]
        assert row_cells(html, uid, 3) == ["0 (0%)", "1 (33%)", "0 (0%)"]
        assert row_cells(html, uid, 4) == ["0 (0%)", "0 (0%)", "1 (33%)"]
        assert row_cells(html, uid, "unknown") == ["1 (33%)", "1 (33%)", "2 (67%)"]
        assert row_cells(html, uid, "total") == ["3", "3", "3"]
        assert movement(html, uid, "end") == [1, 1, 0, 2]
        assert movement(html, uid, "year") == [1, 0, 0, 1]
        assert "Geïsoleerd" in html and "Onbekend" in html and "Een jaar later" in html
        # The chart: an image with a name and a description, one bar group per row of the table.
        svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
        assert 'role="img"' in svg
        assert f'aria-labelledby="{uid}-title {uid}-desc"' in svg
        assert (
            f'<title id="{uid}-title">Deelnemers per trede bij de start, aan het eind en een jaar later</title>' in svg
        )
        assert svg.count('class="bloei-ladder-chart__group"') == 7
        assert 'data-moment="year" data-count="2"' in svg
        # The windows of this edition, so the figures can be checked.
        assert "tot en met 15 maart 2024" in html
        assert "van 28 januari 2025 tot en met 28 mei 2025" in html

    def test_aggregates_only_no_names_of_participants(self, client, cast, edition):
        client.force_login(cast.team_lead_a)
        html = client.get(self.url(edition)).content.decode()
        for resident in edition.people:
            assert resident.last_name not in html

    def test_rung_names_follow_the_language(self, client, cast, edition):
        client.cookies["django_language"] = "en"
        client.force_login(cast.connector_a)
        html = client.get(self.url(edition)).content.decode()
        assert "1. Isolated" in html and "One year later" in html and "Unknown" in html

    def test_the_generalist_of_the_team_sees_it_too(self, client, cast, edition):
        client.force_login(cast.generalist_a)
        assert client.get(self.url(edition)).status_code == 200

    def test_a_connector_of_another_team_gets_404(self, client, cast, edition):
        client.force_login(cast.connector_b)
        assert client.get(self.url(edition)).status_code == 404

    @pytest.mark.parametrize("role", ["analyst", "municipality", "admin", "no_role"])
    def test_roles_without_trainings_view_get_403(self, client, cast, edition, role):
        client.force_login(getattr(cast, role))
        assert client.get(self.url(edition)).status_code == 403
        assert client.get(reverse("trainings:ladder_overview")).status_code == 403

    def test_anonymous_is_sent_to_the_login(self, client, edition):
        assert client.get(self.url(edition)).status_code == 302

    def test_it_is_read_only(self, client, cast, edition):
        client.force_login(cast.team_lead_a)
        assert client.post(self.url(edition), {}).status_code == 405
        assert client.post(reverse("trainings:ladder_overview"), {}).status_code == 405

    def test_a_cancelled_edition_says_it_is_left_out_of_the_overview(self, client, cast):
        edition = LadderEditionFactory(cancelled_on=date(2024, 2, 20))
        client.force_login(cast.team_lead_a)
        assert "geannuleerd op 20 februari 2024" in client.get(self.url(edition)).content.decode()

    def test_the_number_of_queries_does_not_grow_with_participants(
        self, client, cast, edition, django_assert_num_queries
    ):
        client.force_login(cast.team_lead_a)
        client.get(self.url(edition))
        with django_assert_num_queries(7) as first:
            client.get(self.url(edition))
        for level in (1, 2, 3, 4, 5, 6):
            assess(LadderEnrolmentFactory(edition=edition).resident, level, date(2024, 2, 1))
        with django_assert_num_queries(len(first.captured_queries)):
            response = client.get(self.url(edition))
        assert 'data-figure="participants">9<' in response.content.decode()


class TestOverview:
    url = reverse("trainings:ladder_overview")

    def test_by_default_the_current_year_and_the_first_training(self, client, cast):
        # "De Wijk Werkt!" comes first in the Dutch alphabetical order.
        LadderEditionFactory(
            name="De Wijk Werkt! Binnenstad",
            training_type=TrainingType.objects.get(slug="de-wijk-werkt"),
            starts_on=date(2025, 2, 3),
            ends_on=date(2025, 4, 28),
        )
        client.force_login(cast.connector_a)
        html = client.get(self.url).content.decode()
        assert re.search(r'<option value="de-wijk-werkt" selected>', html)
        assert re.search(r'<option value="2025" selected>2025</option>', html)
        assert "De Wijk Werkt! in 2025" in html
        assert "De Wijk Werkt! Binnenstad" in html

    def test_type_and_year_in_total_and_per_edition(self, client, cast, edition, team_b):
        autumn = LadderEditionFactory(
            name="Kom tot Bloei! Binnenstad najaar", starts_on=date(2024, 10, 1), ends_on=date(2024, 10, 22)
        )
        assess(LadderEnrolmentFactory(edition=autumn).resident, 5, date(2024, 9, 1))
        LadderEditionFactory(name="Kom tot Bloei! Stratum", team=team_b)
        client.force_login(cast.team_lead_a)
        html = client.get(self.url, {"type": "kom-tot-bloei", "year": "2024"}).content.decode()
        assert "Kom tot Bloei! in 2024" in html
        assert "2 edities · 4 deelnemers" in html
        assert row_cells(html, "ladder-total", 5) == ["1 (25%)", "0 (0%)", "0 (0%)"]
        assert row_cells(html, "ladder-total", "unknown") == ["1 (25%)", "2 (50%)", "3 (75%)"]
        assert movement(html, "ladder-total", "end") == [1, 1, 0, 2]
        assert reverse("trainings:edition_ladder", kwargs={"uuid": edition.uuid}) in html
        assert reverse("trainings:edition_ladder", kwargs={"uuid": autumn.uuid}) in html
        assert "Kom tot Bloei! Stratum" not in html
        editions = re.search(r"data-ladder-editions.*?</table>", html, re.S).group(0)
        assert "2 · 2 · 1" in editions  # known at start, end, one year later in the spring edition
        assert "1 hoger, 1 gelijk, 0 lager" in editions
        # Years with an edition of the user's teams can be chosen, plus the current one.
        assert re.findall(r'<option value="(\d{4})"', html) == ["2025", "2024"]

    def test_a_connector_of_another_team_sees_nothing_of_team_a(self, client, cast, edition):
        client.force_login(cast.connector_b)
        response = client.get(self.url, {"type": "kom-tot-bloei", "year": "2024"})
        assert response.status_code == 200
        html = response.content.decode()
        assert "Kom tot Bloei! Binnenstad voorjaar" not in html
        assert "Geen edities van je teams van deze training gestart in dit jaar." in html
        assert "0 edities · 0 deelnemers" in html

    @pytest.mark.parametrize("query", [{"year": "1999"}, {"year": "twee"}, {"type": "bestaat-niet"}])
    def test_bad_filters_show_an_error_and_no_figures(self, client, cast, edition, query):
        client.force_login(cast.team_lead_a)
        response = client.get(self.url, {"type": "kom-tot-bloei", "year": "2024", **query})
        assert response.status_code == 200
        html = response.content.decode()
        assert 'role="alert"' in html
        assert "data-ladder-table" not in html

    def test_an_htmx_request_gets_only_the_results(self, client, cast, edition):
        client.force_login(cast.team_lead_a)
        response = client.get(self.url, {"type": "kom-tot-bloei", "year": "2024"}, headers={"HX-Request": "true"})
        html = response.content.decode()
        assert "<html" not in html
        assert "Kom tot Bloei! in 2024" in html and "data-ladder-table" in html

    def test_the_number_of_queries_does_not_grow_with_editions(self, client, cast, edition, django_assert_num_queries):
        query = {"type": "kom-tot-bloei", "year": "2024"}
        client.force_login(cast.team_lead_a)
        client.get(self.url, query)
        with django_assert_num_queries(12) as first:
            client.get(self.url, query)
        for month in (5, 6, 7):
            other = LadderEditionFactory(starts_on=date(2024, month, 1), ends_on=date(2024, month, 28))
            assess(LadderEnrolmentFactory(edition=other).resident, 3, date(2024, 1, 1))
        with django_assert_num_queries(len(first.captured_queries)):
            html = client.get(self.url, query).content.decode()
        assert "4 edities · 6 deelnemers" in html

    def test_the_users_own_teams_decide_also_for_a_team_lead_without_editions(self, client, cast):
        lead = User.objects.get(pk=cast.team_lead_a.pk)
        client.force_login(lead)
        html = client.get(self.url).content.decode()
        assert "Geen edities van je teams van deze training gestart in dit jaar." in html
