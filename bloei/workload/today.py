"""This app's panel on the start page "Vandaag" (see bloei.core.today).

A connector sees this week's hours (or a prompt to record them); a team lead sees how many residents
are listed for "een grens stellen". One query each, whatever the amount of data.
"""

from urllib.parse import urlencode

from django.urls import reverse

from bloei.accounts.choices import Role
from bloei.core import access

from . import selectors
from .models import TimeRecord
from .services import week_of


def panel(user, on):
    if not user.is_authenticated:
        return None
    recording = access.can(user, "workload.record")
    deciding = access.can(user, "boundaries.decide")
    if not (recording or deciding):
        return None
    result = {"template": "workload/partials/today.html", "on": on, "weeks": [], "flagged": None}
    if recording:
        week = week_of(on)
        memberships = sorted(
            {m.team_id: m for m in user.active_memberships if m.role == Role.CONNECTOR and m.team_id}.values(),
            key=lambda m: m.team.name,
        )
        records = {r.team_id: r for r in TimeRecord.objects.filter(user=user, week=week)}
        several = len(memberships) > 1
        for membership in memberships:
            record = records.get(membership.team_id)
            query = {"week": week.isoformat(), **({"team": membership.team_id} if several else {})}
            share = None
            if record is not None:
                hours = selectors.Hours()
                hours.add(record)
                share = hours.neighbourhood_share or 0
            result["weeks"].append(
                {
                    "team": membership.team,
                    "record": record,
                    "share": share,
                    "url": f"{reverse('workload:my_week')}?{urlencode(query)}",
                }
            )
        result["number"] = week.isocalendar().week
    if deciding:
        result["flagged"] = selectors.flagged_count(user, on)
    return result
