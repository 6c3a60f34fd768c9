from django.urls import path

from . import need_views, views

app_name = "monitoring"

urlpatterns = [
    path("", views.dashboard_view, name="dashboard"),
    path("onderliggend/", views.drilldown_view, name="drilldown"),
    path("definities/", views.definitions, name="definitions"),
    path("datakwaliteit/", views.quality_view, name="quality"),
    path("jaarverslag/", views.report_view, name="report"),
    path("behoefte-en-inzet/", need_views.need_view, name="need"),
    path("behoefte-en-inzet/buurtcijfers/", need_views.need_figures_view, name="need_figures"),
]
