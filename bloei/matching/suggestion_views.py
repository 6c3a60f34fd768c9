"""What users see of ranked suggestions: the panel (HTMX, two-step load), accepting and dismissing,
the team's matching round, the beheerder's page on how the ranking learns, and the list as JSON.

Each suggestion in the panel carries a signed token with what it was ranked on (source, counterpart, kind,
score, position, signal values, weights version), so the feedback stored on accept or dismiss is exactly
what the user saw, and cannot be altered in the browser.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseBadRequest, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from django_htmx.http import HttpResponseClientRedirect

from bloei.core.access import capability_required

from . import services
from . import suggestion_selectors as selectors
from .choices import MatchKind
from .forms import AcceptSuggestionForm, DismissSuggestionForm, MatchingRoundForm, SuggestionQueryForm

TOKEN_SALT = "bloei.matching.suggestion"  # noqa: S105 (a signing salt, not a password)
PANEL_LIMIT = 10
PANEL_LIMIT_MAX = 20
ROUND_SUGGESTIONS = 3
KEY = re.compile(r"^[a-z]+\d+-[a-z]+\d+$")


def _is_fragment(request) -> bool:
    return bool(request.htmx) and not request.htmx.boosted


# --- what a panel shows, and the signed suggestions in it -------------------------------------------------------------


@dataclass
class PanelOptions:
    """How a panel was asked for: the kind of match (or all the source allows), how many, compact (matching round)."""

    source_type: str
    kind: str = ""
    limit: int = PANEL_LIMIT
    compact: bool = False

    @classmethod
    def from_data(cls, source_type: str, data) -> "PanelOptions":
        kind = data.get("kind", "")
        if kind not in selectors.SOURCE_KINDS[source_type]:
            kind = ""
        try:
            limit = min(max(int(data.get("limit", PANEL_LIMIT)), 1), PANEL_LIMIT_MAX)
        except (TypeError, ValueError):
            limit = PANEL_LIMIT
        return cls(source_type, kind, limit, data.get("compact") == "1")

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.kind,) if self.kind else selectors.SOURCE_KINDS[self.source_type]

    @property
    def hidden(self) -> dict[str, str]:
        """The options as form fields, so a POST from the panel can show the same panel again."""
        values = {"kind": self.kind, "limit": str(self.limit), "compact": "1" if self.compact else ""}
        return {name: value for name, value in values.items() if value}

    def url(self, source) -> str:
        query = {self.source_type: source.uuid, **self.hidden}
        return f"{reverse('matching:suggestion_panel')}?{urlencode(query)}"


@dataclass
class Row:
    """One suggestion as the panel shows it."""

    suggestion: object
    candidate_type: str
    key: str
    label: str
    url: str
    token: str
    dismiss_form: DismissSuggestionForm
    errors: list = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return MatchKind(self.suggestion.match_kind).label


def _sign(user, source, suggestion) -> str:
    candidate = suggestion.candidate
    payload = {
        "u": user.pk,
        "s": [selectors.type_of(source), source.pk],
        "c": [selectors.type_of(candidate), candidate.pk],
        "k": suggestion.match_kind,
        "sc": float(suggestion.score),
        "r": suggestion.rank,
        "f": {name: float(value) for name, value in suggestion.features.items()},
        "w": suggestion.weights_version,
    }
    return signing.dumps(payload, salt=TOKEN_SALT, compress=True)


@dataclass
class SignedSuggestion:
    """A suggestion read back from its token: what services.accept_suggestion / dismiss_suggestion need."""

    candidate: object
    match_kind: str
    score: float
    rank: int
    features: dict
    weights_version: int | None


def _unsign(request):
    """The source and suggestion of a posted token; None for a token that is not ours or not this user's.

    Source and counterpart are read again through the user's scope: 404 when either is out of it now.
    """
    try:
        payload = signing.loads(request.POST.get("token", ""), salt=TOKEN_SALT)
        if payload["u"] != request.user.pk:
            return None
        (source_type, source_pk), (candidate_type, candidate_pk) = payload["s"], payload["c"]
        if source_type not in selectors.SOURCE_MODELS or candidate_type not in selectors.CANDIDATE_MODELS:
            return None
        kind, score, rank, features = payload["k"], payload["sc"], payload["r"], payload["f"]
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    source = selectors.get_source(request.user, source_type, pk=source_pk)
    candidate = selectors.get_candidate(request.user, candidate_type, pk=candidate_pk)
    return source, SignedSuggestion(candidate, kind, score, rank, features, payload.get("w"))


def _row_key(source, candidate) -> str:
    return f"{selectors.type_of(source)}{source.pk}-{selectors.type_of(candidate)}{candidate.pk}"


def _panel_id(source) -> str:
    return f"suggestions-{selectors.type_of(source)}-{source.uuid}"


def _render_panel(request, source, options: PanelOptions, *, failed: dict | None = None, notice: str = ""):
    """The panel (fragment for HTMX, else a page around it). `failed`: key -> (dismiss form, error messages)."""
    failed = dict(failed or {})
    rows = []
    for suggestion in selectors.suggestions_for(request.user, source, kinds=options.kinds, limit=options.limit):
        candidate = suggestion.candidate
        key = _row_key(source, candidate)
        form, errors = failed.pop(key, (None, []))
        rows.append(
            Row(
                suggestion=suggestion,
                candidate_type=selectors.type_of(candidate),
                key=key,
                label=selectors.candidate_label(candidate),
                url=selectors.object_url(candidate),
                token=_sign(request.user, source, suggestion),
                dismiss_form=form or DismissSuggestionForm(key=key),
                errors=errors,
            )
        )
    # Refusals for a suggestion that is no longer in the list are shown above it.
    other_errors = [message for _form, errors in failed.values() for message in errors]
    context = {
        "source": source,
        "source_type": options.source_type,
        "source_label": selectors.source_label(source),
        "source_url": selectors.object_url(source),
        "rows": rows,
        "options": options,
        "panel_id": _panel_id(source),
        "panel_url": options.url(source),
        "errors": other_errors,
        "notice": notice,
    }
    if _is_fragment(request):
        return render(request, "matching/partials/suggestions.html", context)
    return render(request, "matching/suggestions.html", context)


def _panel_source(request):
    """The source named in the query string (exactly one of signup, resident, opening, place), or 404."""
    form = SuggestionQueryForm(request.GET)
    if not form.is_valid():
        raise Http404
    data = form.cleaned_data
    return data["source_type"], selectors.get_source(request.user, data["source_type"], uuid=data["source_uuid"])


# --- the panel ------------------------------------------------------------------------------------------------------


@require_GET
@capability_required("matches.edit")
def suggestion_panel(request):
    """Suggestions for a request, offer, resident, opening or place: the HTMX fragment, or a page without JavaScript."""
    source_type, source = _panel_source(request)
    return _render_panel(request, source, PanelOptions.from_data(source_type, request.GET))


def _after_post(request, source, options: PanelOptions, *, failed=None, notice=""):
    """Back to the panel: the fragment again for HTMX; a redirect to the panel page for a plain POST (PRG)."""
    if _is_fragment(request):
        return _render_panel(request, source, options, failed=failed, notice=notice)
    if failed:
        return _render_panel(request, source, options, failed=failed)
    if notice:
        messages.success(request, notice)
    return redirect(options.url(source))


@capability_required("matches.edit")
def suggestion_accept(request):
    """POST only: propose the suggested match, record the acceptance, and go to the new match."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = AcceptSuggestionForm(request.POST)
    signed = _unsign(request) if form.is_valid() else None
    if signed is None:
        return HttpResponseBadRequest(_("This suggestion could not be read. Reload the page and try again."))
    source, suggestion = signed
    options = PanelOptions.from_data(selectors.type_of(source), request.POST)
    try:
        match = services.accept_suggestion(by=request.user, source=source, suggestion=suggestion)
    except ValidationError as error:
        key = _row_key(source, suggestion.candidate)
        return _after_post(request, source, options, failed={key: (None, error.messages)})
    messages.success(request, _("The match has been proposed."))
    url = reverse("matching:match_detail", kwargs={"uuid": match.uuid})
    return HttpResponseClientRedirect(url) if _is_fragment(request) else redirect(url)


@capability_required("matches.edit")
def suggestion_dismiss(request):
    """POST only: dismiss a suggestion with a reason; the panel shows the next one instead."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    key = request.POST.get("key", "")
    signed = _unsign(request) if KEY.match(key) else None
    if signed is None:
        return HttpResponseBadRequest(_("This suggestion could not be read. Reload the page and try again."))
    source, suggestion = signed
    options = PanelOptions.from_data(selectors.type_of(source), request.POST)
    form = DismissSuggestionForm(request.POST, key=key)
    if form.is_valid():
        try:
            services.dismiss_suggestion(
                by=request.user,
                source=source,
                suggestion=suggestion,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            for name, errors in getattr(error, "error_dict", {None: error.error_list}).items():
                form.add_error(name if name in form.fields else None, errors)
        else:
            label = selectors.candidate_label(suggestion.candidate)
            notice = _("%(label)s will not be suggested again here.") % {"label": label}
            return _after_post(request, source, options, notice=notice)
    return _after_post(request, source, options, failed={key: (form, form.non_field_errors())})


# --- the team's matching round --------------------------------------------------------------------------------------


@require_GET
@capability_required("matches.edit")
def matching_round(request):
    """Open requests and offers of a team, oldest first, each with its top suggestions (loaded as the row shows)."""
    teams = selectors.round_teams(request.user)
    slug = request.GET.get("team")
    if slug:
        team = teams.filter(slug=slug).first()
        if team is None:
            raise Http404
    else:
        team = teams.first()
    page_obj = None
    if team is not None:
        signups = selectors.matching_round(request.user, team)
        page_obj = Paginator(signups, settings.BLOEI_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "matching/matching_round.html",
        {
            "team": team,
            "form": MatchingRoundForm(initial={"team": team}, teams=teams) if teams.count() > 1 else None,
            "page_obj": page_obj,
            "limit": ROUND_SUGGESTIONS,
        },
    )


# --- the beheerder's page -------------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@capability_required("matching.tuning")
def suggestion_tuning(request):
    """How the ranking learns: current weights, acceptance per signal, dismiss reasons; POST learns again."""
    if request.method == "POST":
        weights = services.relearn_suggestion_weights(by=request.user)
        messages.success(
            request,
            _("New weights learned from %(count)s decisions (version %(version)s).")
            % {"count": weights.trained_on, "version": weights.version},
        )
        return redirect("matching:suggestion_tuning")
    return render(request, "matching/suggestion_tuning.html", {"figures": selectors.tuning_figures()})


# --- JSON -----------------------------------------------------------------------------------------------------------


@require_GET
@capability_required("matches.view")
def suggestion_json(request):
    """GET ?signup=|resident=|opening=|place=<uuid>[&kind=][&limit=]: the ranked suggestions as a JSON list."""
    form = SuggestionQueryForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.error_dict()}, status=400)
    try:
        data = selectors.suggestions_json_list(request.user, form.cleaned_data)
    except Http404:
        return JsonResponse({"errors": {"__all__": [str(_("Not found."))]}}, status=404)
    except ValidationError as error:
        return JsonResponse({"errors": {k: [str(m) for m in v] for k, v in error.message_dict.items()}}, status=400)
    return JsonResponse(data, safe=False, json_dumps_params={"ensure_ascii": False})
