"""Core pages: "Today" (home), the search box and the key figures.

Each view imports what it needs, so the three can be worked on separately.
"""


def home(request):
    """The start page "Vandaag" (Today) of connectors, generalists and team leads.

    Roles without casework go to their own start: the beheerder to the admin, analyst and municipality
    to the key figures. Anyone else has nothing to see here (403).
    """
    from django.core.exceptions import PermissionDenied
    from django.shortcuts import redirect, render
    from django.utils import timezone

    from bloei.accounts.choices import Role
    from bloei.core import access
    from bloei.matching.selectors import today_for

    user = request.user
    if not user.has_role(*access.CASEWORK):
        if access.can(user, "admin.reference"):
            return redirect("admin:index")
        if user.has_role(Role.ANALYST, Role.MUNICIPALITY):
            return redirect("core:figures")
        raise PermissionDenied
    from bloei.core.today import panels_for

    on = timezone.localdate()
    context = today_for(user, on)
    context.update(
        panels=panels_for(user, on),
        can_edit_residents=access.can(user, "residents.edit"),
        can_edit_matches=access.can(user, "matches.edit"),
        is_team_lead=user.has_role(Role.TEAM_LEAD),
    )
    return render(request, "core/home.html", context)


def search(request):
    """One search box over residents (only those the user may see), places and openings.

    ?q=words&buurt=<CBS code>&type=all|residents|places|openings&page=. Residents need the capability
    residents.view; places and openings places.view. A role with neither gets 403.
    """
    from django.core.exceptions import PermissionDenied
    from django.shortcuts import render

    from bloei.core import access, selectors
    from bloei.geo.models import Buurt

    user = request.user
    allowed = selectors.search_types_for(user)
    if not allowed:
        raise PermissionDenied
    text = request.GET.get("q", "").strip()[:100]
    kind = request.GET.get("type", "all")
    if kind != "all" and kind not in allowed:
        kind = "all"
    buurten = Buurt.objects.defer("geometry").order_by("name", "code")
    buurt_code = request.GET.get("buurt", "")
    buurt = next((b for b in buurten if b.code == buurt_code), None) if buurt_code else None
    sections = selectors.search(user, text=text, buurt=buurt, type=kind, page=request.GET.get("page"))
    return render(
        request,
        "core/search.html",
        {
            "q": text,
            "type": kind,
            "buurt": buurt,
            "buurten": buurten,
            "types": [(t, selectors.SEARCH_TYPES[t]) for t in allowed],
            "sections": sections,
            "searched": bool(text or buurt),
            "can_see_residents": access.can(user, "residents.view"),
        },
    )


def figures(request):
    """Key figures of the organisation without personal data, as of a date (?on=YYYY-MM-DD, default today)."""
    from datetime import date

    from django.conf import settings
    from django.shortcuts import render
    from django.utils import timezone
    from django.utils.translation import gettext as _

    from bloei.core import access, selectors

    access.require(request.user, "figures.view")
    today = timezone.localdate()
    on, error = today, ""
    raw = request.GET.get("on", "").strip()
    if raw:
        try:
            on = date.fromisoformat(raw)
        except ValueError:
            error = _("Enter a valid date.")
        else:
            if on > today:
                on, error = today, _("Figures cannot be shown for a date in the future.")
    return render(
        request,
        "core/figures.html",
        {
            "figures": selectors.key_figures(on),
            "on": on,
            "today": today,
            "on_error": error,
            "durable_after_days": settings.BLOEI_DURABLE_AFTER_DAYS,
        },
    )
