"""The candidate index stays in step: every change shows up in the next suggestion list."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone, translation

import pytest

from bloei.matching import services as matching_services
from bloei.matching.choices import EndReason, MatchKind, MatchStatus, SignUpKind
from bloei.matching.models import CandidateIndexState, CandidateProfile
from bloei.matching.suggestions import index as candidate_index
from bloei.matching.suggestions import refresh_candidates, suggest
from bloei.matching.suggestions.sync import flush_pending
from bloei.matching.tests.factories import MatchFactory, SignUpFactory
from bloei.people import services as people_services
from bloei.people.models import Resident, Talent
from bloei.people.tests.factories import ResidentFactory, TalentScanFactory
from bloei.places import services as place_services
from bloei.places.tests.factories import OpeningFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_arrays():
    candidate_index.reset_caches()
    yield
    candidate_index.reset_caches()


def talent(slug: str) -> Talent:
    return Talent.objects.get(slug=slug)


def gardener(**fields) -> Resident:
    resident = ResidentFactory(**fields)
    TalentScanFactory(resident=resident, good_at="tuinieren").talents.add(talent("tuinieren"))
    return resident


def candidates(user, source, **kwargs) -> list:
    return [s.candidate for s in suggest(user=user, source=source, **kwargs)]


def test_suggest_builds_the_index_itself_right_after_the_migrations(cast):
    assert not CandidateIndexState.objects.exists()
    helper = gardener()
    request = SignUpFactory(title="Hulp in de tuin")
    assert candidates(cast.connector_a, request) == [helper]
    assert CandidateIndexState.objects.count() == 1
    assert CandidateProfile.objects.filter(kind="resident", object_id=helper.pk, deleted=False).exists()


def test_a_new_talent_scan_shows_up_in_the_next_list(cast):
    request = SignUpFactory(title="Hulp bij de computer")
    neighbour = ResidentFactory()
    cook = ResidentFactory()
    TalentScanFactory(resident=cook, good_at="koken en een beetje met de computer")
    assert candidates(cast.connector_a, request) == [cook, neighbour]

    people_services.record_talent_scan(
        resident=neighbour, by=cast.connector_a, talents=[talent("computer")], good_at="computers en telefoons"
    )
    first = suggest(user=cast.connector_a, source=request)[0]
    assert first.candidate == neighbour
    assert first.features["fit"] == 1.0


def test_a_changed_scan_moves_the_resident_down(cast):
    request = SignUpFactory(title="Hulp in de tuin")
    helper = gardener()
    other = gardener()
    assert {helper, other} == set(candidates(cast.connector_a, request)[:2])
    people_services.record_talent_scan(resident=helper, by=cast.connector_a, talents=[talent("koken")], good_at="koken")
    assert candidates(cast.connector_a, request)[0] == other
    assert next(s for s in suggest(user=cast.connector_a, source=request) if s.candidate == helper).features["fit"] == 0


def test_a_closed_opening_is_no_longer_suggested(cast):
    request = SignUpFactory(title="Ik wil graag tuinieren")
    opening = OpeningFactory(title="Vrijwilliger moestuin")
    assert opening in candidates(cast.connector_a, request, kinds=[MatchKind.RESIDENT_PLACE])
    place_services.close_opening(opening=opening, by=cast.connector_a)
    assert opening not in candidates(cast.connector_a, request, kinds=[MatchKind.RESIDENT_PLACE])


def test_an_opening_whose_last_place_is_taken_is_no_longer_suggested(cast):
    request = SignUpFactory(title="Ik wil graag tuinieren")
    opening = OpeningFactory(title="Vrijwilliger moestuin", capacity=1)
    assert opening in candidates(cast.connector_a, request, kinds=[MatchKind.RESIDENT_PLACE])
    matching_services.propose_match(
        kind=MatchKind.RESIDENT_PLACE, by=cast.connector_a, resident_a=ResidentFactory(), opening=opening
    )
    assert opening not in candidates(cast.connector_a, request, kinds=[MatchKind.RESIDENT_PLACE])


def test_a_pair_with_a_running_match_is_not_suggested_again(cast):
    request = SignUpFactory(title="Hulp in de tuin")
    helper = gardener()
    assert candidates(cast.connector_a, request) == [helper]
    matching_services.propose_match(
        kind=MatchKind.RESIDENT_RESIDENT, by=cast.connector_a, resident_a=request.resident, resident_b=helper
    )
    assert candidates(cast.connector_a, request) == []


def test_a_pair_that_ended_without_a_click_is_not_suggested_again_but_other_endings_are(cast):
    request = SignUpFactory(title="Hulp in de tuin")
    no_click, goal_reached = gardener(), gardener()
    for helper, reason in ((no_click, EndReason.NO_CLICK), (goal_reached, EndReason.GOAL_REACHED)):
        match = matching_services.propose_match(
            kind=MatchKind.RESIDENT_RESIDENT, by=cast.connector_a, resident_a=helper, resident_b=request.resident
        )
        matching_services.end_match(match=match, by=cast.connector_a, reason=reason)
    assert candidates(cast.connector_a, request) == [goal_reached]


def test_a_new_resident_and_a_deleted_one_show_up_in_the_next_list(cast):
    request = SignUpFactory(title="Hulp in de tuin")
    assert candidates(cast.connector_a, request) == []
    helper = gardener()
    assert candidates(cast.connector_a, request) == [helper]
    pk = helper.pk
    helper.delete()
    assert candidates(cast.connector_a, request) == []
    tombstone = CandidateProfile.objects.get(kind="resident", object_id=pk)
    assert tombstone.deleted and tombstone.words == tombstone.offers == "" and tombstone.lat is None


def test_a_closed_file_is_no_longer_suggested(cast):
    request = SignUpFactory(title="Hulp in de tuin")
    helper = gardener()
    assert candidates(cast.connector_a, request) == [helper]
    helper.closed_on = timezone.localdate()
    helper.save()
    assert candidates(cast.connector_a, request) == []


def test_another_process_follows_changes_through_the_revisions(cast):
    request = SignUpFactory(title="Hulp in de tuin")
    suggest(user=cast.connector_a, source=request)  # builds the index
    other_process = candidate_index.IndexCache("default")
    store, _analyzer = other_process.sync()
    assert other_process.last_sync["full"]
    helper = gardener()
    flush_pending("default")  # what the commit of the change does
    store, _analyzer = other_process.sync()
    assert other_process.last_sync == {"full": False, "rows": 1, "ms": other_process.last_sync["ms"]}
    assert f"resident:{helper.pk}" in store.index


def test_bulk_writes_need_a_refresh_or_a_rebuild(cast):
    request = SignUpFactory(title="Hulp in de tuin")
    suggest(user=cast.connector_a, source=request)
    helper = gardener()
    # Written around the model signals, as bulk_create and queryset.update() do:
    CandidateProfile.objects.filter(kind="resident", object_id=helper.pk).delete()
    from bloei.matching.suggestions import sync

    sync.discard_pending("default")
    assert candidates(cast.connector_a, request) == []
    refresh_candidates(residents=[helper.pk])
    assert candidates(cast.connector_a, request) == [helper]

    Resident.objects.filter(pk=helper.pk).update(closed_on=timezone.localdate())
    assert candidates(cast.connector_a, request) == [helper]
    call_command("rebuild_candidates", verbosity=0)
    assert candidates(cast.connector_a, request) == []


def test_a_rebuild_is_a_new_build_for_every_process(cast):
    request = SignUpFactory(title="Hulp in de tuin")
    suggest(user=cast.connector_a, source=request)
    token = CandidateIndexState.objects.get().token
    call_command("rebuild_candidates", verbosity=0)
    state = CandidateIndexState.objects.get()
    assert state.token != token and state.taxonomy_version == 2
    suggest(user=cast.connector_a, source=request)
    assert candidate_index.get_cache().last_sync["full"]
    # Rows of a rebuild are stamped back, so they never count as recent changes.
    suggest(user=cast.connector_a, source=request)
    assert candidate_index.get_cache().last_sync["rows"] == 0


def test_a_taxonomy_change_raises_the_taxonomy_version(cast):
    request = SignUpFactory(title="Hulp in de tuin")
    suggest(user=cast.connector_a, source=request)
    version = CandidateIndexState.objects.get().taxonomy_version
    Talent.objects.create(slug="imkeren", name_nl="Imkeren", name_en="Beekeeping", category="sport")
    suggest(user=cast.connector_a, source=request)
    assert CandidateIndexState.objects.get().taxonomy_version == version + 1


def test_an_offer_finds_who_asks_for_it(cast):
    offer = SignUpFactory(kind=SignUpKind.OFFER, title="Ik help graag met de computer")
    asker = ResidentFactory()
    SignUpFactory(resident=asker, title="Hulp bij DigiD en de telefoon")
    ResidentFactory()
    found = suggest(user=cast.connector_a, source=offer)
    assert found[0].candidate == asker
    assert found[0].features["fit"] == pytest.approx(0.8)


def test_an_opening_finds_residents_and_a_place_finds_places(cast):
    opening = OpeningFactory(title="Vrijwilliger moestuin")
    helper = gardener()
    found = suggest(user=cast.connector_a, source=opening)
    assert [s.candidate for s in found][:1] == [helper]
    assert found[0].match_kind == MatchKind.RESIDENT_PLACE
    other = OpeningFactory(title="Volkstuin zoekt hulp").place
    by_place = suggest(user=cast.connector_a, source=opening.place)
    assert [s.candidate for s in by_place] == [other]
    assert by_place[0].match_kind == MatchKind.PLACE_PLACE


def test_an_old_ended_match_on_an_opening_does_not_block_it(cast):
    request = SignUpFactory(title="Ik wil graag tuinieren")
    opening = OpeningFactory(title="Vrijwilliger moestuin")
    MatchFactory(
        place=True,
        ended=True,
        end_reason=EndReason.GOAL_REACHED,
        resident_a=request.resident,
        opening=opening,
        status=MatchStatus.ENDED,
        proposed_on=timezone.localdate() - timedelta(days=400),
    )
    assert opening in candidates(cast.connector_a, request, kinds=[MatchKind.RESIDENT_PLACE])


def test_a_change_of_languages_shows_up_in_the_next_list(cast):
    from bloei.core.models import Language

    request = SignUpFactory(title="Hulp in de tuin")
    helper = gardener()
    arabic = Language.objects.get(code="ar")
    people_services.update_resident(resident=request.resident, by=cast.connector_a, languages=[arabic])
    assert suggest(user=cast.connector_a, source=request)[0].features["language"] == 0.5
    helper.languages.add(arabic)
    with translation.override("en"):
        first = suggest(user=cast.connector_a, source=request)[0]
    assert first.features["language"] == 1.0
    assert "speaks Arabic" in first.reasons


def test_the_talents_an_opening_asks_for_show_up_in_the_next_list(cast):
    request = SignUpFactory(title="Ik wil graag fotograferen")
    opening = OpeningFactory(title="Vrijwilliger")
    assert suggest(user=cast.connector_a, source=request)[0].features["fit"] == 0
    place_services.update_opening(opening=opening, by=cast.connector_a, talents=[talent("fotografie")])
    first = suggest(user=cast.connector_a, source=request, kinds=[MatchKind.RESIDENT_PLACE])[0]
    assert first.candidate == opening and first.features["fit"] == 1.0


def test_an_import_keeps_the_index_in_step_through_the_model_signals(cast, django_capture_on_commit_callbacks):
    """import_records saves records one by one (bulk only for consents, many-to-many rows and history), so
    the refresh after its commit covers everything it wrote: no rebuild needed."""
    from bloei.imports.services import import_records
    from bloei.imports.tests.files import history, xlsx_bytes
    from bloei.places.models import Opening, Place

    suggest(user=cast.team_lead_a, source=SignUpFactory())  # an index to keep in step
    with django_capture_on_commit_callbacks(execute=True):
        result = import_records(by=cast.team_lead_a, data=xlsx_bytes(history()), filename="r.xlsx", record_type="all")
    assert result.imported
    indexed = set(CandidateProfile.objects.filter(deleted=False).values_list("kind", "object_id"))
    for kind, model in (("resident", Resident), ("opening", Opening), ("place", Place)):
        assert {(kind, pk) for pk in model.objects.values_list("pk", flat=True)} <= indexed, kind
