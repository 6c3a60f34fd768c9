from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language

urlpatterns = [
    path("", include("bloei.core.urls")),
    path("account/", include("bloei.accounts.urls")),
    path("inwoners/", include("bloei.people.urls")),
    path("plaatsen/", include("bloei.places.urls")),
    path("matches/", include("bloei.matching.urls")),
    path("gemeenschap/", include("bloei.community.urls")),
    path("trainingen/", include("bloei.trainings.urls")),
    path("outreach/", include("bloei.outreach.urls")),
    path("wijkplannen/", include("bloei.plans.urls")),
    path("werkbelasting/", include("bloei.workload.urls")),
    path("doorverwijzingen/", include("bloei.referrals.urls")),
    path("monitoring/", include("bloei.monitoring.urls")),
    path("import/", include("bloei.imports.urls")),
    # The language switch also works on the login page.
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("beheer/", admin.site.urls),
]
