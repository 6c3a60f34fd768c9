from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

import pytest

from bloei.core.models import AuditEvent, Language
from bloei.people import services
from bloei.people.choices import AssignmentRole, ConsentPurpose, ContactKind, DayPart, LawfulBasis
from bloei.people.models import Assignment, Consent, ContactMoment, Resident, Talent, TalentScan
from bloei.people.tests.factories import ResidentFactory

pytestmark = pytest.mark.django_db


def register(by, **kwargs):
    defaults = dict(
        first_name="Fatima", last_name="El Amrani", street="Kerkstraat", house_number="12", postcode="5611AB",
        consent_purpose=ConsentPurpose.REGISTRATION, lawful_basis=LawfulBasis.CONSENT,
    )
    defaults.update(kwargs)
    return services.register_resident(by=by, **defaults)


def events(name):
    return AuditEvent.objects.filter(event=name)


class TestRegisterResident:
    def test_registers_the_resident_with_consent_and_team_from_the_buurt(self, cast, buurt_a):
        resident = register(cast.connector_a, buurt=buurt_a, consent_purpose=["registration", "matching"],
                            languages=Language.objects.filter(code__in=["nl", "ar"]))
        assert resident.team == cast.team_a
        assert resident.created_by == cast.connector_a
        assert {c.purpose for c in resident.consents.all()} == {"registration", "matching"}
        consent = resident.consents.get(purpose="registration")
        assert consent.lawful_basis == LawfulBasis.CONSENT
        assert consent.recorded_by == cast.connector_a
        assert consent.given_on == timezone.localdate()
        assert set(resident.languages.values_list("code", flat=True)) == {"nl", "ar"}
        event = events("resident.created").get()
        assert event.actor == cast.connector_a and event.resident_id == resident.pk and event.team_id == cast.team_a.pk
        assert "Fatima" not in str(event.detail) and "Kerkstraat" not in str(event.detail)

    @pytest.mark.parametrize("basis", ["", None, "because"])
    def test_refuses_without_a_lawful_basis_and_stores_nothing(self, cast, buurt_a, basis):
        with pytest.raises(ValidationError) as exc:
            register(cast.connector_a, buurt=buurt_a, lawful_basis=basis)
        assert "lawful_basis" in exc.value.error_dict
        assert not Resident.objects.exists() and not Consent.objects.exists() and not AuditEvent.objects.exists()

    @pytest.mark.parametrize("purpose", [[], ["matching"], "", ["nonsense", "registration"]])
    def test_refuses_without_a_basis_for_registration(self, cast, buurt_a, purpose):
        with pytest.raises(ValidationError) as exc:
            register(cast.connector_a, buurt=buurt_a, consent_purpose=purpose)
        assert "consent_purposes" in exc.value.error_dict
        assert not Resident.objects.exists()

    def test_refuses_consent_dated_in_the_future(self, cast, buurt_a):
        with pytest.raises(ValidationError):
            register(cast.connector_a, buurt=buurt_a, consent_given_on=timezone.localdate() + timedelta(days=1))
        assert not Resident.objects.exists()

    def test_refuses_a_resident_in_another_teams_area(self, cast, buurt_b):
        with pytest.raises(ValidationError) as exc:
            register(cast.connector_a, buurt=buurt_b)
        assert "Stratum" in " ".join(exc.value.messages)
        assert not Resident.objects.exists()

    def test_refuses_an_explicit_team_the_user_does_not_work_in(self, cast):
        with pytest.raises(ValidationError):
            register(cast.connector_a, team=cast.team_b)
        assert not Resident.objects.exists()

    def test_without_buurt_the_team_is_the_users_only_team(self, cast):
        resident = register(cast.connector_a)
        assert resident.team == cast.team_a and resident.buurt is None

    def test_generalist_gets_the_new_resident_in_their_caseload(self, cast, buurt_a):
        resident = register(cast.generalist_a, buurt=buurt_a)
        assignment = Assignment.objects.get(resident=resident)
        assert assignment.user == cast.generalist_a and assignment.role == AssignmentRole.GENERALIST
        assert resident in Resident.objects.visible_to(cast.generalist_a)
        assert events("resident.created").get().detail["assignment"] == assignment.pk

    def test_team_lead_registers_without_assignment(self, cast, buurt_a):
        resident = register(cast.team_lead_a, buurt=buurt_a)
        assert not resident.assignments.exists()

    @pytest.mark.parametrize("role", ["analyst", "municipality", "admin", "no_role"])
    def test_roles_without_casework_cannot_register(self, cast, buurt_a, role):
        with pytest.raises(PermissionDenied):
            register(cast.roles()[role], buurt=buurt_a)
        assert not Resident.objects.exists()

    def test_refuses_unknown_day_parts_and_sorts_the_known_ones(self, cast, buurt_a):
        with pytest.raises(ValidationError):
            register(cast.connector_a, buurt=buurt_a, availability=["someday"])
        resident = register(cast.connector_a, buurt=buurt_a, availability=[DayPart.FRI_PM, DayPart.MON_AM])
        assert resident.availability == ["mon_am", "fri_pm"]

    def test_refuses_birth_year_that_contradicts_the_birth_date(self, cast, buurt_a):
        with pytest.raises(ValidationError) as exc:
            register(cast.connector_a, buurt=buurt_a, birth_date=timezone.localdate().replace(year=1950),
                     birth_year=1951)
        assert "birth_year" in exc.value.error_dict

    def test_referred_by_must_be_an_ambassador_or_key_figure(self, cast, buurt_a):
        plain = ResidentFactory()
        with pytest.raises(ValidationError) as exc:
            register(cast.connector_a, buurt=buurt_a, referred_by=plain)
        assert "referred_by" in exc.value.error_dict
        ambassador = ResidentFactory(is_ambassador=True)
        assert register(cast.connector_a, buurt=buurt_a, referred_by=ambassador).referred_by == ambassador


class TestUpdateResident:
    def test_changes_fields_and_audits_only_their_names(self, cast):
        resident = ResidentFactory(phone="")
        dutch = Language.objects.get(code="nl")
        services.update_resident(resident=resident, by=cast.connector_a, phone="0612345678", street="Markt",
                                 first_name=resident.first_name, languages=[dutch])
        resident.refresh_from_db()
        assert resident.phone == "0612345678" and resident.street == "Markt"
        assert list(resident.languages.all()) == [dutch]
        event = events("resident.changed").get()
        assert event.action == AuditEvent.Action.CHANGE
        assert event.detail == {"fields": ["languages", "phone", "street"]}

    def test_nothing_changed_writes_no_event(self, cast):
        resident = ResidentFactory()
        services.update_resident(resident=resident, by=cast.connector_a, first_name=resident.first_name, languages=[])
        assert not events("resident.changed").exists()

    def test_a_new_buurt_brings_the_team_of_that_area(self, cast, buurt_b):
        resident = ResidentFactory()
        Assignment.objects.create(resident=resident, user=cast.connector_a)
        services.update_resident(resident=resident, by=cast.connector_a, buurt=buurt_b)
        resident.refresh_from_db()
        assert resident.team == cast.team_b
        assert events("resident.changed").get().detail == {"fields": ["buurt", "team"]}

    def test_refuses_and_rolls_back_a_change_that_leaves_the_users_scope(self, cast, buurt_a, buurt_b):
        resident = ResidentFactory()
        with pytest.raises(PermissionDenied):
            services.update_resident(resident=resident, by=cast.connector_a, buurt=buurt_b, phone="0600000000")
        resident.refresh_from_db()
        assert resident.team == cast.team_a and resident.buurt == buurt_a and resident.phone == ""
        assert not events("resident.changed").exists()

    def test_out_of_scope_user_cannot_change(self, cast):
        resident = ResidentFactory()
        with pytest.raises(PermissionDenied):
            services.update_resident(resident=resident, by=cast.connector_b, phone="0600000000")
        with pytest.raises(PermissionDenied):
            services.update_resident(resident=resident, by=cast.generalist_a, phone="0600000000")

    def test_refuses_self_referral(self, cast):
        resident = ResidentFactory(is_ambassador=True)
        with pytest.raises(ValidationError):
            services.update_resident(resident=resident, by=cast.connector_a, referred_by=resident)


class TestTalentScan:
    def test_each_scan_is_a_new_version_and_old_versions_are_kept(self, cast):
        resident = ResidentFactory()
        garden, cook = Talent.objects.get(slug="tuinieren"), Talent.objects.exclude(slug="tuinieren").first()
        first = services.record_talent_scan(resident=resident, by=cast.connector_a, talents=[garden], interests=[],
                                            good_at="Tuinieren")
        second = services.record_talent_scan(resident=resident, by=cast.team_lead_a,
                                             talents=[garden], interests=[cook], happy_with="Mensen helpen")
        assert (first.version, second.version) == (1, 2)
        assert TalentScan.objects.filter(resident=resident).count() == 2
        first.refresh_from_db()
        assert first.good_at == "Tuinieren" and list(first.talents.all()) == [garden]
        assert list(second.interests.all()) == [cook] and second.conducted_by == cast.team_lead_a
        assert [e.detail["version"] for e in events("talentscan.recorded").order_by("id")] == [1, 2]

    def test_refuses_an_empty_scan(self, cast):
        resident = ResidentFactory()
        with pytest.raises(ValidationError):
            services.record_talent_scan(resident=resident, by=cast.connector_a, talents=[], interests=[], notes="  ")
        assert not TalentScan.objects.exists()

    def test_refuses_a_date_in_the_future(self, cast):
        resident = ResidentFactory()
        with pytest.raises(ValidationError):
            services.record_talent_scan(resident=resident, by=cast.connector_a, talents=[], interests=[],
                                        good_at="x", conducted_on=timezone.localdate() + timedelta(days=2))

    def test_availability_updates_the_resident_in_the_same_go(self, cast):
        resident = ResidentFactory(availability=["mon_am"])
        services.record_talent_scan(resident=resident, by=cast.connector_a, talents=[], interests=[], good_at="x",
                                    availability=["tue_ev", "mon_pm"])
        resident.refresh_from_db()
        assert resident.availability == ["mon_pm", "tue_ev"]
        assert events("resident.changed").get().detail == {"fields": ["availability"]}

    def test_out_of_scope_user_cannot_record(self, cast):
        resident = ResidentFactory()
        with pytest.raises(PermissionDenied):
            services.record_talent_scan(resident=resident, by=cast.connector_b, talents=[], interests=[], good_at="x")


class TestContactMoment:
    def test_adds_a_contact_moment_with_audit(self, cast):
        resident = ResidentFactory()
        moment = services.add_contact_moment(resident=resident, by=cast.connector_a, kind=ContactKind.HOME_VISIT,
                                             note=" Koffie gedronken ")
        assert moment.by == cast.connector_a and moment.note == "Koffie gedronken"
        event = events("contact.added").get()
        assert event.resident_id == resident.pk and event.object_id == str(moment.pk)
        assert "Koffie" not in str(event.detail)

    def test_refuses_future_dates_and_unknown_kinds(self, cast):
        resident = ResidentFactory()
        with pytest.raises(ValidationError):
            services.add_contact_moment(resident=resident, by=cast.connector_a,
                                        occurred_on=timezone.localdate() + timedelta(days=1))
        with pytest.raises(ValidationError):
            services.add_contact_moment(resident=resident, by=cast.connector_a, kind="pigeon")
        assert not ContactMoment.objects.exists()


class TestConsent:
    def test_gives_and_withdraws_consent(self, cast):
        resident = ResidentFactory()
        consent = services.give_consent(resident=resident, by=cast.connector_a, purpose=ConsentPurpose.PHOTOS,
                                        lawful_basis=LawfulBasis.CONSENT)
        assert consent.is_active and consent.recorded_by == cast.connector_a
        services.withdraw_consent(consent=consent, by=cast.team_lead_a)
        consent.refresh_from_db()
        assert consent.withdrawn_on == timezone.localdate()
        assert consent.withdrawn_recorded_by == cast.team_lead_a
        assert events("consent.given").get().detail == {"purpose": "photos", "lawful_basis": "consent"}
        assert events("consent.withdrawn").get().actor == cast.team_lead_a

    def test_refuses_a_second_valid_consent_for_the_same_purpose(self, cast):
        resident = ResidentFactory()  # has a registration consent
        with pytest.raises(ValidationError):
            services.give_consent(resident=resident, by=cast.connector_a, purpose=ConsentPurpose.REGISTRATION,
                                  lawful_basis=LawfulBasis.CONSENT)

    def test_refuses_a_consent_without_lawful_basis(self, cast):
        resident = ResidentFactory()
        with pytest.raises(ValidationError):
            services.give_consent(resident=resident, by=cast.connector_a, purpose=ConsentPurpose.PHOTOS,
                                  lawful_basis="")

    def test_refuses_withdrawing_twice_or_before_it_was_given(self, cast):
        resident = ResidentFactory()
        consent = resident.consents.get()
        with pytest.raises(ValidationError):
            services.withdraw_consent(consent=consent, by=cast.connector_a,
                                      withdrawn_on=consent.given_on - timedelta(days=1))
        services.withdraw_consent(consent=consent, by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.withdraw_consent(consent=consent, by=cast.connector_a)
        assert events("consent.withdrawn").count() == 1

    def test_out_of_scope_user_cannot_withdraw(self, cast):
        consent = ResidentFactory().consents.get()
        with pytest.raises(PermissionDenied):
            services.withdraw_consent(consent=consent, by=cast.connector_b)


class TestAssignments:
    def test_assigning_brings_the_resident_into_the_caseload_and_ending_takes_it_out(self, cast):
        resident = ResidentFactory()
        assert resident not in Resident.objects.visible_to(cast.connector_b)
        assignment = services.assign_resident(resident=resident, user=cast.connector_b, role=AssignmentRole.CONNECTOR,
                                              by=cast.connector_a)
        assert resident in Resident.objects.visible_to(cast.connector_b)
        services.end_assignment(assignment=assignment, by=cast.connector_a)
        assert resident not in Resident.objects.visible_to(cast.connector_b)
        started, ended = events("assignment.started").get(), events("assignment.ended").get()
        assert started.detail == {"user": cast.connector_b.pk, "role": "connector"}
        assert ended.detail == {"user": cast.connector_b.pk}

    def test_refuses_a_second_assignment_of_the_same_person(self, cast):
        resident = ResidentFactory()
        services.assign_resident(resident=resident, user=cast.generalist_a, role="generalist", by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.assign_resident(resident=resident, user=cast.generalist_a, role="generalist", by=cast.connector_a)

    def test_refuses_a_role_the_person_does_not_have(self, cast):
        resident = ResidentFactory()
        with pytest.raises(ValidationError):
            services.assign_resident(resident=resident, user=cast.generalist_a, role="connector", by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.assign_resident(resident=resident, user=cast.analyst, role="connector", by=cast.connector_a)
        assert not Assignment.objects.exists()

    def test_refuses_ending_twice(self, cast):
        resident = ResidentFactory()
        assignment = services.assign_resident(resident=resident, user=cast.generalist_a, role="generalist",
                                              by=cast.connector_a)
        services.end_assignment(assignment=assignment, by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.end_assignment(assignment=assignment, by=cast.connector_a)

    def test_out_of_scope_user_cannot_assign(self, cast):
        resident = ResidentFactory()
        with pytest.raises(PermissionDenied):
            services.assign_resident(resident=resident, user=cast.connector_b, role="connector", by=cast.connector_b)
