"""This app's rows of the URL matrix (bloei/core/tests/test_url_matrix.py).

The referral is made by another generalist of team A, so the cast's generalist_a (not its sender) gets 404 for
it; the signal is raised by connector_a, so connector_a may read it but not acknowledge it (403), while
generalist_a, a generalist of the resident's team, may (signals go to the team's generalists).
"""

from bloei.core.tests.url_matrix_rows import casework_list, post_only, row, team_a_object

# URL name -> {kwarg: key of the objects dict} for parametrised URLs.
TARGETS: dict[str, dict[str, str]] = {
    "referrals:referral_detail": {"uuid": "referral"},
    "referrals:referral_accept": {"uuid": "referral"},
    "referrals:referral_return": {"uuid": "referral"},
    "referrals:referral_withdraw": {"uuid": "referral"},
    "referrals:signal_detail": {"uuid": "signal"},
    "referrals:signal_acknowledge": {"uuid": "signal"},
}

# URL name -> expected status per role.
EXPECTED: dict[str, dict[str, int]] = {
    # Referrals: generalists send them; connectors and team leads of the receiving team answer them.
    "referrals:referral_list": casework_list(),
    "referrals:referral_create": row(generalist_a=200),
    "referrals:referral_detail": team_a_object(),
    "referrals:referral_accept": post_only(generalist_a=403),
    "referrals:referral_return": team_a_object(generalist=403),
    "referrals:referral_withdraw": row(generalist_a=404),  # only the sender's own referral
    # Signals: restricted to the raiser and the generalists and team lead of the resident's team.
    "referrals:signal_list": casework_list(),
    "referrals:signal_create": row(connector_a=200, connector_b=200, team_lead_a=200),
    "referrals:signal_detail": team_a_object(generalist=200),
    "referrals:signal_acknowledge": team_a_object(generalist=200, connector_a=403),
}


def build_objects(cast, objects: dict) -> dict:
    """Records of team A this app's URLs point at; `objects` holds the core ones (resident, match, ...)."""
    from bloei.accounts.choices import Role
    from bloei.accounts.models import Membership, User

    from .factories import ReferralFactory, SignalFactory

    sender = User.objects.create(username="generalist_a2", first_name="Gerrit", last_name="Test")
    Membership.objects.create(user=sender, team=cast.team_a, role=Role.GENERALIST)
    resident = objects["resident"]
    return {
        "referral": ReferralFactory(resident=resident, referred_by=sender),
        "signal": SignalFactory(resident=resident, raised_by=cast.connector_a),
    }
