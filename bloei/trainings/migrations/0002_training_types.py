"""The two trainings of Eindhoven's evaluation, loaded by default; the beheerder adds others."""

from django.db import migrations

TYPES = [
    {
        "slug": "kom-tot-bloei",
        "name_nl": "Kom tot Bloei!",
        "name_en": "Kom tot Bloei! (come into bloom)",
        "purpose_nl": "Talenten ontdekken en een volgende stap zetten",
        "purpose_en": "Discovering talents and taking a next step",
        "default_meetings": 4,
    },
    {
        "slug": "de-wijk-werkt",
        "name_nl": "De Wijk Werkt!",
        "name_en": "De Wijk Werkt! (the neighbourhood works)",
        "purpose_nl": "Stappen zetten richting (vrijwilligers)werk",
        "purpose_en": "Steps towards (volunteer) work",
        "default_meetings": 12,
    },
]


def load(apps, schema_editor):
    TrainingType = apps.get_model("trainings", "TrainingType")
    for values in TYPES:
        TrainingType.objects.update_or_create(slug=values["slug"], defaults=values)


class Migration(migrations.Migration):
    dependencies = [("trainings", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
