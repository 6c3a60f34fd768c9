"""What users see of suggestions: the panel, accepting and dismissing (HTMX and plain), the matching round,
the beheerder's page, the JSON list and the `suggest` command."""

import json
import re
from io import StringIO

from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.urls import reverse

import pytest

from bloei.core.models import AuditEvent
from bloei.matching import suggestion_selectors
from bloei.matching.choices import DismissReason, MatchKind, MatchStatus, SuggestionDecision
from bloei.matching.models import Match, RankingWeights, SignUp, SuggestionFeedback
from bloei.matching.suggestions import SIGNALS
from bloei.matching.tests.factories import MatchFactory, SignUpFactory
from bloei.people.models import Assignment, Talent
from bloei.people.tests.factories import ResidentFactory, TalentScanFactory
from bloei.places.tests.factories import OpeningFactory, PlaceFactory

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}
PANEL = reverse("matching:suggestion_panel")
ACCEPT = reverse("matching:suggestion_accept")
DISMISS = reverse("matching:suggestion_dismiss")
JSON_URL = reverse("matching:suggestion_json")


@pytest.fixture
def login(client):
    """Log in as `user`; pages in English, so the assertions do not depend on the Dutch translation."""

    def login_as(user, language="en"):
        client.force_login(user)
        client.cookies["django_language"] = language
        return client

    return login_as


def text(response) -> str:
    return response.content.decode()


def row_html(html: str, key: str) -> str:
    """The markup of one suggestion in a panel, by its key (the li's id)."""
    start = html.index(f'id="{key}"')
    return html[start : html.index("</li>", start)]


def rows_in(html: str) -> int:
    return html.count('class="utrecht-ordered-list__item bloei-suggestion"')


def token_of(html: str, key: str) -> str:
    return re.search(r'name="token" value="([^"]+)"', row_html(html, key)).group(1)


def panel_options(html: str, key: str) -> dict[str, str]:
    """The panel's own parameters, as the row's forms post them back (kind, limit, compact)."""
    row = row_html(html, key)
    return dict(re.findall(r'<input type="hidden" name="(kind|limit|compact)" value="([^"]*)">', row))


def key_of(source, candidate) -> str:
    return f"{suggestion_selectors.type_of(source)}{source.pk}-{suggestion_selectors.type_of(candidate)}{candidate.pk}"


@pytest.fixture
def garden(cast, buurt_b):
    """Joke asks for help with her garden; Kees gardens; an opening asks for gardeners; Karin is of team B."""
    gardening = Talent.objects.get(slug="tuinieren")
    joke = ResidentFactory(first_name="Joke", last_name="Smit")
    signup = SignUpFactory(
        resident=joke, title="Hulp in de tuin", description="Mijn tuin is overwoekerd, wie helpt met snoeien?"
    )
    signup.talents.add(gardening)
    kees = ResidentFactory(first_name="Kees", last_name="Hovenier")
    scan = TalentScanFactory(resident=kees, good_at="Tuinieren en snoeien", wants_to_do="Iemand helpen met de tuin")
    scan.talents.add(gardening)
    karin = ResidentFactory(first_name="Karin", last_name="Hovens", buurt=buurt_b)
    scan = TalentScanFactory(resident=karin, good_at="Tuinieren", wants_to_do="Helpen in de tuin")
    scan.talents.add(gardening)
    opening = OpeningFactory(title="Vrijwilliger moestuin", description="Meehelpen in de buurtmoestuin")
    opening.talents.add(gardening)
    return {"signup": signup, "joke": joke, "kees": kees, "karin": karin, "opening": opening}


def panel_for(client, source_type, source, **params):
    return client.get(PANEL, {source_type: source.uuid, **params}, **HTMX)


# --- the panel ------------------------------------------------------------------------------------------------------


class TestPanel:
    def test_the_signup_page_loads_the_panel_in_a_second_step(self, cast, login, garden):
        signup = garden["signup"]
        html = text(login(cast.connector_a).get(reverse("matching:signup_detail", args=[signup.uuid])))
        assert f'hx-get="{PANEL}?signup={signup.uuid}"' in html
        assert 'hx-trigger="load"' in html
        assert f'href="{PANEL}?signup={signup.uuid}"' in html  # the same list without JavaScript
        assert "Kees Hovenier" not in html  # the suggestions themselves come with the second request

    def test_the_panel_shows_each_counterpart_with_its_reasons_and_actions(self, cast, login, garden):
        client = login(cast.connector_a)
        signup, kees = garden["signup"], garden["kees"]
        response = panel_for(client, "signup", signup)
        html = text(response)
        assert response.status_code == 200 and "<html" not in html  # only the fragment
        suggestions = suggestion_selectors.suggestions_for(cast.connector_a, signup, limit=10)
        assert kees in [s.candidate for s in suggestions] and garden["opening"] in [s.candidate for s in suggestions]
        for suggestion in suggestions:
            row = row_html(html, key_of(signup, suggestion.candidate))
            assert suggestion.reasons, "every suggestion explains itself"
            assert " · ".join(str(r) for r in suggestion.reasons).replace("'", "&#x27;") in row
            assert str(MatchKind(suggestion.match_kind).label) in row
        row = row_html(html, key_of(signup, kees))
        assert f'href="{reverse("people:resident_detail", args=[kees.uuid])}">Kees Hovenier</a>' in row
        assert 'aria-label="Accept Kees Hovenier"' in row and 'name="token"' in row
        assert f'name="dismiss-{key_of(signup, kees)}-reason"' in row
        assert "Karin" not in html  # another team's resident is never suggested

    def test_without_javascript_the_panel_is_a_page_of_its_own(self, cast, login, garden):
        response = login(cast.connector_a).get(PANEL, {"signup": garden["signup"].uuid})
        html = text(response)
        assert "<html" in html and "Suggestions for Request: Hulp in de tuin" in html
        assert "Kees Hovenier" in html

    def test_the_match_flow_shows_the_panel_where_the_source_is_chosen(self, cast, login, garden):
        client = login(cast.connector_a)
        signup, opening = garden["signup"], garden["opening"]
        html = text(client.get(reverse("matching:match_create"), {"signup": signup.uuid}))
        assert f'hx-get="{PANEL}?signup={signup.uuid}"' in html  # the kind step: every kind
        html = text(client.get(reverse("matching:match_create"), {"place": opening.place.uuid}))
        assert f'hx-get="{PANEL}?place={opening.place.uuid}"' in html
        # An opening has one kind of match: no kind step, the panel is beside the search.
        html = text(client.get(reverse("matching:match_create"), {"opening": opening.uuid}))
        assert f'hx-get="{PANEL}?opening={opening.uuid}&amp;kind=resident_place"' in html
        html = text(client.get(reverse("matching:match_create"), {"signup": signup.uuid, "kind": "resident_place"}))
        assert PANEL not in html  # the search step after the kind step: the panel was one step before

    def test_a_kind_limits_the_panel_to_that_kind(self, cast, login, garden):
        html = text(panel_for(login(cast.connector_a), "signup", garden["signup"], kind="resident_place"))
        assert "Vrijwilliger moestuin" in html and "Kees Hovenier" not in html

    def test_the_panel_answers_403_for_roles_and_404_out_of_scope(self, cast, login, garden):
        signup = garden["signup"]
        for role in ("generalist_a", "analyst", "municipality", "admin", "no_role"):
            assert panel_for(login(cast.roles()[role]), "signup", signup).status_code == 403, role
        client = login(cast.connector_b)
        assert panel_for(client, "signup", signup).status_code == 404
        assert client.get(PANEL, {"resident": garden["karin"].uuid}).status_code == 200  # their own resident
        client = login(cast.connector_a)
        assert client.get(PANEL, {"signup": "not-a-uuid"}).status_code == 404
        assert client.get(PANEL).status_code == 404
        assert client.get(PANEL, {"signup": signup.uuid, "resident": garden["kees"].uuid}).status_code == 404

    def test_the_panel_runs_a_fixed_number_of_queries(self, cast, login, garden, django_assert_max_num_queries):
        client = login(cast.connector_a)
        for n in range(6):
            scan = TalentScanFactory(resident=ResidentFactory(), good_at=f"Tuinieren {n}")
            scan.talents.add(Talent.objects.get(slug="tuinieren"))
            OpeningFactory(place=PlaceFactory()).talents.add(Talent.objects.get(slug="tuinieren"))
        panel_for(client, "signup", garden["signup"])  # the engine brings its candidate index up to date first
        with django_assert_max_num_queries(16):
            response = panel_for(client, "signup", garden["signup"])
        assert rows_in(text(response)) == 10


# --- accepting and dismissing ---------------------------------------------------------------------------------------


class TestAccept:
    def test_accepting_by_htmx_proposes_the_match_and_goes_there(self, cast, login, garden):
        client = login(cast.connector_a)
        signup, kees = garden["signup"], garden["kees"]
        token = token_of(text(panel_for(client, "signup", signup)), key_of(signup, kees))
        response = client.post(ACCEPT, {"token": token}, **HTMX)
        match = Match.objects.get()
        assert response.status_code == 200
        assert response["HX-Redirect"] == reverse("matching:match_detail", args=[match.uuid])
        assert (match.status, match.resident_a, match.resident_b, match.request) == (
            MatchStatus.PROPOSED,
            garden["joke"],
            kees,
            signup,
        )
        feedback = SuggestionFeedback.objects.get()
        assert feedback.decision == SuggestionDecision.ACCEPTED and feedback.match == match
        assert set(feedback.features) == set(SIGNALS)
        # The accepted counterpart now has a match under way and is no longer suggested.
        assert "Kees Hovenier" not in text(panel_for(client, "signup", signup))

    def test_accepting_without_javascript_redirects_to_the_match(self, cast, login, garden):
        client = login(cast.connector_a)
        opening, signup = garden["opening"], garden["signup"]
        html = text(client.get(PANEL, {"signup": signup.uuid}))
        response = client.post(ACCEPT, {"token": token_of(html, key_of(signup, opening))})
        match = Match.objects.get()
        assert response.status_code == 302 and response.url == reverse("matching:match_detail", args=[match.uuid])
        assert match.kind == MatchKind.RESIDENT_PLACE and match.opening == opening and match.request == signup
        assert "The match has been proposed." in text(client.get(response.url))

    def test_a_refused_proposal_is_shown_in_the_row(self, cast, login, garden):
        client = login(cast.connector_a)
        opening, signup = garden["opening"], garden["signup"]
        key = key_of(signup, opening)
        html = text(panel_for(client, "signup", signup))
        token = token_of(html, key)
        opening.closed_on = opening.opened_on  # closed meanwhile, in another window
        opening.save(update_fields=["closed_on"])
        response = client.post(ACCEPT, {"token": token}, **HTMX)
        assert response.status_code == 200 and "HX-Redirect" not in response
        assert "This opening is closed." in text(response)
        response = client.post(ACCEPT, {"token": token})  # without JavaScript: the panel page with the refusal
        assert response.status_code == 200 and "This opening is closed." in text(response)
        assert not Match.objects.exists() and not SuggestionFeedback.objects.exists()

    def test_a_token_that_is_altered_or_of_someone_else_is_refused(self, cast, login, garden, team_a):
        signup, kees = garden["signup"], garden["kees"]
        token = token_of(text(panel_for(login(cast.connector_a), "signup", signup)), key_of(signup, kees))
        client = login(cast.connector_a)
        assert client.post(ACCEPT, {"token": token[:-2] + "xx"}).status_code == 400
        assert client.post(ACCEPT, {}).status_code == 400
        assert login(cast.team_lead_a).post(ACCEPT, {"token": token}).status_code == 400
        assert not Match.objects.exists()

    def test_accept_and_dismiss_are_post_only_and_for_roles_that_make_matches(self, cast, login):
        for url in (ACCEPT, DISMISS):
            assert login(cast.connector_a).get(url).status_code == 405
            for role in ("generalist_a", "analyst", "admin"):
                assert login(cast.roles()[role]).post(url, {}).status_code == 403

    def test_a_counterpart_out_of_scope_now_answers_404(self, cast, login, garden, buurt_b):
        client = login(cast.connector_a)
        signup, kees = garden["signup"], garden["kees"]
        token = token_of(text(panel_for(client, "signup", signup)), key_of(signup, kees))
        kees.buurt, kees.team = buurt_b, cast.team_b  # moved to another team's area meanwhile
        kees.save(update_fields=["buurt", "team"])
        assert client.post(ACCEPT, {"token": token}).status_code == 404
        assert not Match.objects.exists()


class TestDismiss:
    def dismiss(self, client, signup, candidate, html, *, reason=DismissReason.TOO_FAR, note="", htmx=True):
        key = key_of(signup, candidate)
        data = {
            **panel_options(html, key),
            "token": token_of(html, key),
            "key": key,
            f"dismiss-{key}-reason": reason,
            f"dismiss-{key}-note": note,
        }
        return client.post(DISMISS, data, **(HTMX if htmx else {}))

    def test_dismissing_by_htmx_swaps_in_the_panel_with_the_next_suggestion(self, cast, login, garden):
        client = login(cast.connector_a)
        signup, kees = garden["signup"], garden["kees"]
        html = text(panel_for(client, "signup", signup, limit=1, kind="resident_resident"))
        assert "Kees Hovenier" in html and 'name="limit" value="1"' in html
        extra = ResidentFactory(first_name="Lotte", last_name="Groen")
        TalentScanFactory(resident=extra, good_at="Tuinieren").talents.add(Talent.objects.get(slug="tuinieren"))
        response = self.dismiss(client, signup, kees, html, note="Kent Joke al")
        panel = text(response)
        assert response.status_code == 200 and "<html" not in panel
        assert "Kees Hovenier will not be suggested again here." in panel
        assert 'id="' + key_of(signup, kees) + '"' not in panel
        assert rows_in(panel) == 1  # the next one takes its place
        feedback = SuggestionFeedback.objects.get()
        assert (feedback.decision, feedback.reason, feedback.note) == ("dismissed", "too_far", "Kent Joke al")
        assert feedback.candidate_id == kees.pk and feedback.rank == 1
        assert set(feedback.features) == set(SIGNALS)

    def test_dismissing_without_a_reason_shows_the_error_in_the_row(self, cast, login, garden):
        client = login(cast.connector_a)
        signup, kees = garden["signup"], garden["kees"]
        html = text(panel_for(client, "signup", signup))
        response = self.dismiss(client, signup, kees, html, reason="")
        row = row_html(text(response), key_of(signup, kees))
        assert response.status_code == 200 and "This field is required." in row
        assert "<details" in row and " open>" in row and 'aria-invalid="true"' in row
        response = self.dismiss(client, signup, kees, html, reason="", htmx=False)
        assert response.status_code == 200 and "<html" in text(response)
        assert "This field is required." in row_html(text(response), key_of(signup, kees))
        assert not SuggestionFeedback.objects.exists()

    def test_dismissing_without_javascript_returns_to_the_panel_page(self, cast, login, garden):
        client = login(cast.connector_a)
        signup, opening = garden["signup"], garden["opening"]
        html = text(client.get(PANEL, {"signup": signup.uuid}))
        response = self.dismiss(client, signup, opening, html, reason=DismissReason.NO_TIME_MATCH, htmx=False)
        assert response.status_code == 302 and response.url == f"{PANEL}?signup={signup.uuid}&limit=10"
        page = text(client.get(response.url))
        assert "Vrijwilliger moestuin (Buurthuis" in page  # in the message only
        assert 'id="' + key_of(signup, opening) + '"' not in page
        assert SuggestionFeedback.objects.get().reason == DismissReason.NO_TIME_MATCH

    def test_a_dismissed_counterpart_is_not_suggested_again_for_that_source_only(self, cast, login, garden):
        client = login(cast.connector_a)
        signup, kees = garden["signup"], garden["kees"]
        self.dismiss(client, signup, kees, text(panel_for(client, "signup", signup)))
        assert "Kees Hovenier" not in text(panel_for(client, "signup", signup))
        assert "Kees Hovenier" in text(panel_for(client, "resident", garden["joke"]))

    def test_a_bad_key_is_refused(self, cast, login, garden):
        client = login(cast.connector_a)
        signup, kees = garden["signup"], garden["kees"]
        html = text(panel_for(client, "signup", signup))
        response = client.post(DISMISS, {"token": token_of(html, key_of(signup, kees)), "key": "<script>"})
        assert response.status_code == 400


# --- the team's matching round --------------------------------------------------------------------------------------


class TestMatchingRound:
    def test_the_round_lists_open_signups_of_the_team_oldest_first_with_lazy_suggestions(self, cast, login, garden):
        from datetime import timedelta

        oldest = SignUpFactory(title="Samen wandelen", opened_on=garden["signup"].opened_on - timedelta(days=30))
        SignUpFactory(title="Al gematcht", status="matched", closed_on=garden["signup"].opened_on)
        SignUpFactory(resident=garden["karin"], title="Taalmaatje gezocht")  # team B
        html = text(login(cast.team_lead_a).get(reverse("matching:matching_round")))
        assert "Matching round: WIJ Centrum" in html
        assert html.index("Samen wandelen") < html.index("Hulp in de tuin")
        assert "Al gematcht" not in html and "Taalmaatje gezocht" not in html
        assert f'hx-get="{PANEL}?signup={oldest.uuid}&amp;limit=3&amp;compact=1"' in html
        assert 'hx-trigger="revealed"' in html and "Kees Hovenier" not in html  # loaded per row
        html = text(panel_for(login(cast.team_lead_a), "signup", oldest, limit=3, compact=1))
        assert "Top suggestions" in html and 0 < rows_in(html) <= 3
        assert 'name="compact" value="1"' in html

    def test_another_teams_round_is_404_and_other_roles_get_403(self, cast, login, garden):
        url = reverse("matching:matching_round")
        assert login(cast.connector_a).get(url, {"team": "stratum"}).status_code == 404
        assert login(cast.connector_b).get(url, {"team": "stratum"}).status_code == 200
        assert "Hulp in de tuin" not in text(login(cast.connector_b).get(url))
        for role in ("generalist_a", "analyst", "municipality", "admin", "no_role"):
            assert login(cast.roles()[role]).get(url).status_code == 403, role

    def test_the_round_is_paginated_with_a_fixed_number_of_queries(
        self, cast, login, settings, django_assert_max_num_queries
    ):
        settings.BLOEI_PAGE_SIZE = 5
        for n in range(7):
            SignUpFactory(title=f"Vraag {n}")
        client = login(cast.connector_a)
        with django_assert_max_num_queries(15):
            html = text(client.get(reverse("matching:matching_round")))
        assert html.count('<section class="bloei-card" aria-labelledby="round-') == 5 and "Page 1 of 2" in html
        html = text(client.get(reverse("matching:matching_round"), {"team": "centrum", "page": 2}))
        assert "Vraag 6" in html and "Vraag 0" not in html


# --- the beheerder's page -------------------------------------------------------------------------------------------


def feedback(user, decision, features, reason=""):
    signup_type = ContentType.objects.get_for_model(SignUp)
    return SuggestionFeedback.objects.create(
        user=user,
        source_type=signup_type,
        source_id=1,
        candidate_type=signup_type,
        candidate_id=2,
        match_kind=MatchKind.RESIDENT_RESIDENT,
        decision=decision,
        reason=reason,
        score=1.0,
        rank=1,
        features=features,
    )


@pytest.fixture
def decisions(cast):
    """Six decisions: the first signal strong in four (three accepted), weak in two (none accepted)."""
    first, second = SIGNALS[0], SIGNALS[1]
    user = cast.connector_a
    for value, decision, reason in [
        (0.9, "accepted", ""),
        (0.8, "accepted", ""),
        (0.5, "accepted", ""),
        (0.7, "dismissed", DismissReason.TOO_FAR),
        (0.1, "dismissed", DismissReason.TOO_FAR),
        (0.0, "dismissed", DismissReason.LANGUAGE),
    ]:
        feedback(user, decision, {first: value, second: 1.0 - value}, reason)


class TestTuning:
    URL = reverse("matching:suggestion_tuning")

    def test_the_figures_per_signal_and_reason(self, decisions):
        figures = suggestion_selectors.tuning_figures()
        assert (figures["total"], figures["accepted"], figures["dismissed"]) == (6, 3, 3)
        first, second = figures["signals"][0], figures["signals"][1]
        assert (first["strong"], first["strong_accepted"], first["weak"], first["weak_accepted"]) == (4, 3, 2, 0)
        assert first["strong_rate"] == 0.75 and first["weak_rate"] == 0
        # second = 1 - first: strong at 0.5 (accepted), 0.9, 1.0 (dismissed); weak at 0.1, 0.2 (accepted), 0.3
        assert (second["strong"], second["strong_accepted"], second["weak"], second["weak_accepted"]) == (3, 1, 3, 2)
        others = figures["signals"][2:]
        assert all(s["strong"] == s["weak"] == 0 and s["strong_rate"] is None for s in others)
        reasons = dict(figures["reasons"])
        assert reasons[DismissReason.TOO_FAR.label] == 2 and reasons[DismissReason.LANGUAGE.label] == 1
        assert reasons[DismissReason.NOT_NOW.label] == 0

    def test_the_page_shows_weights_and_acceptance_without_personal_data(self, cast, login, decisions):
        from bloei.matching.suggestions import SIGNAL_LABELS

        html = text(login(cast.admin).get(self.URL))
        assert "default weights, nothing learned yet" in html
        row = html[html.index(f'data-signal="{SIGNALS[0]}"') :]
        row = row[: row.index("</tr>")]
        assert str(SIGNAL_LABELS[SIGNALS[0]]) in row
        assert re.findall(r'<td class="utrecht-table__cell">([^<]*)</td>', row)[1:] == ["4", "75% (3)", "2", "0% (0)"]
        assert 'Too far away</th><td class="utrecht-table__cell">2</td>' in html
        assert "connector_a" not in html and "Anna" not in html

    def test_learning_again_saves_a_new_version(self, cast, login, decisions):
        client = login(cast.team_lead_a)
        response = client.post(self.URL)
        weights = RankingWeights.objects.get()
        assert response.status_code == 302 and weights.trained_on == 6
        html = text(client.get(self.URL))
        assert f"New weights learned from 6 decisions (version {weights.version})." in html
        assert "default weights" not in html
        assert AuditEvent.objects.filter(event="suggestion.weights_learned", actor=cast.team_lead_a).exists()

    def test_only_the_beheerder_and_team_leads_see_it(self, cast, login):
        for role in ("connector_a", "generalist_a", "analyst", "municipality", "no_role"):
            client = login(cast.roles()[role])
            assert client.get(self.URL).status_code == 403, role
            assert client.post(self.URL).status_code == 403, role
        assert not RankingWeights.objects.exists()


# --- JSON and the command -------------------------------------------------------------------------------------------


class TestJson:
    def test_the_list_has_the_documented_shape(self, cast, login, garden):
        response = login(cast.connector_a).get(JSON_URL, {"signup": garden["signup"].uuid, "limit": 5})
        assert response.status_code == 200 and response["Content-Type"] == "application/json"
        data = response.json()
        assert 0 < len(data) <= 5 and [item["rank"] for item in data] == list(range(1, len(data) + 1))
        keys = {"candidate_type", "uuid", "label", "match_kind", "score", "rank", "reasons", "features"}
        assert all(set(item) == keys | {"weights_version"} for item in data)
        kees = next(item for item in data if item["uuid"] == str(garden["kees"].uuid))
        assert kees["candidate_type"] == "resident" and kees["label"] == "Kees Hovenier"
        assert kees["match_kind"] == "resident_resident" and kees["reasons"]
        assert set(kees["features"]) == set(SIGNALS)
        assert [item["score"] for item in data] == sorted((item["score"] for item in data), reverse=True)
        assert str(garden["karin"].uuid) not in response.content.decode()

    def test_a_source_out_of_scope_is_404(self, cast, login, garden):
        response = login(cast.connector_b).get(JSON_URL, {"signup": garden["signup"].uuid})
        assert response.status_code == 404 and "errors" in response.json()
        generalist = login(cast.generalist_a)
        assert generalist.get(JSON_URL, {"resident": garden["joke"].uuid}).status_code == 404
        Assignment.objects.create(resident=garden["joke"], user=cast.generalist_a, role="generalist")
        assert generalist.get(JSON_URL, {"resident": garden["joke"].uuid}).status_code == 200
        assert login(cast.analyst).get(JSON_URL, {"signup": garden["signup"].uuid}).status_code == 403

    @pytest.mark.parametrize(
        ("params", "field"),
        [
            ({}, "__all__"),
            ({"signup": "SIGNUP", "resident": "SIGNUP"}, "__all__"),
            ({"signup": "not-a-uuid"}, "signup"),
            ({"signup": "SIGNUP", "limit": "0"}, "limit"),
            ({"signup": "SIGNUP", "limit": "many"}, "limit"),
            ({"signup": "SIGNUP", "kind": "friends"}, "kind"),
            ({"signup": "SIGNUP", "kind": "place_place"}, "kind"),  # a request does not start a match between places
        ],
    )
    def test_bad_parameters_are_400_with_the_reason(self, cast, login, garden, params, field):
        params = {name: str(garden["signup"].uuid) if value == "SIGNUP" else value for name, value in params.items()}
        response = login(cast.connector_a).get(JSON_URL, params)
        assert response.status_code == 400
        errors = response.json()["errors"]
        assert list(errors) == [field] and errors[field][0]

    def test_errors_come_in_the_users_language(self, cast, login):
        response = login(cast.connector_a, language="nl").get(JSON_URL, {"signup": "not-a-uuid"})
        assert response.json() == {"errors": {"signup": ["Voer een geldige UUID in."]}}

    def test_the_command_prints_the_same_list(self, cast, login, garden):
        out = StringIO()
        call_command("suggest", user="connector_a", signup=str(garden["signup"].uuid), language="en", stdout=out)
        from_command = json.loads(out.getvalue())
        from_http = login(cast.connector_a).get(JSON_URL, {"signup": garden["signup"].uuid}).json()
        assert from_command == from_http and from_command
        out = StringIO()
        call_command("suggest", "--user=connector_a", f"--resident={garden['joke'].uuid}", "--limit=1", stdout=out)
        assert len(json.loads(out.getvalue())) == 1

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["--user=nobody"], "No active user"),
            (["--user=analyst"], "may not see matches"),
            (["--user=connector_b"], "Not found"),
            (["--user=connector_a", "--limit=0"], "limit"),
            (["--user=connector_a", "--kind=place_place"], "kind"),
        ],
    )
    def test_the_command_refuses_what_the_user_may_not_see_or_bad_input(self, cast, garden, args, message):
        with pytest.raises(CommandError, match=message):
            call_command("suggest", *args, f"--signup={garden['signup'].uuid}", "--language=en", stdout=StringIO())

    def test_an_ended_no_click_pair_is_not_suggested_again(self, cast, login, garden):
        MatchFactory(resident_a=garden["joke"], resident_b=garden["kees"], ended=True)  # ended for "no click"
        data = login(cast.connector_a).get(JSON_URL, {"signup": garden["signup"].uuid}).json()
        assert str(garden["kees"].uuid) not in [item["uuid"] for item in data]
