from django.utils import translation

import pytest


@pytest.fixture(autouse=True)
def english(settings):
    """These tests read the English messages; test_dutch_errors checks the Dutch ones."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield
