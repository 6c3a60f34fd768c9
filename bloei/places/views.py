from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from bloei.core import access
from bloei.core.access import capability_required, visible_or_404
from bloei.core.forms import add_service_error
from bloei.people.choices import DayPart

from . import selectors, services
from .forms import OpeningCloseForm, OpeningForm, PlaceFilterForm, PlaceForm, PlaceRemoveForm
from .models import Opening, Place


def _places(user):
    return Place.objects.visible_to(user).select_related("buurt").defer("buurt__geometry")


def _openings(user):
    return Opening.objects.visible_to(user).select_related("place")


@capability_required("places.view")
def place_list(request):
    # Until the filter form is submitted (it sends f=1), only active places are listed.
    data = request.GET if "f" in request.GET else {**request.GET.dict(), "active": "on"}
    form = PlaceFilterForm(data)
    filters = form.cleaned_data if form.is_valid() else {}
    places = selectors.place_list(
        request.user,
        text=filters.get("q", ""),
        buurt=filters.get("buurt"),
        kind=filters.get("kind", ""),
        only_active=filters.get("active", False),
    ).defer("buurt__geometry")
    page_obj = Paginator(places, settings.BLOEI_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"form": form, "page_obj": page_obj, "can_edit": access.can(request.user, "places.edit")}
    if request.htmx and not request.htmx.boosted:
        return render(request, "places/partials/place_results.html", context)
    return render(request, "places/place_list.html", context)


@capability_required("places.edit")
def place_create(request):
    form = PlaceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            place = services.create_place(by=request.user, **form.service_kwargs())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The place has been added."))
            return redirect("places:place_detail", uuid=place.uuid)
    return render(request, "places/place_form.html", {"form": form})


@capability_required("places.view")
def place_detail(request, uuid):
    place = visible_or_404(_places(request.user).prefetch_related("languages"), uuid=uuid)
    matches = selectors.match_rows(request.user, selectors.visible_matches_with_place(request.user, place))
    can_see_community = access.can(request.user, "community.view")
    activities = list(selectors.visible_activities_at(request.user, place)) if can_see_community else []
    return render(
        request,
        "places/place_detail.html",
        {
            "place": place,
            "verification_due": selectors.verification_due(place),
            "openings": selectors.openings_of_place(place),
            "activities": activities,
            "matches": matches,
            "can_edit": access.can(request.user, "places.edit"),
            "can_match": access.can(request.user, "matches.edit"),
            "can_see_community": can_see_community,
            "remove_form": PlaceRemoveForm(),
        },
    )


@capability_required("places.edit")
def place_edit(request, uuid):
    place = visible_or_404(_places(request.user), uuid=uuid)
    form = PlaceForm(request.POST or None, instance=place)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_place(
                place=place, by=request.user, verified=form.cleaned_data["verified"], **form.service_kwargs()
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The changes have been saved."))
            return redirect("places:place_detail", uuid=place.uuid)
    return render(request, "places/place_form.html", {"form": form, "place": place})


@capability_required("places.edit")
def place_verify(request, uuid):
    """Mark the place's details as checked today. HTMX gets the updated date back; a plain POST redirects."""
    place = visible_or_404(_places(request.user), uuid=uuid)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.mark_place_verified(place=place, by=request.user)
    if request.htmx:
        context = {"place": place, "can_edit": True, "verification_due": selectors.verification_due(place)}
        return render(request, "places/partials/place_verified.html", context)
    messages.success(request, _("The details are marked as verified today."))
    return redirect("places:place_detail", uuid=place.uuid)


@capability_required("places.edit")
def place_remove(request, uuid):
    """The place is no longer active from the date given (POST from the form on the place page)."""
    place = visible_or_404(_places(request.user), uuid=uuid)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = PlaceRemoveForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Enter a valid date."))
        services.remove_place(place=place, by=request.user, removed_on=form.cleaned_data["removed_on"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The place is marked as no longer active."))
    return redirect("places:place_detail", uuid=place.uuid)


@capability_required("places.edit")
def place_reinstate(request, uuid):
    place = visible_or_404(_places(request.user), uuid=uuid)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.reinstate_place(place=place, by=request.user)
    messages.success(request, _("The place is active again."))
    return redirect("places:place_detail", uuid=place.uuid)


@capability_required("places.edit")
def opening_create(request, uuid):
    place = visible_or_404(_places(request.user), uuid=uuid)
    if not place.is_active:
        messages.error(request, _("This place is no longer active; it cannot get new openings."))
        return redirect("places:place_detail", uuid=place.uuid)
    form = OpeningForm(request.POST or None, instance=Opening(place=place))
    if request.method == "POST" and form.is_valid():
        try:
            opening = services.create_opening(place=place, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The opening has been added."))
            return redirect("places:opening_detail", uuid=opening.uuid)
    return render(request, "places/opening_form.html", {"form": form, "place": place})


@capability_required("places.view")
def opening_detail(request, uuid):
    opening = visible_or_404(selectors.with_capacity(_openings(request.user)).prefetch_related("talents"), uuid=uuid)
    matches = selectors.match_rows(request.user, selectors.visible_matches_on_opening(request.user, opening))
    return render(
        request,
        "places/opening_detail.html",
        {
            "opening": opening,
            "place": opening.place,
            "availability": [DayPart(code).label for code in opening.availability if code in DayPart.values],
            "matches": matches,
            "can_edit": access.can(request.user, "places.edit"),
            "can_match": access.can(request.user, "matches.edit"),
            "close_form": OpeningCloseForm(),
        },
    )


@capability_required("places.edit")
def opening_edit(request, uuid):
    opening = visible_or_404(_openings(request.user), uuid=uuid)
    form = OpeningForm(request.POST or None, instance=opening)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_opening(opening=opening, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The changes have been saved."))
            return redirect("places:opening_detail", uuid=opening.uuid)
    return render(request, "places/opening_form.html", {"form": form, "place": opening.place, "opening": opening})


@capability_required("places.edit")
def opening_close(request, uuid):
    """The opening takes no one new from the date given (POST from the form on the opening page)."""
    opening = visible_or_404(_openings(request.user), uuid=uuid)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = OpeningCloseForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Enter a valid date."))
        services.close_opening(opening=opening, by=request.user, closed_on=form.cleaned_data["closed_on"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The opening is closed."))
    return redirect("places:opening_detail", uuid=opening.uuid)


@capability_required("places.edit")
def opening_reopen(request, uuid):
    opening = visible_or_404(_openings(request.user), uuid=uuid)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        services.reopen_opening(opening=opening, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The opening takes people again."))
    return redirect("places:opening_detail", uuid=opening.uuid)
