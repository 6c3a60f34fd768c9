from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "bloei.core"
    label = "core"
    verbose_name = _("Core")


class BloeiAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "bloei.core.admin_site.BloeiAdminSite"
