from django.urls import path

from . import views

app_name = "referrals"

urlpatterns = [
    path("", views.referral_list, name="referral_list"),
    path("nieuw/", views.referral_create, name="referral_create"),
    path("<uuid:uuid>/", views.referral_detail, name="referral_detail"),
    path("<uuid:uuid>/aannemen/", views.referral_accept, name="referral_accept"),
    path("<uuid:uuid>/terugsturen/", views.referral_return, name="referral_return"),
    path("<uuid:uuid>/intrekken/", views.referral_withdraw, name="referral_withdraw"),
    path("signalen/", views.signal_list, name="signal_list"),
    path("signalen/nieuw/", views.signal_create, name="signal_create"),
    path("signalen/<uuid:uuid>/", views.signal_detail, name="signal_detail"),
    path("signalen/<uuid:uuid>/bevestigen/", views.signal_acknowledge, name="signal_acknowledge"),
]
