"""The participation ladder of the trainings in a real browser: filter, table, chart, accessibility, phone."""

import csv
import importlib
from datetime import date
from pathlib import Path

from django.conf import settings
from django.utils import timezone

import pytest
from playwright.sync_api import expect

from bloei.people.models import LadderRung
from bloei.trainings.models import TrainingType
from bloei.trainings.tests.ladder_factories import LadderEditionFactory, LadderEnrolmentFactory, assess

from .helpers import PHONE, scrolls_sideways, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"viewport": {"width": 1280, "height": 800}}
RUNGS_CSV = Path(settings.BASE_DIR) / "bloei" / "people" / "data" / "participation_ladder.csv"
CHART_NAME = "Deelnemers per trede bij de start, aan het eind en een jaar later"


@pytest.fixture
def reference_data(transactional_db):
    """Rungs and training types: migrations load them, but transactional tests empty every table after they run."""
    with RUNGS_CSV.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            LadderRung.objects.update_or_create(
                level=int(row["level"]), defaults={k: row[k] for k in ("code", "name_nl", "name_en", "description_nl")}
            )
    for values in importlib.import_module("bloei.trainings.migrations.0002_training_types").TYPES:
        TrainingType.objects.update_or_create(slug=values["slug"], defaults=values)


@pytest.fixture
def editions(browser_cast, reference_data):
    """This year's De Wijk Werkt! (shown first) and last spring's Kom tot Bloei! with four participants."""
    this_year = timezone.localdate().year
    LadderEditionFactory(
        name="De Wijk Werkt! Binnenstad",
        training_type=TrainingType.objects.get(slug="de-wijk-werkt"),
        starts_on=date(this_year, 1, 6),
        ends_on=date(this_year, 1, 31),
    )
    spring = LadderEditionFactory(name="Kom tot Bloei! Binnenstad voorjaar")  # 1 to 29 March 2024
    up, same, down, unknown = (LadderEnrolmentFactory(edition=spring).resident for _ in range(4))
    assess(up, 1, date(2024, 2, 1))
    assess(up, 3, date(2024, 3, 29))
    assess(up, 4, date(2025, 3, 1))
    assess(same, 2, date(2024, 3, 1))
    assess(same, 2, date(2024, 4, 2))
    assess(down, 4, date(2024, 1, 15))
    assess(down, 3, date(2024, 4, 20))
    return spring


def table_row(table, label):
    """The cells of one row of a ladder table, found by its row header."""
    return table.get_by_role("row").filter(has=table.page.get_by_role("rowheader", name=label, exact=True))


@pytest.mark.parametrize(
    "screen",
    [
        pytest.param("desktop", marks=pytest.mark.browser_context_args(**DESKTOP)),
        pytest.param("phone", marks=pytest.mark.browser_context_args(**PHONE)),
    ],
)
def test_team_lead_chooses_a_training_and_year_and_reads_the_ladder(screen, browser_cast, editions, login, page, url):
    login(browser_cast.team_lead_a)
    page.goto(url("trainings:ladder_overview"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Participatieladder van de trainingen")

    # By default: the first training (alphabetically) in the current year.
    this_year = timezone.localdate().year
    expect(page.get_by_label("Training", exact=True)).to_have_value("de-wijk-werkt")
    expect(page.get_by_label("Jaar van de eerste bijeenkomst")).to_have_value(str(this_year))
    expect(page.get_by_role("heading", level=2)).to_have_text(f"De Wijk Werkt! in {this_year}")
    expect(page.get_by_text("1 editie · 0 deelnemers")).to_be_visible()

    # Changing the filter updates the results in place.
    page.get_by_label("Training", exact=True).select_option(label="Kom tot Bloei!")
    page.get_by_label("Jaar van de eerste bijeenkomst").select_option("2024")
    expect(page.get_by_role("heading", level=2)).to_have_text("Kom tot Bloei! in 2024")
    expect(page.get_by_text("1 editie · 4 deelnemers")).to_be_visible()
    assert "type=kom-tot-bloei" in page.url and "year=2024" in page.url

    table = page.get_by_role("table", name="Deelnemers per trede (4 deelnemers)")
    expect(table.get_by_role("columnheader")).to_have_text(["Trede", "Start", "Eind", "Een jaar later"])
    expect(table_row(table, "1. Geïsoleerd").get_by_role("cell")).to_have_text(["1 (25%)", "0 (0%)", "0 (0%)"])
    expect(table_row(table, "2. Sociale contacten buitenshuis").get_by_role("cell")).to_have_text(
        ["1 (25%)", "1 (25%)", "0 (0%)"]
    )
    expect(table_row(table, "3. Deelname aan georganiseerde activiteiten").get_by_role("cell")).to_have_text(
        ["0 (0%)", "2 (50%)", "0 (0%)"]
    )
    expect(table_row(table, "4. Onbetaald werk").get_by_role("cell")).to_have_text(["1 (25%)", "0 (0%)", "1 (25%)"])
    expect(table_row(table, "Onbekend").get_by_role("cell")).to_have_text(["1 (25%)", "1 (25%)", "3 (75%)"])
    expect(table_row(table, "Totaal").get_by_role("cell")).to_have_text(["4", "4", "4"])

    movement = page.get_by_role("region", name="Beweging op de ladder")
    expect(movement.get_by_role("columnheader")).to_have_text(["Van start tot eind", "Van start tot een jaar later"])
    expect(table_row(movement, "Gestegen").get_by_role("cell")).to_have_text(["1", "1"])
    expect(table_row(movement, "Gelijk gebleven").get_by_role("cell")).to_have_text(["1", "0"])
    expect(table_row(movement, "Gedaald").get_by_role("cell")).to_have_text(["1", "0"])
    expect(table_row(movement, "Bekend op beide momenten").get_by_role("cell")).to_have_text(["3", "1"])

    chart = page.get_by_role("img", name=CHART_NAME)
    expect(chart).to_be_visible()
    assert chart.evaluate("svg => svg.tagName") == "svg"
    assert chart.locator("g[data-moment=end][data-count='2']").count() == 1
    box = chart.bounding_box()
    assert box["width"] <= page.viewport_size["width"]
    assert not scrolls_sideways(page), f"the overview scrolls sideways on a {screen}"
    assert serious_violations(page) == []

    # Per edition: a link to the edition's own ladder page, with the same figures and chart.
    page.get_by_role("link", name="Kom tot Bloei! Binnenstad voorjaar").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Participatieladder: Kom tot Bloei! Binnenstad voorjaar")
    table = page.get_by_role("table", name="Deelnemers per trede (4 deelnemers)")
    expect(table_row(table, "Onbekend").get_by_role("cell")).to_have_text(["1 (25%)", "1 (25%)", "3 (75%)"])
    expect(page.get_by_role("img", name=CHART_NAME)).to_be_visible()
    assert not scrolls_sideways(page), f"the edition's ladder scrolls sideways on a {screen}"
    assert serious_violations(page) == []
