from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _ensure_default_framework(sender, using="default", **kwargs):
    """A fresh database gets the Movisie framework (bloei/monitoring/data/movisie.json); an existing
    framework, perhaps edited by the beheerder, is never touched."""
    from .models import Framework
    from .services import load_default_framework

    if not Framework.objects.using(using).exists():
        load_default_framework()


class MonitoringConfig(AppConfig):
    name = "bloei.monitoring"
    label = "monitoring"
    verbose_name = _("Monitoring")

    def ready(self):
        post_migrate.connect(_ensure_default_framework, sender=self, dispatch_uid="bloei-default-framework")
        from . import cache

        cache.connect()
