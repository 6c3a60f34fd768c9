"""The need-and-effort selector: hours spread by population, rates per 1,000, figures, protection, query count."""

from datetime import date
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from bloei.geo.models import Buurt, Neighbourhood
from bloei.monitoring.areas import Area
from bloei.monitoring.need import need_and_effort, rate, spread_hours

from .need_factories import activities_in, figure, hours, matches_in

pytestmark = pytest.mark.django_db

# Team Centrum covers wijk Centrum: five buurten with 4,108 + 2,832 + 2,270 + 190 + 760 = 10,160 inhabitants.
CENTRUM = {"BU07721110": 4108, "BU07721120": 2832, "BU07721130": 2270, "BU07721140": 190, "BU07721150": 760}


def rows_by_code(table):
    return {row.code: row for row in table.rows}


@pytest.fixture
def effort(cast):
    """2024: 3 matches in Binnenstad, 2 facilitated activities in Bergen, 101.6 hours of team Centrum."""
    matches_in("BU07721110", 3, date(2024, 3, 1))
    matches_in("BU07721110", 1, date(2023, 6, 1))  # another year
    activities_in("BU07721120", 2, date(2024, 5, 1))
    activities_in("BU07721120", 1, date(2024, 5, 2), facilitated=False)  # not facilitated: not counted
    hours(cast.connector_a, "centrum", date(2024, 1, 1), "50.8")
    hours(cast.connector_a, "centrum", date(2024, 12, 30), "50.8")  # its Monday falls in 2024
    hours(cast.connector_a, "centrum", date(2023, 12, 25), "40")  # a 2023 week
    hours(cast.connector_b, "stratum", date(2024, 2, 5), "40")


def test_a_teams_hours_are_spread_over_its_buurten_by_population(effort):
    rows = rows_by_code(need_and_effort(2024, protect=False))
    for code, population in CENTRUM.items():
        assert rows[code].hours == Decimal("101.6") * population / 10160
        # So hours per 1,000 inhabitants are the team's: 101.6 / 10,160 × 1,000 = 10.0.
        assert rows[code].hours_rate == 10.0
    assert sum(rows[code].hours for code in CENTRUM) == Decimal("101.6")
    stratum = [r for r in rows.values() if r.wijk in ("Oud-Stratum", "Kortonjo", "Putten")]
    assert sum(r.hours for r in stratum) == pytest.approx(Decimal(40))
    assert rows["BU07723110"].hours == 0  # Villapark, Tongelre: no hours recorded


def test_spreading_without_population_is_even_and_a_buurt_of_two_teams_gets_both_shares():
    spread = spread_hours(
        {1: Decimal(30), 2: Decimal(10)},
        {1: [(10, None), (11, None), (12, None)], 2: [(12, 300), (13, 100)]},
    )
    assert spread == {10: Decimal(10), 11: Decimal(10), 12: Decimal("17.5"), 13: Decimal("2.5")}


def test_matches_and_activities_per_buurt_and_per_1000_inhabitants(effort):
    rows = rows_by_code(need_and_effort(2024, protect=False))
    binnenstad, bergen = rows["BU07721110"], rows["BU07721120"]
    assert (binnenstad.matches.value, binnenstad.activities.value) == (3, 0)
    assert binnenstad.matches_rate == round(3 * 1000 / 4108, 1) == 0.7
    assert (bergen.matches.value, bergen.activities.value) == (0, 2)
    assert bergen.activities_rate == round(2 * 1000 / 2832, 1) == 0.7
    assert not binnenstad.matches.suppressed and not binnenstad.matches.rounded
    assert rows["BU07721110"].population == 4108
    last_year = rows_by_code(need_and_effort(2023, protect=False))
    assert last_year["BU07721110"].matches.value == 1
    assert last_year["BU07721110"].hours == Decimal(40) * 4108 / 10160  # the week of 25 December 2023


def test_a_buurt_without_population_has_no_rates():
    buurt = Buurt.objects.get(code="BU07722310")  # Poeijers: no population in the source (suppressed)
    assert buurt.population is None
    row = rows_by_code(need_and_effort(2024, protect=False))[buurt.code]
    assert (row.matches_rate, row.activities_rate, row.hours_rate) == (None, None, None)
    assert rate(5, None) is None and rate(5, 0) is None and rate(5, 40, minimum=50) is None and rate(5, 50) == 100.0


def test_imported_figures_of_the_year_or_else_the_latest_earlier_year(cast):
    figure("BU07721110", 2023, "limited_network", 29)
    figure("BU07721110", 2024, "limited_network", "31.5")
    figure("BU07721120", 2024, "limited_network", None)
    figure("BU07721110", 2022, "minima", 310, unit="count")
    table = need_and_effort(2024, protect=False)
    columns = {c.key: c for c in table.figure_columns}
    assert set(columns) == {"figure:limited_network", "figure:minima"}
    assert (columns["figure:limited_network"].year, columns["figure:minima"].year) == (2024, 2022)
    assert columns["figure:minima"].unit == "count" and columns["figure:limited_network"].mappable
    rows = rows_by_code(table)
    assert rows["BU07721110"].figures == {"limited_network": Decimal("31.5"), "minima": Decimal(310)}
    assert rows["BU07721120"].figures == {"limited_network": None, "minima": None}
    assert rows_by_code(need_and_effort(2023, protect=False))["BU07721110"].figures == {
        "limited_network": Decimal(29),
        "minima": Decimal(310),
    }
    assert need_and_effort(2021, protect=False).figure_columns == []


def test_the_area_filter_keeps_the_buurten_of_a_district_or_wijk(effort):
    centrum = Neighbourhood.objects.get(code="WK077211")
    table = need_and_effort(2024, Area("wijk", centrum.pk), protect=False)
    assert {r.code for r in table.rows} == set(CENTRUM)
    assert table.totals.population == 10160 and table.totals.matches.value == 3
    assert table.totals.hours == Decimal("101.6") and table.totals.hours_rate == 10.0
    stratum = Buurt.objects.get(code="BU07722110").neighbourhood.district
    table = need_and_effort(2024, Area("district", stratum.pk), protect=False)
    assert table.rows and all(r.district_id == stratum.pk for r in table.rows)
    assert len(need_and_effort(2024, protect=False).rows) == 116


def test_sorting_puts_buurten_without_a_figure_last_both_ways(effort):
    table = need_and_effort(2024, protect=False)
    down = table.sorted_rows("matches_rate", descending=True)
    assert down[0].code == "BU07721110"
    assert down[-1].matches_rate is None
    up = table.sorted_rows("matches_rate")
    assert up[-1].matches_rate is None and up[0].matches_rate == 0
    names = [r.name for r in table.sorted_rows("buurt")]
    assert names == sorted(names, key=str.casefold)


def test_the_municipality_gets_protected_counts_and_rates_only_from_shown_counts(cast, settings):
    settings.BLOEI_DISCLOSURE_MIN_BASE = 1000
    matches_in("BU07721110", 3, date(2024, 3, 1))  # Binnenstad: below the threshold
    matches_in("BU07722110", 12, date(2024, 3, 1))  # Irisbuurt: hidden too, or 3 could be worked out
    matches_in("BU07721120", 23, date(2024, 3, 1))  # Bergen: shown as 25
    matches_in("BU07721150", 16, date(2024, 3, 1))  # TU-terrein: shown as 15, but only 760 inhabitants
    rows = rows_by_code(need_and_effort(2024, protect=True))
    binnenstad, iris, bergen, tu = (rows[c] for c in ("BU07721110", "BU07722110", "BU07721120", "BU07721150"))
    assert binnenstad.matches.suppressed and binnenstad.matches_rate is None
    assert iris.matches.suppressed and iris.matches_rate is None
    assert bergen.matches.value == 25 and bergen.matches.rounded
    assert bergen.matches_rate == round(25 * 1000 / 2832, 1)  # from the count as shown, not 23
    assert tu.matches.value == 15 and tu.matches_rate is None  # 760 < the minimum base
    assert rows["BU07721130"].matches.value == 0  # a zero is about nobody
    exact = rows_by_code(need_and_effort(2024, protect=False))
    assert exact["BU07721110"].matches.value == 3 and exact["BU07721150"].matches_rate == round(16000 / 760, 1)


def test_the_protection_does_not_depend_on_the_area_shown(cast):
    matches_in("BU07721110", 3, date(2024, 3, 1))
    matches_in("BU07722110", 12, date(2024, 3, 1))
    centrum = Neighbourhood.objects.get(code="WK077211")
    # Within wijk Centrum only Binnenstad has matches; were Centrum protected on its own, nothing else would
    # hide it. Protected over the city, Irisbuurt (in Stratum) is hidden with it, in every view.
    wijk_rows = rows_by_code(need_and_effort(2024, Area("wijk", centrum.pk), protect=True))
    city_rows = rows_by_code(need_and_effort(2024, protect=True))
    assert wijk_rows["BU07721110"].matches.suppressed and city_rows["BU07722110"].matches.suppressed
    totals = need_and_effort(2024, Area("wijk", centrum.pk), protect=True).totals
    assert totals.matches.suppressed  # 3 in the wijk: hidden as a total too


def test_a_fixed_number_of_queries_whatever_the_data(cast, effort):
    figure("BU07721130", 2020, "limited_network", 25)

    def queries():
        with CaptureQueriesContext(connection) as context:
            need_and_effort(2024, protect=True)
        return len(context.captured_queries)

    before = queries()
    matches_in("BU07722110", 5, date(2024, 4, 1))
    activities_in("BU07723110", 3, date(2024, 4, 1))
    hours(cast.connector_b, "stratum", date(2024, 3, 4), "12")
    figure("BU07721110", 2024, "limited_network", 30)
    figure("BU07721110", 2023, "poor_health", 20)
    figure("BU07721120", 2022, "minima", 200, unit="count")
    assert queries() == before <= 7
