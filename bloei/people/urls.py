from django.urls import path

from . import views

app_name = "people"

urlpatterns = [
    path("", views.resident_list, name="resident_list"),
    path("nieuw/", views.resident_create, name="resident_create"),
    path("<uuid:uuid>/", views.resident_detail, name="resident_detail"),
    path("<uuid:uuid>/wijzigen/", views.resident_edit, name="resident_edit"),
    path("<uuid:uuid>/talentenscan/", views.talentscan_create, name="talentscan_create"),
    path("<uuid:uuid>/talentenscan/<int:pk>/", views.talentscan_detail, name="talentscan_detail"),
    path("<uuid:uuid>/contact/", views.contact_create, name="contact_create"),
    path("<uuid:uuid>/participatieladder/", views.ladder_create, name="ladder_create"),
    path("<uuid:uuid>/toestemming/", views.consent_create, name="consent_create"),
    path("<uuid:uuid>/toestemming/<int:pk>/intrekken/", views.consent_withdraw, name="consent_withdraw"),
    path("<uuid:uuid>/toewijzen/", views.assignment_create, name="assignment_create"),
    path("<uuid:uuid>/toewijzen/<int:pk>/beeindigen/", views.assignment_end, name="assignment_end"),
]
