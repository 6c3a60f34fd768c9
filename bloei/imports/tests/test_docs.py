from pathlib import Path

from django.conf import settings

from bloei.imports import spec

DOC = Path(settings.BASE_DIR) / "docs" / "import.md"


def test_every_column_and_allowed_value_is_documented():
    text = DOC.read_text()
    for record_type in spec.RECORD_TYPES.values():
        section = text.split(f"### `{record_type.code}`", 1)[1].split("\n### ", 1)[0]
        for column in record_type.columns:
            row = next((line for line in section.splitlines() if line.startswith(f"| `{column.name}` |")), None)
            assert row is not None, f"{record_type.code}.{column.name} is not documented"
            assert ("**yes**" in row) == column.required, f"{record_type.code}.{column.name}: required or not"
            for value in column.choices.values if column.choices else ():
                assert f"`{value}`" in row, f"{record_type.code}.{column.name}: {value}"
