from django.urls import path

from . import ladder_views, views

app_name = "trainings"

urlpatterns: list = [
    # Editions, meetings, attendance, participants and the one-year follow-up (docs/trainings.md).
    path("", views.edition_list, name="edition_list"),
    path("edities/nieuw/", views.edition_create, name="edition_create"),
    path("edities/<uuid:uuid>/", views.edition_detail, name="edition_detail"),
    path("edities/<uuid:uuid>/wijzigen/", views.edition_edit, name="edition_edit"),
    path("edities/<uuid:uuid>/annuleren/", views.edition_cancel, name="edition_cancel"),
    path("edities/<uuid:uuid>/afronden/", views.edition_finish, name="edition_finish"),
    path("edities/<uuid:uuid>/bijeenkomsten/nieuw/", views.session_create, name="session_create"),
    path("edities/<uuid:uuid>/bijeenkomsten/<int:pk>/wijzigen/", views.session_edit, name="session_edit"),
    path("edities/<uuid:uuid>/bijeenkomsten/<int:pk>/verwijderen/", views.session_delete, name="session_delete"),
    path("edities/<uuid:uuid>/aanwezigheid/", views.attendance_overview, name="attendance_overview"),
    path("edities/<uuid:uuid>/aanwezigheid/<int:pk>/", views.attendance_session, name="attendance_session"),
    path("edities/<uuid:uuid>/deelnemers/nieuw/", views.enrolment_create, name="enrolment_create"),
    path("deelnemers/<uuid:uuid>/", views.enrolment_detail, name="enrolment_detail"),
    path("deelnemers/<uuid:uuid>/stoppen/", views.enrolment_stop, name="enrolment_stop"),
    path("deelnemers/<uuid:uuid>/uitkering/", views.enrolment_benefit, name="enrolment_benefit"),
    path("deelnemers/<uuid:uuid>/evaluatie/", views.evaluation_edit, name="evaluation_edit"),
    path("deelnemers/<uuid:uuid>/resultaten/nieuw/", views.outcome_create, name="outcome_create"),
    path("deelnemers/<uuid:uuid>/resultaten/<int:pk>/verwijderen/", views.outcome_delete, name="outcome_delete"),
    path("deelnemers/<uuid:uuid>/nameting/", views.follow_up_record, name="follow_up_record"),
    path("nametingen/", views.follow_up_list, name="follow_up_list"),
    # Participation ladder of the participants (docs/participation-ladder.md).
    path("edities/<uuid:uuid>/ladder/", ladder_views.edition_ladder, name="edition_ladder"),
    path("ladder/", ladder_views.ladder_overview, name="ladder_overview"),
]
