"""This app's panel on the start page "Vandaag" (see bloei.core.today): one-year follow-ups of trainings.

A trainer sees the follow-ups of the editions they train, a team lead those of the team's editions;
overdue or due within 14 days, capped like the other cards. Three queries at most.
"""

from datetime import timedelta

from bloei.core import access
from bloei.matching.selectors import TODAY_LIST_LIMIT

from .selectors import FOLLOW_UP_DUE_WITHIN_DAYS, my_follow_ups


def _capped(queryset) -> dict:
    limit = TODAY_LIST_LIMIT
    rows = list(queryset[: limit + 1])
    return {"items": rows[:limit], "more": len(rows) > limit}


def panel(user, on):
    if not access.can(user, "trainings.edit"):
        return None
    follow_ups = my_follow_ups(user)
    overdue = _capped(follow_ups.filter(due_on__lt=on))
    due = _capped(follow_ups.filter(due_on__gte=on, due_on__lte=on + timedelta(days=FOLLOW_UP_DUE_WITHIN_DAYS)))
    if not overdue["items"] and not due["items"]:
        return None
    return {
        "template": "trainings/partials/today_follow_ups.html",
        "overdue": overdue,
        "due": due,
        "within": FOLLOW_UP_DUE_WITHIN_DAYS,
    }
