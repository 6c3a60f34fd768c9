from django.urls import path

from . import views

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
]
