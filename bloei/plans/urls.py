from django.urls import path

from . import views

app_name = "plans"

urlpatterns = [
    path("", views.plan_list, name="plan_list"),
    path("nieuw/", views.plan_create, name="plan_create"),
    path("<uuid:uuid>/", views.plan_detail, name="plan_detail"),
    path("<uuid:uuid>/pdf/", views.plan_pdf, name="plan_pdf"),
    path("<uuid:uuid>/wijzigen/", views.plan_edit, name="plan_edit"),
    path("<uuid:uuid>/vaststellen/", views.plan_adopt, name="plan_adopt"),
    path("<uuid:uuid>/volgend-jaar/", views.plan_next, name="plan_next"),
    path("<uuid:uuid>/prioriteiten/nieuw/", views.priority_create, name="priority_create"),
    path("<uuid:uuid>/prioriteiten/<int:pk>/wijzigen/", views.priority_edit, name="priority_edit"),
    path("<uuid:uuid>/prioriteiten/<int:pk>/overnemen/", views.priority_accept, name="priority_accept"),
    path("<uuid:uuid>/prioriteiten/<int:pk>/verwijderen/", views.priority_delete, name="priority_delete"),
    path("<uuid:uuid>/prioriteiten/<int:pk>/voortgang/", views.progress_create, name="progress_create"),
    path("<uuid:uuid>/bijeenkomsten/nieuw/", views.meeting_create, name="meeting_create"),
    path("<uuid:uuid>/bijeenkomsten/<int:pk>/wijzigen/", views.meeting_edit, name="meeting_edit"),
    path("<uuid:uuid>/koppelingen/nieuw/", views.link_create, name="link_create"),
    path("<uuid:uuid>/koppelingen/<int:pk>/verwijderen/", views.link_remove, name="link_remove"),
    path("<uuid:uuid>/evaluatie/", views.evaluation, name="evaluation"),
]
