from django.utils import timezone

import factory

from bloei.people.choices import ConsentPurpose
from bloei.people.models import Consent
from bloei.people.tests.factories import ResidentFactory
from bloei.referrals.choices import SignalKind, SignalUrgency
from bloei.referrals.models import Referral, Signal
from bloei.referrals.workdays import add_working_days


class ReferralFactory(factory.django.DjangoModelFactory):
    """An open referral of a team-A resident to the connectors of its team, with a consent for it.

    Pass `referred_by` (a generalist). Build through the services in tests of the rules themselves.
    """

    class Meta:
        model = Referral

    resident = factory.SubFactory(ResidentFactory)
    team = factory.LazyAttribute(lambda o: o.resident.team)
    reason = "Voelt zich eenzaam sinds de verhuizing"
    wishes = "Wil graag iets met tuinieren doen"
    consent = factory.LazyAttribute(
        lambda o: Consent.objects.create(
            resident=o.resident,
            purpose=ConsentPurpose.REGISTRATION,
            note="For a referral",
            given_on=o.resident.registered_on,
        )
    )


class SignalFactory(factory.django.DjangoModelFactory):
    """An unacknowledged signal about a team-A resident raised today. Pass `raised_by` (a connector)."""

    class Meta:
        model = Signal

    resident = factory.SubFactory(ResidentFactory)
    team = factory.LazyAttribute(lambda o: o.resident.team)
    kind = SignalKind.UNSAFE_HOME
    urgency = SignalUrgency.NORMAL
    description = "Buren horen 's nachts geschreeuw"
    raised_at = factory.LazyFunction(timezone.now)
    raised_on = factory.LazyAttribute(lambda o: timezone.localdate(o.raised_at))
    deadline = factory.LazyAttribute(lambda o: add_working_days(o.raised_on, 2))
