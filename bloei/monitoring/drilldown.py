"""The records behind a figure, for roles that may see them: casework roles see the records within their
own scope (names, links); the analyst sees pseudonymised rows (a record number, a date, no names)."""

from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet
from django.urls import NoReverseMatch, reverse

from bloei.accounts.choices import Role
from bloei.core.access import CASEWORK

DATE_FIELDS = (
    "started_on", "conducted_on", "opened_on", "added_on", "joined_on", "starts_on", "enrolled_on", "created_at",
)

# Model label -> (URL name, how to get its arguments) for a link to the record's own page.
LINKS = {
    "matching.Match": ("matching:match_detail", lambda o: [o.uuid]),
    "matching.SignUp": ("matching:signup_detail", lambda o: [o.uuid]),
    "places.Place": ("places:place_detail", lambda o: [o.uuid]),
    "community.Network": ("community:network_detail", lambda o: [o.uuid]),
    "community.Activity": ("community:activity_detail", lambda o: [o.uuid]),
    "community.NetworkMembership": ("community:network_detail", lambda o: [o.network.uuid]),
    "people.TalentScan": ("people:talentscan_detail", lambda o: [o.resident.uuid, o.pk]),
    "trainings.Enrolment": ("trainings:edition_detail", lambda o: [o.edition.uuid]),
}


def _match_title(match) -> str:
    first = match.resident_a or match.place_a
    second = match.resident_b or match.place_b or match.opening
    return f"{match.get_kind_display()}: {first} – {second}"


# Model label -> a title naming what the record is about (for casework roles only).
TITLES = {"matching.Match": _match_title}
# Model label -> related records to load with the page.
RELATED = {"matching.Match": ("resident_a", "resident_b", "place_a", "place_b", "opening")}


@dataclass
class Row:
    ref: str
    title: str
    on: date | None
    url: str | None


def pseudonymised(user) -> bool:
    return not user.has_role(*CASEWORK) and user.has_role(Role.ANALYST)


def scoped(queryset: QuerySet, user) -> QuerySet:
    """The records of `queryset` the user may see; an analyst sees all, pseudonymised."""
    if pseudonymised(user):
        return queryset
    model = queryset.model
    manager = model._default_manager
    if hasattr(manager, "visible_to"):
        return queryset.filter(pk__in=manager.visible_to(user).values("pk"))
    from bloei.people.models import Resident

    field_names = {f.name for f in model._meta.get_fields()}
    if "resident" in field_names:
        return queryset.filter(resident__in=Resident.objects.visible_to(user).values("pk"))
    if model._meta.label == "core.RippleLink":
        from bloei.matching.models import Match

        return queryset.filter(source_id__in=Match.objects.visible_to(user).values("pk"))
    return queryset.none()


def _date_of(obj) -> date | None:
    for name in DATE_FIELDS:
        value = getattr(obj, name, None)
        if value is not None:
            return value.date() if hasattr(value, "date") and callable(value.date) else value
    return None


def rows(queryset: QuerySet, user) -> list[Row]:
    hide = pseudonymised(user)
    label = queryset.model._meta.label
    verbose = str(queryset.model._meta.verbose_name)
    result = []
    if not hide and label in RELATED:
        queryset = queryset.select_related(*RELATED[label])
    for obj in queryset:
        url = None
        if not hide and label in LINKS:
            name, args = LINKS[label]
            try:
                url = reverse(name, args=args(obj))
            except NoReverseMatch:
                url = None
        title = f"{verbose} #{obj.pk}" if hide else TITLES.get(label, str)(obj)
        result.append(Row(f"#{obj.pk}", title, _date_of(obj), url))
    return result
