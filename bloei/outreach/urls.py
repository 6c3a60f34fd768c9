from django.urls import path

from . import views

app_name = "outreach"

urlpatterns = [
    path("rondes/", views.round_list, name="round_list"),
    path("rondes/nieuw/", views.round_create, name="round_create"),
    path("rondes/<uuid:uuid>/", views.round_detail, name="round_detail"),
    path("rondes/<uuid:uuid>/wijzigen/", views.round_edit, name="round_edit"),
    path("rondes/<uuid:uuid>/aanmeldingen/nieuw/", views.signup_add, name="signup_add"),
    path("rondes/<uuid:uuid>/aanmeldingen/<int:pk>/verwijderen/", views.signup_remove, name="signup_remove"),
    path("bereik/", views.overview, name="overview"),
    path("ambassadeurs/", views.ambassador_list, name="ambassador_list"),
    path("ambassadeurs/<uuid:uuid>/", views.ambassador_detail, name="ambassador_detail"),
    path("ambassadeurs/<uuid:uuid>/flyer/", views.ambassador_flyer, name="ambassador_flyer"),
]
