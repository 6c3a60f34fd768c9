from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from . import access

# (url name, label, capability). Shown when the user has the capability.
NAVIGATION = [
    ("core:home", _("Today"), None),
    ("people:resident_list", _("Residents"), "residents.view"),
    ("matching:signup_list", _("Requests and offers"), "residents.view"),
    ("matching:match_list", _("Matches"), "matches.view"),
    ("matching:matching_round", _("Matching round"), "matches.edit"),
    ("places:place_list", _("Places"), "places.view"),
    ("community:network_list", _("Networks"), "community.view"),
    ("community:activity_list", _("Activities"), "community.view"),
    ("core:search", _("Search"), "residents.view"),
    ("accounts:team_overview", _("Team"), "team.overview"),
    ("imports:upload", _("Import"), "imports.run"),
    ("core:figures", _("Key figures"), "figures.view"),
    ("admin:index", _("Reference data"), "admin.reference"),
    ("matching:suggestion_tuning", _("Suggestion learning"), "matching.tuning"),
]


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"navigation": []}
    items = []
    for name, label, capability in NAVIGATION:
        if capability and not access.can(user, capability):
            continue
        if capability is None and not user.has_role(*access.CASEWORK):
            continue
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        items.append({"url": url, "label": label, "current": False})
    # The current item is the one whose URL is the longest prefix of the path.
    matching = [
        item
        for item in items
        if request.path == item["url"] or (item["url"] != "/" and request.path.startswith(item["url"]))
    ]
    if matching:
        max(matching, key=lambda item: len(item["url"]))["current"] = True
    return {"navigation": items}
