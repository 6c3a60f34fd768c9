"""A URL configuration for selector tests: the people URLs plus the named detail pages of matching and
community that the timeline links to, so the link logic is tested apart from those apps' views."""

from django.http import HttpResponse
from django.urls import include, path


def _page(request, uuid):  # pragma: no cover - only reversed, never requested
    return HttpResponse()


matching = (
    [path("m/<uuid:uuid>/", _page, name="match_detail"), path("s/<uuid:uuid>/", _page, name="signup_detail")],
    "matching",
)
community = (
    [path("n/<uuid:uuid>/", _page, name="network_detail"), path("a/<uuid:uuid>/", _page, name="activity_detail")],
    "community",
)

urlpatterns = [
    path("inwoners/", include("bloei.people.urls")),
    path("matches/", include(matching)),
    path("gemeenschap/", include(community)),
]
