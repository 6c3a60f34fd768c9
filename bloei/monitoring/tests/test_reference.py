"""The reference dataset gives exactly the evaluation's figures for 2023 and 2024, through the measures."""

from io import StringIO

from django.core.management import CommandError, call_command

import pytest

from bloei.community.models import Network, NetworkMembership
from bloei.matching.models import Match, SignUp
from bloei.monitoring import measures
from bloei.monitoring.measures import Period
from bloei.monitoring.reference import CUTOFF, FIGURES, OTHER_TRAINING_SLUGS, PARTICIPATIEWET, build_reference_city
from bloei.people.models import Consent, Resident
from bloei.people.tests.factories import ResidentFactory
from bloei.places.models import Place
from bloei.trainings.models import Enrolment, TrainingEdition

pytestmark = pytest.mark.django_db

# The evaluation's figures (DOMAIN.md, "Reference figures from 003"), written out again on purpose: the
# test must not take them from the module it checks. None: not in the evaluation ("–"), ours is used.
EVALUATION = {
    ("activities_facilitated", ""): (None, 145),
    ("talent_scans", ""): (None, 2397),
    ("training_participants", "kom-tot-bloei"): (40, 34),
    ("training_participants", "de-wijk-werkt"): (45, 76),
    ("training_participants", ""): (138, 119),
    ("networks_total", ""): (44, 63),
    ("network_participants", ""): (366, 475),
    ("networks_new", ""): (11, 19),
    ("offers_waiting", ""): (None, 82),
    ("matches_started", ""): (1119, 948),
    ("matches_started_resident_resident", ""): (413, 392),
    ("matches_started_resident_place", ""): (653, 458),
    ("matches_started_place_place", ""): (53, 98),
    ("places_total", ""): (None, 490),
}
OTHER_TRAININGS = (53, 9)


def value(code, year, parameter=""):
    return measures.get(code).value(Period.year(year), parameter=parameter)


def test_the_reference_dataset():
    """One build (it takes a while), then every check: the figures, the benefit counts, the realism."""
    # The candidate index is rebuilt by the command; it has no part in the figures, so the test skips it.
    counts = build_reference_city(seed=1, rebuild_index=False)
    assert counts["residents"] > 5000
    check_every_figure_of_the_evaluation()
    check_the_yearly_report_of_2024_shows_them()
    check_the_participatiewet_counts_of_the_evaluation()
    check_the_registrations_are_realistic()


def check_every_figure_of_the_evaluation():
    for (code, parameter), expected in EVALUATION.items():
        for year, figure in zip((2023, 2024), expected, strict=True):
            if figure is not None:
                assert value(code, year, parameter) == figure, (code, parameter, year)
    for year, figure in zip((2023, 2024), OTHER_TRAININGS, strict=True):
        total = value("training_participants", year)
        named = sum(value("training_participants", year, slug) for slug in ("kom-tot-bloei", "de-wijk-werkt"))
        assert total - named == figure
        assert sum(value("training_participants", year, slug) for slug in OTHER_TRAINING_SLUGS) == figure
    # The figures the evaluation lacks for 2023 come out as the module says, and every row of its table too.
    for figure in FIGURES:
        for year in (2023, 2024):
            assert figure.value(year) == figure.target(year), (figure.key, year)
    own_2023 = {f.code: f.y2023 for f in FIGURES if not f.in_evaluation_2023}
    assert set(own_2023) == {code for (code, _p), (y2023, _y) in EVALUATION.items() if y2023 is None}
    assert all(value(code, 2023) == figure for code, figure in own_2023.items())


# The rows of the yearly report's tables (as in §4 of the evaluation) and their figures for 2023 and 2024.
REPORT_ROWS = {
    "Gefaciliteerde activiteiten": (None, 145),
    "Talentenscans": (None, 2397),
    "Deelnemers Kom tot Bloei!": (40, 34),
    "Deelnemers De Wijk Werkt!": (45, 76),
    "Deelnemers overige trainingen": OTHER_TRAININGS,
    "Trainingsdeelnemers, totaal": (138, 119),
    "Inwonersnetwerken (totaal)": (44, 63),
    "Inwoners betrokken bij inwonersnetwerken": (366, 475),
    "Nieuwe inwonersnetwerken": (11, 19),
    "Inwoners die zich aanbieden voor een WIJ-match": (None, 82),
    "Matches (totaal)": (1119, 948),
    "Inwoner – inwoner": (413, 392),
    "Inwoner – ontwikkelplaats": (653, 458),
    "Ontwikkelplaats – ontwikkelplaats": (53, 98),
    "Ontwikkelplaatsen": (None, 490),
}
REPORT_TARGETS = {"Matches (totaal)": 1000, "Ontwikkelplaatsen": 450, "Trainingsdeelnemers, totaal": 120}


def check_the_yearly_report_of_2024_shows_them():
    from io import BytesIO

    from django.template.loader import render_to_string
    from django.utils import translation

    from openpyxl import load_workbook

    from bloei.monitoring.report import build_report, write_xlsx

    with translation.override("nl"):
        report = build_report(2024)
        html = render_to_string("monitoring/pdf/report.html", {"report": report})
        sheet = load_workbook(BytesIO(write_xlsx(report)))["Tabellen"]
    rows = {row.label: row for table in report.tables for row in table.rows}
    for label, (y2023, y2024) in REPORT_ROWS.items():
        assert rows[label].current.value == y2024, label
        if y2023 is not None:
            assert rows[label].previous.value == y2023, label
        assert rows[label].target == REPORT_TARGETS.get(label), label
    for shown in ("1.119", "948", "2.397", "1.000", "490"):
        assert f">{shown}<" in html.replace("\n", "").replace(" ", ""), shown
    in_sheet = {r[0].strip(): r[1:4] for r in sheet.iter_rows(values_only=True) if r and isinstance(r[0], str)}
    assert in_sheet["Matches (totaal)"] == (1119, 948, 1000)
    assert in_sheet["Ontwikkelplaatsen"][1:] == (490, 450)


def check_the_participatiewet_counts_of_the_evaluation():
    # 003, "Meedoen": Kom tot Bloei! 13 of 40 (2023) and 12 of 34 (2024); De Wijk Werkt! 20 of 45 and 40 of 76.
    expected = {
        (2023, "kom-tot-bloei"): 13,
        (2024, "kom-tot-bloei"): 12,
        (2023, "de-wijk-werkt"): 20,
        (2024, "de-wijk-werkt"): 40,
    }
    measure = measures.get("training_participants_participatiewet")
    for (year, slug), figure in expected.items():
        records = measure.records_behind(Period.year(year)).filter(edition__training_type__slug=slug)
        assert records.count() == figure == PARTICIPATIEWET[year][slug]


def check_the_registrations_are_realistic():
    # Nothing after the cutoff except the planned last dates of recurring activities.
    assert not Resident.objects.filter(registered_on__gt=CUTOFF).exists()
    assert not Match.objects.filter(proposed_on__gt=CUTOFF).exists()
    # Every resident has a lawful basis; every resident in a match consented to sharing contact details.
    registered = Consent.objects.filter(purpose="registration").values("resident").distinct()
    assert registered.count() == Resident.objects.count()
    matched = Match.objects.exclude(resident_a=None).values_list("resident_a", flat=True)
    assert not Resident.objects.filter(pk__in=matched).exclude(consents__purpose="matching").exists()
    # Lifecycles: ended matches have reasons, some never started, started ones have follow-ups.
    assert not Match.objects.filter(status="ended", end_reason="").exists()
    assert Match.objects.filter(status="ended", started_on=None).exists()
    assert Match.objects.filter(status="active", follow_ups__done_on__isnull=False).exists()
    # Matched sign-ups were closed when their match started; withdrawn ones exist too.
    for signup in SignUp.objects.filter(status="matched").select_related()[:200]:
        started = {m.started_on for m in Match.objects.filter(request=signup)} | {
            m.started_on for m in Match.objects.filter(offer=signup)
        }
        assert signup.closed_on in started
    assert SignUp.objects.filter(status="withdrawn").exists()
    # Places removed and networks ended; members left and joined over time; a cancelled training edition.
    assert Place.objects.exclude(removed_on=None).exists()
    assert Network.objects.exclude(ended_on=None).exists() and Network.objects.filter(phase="self_steering").exists()
    assert NetworkMembership.objects.exclude(left_on=None).exists()
    assert TrainingEdition.objects.exclude(cancelled_on=None).filter(enrolments__isnull=False).exists()
    assert Enrolment.objects.filter(completed=True).exists() and Enrolment.objects.filter(completed=False).exists()
    # Areas: residents live in many buurten across every team.
    assert Resident.objects.values("buurt").distinct().count() > 80
    assert Resident.objects.values("team").distinct().count() == 8


def test_the_command_refuses_a_database_that_holds_residents():
    ResidentFactory()
    with pytest.raises(CommandError) as refused:
        call_command("load_reference_figures", stdout=StringIO())
    assert "--force" in str(refused.value)
    assert "already holds residents" in str(refused.value)
    assert Resident.objects.count() == 1
