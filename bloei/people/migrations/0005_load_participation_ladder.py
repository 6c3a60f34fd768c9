"""Load the six rungs of the participatieladder.

SOURCE: bloei/people/data/participation_ladder.csv, copied from /work/shared/data/reference/participatieladder.yaml,
whose rung names are checked against the Nederlandse Vereniging van Arbeidsdeskundigen (Leidraad
Arbeidsparticipatie), the Freudenthal Instituut wiki, Movisie's begrippenlijst, DISK Eindhoven, KlikWerkt,
VSBfonds and Regioplan (full references in bloei/people/data/README.md).
"""

import csv
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "participation_ladder.csv"


def load(apps, schema_editor):
    LadderRung = apps.get_model("people", "LadderRung")
    with DATA.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            LadderRung.objects.update_or_create(
                level=int(row["level"]),
                defaults={k: row[k] for k in ("code", "name_nl", "name_en", "description_nl")},
            )


class Migration(migrations.Migration):
    dependencies = [("people", "0004_ladder")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
