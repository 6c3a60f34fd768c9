"""The beheerder keeps the talent and interest taxonomy here. Residents and their records are casework,
never in the admin."""

from django.contrib import admin

from bloei.core.admin_site import ReferenceAdmin

from .models import LadderRung, Talent


@admin.register(Talent)
class TalentAdmin(ReferenceAdmin):
    list_display = ["name_nl", "name_en", "category", "slug"]
    list_filter = ["category"]
    search_fields = ["slug", "name_nl", "name_en", "keywords"]
    prepopulated_fields = {"slug": ["name_nl"]}
    ordering = ["category", "name_nl"]

    def has_delete_permission(self, request, obj=None):
        # A talent in use stays: deleting it would silently change recorded talent scans, sign-ups and openings.
        if obj is not None and (
            obj.talent_scans.exists() or obj.interest_scans.exists() or obj.signups.exists() or obj.openings.exists()
        ):
            return False
        return super().has_delete_permission(request, obj)


@admin.register(LadderRung)
class LadderRungAdmin(ReferenceAdmin):
    list_display = ["level", "name_nl", "name_en", "code"]
    search_fields = ["code", "name_nl", "name_en"]
    ordering = ["level"]

    def has_delete_permission(self, request, obj=None):
        # A rung in use stays: recorded assessments refer to it.
        if obj is not None and obj.assessments.exists():
            return False
        return super().has_delete_permission(request, obj)
