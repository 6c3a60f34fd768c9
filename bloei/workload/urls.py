from django.urls import path

from . import views

app_name = "workload"

urlpatterns = [
    path("uren/", views.my_week, name="my_week"),
    path("uren/team/", views.overview, name="overview"),
    path("grens-stellen/", views.boundary_list, name="boundary_list"),
    path("grens-stellen/<uuid:uuid>/", views.boundary_detail, name="boundary_detail"),
]
