from django.urls import path

from . import views

app_name = "imports"

urlpatterns = [
    path("", views.upload, name="upload"),
    path("voorbeeld/<str:record_type>/", views.template, name="template"),
]
