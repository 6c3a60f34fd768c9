"""Trainings in a real browser: attendance on a phone (with and without JavaScript), and an edition from
enrolment to the one-year follow-up."""

import csv
import re
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.utils import timezone

import pytest
from playwright.sync_api import expect

from bloei.people.models import LadderAssessment, LadderRung
from bloei.people.tests.factories import ResidentFactory
from bloei.trainings.models import Attendance, Enrolment, TrainingEdition, TrainingFollowUp, TrainingType
from bloei.trainings.tests.factories import EditionFactory, EnrolmentFactory

from .helpers import PHONE, scrolls_sideways, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LADDER_CSV = Path(settings.BASE_DIR) / "bloei" / "people" / "data" / "participation_ladder.csv"


@pytest.fixture
def reference_data(transactional_db):
    """Training types and ladder rungs: migrations load them, but transactional tests empty every table."""
    for slug, name, meetings in (("kom-tot-bloei", "Kom tot Bloei!", 4), ("de-wijk-werkt", "De Wijk Werkt!", 12)):
        TrainingType.objects.update_or_create(
            slug=slug, defaults={"name_nl": name, "name_en": name, "default_meetings": meetings}
        )
    with LADDER_CSV.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            LadderRung.objects.update_or_create(
                level=int(row["level"]), defaults={k: row[k] for k in ("code", "name_nl", "name_en", "description_nl")}
            )


@pytest.mark.parametrize(
    "javascript",
    [
        pytest.param(True, marks=pytest.mark.browser_context_args(**PHONE), id="htmx"),
        pytest.param(False, marks=pytest.mark.browser_context_args(**PHONE, java_script_enabled=False), id="no-js"),
    ],
)
def test_a_trainer_enters_attendance_on_a_phone(javascript, browser_cast, reference_data, login, page, url):
    edition = EditionFactory(
        name="Kom tot Bloei! Binnenstad",
        training_type=TrainingType.objects.get(slug="kom-tot-bloei"),
        starts_on=timezone.localdate() - timedelta(weeks=3),
        ends_on=timezone.localdate(),
        trainers=[browser_cast.connector_a],
    )
    fatima = EnrolmentFactory(edition=edition, resident=ResidentFactory(first_name="Fatima", last_name="Yilmaz"))
    kees = EnrolmentFactory(edition=edition, resident=ResidentFactory(first_name="Kees", last_name="de Vries"))
    EnrolmentFactory(edition=edition, resident=ResidentFactory(first_name="Mila", last_name="Jansen"))
    login(browser_cast.connector_a)
    page.goto(url("trainings:edition_detail", edition.uuid))
    assert not scrolls_sideways(page)
    page.get_by_role("link", name="Aanwezigheid invullen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Aanwezigheid bij bijeenkomst 4")
    assert page.evaluate("window.innerWidth") == 390
    assert not scrolls_sideways(page), "the attendance screen scrolls sideways on a phone"

    row = page.get_by_role("group", name="Fatima Yilmaz")
    present = row.get_by_role("button", name="Aanwezig", exact=True)
    expect(present).to_have_attribute("aria-pressed", "false")
    box = present.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 88, box  # a big target for a thumb
    present.click()
    row = page.get_by_role("group", name="Fatima Yilmaz")
    expect(row.get_by_role("button", name="Aanwezig", exact=True)).to_have_attribute("aria-pressed", "true")
    if javascript:
        expect(page.locator(f"#participant-{fatima.pk}")).to_contain_text("Opgeslagen: Aanwezig")
    else:
        assert page.url.endswith(f"#participant-{fatima.pk}")
        expect(page.locator(f"#participant-{fatima.pk}")).to_contain_text("Vastgelegd: Aanwezig")
    page.get_by_role("group", name="Kees de Vries").get_by_role("button", name="Afwezig met afmelding").click()
    expect(
        page.get_by_role("group", name="Kees de Vries").get_by_role("button", name="Afwezig met afmelding")
    ).to_have_attribute("aria-pressed", "true")
    # A second tap on another status changes it in place.
    page.get_by_role("group", name="Kees de Vries").get_by_role("button", name="Afwezig", exact=True).click()
    expect(
        page.get_by_role("group", name="Kees de Vries").get_by_role("button", name="Afwezig", exact=True)
    ).to_have_attribute("aria-pressed", "true")
    expect(
        page.get_by_role("group", name="Kees de Vries").get_by_role("button", name="Afwezig met afmelding")
    ).to_have_attribute("aria-pressed", "false")
    assert not scrolls_sideways(page)
    if javascript:
        assert serious_violations(page) == []

    meeting = edition.sessions.get(number=4)
    assert dict(Attendance.objects.filter(session=meeting).values_list("enrolment_id", "status")) == {
        fatima.pk: "present",
        kees.pk: "absent",
    }

    page.get_by_role("link", name="Overzicht").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Overzicht aanwezigheid")
    grid = page.get_by_role("region", name=re.compile("Aanwezigheid per deelnemer en bijeenkomst"))
    expect(grid.get_by_role("table")).to_be_visible()
    assert not scrolls_sideways(page), "the overview grid must scroll inside its own box"
    if javascript:
        assert serious_violations(page) == []


def test_an_edition_from_enrolment_to_the_one_year_follow_up(browser_cast, reference_data, login, page, url):
    """The edition ran a year ago (its last meeting 365 days back), so its one-year follow-up is due today."""
    fatima = ResidentFactory(first_name="Fatima", last_name="Yilmaz")
    today = timezone.localdate()
    first_meeting = today - timedelta(days=365 + 21)
    login(browser_cast.connector_a)

    # 1. A new edition: four weekly meetings from the first date.
    page.goto(url("trainings:edition_list"))
    page.get_by_role("link", name="Editie toevoegen").click()
    page.get_by_label("Training", exact=True).select_option(label="Kom tot Bloei!")
    page.get_by_label("Naam").fill("Kom tot Bloei! Binnenstad najaar")
    page.get_by_role("checkbox", name="Anna Test").check()
    page.get_by_label("Vaste locatie").fill("Buurthuis De Bloem")
    page.get_by_label("Eerste bijeenkomst").fill(first_meeting.isoformat())
    page.get_by_role("button", name="Editie toevoegen").click()
    expect(page.locator(".bloei-messages")).to_contain_text("De editie is toegevoegd")
    edition = TrainingEdition.objects.get()
    assert edition.ends_on == today - timedelta(days=365) and edition.sessions.count() == 4

    # 2. Enrol Fatima with her benefit status and its purpose.
    page.get_by_role("link", name="Inwoner inschrijven").click()
    page.get_by_label("Inwoner").select_option(label="Fatima Yilmaz · 5611AB")
    benefit = page.get_by_role("combobox", name=re.compile("^Uitkeringssituatie"))
    benefit.select_option(label="Uitkering op grond van de Participatiewet")
    page.get_by_label("Doel van het vastleggen van de uitkeringssituatie").select_option(value="municipal_reporting")
    page.get_by_role("button", name="Inschrijven", exact=True).click()
    expect(page.locator(".bloei-messages")).to_contain_text("De inwoner is ingeschreven.")
    participants = page.get_by_role("region", name="Deelnemers")
    expect(participants).to_contain_text("Fatima Yilmaz")

    # 3. Attendance: present at meetings 4, 3 and 1; absent at meeting 2.
    page.get_by_role("link", name="Aanwezigheid invullen").click()
    for number, status in ((4, "Aanwezig"), (3, "Aanwezig"), (2, "Afwezig"), (1, "Aanwezig")):
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Aanwezigheid bij bijeenkomst {number}")
        button = page.get_by_role("group", name="Fatima Yilmaz").get_by_role("button", name=status, exact=True)
        button.click()
        expect(button).to_have_attribute("aria-pressed", "true")
        if number > 1:
            page.get_by_role("link", name=f"← Bijeenkomst {number - 1}").click()
    assert Attendance.objects.filter(status="present").count() == 3

    # 4. Finish: 3 of 4 meetings is 75%, so Fatima completes; the follow-up is planned a year after the last meeting.
    page.get_by_role("link", name=edition.name).first.click()
    page.get_by_role("link", name="Editie afronden").click()
    expect(page.get_by_text("1 van 1 deelnemers voltooien de training")).to_be_visible()
    page.get_by_role("button", name="Editie afronden").click()
    expect(page.locator(".bloei-messages")).to_contain_text("De editie is afgerond.")
    enrolment = Enrolment.objects.get()
    assert enrolment.completed is True and TrainingFollowUp.objects.get().due_on == today

    # 5. Evaluation and an outcome on Fatima's participant page.
    page.get_by_role("region", name="Deelnemers").get_by_role("link", name="Fatima Yilmaz").click()
    page.get_by_role("link", name="Evaluatie invullen").click()
    for question, score in (
        ("De training als geheel", "5"),
        ("Ik weet beter waar ik goed in ben", "4"),
        ("Ik voel me zekerder", "4"),
        ("Ik heb mensen leren kennen met wie ik contact houd", "3"),
        ("Ik weet wat mijn volgende stap is", "5"),
    ):
        page.get_by_role("group", name=question).get_by_label(score, exact=True).check()
    page.get_by_label("Mijn volgende stap").fill("Vrijwilliger worden bij de bibliotheek")
    page.get_by_role("button", name="Evaluatie opslaan").click()
    expect(page.locator("#evaluation")).to_contain_text("Vrijwilliger worden bij de bibliotheek")
    page.get_by_role("link", name="Resultaat toevoegen").click()
    page.get_by_role("radio", name="Vrijwilligerswerk").check()
    page.get_by_label("Korte notitie").fill("Bibliotheek, twee ochtenden")
    page.get_by_role("button", name="Resultaat toevoegen", exact=True).click()
    expect(page.locator("#outcomes")).to_contain_text("Vrijwilligerswerk")

    # 6. A year on: the follow-up is on Vandaag; the questionnaire records a new rung of the ladder.
    page.goto(url("core:home"))
    card = page.get_by_role("region", name="Nametingen trainingen")
    expect(card).to_contain_text("Kom tot Bloei! Binnenstad najaar")
    card.get_by_role("link", name="Fatima Yilmaz").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nameting na een jaar van Fatima Yilmaz")
    page.get_by_role("group", name="Is de inwoner bereikt?").get_by_label("Ja").check()
    page.get_by_role("group", name="Wat doe je nu?").get_by_label("Vrijwilligerswerk").check()
    page.get_by_role("group", name="Heb je nog contact met mensen van de training?").get_by_label("Ja").check()
    page.get_by_role("group", name="Hoe gaat het met je? (1-5)").get_by_label("4", exact=True).check()
    page.get_by_role("radio", name=re.compile(r"^4\. Onbetaald werk")).check()
    page.get_by_label("Wat is er veranderd sinds de training?").fill("Meer zelfvertrouwen")
    page.get_by_role("button", name="Nameting opslaan").click()
    expect(page.locator(".bloei-messages")).to_contain_text("De nameting is vastgelegd.")
    expect(page.locator("#follow-up")).to_contain_text("Trede 4: Onbetaald werk")

    page.get_by_role("link", name="De pagina van de inwoner").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Fatima Yilmaz")
    expect(page.locator("#ladder")).to_contain_text("Trede 4: Onbetaald werk")
    assessment = LadderAssessment.objects.get(resident=fatima)
    assert assessment.rung.level == 4 and assessment.assessed_by == browser_cast.connector_a

    # The follow-up is done: it is gone from Vandaag.
    page.goto(url("core:home"))
    expect(page.get_by_role("region", name="Nametingen trainingen")).to_have_count(0)
