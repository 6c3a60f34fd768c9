"""The beheerder builds indicator frameworks here from the available measures, without code:
a framework holds goals, a goal sub-goals, a sub-goal indicators, an indicator its yearly targets."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from bloei.core.admin_site import ReferenceAdmin, RoleAdminMixin

from . import measures
from .models import Framework, Goal, Indicator, SubGoal, Target


class IndicatorForm(forms.ModelForm):
    measure = forms.ChoiceField(label=_("measure"), required=False)

    class Meta:
        model = Indicator
        fields = [
            "sub_goal", "order", "name_nl", "name_en", "kind", "measure", "parameter",
            "explanation_nl", "explanation_en",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["measure"].choices = [("", "—"), *measures.choices()]


class GoalInline(RoleAdminMixin, admin.TabularInline):
    model = Goal
    extra = 0
    show_change_link = True


class SubGoalInline(RoleAdminMixin, admin.StackedInline):
    model = SubGoal
    extra = 0
    show_change_link = True


class IndicatorInline(RoleAdminMixin, admin.TabularInline):
    model = Indicator
    form = IndicatorForm
    fields = ["order", "name_nl", "name_en", "kind", "measure", "parameter"]
    extra = 0
    show_change_link = True


class TargetInline(RoleAdminMixin, admin.TabularInline):
    model = Target
    extra = 1


@admin.register(Framework)
class FrameworkAdmin(ReferenceAdmin):
    list_display = ["name_nl", "organisation", "is_default"]
    prepopulated_fields = {"slug": ["name_nl"]}
    inlines = [GoalInline]


@admin.register(Goal)
class GoalAdmin(ReferenceAdmin):
    list_display = ["name_nl", "framework", "order"]
    list_filter = ["framework"]
    inlines = [SubGoalInline]


@admin.register(SubGoal)
class SubGoalAdmin(ReferenceAdmin):
    list_display = ["name_nl", "goal", "order"]
    list_filter = ["goal__framework"]
    inlines = [IndicatorInline]


@admin.register(Indicator)
class IndicatorAdmin(ReferenceAdmin):
    form = IndicatorForm
    list_display = ["name_nl", "sub_goal", "kind", "measure", "parameter"]
    list_filter = ["sub_goal__goal__framework", "kind"]
    search_fields = ["name_nl", "name_en", "measure"]
    inlines = [TargetInline]
