from django.conf import settings
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Bloei – beheer"

urlpatterns = [
    path("", include("bloei.core.urls")),
    path("account/", include("bloei.accounts.urls")),
    path("inwoners/", include("bloei.people.urls")),
    path("plaatsen/", include("bloei.places.urls")),
    path("matches/", include("bloei.matching.urls")),
    path("gemeenschap/", include("bloei.community.urls")),
    path("import/", include("bloei.imports.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("beheer/", admin.site.urls),
]
