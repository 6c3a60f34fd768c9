from decimal import Decimal
from io import StringIO

from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

import pytest

from bloei.core.models import AuditEvent
from bloei.geo.figures import AreaFigureFileInvalid, check_file, import_area_figures, parse_value
from bloei.geo.models import AreaFigure, Buurt
from bloei.geo.services import DEFAULT_AREA_DIR

pytestmark = pytest.mark.django_db

EXAMPLE = DEFAULT_AREA_DIR / "area_figures_example.csv"
HEADER = "buurt_code,year,code,label_nl,label_en,value,unit,source\n"


def csv_file(*rows: str, header: str = HEADER) -> bytes:
    return (header + "".join(row + "\n" for row in rows)).encode()


def problems_of(data) -> list[tuple[int, str]]:
    with pytest.raises(AreaFigureFileInvalid) as refused:
        import_area_figures(by=None, data=data)
    return [(p.row, p.message) for p in refused.value.problems]


def test_a_good_file_is_imported_with_decimal_commas_and_points(cast):
    data = (
        "# Voorbeeld\n"
        "buurt_code;year;code;label_nl;label_en;value;unit;source\n"
        "BU07721110;2024;limited_network;Beperkt sociaal netwerk;Limited social network;31,5;percent;GGD 2024\n"
        "bu07721120;2024;limited_network;Beperkt sociaal netwerk;Limited social network;28.25;procent;GGD 2024\n"
        "BU07721130;2024;limited_network;Beperkt sociaal netwerk;;x;%;GGD 2024\n"
        "BU07721110;2024;minima;Minimahuishoudens;;310;aantal;Gemeente\n"
    ).encode("utf-8-sig")
    result = import_area_figures(by=cast.analyst, data=data)
    assert (result.rows, result.buurten, result.replaced) == (4, 3, 0)
    assert result.figures == [("limited_network", 2024), ("minima", 2024)]
    binnenstad = AreaFigure.objects.get(buurt__code="BU07721110", code="limited_network")
    assert binnenstad.value == Decimal("31.5") and binnenstad.unit == "percent" and binnenstad.year == 2024
    assert AreaFigure.objects.get(buurt__code="BU07721120", code="limited_network").value == Decimal("28.25")
    assert AreaFigure.objects.get(buurt__code="BU07721130").value is None  # "x": the source has no figure
    assert AreaFigure.objects.get(code="minima").unit == "count"
    event = AuditEvent.objects.get(event="geo.area_figures_imported")
    assert event.actor == cast.analyst and event.detail["rows"] == 4
    assert event.detail["figures"] == [["limited_network", 2024], ["minima", 2024]]


def test_every_bad_row_is_reported_with_its_row_number_and_nothing_is_kept(cast):
    import_area_figures(by=None, data=csv_file("BU07721110,2023,limited_network,Beperkt netwerk,,20,percent,GGD"))
    data = csv_file(
        "BU07721110,2024,limited_network,Beperkt netwerk,,30,percent,GGD",  # row 2: fine
        "BU99999999,2024,limited_network,Beperkt netwerk,,30,percent,GGD",  # 3: unknown buurt
        "BU07721120,24x,limited_network,Beperkt netwerk,,30,percent,GGD",  # 4: year
        "BU07721130,2024,limited_network,Beperkt netwerk,,1.234,5,percent,GGD",  # 5: shifted: unit "5"
        "BU07721140,2024,limited_network,Beperkt netwerk,,120,percent,GGD",  # 6: over 100%
        "BU07721110,2024,limited_network,Beperkt netwerk,,31,percent,GGD",  # 7: duplicate of row 2
        "BU07721150,2024,Limited Network!,Beperkt netwerk,,3,percent,",  # 8: code and source
        "BU07722110,2024,limited_network,Beperkt netwerk,,drie,percent,GGD",  # 9: not a number
        "BU07722120,2024,limited_network,Ander label,,3,count,GGD",  # 10: another unit for the code
    )
    problems = problems_of(data)
    rows = [row for row, _message in problems]
    assert rows == sorted(rows) and set(rows) == {3, 4, 5, 6, 7, 8, 9, 10}
    messages = dict(problems)
    assert messages[3] == "Onbekende buurtcode BU99999999."
    assert messages[4] == "Het jaar moet een geheel getal van 1900 tot en met 2100 zijn."
    assert messages[5] == "De eenheid moet count (aantal) of percent zijn."
    assert messages[6] == "Een percentage kan niet hoger zijn dan 100."
    assert messages[7] == "Buurt BU07721110 heeft al cijfer limited_network voor 2024 in rij 2."
    assert {m for r, m in problems if r == 8} == {
        "De code moet bestaan uit 1 tot 50 kleine letters, cijfers, - of _ (bijvoorbeeld limited_network).",
        "De bron ontbreekt.",
    }
    assert messages[9].startswith("De waarde is geen getal.")
    assert messages[10].startswith("Cijfer limited_network heeft een andere eenheid of Nederlandse naam dan in rij 2")
    # Nothing of the file was kept, and the figures already there are untouched.
    assert list(AreaFigure.objects.values_list("year", "value")) == [(2023, Decimal("20.000"))]
    assert AuditEvent.objects.filter(event="geo.area_figures_imported").count() == 1  # the first file only


def test_the_messages_say_row_and_problem_in_dutch():
    with pytest.raises(AreaFigureFileInvalid) as refused:
        check_file(csv_file("BU07721110,2024,limited_network,Beperkt netwerk,,-3,percent,GGD"))
    assert refused.value.messages == ["Rij 2: De waarde kan niet negatief zijn."]


def test_a_missing_column_or_an_empty_file_is_refused_on_its_row():
    assert problems_of(b"") == [(1, "Het bestand is leeg.")]
    header = "# commentaar\nbuurt_code,year,code,label_nl,value,unit\n"
    [(row, message)] = problems_of(csv_file("BU07721110,2024,a,b,1,count", header=header))
    assert row == 2 and "source" in message and "buurt_code,year,code,label_nl,label_en,value,unit,source" in message
    assert problems_of(csv_file()) == [(1, "Het bestand bevat geen cijfers onder de kopregel.")]


def test_importing_again_replaces_the_figures_of_each_code_and_year_in_the_file(cast):
    first = csv_file(
        "BU07721110,2024,limited_network,Beperkt netwerk,,30,percent,GGD",
        "BU07721120,2024,limited_network,Beperkt netwerk,,25,percent,GGD",
        "BU07721110,2023,limited_network,Beperkt netwerk,,29,percent,GGD",
        "BU07721110,2024,minima,Minima,,300,count,Gemeente",
    )
    import_area_figures(by=cast.analyst, data=first)
    corrected = csv_file(
        "BU07721110,2024,limited_network,Beperkt sociaal netwerk,,32,percent,GGD (herzien)",
    )
    result = import_area_figures(by=cast.analyst, data=corrected)
    assert result.replaced == 2  # Binnenstad and Bergen 2024
    figures = {
        (f.buurt.code, f.year, f.code): (f.value, f.label_nl)
        for f in AreaFigure.objects.select_related("buurt")
    }
    assert figures == {
        ("BU07721110", 2024, "limited_network"): (Decimal("32"), "Beperkt sociaal netwerk"),
        ("BU07721110", 2023, "limited_network"): (Decimal("29"), "Beperkt netwerk"),  # another year: kept
        ("BU07721110", 2024, "minima"): (Decimal("300"), "Minima"),  # another code: kept
    }


def test_values_with_a_comma_or_a_point_and_the_marks_of_no_figure():
    assert parse_value("31,5") == parse_value("31.5") == Decimal("31.5")
    assert parse_value(" 1200 ") == Decimal(1200)
    for empty in ("", "x", "X", ".", "-"):
        assert parse_value(empty) is None
    for bad in ("1.234,5", "1,234.5", "12%", "3,14159", "1e5"):
        with pytest.raises(ValueError):
            parse_value(bad)


def test_the_example_file_holds_labelled_example_figures_for_every_buurt():
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text.startswith("# VOORBEELDCIJFERS, GEEN ECHTE GEGEVENS") and "not CBS" in text.splitlines()[0]
    rows = check_file(EXAMPLE.read_bytes())
    assert {r.buurt_code for r in rows} == set(Buurt.objects.values_list("code", flat=True))
    assert all("voorbeeld" in r.label_nl and "VOORBEELD" in r.source for r in rows)


def test_the_command_loads_a_file_and_refuses_a_bad_one(tmp_path):
    out = StringIO()
    call_command("load_area_figures", str(EXAMPLE), stdout=out)
    assert AreaFigure.objects.filter(code="limited_network", year=2024).count() == 116
    assert "348 figures for 116 buurten" in out.getvalue()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_file("BU00000000,2024,limited_network,Beperkt netwerk,,30,percent,GGD"))
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("load_area_figures", str(bad), stdout=StringIO(), stderr=err)
    assert "Rij 2: Onbekende buurtcode BU00000000." in err.getvalue()
    assert AreaFigure.objects.count() == 348


def test_the_database_refuses_a_percentage_above_100_and_a_second_figure_for_the_same_buurt_year_and_code(buurt_a):
    fields = {"buurt": buurt_a, "year": 2024, "code": "x", "label_nl": "X", "unit": "percent", "source": "S"}
    with pytest.raises(IntegrityError), transaction.atomic():
        AreaFigure.objects.create(value=Decimal("100.5"), **fields)
    AreaFigure.objects.create(value=Decimal(50), **fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        AreaFigure.objects.create(value=Decimal(40), **fields)
