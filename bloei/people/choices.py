from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ReferralSource(models.TextChoices):
    FLYER = "flyer", _("Flyer")
    FACEBOOK = "facebook", _("Facebook or other social media")
    GENERALIST = "generalist", _("Generalist")
    CARGO_BIKE = "cargo_bike", _("Cargo bike")
    AMBASSADOR = "ambassador", _("Ambassador")
    DOOR_TO_DOOR = "door_to_door", _("Door to door")
    WALK_IN = "walk_in", _("Walk-in hour")
    ACTIVITY = "activity", _("At an activity")
    PARTNER = "partner", _("Partner organisation")
    NEIGHBOUR = "neighbour", _("Neighbour, friend or family")
    OTHER = "other", pgettext_lazy("referral source", "Other")


class Mobility(models.TextChoices):
    FAR = "far", _("Walks or cycles far (more than 2 km)")
    NEIGHBOURHOOD = "neighbourhood", _("Within the neighbourhood (up to 1 km)")
    SHORT = "short", _("Short distances only (up to 500 m)")
    ROLLATOR = "rollator", _("With a rollator (up to 250 m)")
    WHEELCHAIR = "wheelchair", _("Wheelchair user")
    HOMEBOUND = "homebound", _("Hardly leaves home")


# Default walking distance in metres per mobility level, used when no distance is given.
MOBILITY_DEFAULT_METRES = {
    Mobility.FAR: 2500,
    Mobility.NEIGHBOURHOOD: 1000,
    Mobility.SHORT: 500,
    Mobility.ROLLATOR: 250,
    Mobility.WHEELCHAIR: 1000,
    Mobility.HOMEBOUND: 0,
}


class DayPart(models.TextChoices):
    MON_AM = "mon_am", _("Monday morning")
    MON_PM = "mon_pm", _("Monday afternoon")
    MON_EV = "mon_ev", _("Monday evening")
    TUE_AM = "tue_am", _("Tuesday morning")
    TUE_PM = "tue_pm", _("Tuesday afternoon")
    TUE_EV = "tue_ev", _("Tuesday evening")
    WED_AM = "wed_am", _("Wednesday morning")
    WED_PM = "wed_pm", _("Wednesday afternoon")
    WED_EV = "wed_ev", _("Wednesday evening")
    THU_AM = "thu_am", _("Thursday morning")
    THU_PM = "thu_pm", _("Thursday afternoon")
    THU_EV = "thu_ev", _("Thursday evening")
    FRI_AM = "fri_am", _("Friday morning")
    FRI_PM = "fri_pm", _("Friday afternoon")
    FRI_EV = "fri_ev", _("Friday evening")
    SAT_AM = "sat_am", _("Saturday morning")
    SAT_PM = "sat_pm", _("Saturday afternoon")
    SAT_EV = "sat_ev", _("Saturday evening")
    SUN_AM = "sun_am", _("Sunday morning")
    SUN_PM = "sun_pm", _("Sunday afternoon")
    SUN_EV = "sun_ev", _("Sunday evening")


class ConsentPurpose(models.TextChoices):
    REGISTRATION = "registration", _("Registration and support by the neighbourhood team")
    MATCHING = "matching", _("Sharing contact details with a match or place")
    PHOTOS = "photos", _("Photos and stories in communications")
    RESEARCH = "research", _("Anonymous use in evaluation and research")
    REFERRAL = "referral", _("Referral to the connectors of a team (warm hand-over)")


class LawfulBasis(models.TextChoices):
    CONSENT = "consent", _("Consent of the resident (AVG art. 6(1)(a))")
    PUBLIC_TASK = "public_task", _("Public task assigned by the municipality (AVG art. 6(1)(e))")
    LEGITIMATE_INTEREST = "legitimate_interest", _("Legitimate interest (AVG art. 6(1)(f))")


class AssignmentRole(models.TextChoices):
    CONNECTOR = "connector", _("Connector")
    GENERALIST = "generalist", _("Generalist")


class ContactKind(models.TextChoices):
    CONVERSATION = "conversation", _("Conversation")
    HOME_VISIT = "home_visit", _("Home visit")
    WALK_IN = "walk_in", _("Walk-in")
    PHONE = "phone", _("Phone call")
    MESSAGE = "message", _("Message or e-mail")
