import csv
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "languages.csv"


def load(apps, schema_editor):
    Language = apps.get_model("core", "Language")
    with DATA.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            Language.objects.update_or_create(code=row["code"], defaults={"name_nl": row["name_nl"], "name_en": row["name_en"]})


class Migration(migrations.Migration):
    dependencies = [("core", "0002_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
