from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from . import access

# (url name, label, capability or capabilities (any of them)). Shown when the user has the capability.
# The first list is always in the menu; the second behind "More" (less frequent work).
NAVIGATION = [
    ("core:home", _("Today"), None),
    ("people:resident_list", _("Residents"), "residents.view"),
    ("matching:signup_list", _("Requests and offers"), "residents.view"),
    ("matching:match_list", _("Matches"), "matches.view"),
    ("places:place_list", _("Places"), "places.view"),
    ("community:network_list", _("Networks"), "community.view"),
    ("community:activity_list", _("Activities"), "community.view"),
    ("trainings:edition_list", _("Trainings"), "trainings.view"),
    ("referrals:referral_list", _("Referrals"), ("referrals.create", "referrals.receive")),
    ("core:search", _("Search"), "residents.view"),
    ("monitoring:dashboard", _("Dashboard"), "monitoring.dashboard"),
]
NAVIGATION_MORE = [
    ("matching:matching_round", _("Matching round"), "matches.edit"),
    ("outreach:round_list", _("Outreach"), "outreach.view"),
    ("outreach:ambassador_list", _("Ambassadors"), "outreach.view"),
    ("plans:plan_list", _("Neighbourhood plans"), "plans.view"),
    ("referrals:signal_list", _("Signals"), "signals.view"),
    ("workload:my_week", _("My hours"), "workload.record"),
    ("workload:overview", _("Team hours"), "workload.overview"),
    ("workload:boundary_list", _("Setting boundaries"), "boundaries.view"),
    ("trainings:ladder_overview", _("Participation ladder"), "trainings.view"),
    ("accounts:team_overview", _("Team"), "team.overview"),
    ("imports:upload", _("Import"), "imports.run"),
    ("core:figures", _("Key figures"), "figures.view"),
    ("monitoring:need", _("Need and effort"), "monitoring.dashboard"),
    ("monitoring:quality", _("Data quality"), "monitoring.quality"),
    ("monitoring:definitions", _("Indicator definitions"), "monitoring.definitions"),
    ("admin:index", _("Reference data"), "admin.reference"),
    ("matching:suggestion_tuning", _("Suggestion learning"), "matching.tuning"),
]


def _items(user, entries) -> list[dict]:
    items = []
    for name, label, capability in entries:
        capabilities = (capability,) if isinstance(capability, str) else capability
        if capabilities and not any(access.can(user, c) for c in capabilities):
            continue
        if capability is None and not user.has_role(*access.CASEWORK):
            continue
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        items.append({"url": url, "label": label, "current": False})
    return items


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"navigation": [], "navigation_more": []}
    items = _items(user, NAVIGATION)
    more = _items(user, NAVIGATION_MORE)
    if len(items) + len(more) <= 8:  # a short menu needs no "More"
        items, more = items + more, []
    # The current item is the one whose URL is the longest prefix of the path.
    matching = [
        item
        for item in items + more
        if request.path == item["url"] or (item["url"] != "/" and request.path.startswith(item["url"]))
    ]
    if matching:
        max(matching, key=lambda item: len(item["url"]))["current"] = True
    return {"navigation": items, "navigation_more": more, "more_current": any(i["current"] for i in more)}
