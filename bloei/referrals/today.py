"""This app's panel on the start page "Vandaag" (see bloei.core.today): referrals and signals."""

from .selectors import today_panel


def panel(user, on):
    data = today_panel(user, on)
    if data is None:
        return None
    return {"template": "referrals/partials/today.html", **data}
