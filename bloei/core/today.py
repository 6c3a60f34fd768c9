"""Panels of other apps on the start page "Vandaag".

Each entry names a function `panel(user, on) -> dict | None`. A dict holds at least "template" (a partial
rendered inside the page's grid, with the dict as `panel`); None means the panel has nothing for this user.
Each panel function is scoped through bloei.core.access and runs a fixed number of queries.
"""

from datetime import date

from django.utils.module_loading import import_string

PANELS = (
    "bloei.referrals.today.panel",
    "bloei.trainings.today.panel",
    "bloei.workload.today.panel",
)


def panels_for(user, on: date) -> list[dict]:
    found = []
    for dotted in PANELS:
        panel = import_string(dotted)(user, on)
        if panel:
            found.append(panel)
    return found
