from django.urls import path

from . import views

app_name = "community"

urlpatterns = [
    path("netwerken/", views.network_list, name="network_list"),
    path("netwerken/nieuw/", views.network_create, name="network_create"),
    path("netwerken/<uuid:uuid>/", views.network_detail, name="network_detail"),
    path("netwerken/<uuid:uuid>/wijzigen/", views.network_edit, name="network_edit"),
    path("netwerken/<uuid:uuid>/leden/nieuw/", views.network_member_add, name="network_member_add"),
    path("netwerken/<uuid:uuid>/leden/<int:pk>/vertrokken/", views.network_member_leave, name="network_member_leave"),
    path("netwerken/<uuid:uuid>/fase/", views.network_phase, name="network_phase"),
    path("netwerken/<uuid:uuid>/beeindigen/", views.network_end, name="network_end"),
    path("activiteiten/", views.activity_list, name="activity_list"),
    path("activiteiten/nieuw/", views.activity_create, name="activity_create"),
    path("activiteiten/<uuid:uuid>/", views.activity_detail, name="activity_detail"),
    path("activiteiten/<uuid:uuid>/wijzigen/", views.activity_edit, name="activity_edit"),
]
