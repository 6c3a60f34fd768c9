from django.urls import path

from . import suggestion_views, views

app_name = "matching"

urlpatterns = [
    path("aanmeldingen/", views.signup_list, name="signup_list"),
    path("aanmeldingen/nieuw/", views.signup_create, name="signup_create"),
    path("aanmeldingen/<uuid:uuid>/", views.signup_detail, name="signup_detail"),
    path("aanmeldingen/<uuid:uuid>/intrekken/", views.signup_withdraw, name="signup_withdraw"),
    path("", views.match_list, name="match_list"),
    path("nieuw/", views.match_create, name="match_create"),
    path("<uuid:uuid>/", views.match_detail, name="match_detail"),
    path("<uuid:uuid>/status/", views.match_transition, name="match_transition"),
    path("follow-up/<int:pk>/", views.followup_record, name="followup_record"),
    # Ranked suggestions: the panel, accepting and dismissing, the team's matching round, the beheerder's page, JSON.
    path("suggesties/", suggestion_views.suggestion_panel, name="suggestion_panel"),
    path("suggesties/accepteren/", suggestion_views.suggestion_accept, name="suggestion_accept"),
    path("suggesties/afwijzen/", suggestion_views.suggestion_dismiss, name="suggestion_dismiss"),
    path("suggesties/leren/", suggestion_views.suggestion_tuning, name="suggestion_tuning"),
    path("suggesties.json", suggestion_views.suggestion_json, name="suggestion_json"),
    path("matchronde/", suggestion_views.matching_round, name="matching_round"),
]
