from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class SignUpKind(models.TextChoices):
    REQUEST = "request", _("Request")
    OFFER = "offer", _("Offer")


class SignUpStatus(models.TextChoices):
    OPEN = "open", _("Open")
    MATCHED = "matched", _("Matched")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class MatchKind(models.TextChoices):
    RESIDENT_RESIDENT = "resident_resident", _("Resident – resident")
    RESIDENT_PLACE = "resident_place", _("Resident – place")
    PLACE_PLACE = "place_place", _("Place – place")


class MatchStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    INTRODUCED = "introduced", _("Introduced")
    ACTIVE = "active", _("Active")
    ENDED = "ended", _("Ended")


# Allowed status transitions; anything else is refused by the services.
TRANSITIONS = {
    MatchStatus.PROPOSED: (MatchStatus.INTRODUCED, MatchStatus.ACTIVE, MatchStatus.ENDED),
    MatchStatus.INTRODUCED: (MatchStatus.ACTIVE, MatchStatus.ENDED),
    MatchStatus.ACTIVE: (MatchStatus.ENDED,),
    MatchStatus.ENDED: (),
}


# A match takes up a place of an opening, and blocks a second match of the same pair, from the
# proposal until it ends.
OPEN_STATUSES = (MatchStatus.PROPOSED, MatchStatus.INTRODUCED, MatchStatus.ACTIVE)


class EndReason(models.TextChoices):
    NO_CLICK = "no_click", _("No click between them")
    DID_NOT_RETURN = "did_not_return", _("Did not come back")
    GOAL_REACHED = "goal_reached", _("Goal reached, completed")
    MOVED = "moved", _("Moved away")
    HEALTH = "health", _("Health or personal circumstances")
    NO_CAPACITY = "no_capacity", _("No room or time at the other side")
    DECLINED = "declined", _("Declined before starting")
    OTHER = "other", pgettext_lazy("end reason", "Other")


class FollowUpOutcome(models.TextChoices):
    GOING_WELL = "going_well", _("Still going, going well")
    NEEDS_ATTENTION = "needs_attention", _("Still going, needs attention")
    ENDED = "ended", _("Has ended")
    UNREACHABLE = "unreachable", _("Could not reach them")


class SuggestionDecision(models.TextChoices):
    ACCEPTED = "accepted", _("Accepted")
    DISMISSED = "dismissed", _("Dismissed")


class DismissReason(models.TextChoices):
    NOT_A_FIT = "not_a_fit", _("Does not fit what they are looking for")
    TOO_FAR = "too_far", _("Too far away")
    NO_TIME_MATCH = "no_time_match", _("Their times do not match")
    LANGUAGE = "language", _("They cannot understand each other")
    KNOWN_ALREADY = "known_already", _("They know each other already, or it was tried before")
    NOT_NOW = "not_now", _("Not now (health, circumstances)")
    OTHER = "other", pgettext_lazy("dismiss reason", "Other")
