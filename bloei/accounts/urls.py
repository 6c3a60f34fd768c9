from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("inloggen/", views.LoginView.as_view(), name="login"),
    path("uitloggen/", views.LogoutView.as_view(), name="logout"),
    path("team/", views.team_overview, name="team_overview"),
    path("team/audit/", views.team_audit, name="team_audit"),
]
