"""Reload the talent taxonomy from data/talents.csv: richer Dutch and English search words for the
suggestion engine (issue 3), and overly general words ("lopen", "werk", "leren", "halen") taken out."""

import csv
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "talents.csv"


def load(apps, schema_editor):
    Talent = apps.get_model("people", "Talent")
    with DATA.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            Talent.objects.update_or_create(
                slug=row["slug"],
                defaults={k: row[k] for k in ("name_nl", "name_en", "category", "keywords")},
            )


class Migration(migrations.Migration):
    dependencies = [("people", "0002_load_talent_taxonomy")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
