from django.urls import path

from . import views

app_name = "places"

urlpatterns = [
    path("", views.place_list, name="place_list"),
    path("nieuw/", views.place_create, name="place_create"),
    path("<uuid:uuid>/", views.place_detail, name="place_detail"),
    path("<uuid:uuid>/wijzigen/", views.place_edit, name="place_edit"),
    path("<uuid:uuid>/gecontroleerd/", views.place_verify, name="place_verify"),
    path("<uuid:uuid>/niet-meer-actief/", views.place_remove, name="place_remove"),
    path("<uuid:uuid>/weer-actief/", views.place_reinstate, name="place_reinstate"),
    path("<uuid:uuid>/meedoen/nieuw/", views.opening_create, name="opening_create"),
    path("meedoen/<uuid:uuid>/", views.opening_detail, name="opening_detail"),
    path("meedoen/<uuid:uuid>/wijzigen/", views.opening_edit, name="opening_edit"),
    path("meedoen/<uuid:uuid>/sluiten/", views.opening_close, name="opening_close"),
    path("meedoen/<uuid:uuid>/heropenen/", views.opening_reopen, name="opening_reopen"),
]
