"""The participation ladder of training participants: which assessment counts for which moment, and scoping."""

from datetime import date

from django.utils import translation

import pytest

from bloei.accounts.models import User
from bloei.people.tests.factories import ResidentFactory
from bloei.trainings import ladder
from bloei.trainings.choices import EnrolmentEnd
from bloei.trainings.models import TrainingType

from .ladder_factories import LadderEditionFactory, LadderEnrolmentFactory, assess

pytestmark = pytest.mark.django_db

# The edition of LadderEditionFactory runs from 1 to 29 March 2024. With the default settings:
# start = up to 15 March 2024; end = 1 March up to 28 April 2024; one year later = 28 January up to 28 May 2025.
LATER = date(2026, 1, 1)  # every window has closed


def levels(enrolment):
    """The levels of one participant at the three moments, through the selector of the edition."""
    figures = ladder.edition_ladder(enrolment.edition, today=LATER).figures
    assert figures.participants == 1
    return {
        moment: next(level for level, count in figures.counts[moment].items() if count) for moment in ladder.MOMENTS
    }


class TestStart:
    def test_the_latest_assessment_before_the_first_meeting_counts(self):
        enrolment = LadderEnrolmentFactory()
        assess(enrolment.resident, 1, date(2023, 6, 1))
        assess(enrolment.resident, 2, date(2024, 2, 1))
        assert levels(enrolment)[ladder.START] == 2

    def test_an_intake_within_the_grace_period_after_the_first_meeting_counts(self):
        enrolment = LadderEnrolmentFactory()
        assess(enrolment.resident, 1, date(2024, 2, 1))
        assess(enrolment.resident, 3, date(2024, 3, 15))  # first meeting + 14 days
        assert levels(enrolment)[ladder.START] == 3

    def test_an_assessment_after_the_grace_period_is_not_the_start(self):
        enrolment = LadderEnrolmentFactory()
        assess(enrolment.resident, 4, date(2024, 3, 16))
        assert levels(enrolment)[ladder.START] is None

    def test_the_grace_period_is_a_setting(self, settings):
        settings.BLOEI_LADDER_START_GRACE_DAYS = 0
        enrolment = LadderEnrolmentFactory()
        assess(enrolment.resident, 2, date(2024, 3, 2))
        assert levels(enrolment)[ladder.START] is None
        assess(enrolment.resident, 1, date(2024, 3, 1))
        assert levels(enrolment)[ladder.START] == 1

    def test_of_two_assessments_on_the_same_day_the_one_recorded_last_counts(self):
        enrolment = LadderEnrolmentFactory()
        assess(enrolment.resident, 2, date(2024, 2, 1))
        assess(enrolment.resident, 1, date(2024, 2, 1))
        assert levels(enrolment)[ladder.START] == 1

    def test_a_participant_who_stopped_early_still_counts_at_the_start(self):
        enrolment = LadderEnrolmentFactory(left_on=date(2024, 3, 8), left_reason=EnrolmentEnd.DROPPED_OUT)
        assess(enrolment.resident, 2, date(2024, 2, 20))
        figures = ladder.edition_ladder(enrolment.edition, today=LATER).figures
        assert figures.participants == 1
        assert figures.count(ladder.START, 2) == 1
        assert figures.count(ladder.END, None) == 1


class TestEnd:
    def test_the_latest_assessment_up_to_the_end_grace_counts(self):
        enrolment = LadderEnrolmentFactory()
        assess(enrolment.resident, 2, date(2024, 2, 1))
        assess(enrolment.resident, 3, date(2024, 3, 29))
        assess(enrolment.resident, 4, date(2024, 4, 28))  # last meeting + 30 days
        assert levels(enrolment) == {ladder.START: 2, ladder.END: 4, ladder.YEAR: None}

    def test_an_assessment_after_the_end_grace_does_not_count(self):
        enrolment = LadderEnrolmentFactory()
        assess(enrolment.resident, 2, date(2024, 2, 1))
        assess(enrolment.resident, 4, date(2024, 4, 29))
        assert levels(enrolment)[ladder.END] is None

    def test_an_assessment_from_before_the_first_meeting_is_never_the_end(self):
        enrolment = LadderEnrolmentFactory()
        assess(enrolment.resident, 2, date(2024, 2, 29))
        assert levels(enrolment) == {ladder.START: 2, ladder.END: None, ladder.YEAR: None}

    def test_the_start_assessment_does_not_count_again_as_the_end(self):
        enrolment = LadderEnrolmentFactory()
        assess(enrolment.resident, 3, date(2024, 3, 4))  # intake at the second meeting
        assert levels(enrolment) == {ladder.START: 3, ladder.END: None, ladder.YEAR: None}

    def test_an_assessment_after_the_intake_within_the_grace_period_is_the_end_when_it_is_the_latest(self):
        enrolment = LadderEnrolmentFactory()
        assess(enrolment.resident, 2, date(2024, 2, 1))
        assess(enrolment.resident, 3, date(2024, 3, 10))
        # The latest up to 15 March is the start, and nothing came after it: the end is unknown.
        assert levels(enrolment)[ladder.START] == 3
        assert levels(enrolment)[ladder.END] is None
        assess(enrolment.resident, 4, date(2024, 3, 25))
        assert levels(enrolment)[ladder.END] == 4

    def test_the_end_grace_period_is_a_setting(self, settings):
        settings.BLOEI_LADDER_END_GRACE_DAYS = 60
        enrolment = LadderEnrolmentFactory()
        assess(enrolment.resident, 5, date(2024, 5, 28))
        assert levels(enrolment)[ladder.END] == 5


class TestOneYearLater:
    @pytest.mark.parametrize(
        ("on", "counts"),
        [
            (date(2025, 1, 27), False),
            (date(2025, 1, 28), True),
            (date(2025, 3, 29), True),
            (date(2025, 5, 28), True),
            (date(2025, 5, 29), False),
        ],
    )
    def test_an_assessment_counts_within_the_window_around_a_year_after_the_end(self, on, counts):
        enrolment = LadderEnrolmentFactory()
        assess(enrolment.resident, 6, on)
        assert levels(enrolment)[ladder.YEAR] == (6 if counts else None)

    def test_the_latest_assessment_in_the_window_counts(self):
        enrolment = LadderEnrolmentFactory()
        assess(enrolment.resident, 5, date(2025, 2, 1))
        assess(enrolment.resident, 4, date(2025, 4, 1))
        assess(enrolment.resident, 6, date(2025, 9, 1))  # outside the window
        assert levels(enrolment)[ladder.YEAR] == 4

    def test_the_window_is_a_setting(self, settings):
        settings.BLOEI_LADDER_YEAR_WINDOW_DAYS = 10
        enrolment = LadderEnrolmentFactory()
        assess(enrolment.resident, 5, date(2025, 2, 1))
        assert levels(enrolment)[ladder.YEAR] is None
        assess(enrolment.resident, 4, date(2025, 4, 8))
        assert levels(enrolment)[ladder.YEAR] == 4


class TestDistributionAndMovement:
    def build(self):
        edition = LadderEditionFactory()
        people = [LadderEnrolmentFactory(edition=edition).resident for _ in range(5)]
        up, same, down, end_unknown, nothing = people
        assess(up, 1, date(2024, 2, 1))
        assess(up, 3, date(2024, 4, 1))
        assess(up, 4, date(2025, 3, 1))
        assess(same, 3, date(2024, 3, 1))
        assess(same, 3, date(2024, 3, 29))
        assess(same, 2, date(2025, 3, 1))
        assess(down, 4, date(2024, 1, 10))
        assess(down, 2, date(2024, 3, 29))
        assess(end_unknown, 2, date(2024, 3, 5))
        assess(end_unknown, 5, date(2025, 4, 1))
        return edition

    def test_counts_per_rung_and_moment_with_unknown_as_a_row(self):
        figures = ladder.edition_ladder(self.build(), today=LATER).figures
        table = {row.level: [cell.count for cell in row.cells] for row in figures.rows}
        assert table == {
            1: [1, 0, 0],
            2: [1, 1, 1],
            3: [1, 2, 0],
            4: [1, 0, 1],
            5: [0, 0, 1],
            6: [0, 0, 0],
            None: [1, 2, 2],
        }
        assert [cell.count for cell in figures.totals] == [5, 5, 5]
        assert [cell.percent for cell in figures.rows[2].cells] == [20, 40, 0]
        assert (figures.known_start, figures.known_end, figures.known_year) == (4, 3, 3)

    def test_movement_only_compares_participants_known_at_both_moments(self):
        figures = ladder.edition_ladder(self.build(), today=LATER).figures
        assert (figures.to_end.up, figures.to_end.same, figures.to_end.down, figures.to_end.known) == (1, 1, 1, 3)
        assert (figures.to_year.up, figures.to_year.same, figures.to_year.down, figures.to_year.known) == (2, 0, 1, 3)

    def test_an_edition_without_participants_has_no_percentages(self):
        figures = ladder.edition_ladder(LadderEditionFactory(), today=LATER).figures
        assert figures.participants == 0
        assert all(cell.count == 0 and cell.percent is None for row in figures.rows for cell in row.cells)

    def test_periods_that_have_not_ended_yet_are_counted_as_open(self):
        edition = LadderEditionFactory()
        LadderEnrolmentFactory(edition=edition)
        figures = ladder.edition_ladder(edition, today=date(2024, 4, 28)).figures
        assert figures.open == {ladder.START: 0, ladder.END: 1, ladder.YEAR: 1}
        figures = ladder.edition_ladder(edition, today=date(2024, 4, 29)).figures
        assert figures.open == {ladder.START: 0, ladder.END: 0, ladder.YEAR: 1}

    def test_rungs_are_named_in_the_language_of_the_page(self):
        figures = ladder.edition_ladder(LadderEditionFactory(), today=LATER).figures
        with translation.override("nl"):
            assert [row.label for row in figures.rows][0] == "1. Geïsoleerd"
        with translation.override("en"):
            assert [row.label for row in figures.rows][0] == "1. Isolated"
            assert figures.rows[-1].label == "Unknown"


class TestTypeAndYear:
    def test_editions_of_the_type_whose_first_meeting_falls_in_the_year_add_up(self, cast, team_b):
        spring = LadderEditionFactory(starts_on=date(2024, 3, 1), ends_on=date(2024, 3, 29))
        autumn = LadderEditionFactory(starts_on=date(2024, 12, 2), ends_on=date(2025, 1, 20))
        last_year = LadderEditionFactory(starts_on=date(2023, 12, 4), ends_on=date(2024, 1, 8))
        other_type = LadderEditionFactory(training_type=TrainingType.objects.get(slug="de-wijk-werkt"))
        cancelled = LadderEditionFactory(cancelled_on=date(2024, 2, 20))
        other_team = LadderEditionFactory(team=team_b)
        for edition, level in [
            (spring, 1),
            (spring, 2),
            (autumn, 2),
            (last_year, 5),
            (other_type, 5),
            (cancelled, 5),
            (other_team, 5),
        ]:
            resident = LadderEnrolmentFactory(edition=edition).resident
            assess(resident, level, edition.starts_on)

        kom_tot_bloei = TrainingType.objects.get(slug="kom-tot-bloei")
        result = ladder.type_year_ladder(cast.team_lead_a, kom_tot_bloei, 2024, today=LATER)
        assert [item.edition for item in result.editions] == [spring, autumn]
        assert [item.figures.participants for item in result.editions] == [2, 1]
        assert result.figures.participants == 3
        assert [result.figures.count(ladder.START, level) for level in (1, 2, 5)] == [1, 2, 0]

    def test_a_resident_in_two_editions_counts_once_for_each(self, cast):
        resident = ResidentFactory()
        first = LadderEditionFactory(starts_on=date(2024, 3, 1), ends_on=date(2024, 3, 29))
        second = LadderEditionFactory(starts_on=date(2024, 9, 2), ends_on=date(2024, 9, 30))
        LadderEnrolmentFactory(edition=first, resident=resident)
        LadderEnrolmentFactory(edition=second, resident=resident)
        assess(resident, 2, date(2024, 2, 1))
        assess(resident, 3, date(2024, 4, 1))
        result = ladder.type_year_ladder(cast.connector_a, first.training_type, 2024, today=LATER)
        assert result.figures.participants == 2
        # The first edition ends at rung 3; the second starts there.
        assert result.figures.count(ladder.START, 2) == 1
        assert result.figures.count(ladder.START, 3) == 1
        assert result.figures.count(ladder.END, 3) == 1

    def test_only_editions_of_the_users_own_teams(self, cast, team_b):
        mine = LadderEditionFactory()
        theirs = LadderEditionFactory(team=team_b)
        kom_tot_bloei = mine.training_type
        assert [i.edition for i in ladder.type_year_ladder(cast.connector_a, kom_tot_bloei, 2024).editions] == [mine]
        assert [i.edition for i in ladder.type_year_ladder(cast.connector_b, kom_tot_bloei, 2024).editions] == [theirs]
        assert list(ladder.editions_for(cast.generalist_a)) == [mine]
        for role in ("analyst", "municipality", "admin", "no_role"):
            user = getattr(cast, role)
            assert list(ladder.editions_for(user)) == []
            assert ladder.type_year_ladder(user, kom_tot_bloei, 2024).figures.participants == 0
        assert ladder.edition_years(cast.connector_a) == [2024]

    def test_the_number_of_queries_does_not_grow_with_participants_or_editions(self, cast, django_assert_num_queries):
        def team_lead():  # a fresh user object, so its memberships are read (once) every time
            return User.objects.get(pk=cast.team_lead_a.pk)

        kom_tot_bloei = TrainingType.objects.get(slug="kom-tot-bloei")
        edition = LadderEditionFactory()
        LadderEnrolmentFactory(edition=edition)
        user = team_lead()
        with django_assert_num_queries(5):  # rungs, the user's teams, editions, enrolments, assessments
            ladder.type_year_ladder(user, kom_tot_bloei, 2024)
        with django_assert_num_queries(3):
            ladder.edition_ladder(edition)
        for _ in range(3):
            other = LadderEditionFactory()
            for level in (1, 3, 5):
                resident = LadderEnrolmentFactory(edition=other).resident
                assess(resident, level, date(2024, 2, 1))
                assess(resident, level + 1, date(2024, 4, 1))
        user = team_lead()
        with django_assert_num_queries(5):
            result = ladder.type_year_ladder(user, kom_tot_bloei, 2024)
        assert result.figures.participants == 10
        assert result.figures.to_end.up == 9
