"""Fixtures of the browser tests in this folder (the cast, login and Playwright fixtures are in the root conftest)."""

import csv
from pathlib import Path

from django.conf import settings
from django.urls import reverse

import pytest

TALENTS_CSV = Path(settings.BASE_DIR) / "bloei" / "people" / "data" / "talents.csv"


@pytest.fixture
def talents(transactional_db):
    """The talent taxonomy. A migration loads it, but transactional tests empty every table after they run."""
    from bloei.people.models import Talent

    with TALENTS_CSV.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            Talent.objects.update_or_create(
                slug=row["slug"], defaults={k: row[k] for k in ("name_nl", "name_en", "category", "keywords")}
            )


@pytest.fixture
def url(live_server):
    """url("people:resident_detail", resident.uuid) gives the absolute URL on the live server."""

    def _url(name: str, *args, query: str = "") -> str:
        return f"{live_server.url}{reverse(name, args=args)}{'?' + query if query else ''}"

    return _url
