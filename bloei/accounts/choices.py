from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    CONNECTOR = "connector", _("Connector")
    GENERALIST = "generalist", _("Generalist")
    TEAM_LEAD = "team_lead", _("Team lead")
    ANALYST = "analyst", _("Data analyst")
    MUNICIPALITY = "municipality", _("Municipality")
    ADMIN = "admin", _("Administrator")


# Roles that work with resident records of a team.
CASEWORK_ROLES = (Role.CONNECTOR, Role.GENERALIST, Role.TEAM_LEAD)
# Roles that hold across the whole organisation rather than one team.
ORGANISATION_ROLES = (Role.ANALYST, Role.MUNICIPALITY, Role.ADMIN)
