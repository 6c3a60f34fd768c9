"""Objects of team A that the URL matrix test points every URL at."""

import importlib
from datetime import timedelta

from django.utils import timezone

from bloei.community.models import NetworkMembership
from bloei.community.tests.factories import ActivityFactory, NetworkFactory
from bloei.matching.models import FollowUp
from bloei.matching.tests.factories import MatchFactory, SignUpFactory
from bloei.people.models import Assignment
from bloei.people.tests.factories import ResidentFactory, TalentScanFactory
from bloei.places.tests.factories import OpeningFactory


def build_team_a_objects(cast) -> dict:
    """A resident of team A assigned to connector A, and one record of every kind around it."""
    resident = ResidentFactory()
    assignment = Assignment.objects.create(resident=resident, user=cast.connector_a)
    opening = OpeningFactory()
    match = MatchFactory(resident_a=resident, active=True)
    match.connectors.add(cast.connector_a)
    follow_up = FollowUp.objects.create(match=match, sequence=1, due_on=timezone.localdate() - timedelta(days=1))
    network = NetworkFactory()
    membership = NetworkMembership.objects.create(network=network, resident=resident)
    objects = {
        "resident": resident,
        "consent": resident.consents.first(),
        "talent_scan": TalentScanFactory(resident=resident),
        "assignment": assignment,
        "signup": SignUpFactory(resident=resident),
        "match": match,
        "follow_up": follow_up,
        "place": opening.place,
        "opening": opening,
        "network": network,
        "membership": membership,
        "activity": ActivityFactory(),
    }
    from .test_url_matrix import APP_MATRICES

    for module in map(importlib.import_module, APP_MATRICES):
        objects.update(module.build_objects(cast, objects))
    return objects
