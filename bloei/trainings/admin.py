"""The beheerder keeps the training types here (for example an English-language edition of a training).
Editions, participants and their records are casework, never in the admin."""

from django.contrib import admin

from bloei.core.admin_site import ReferenceAdmin

from .models import TrainingType


@admin.register(TrainingType)
class TrainingTypeAdmin(ReferenceAdmin):
    list_display = ["name_nl", "name_en", "default_meetings", "completion_min_percent", "language", "is_active"]
    list_filter = ["is_active", "language"]
    search_fields = ["slug", "name_nl", "name_en"]
    prepopulated_fields = {"slug": ["name_nl"]}
    ordering = ["name_nl"]

    def has_delete_permission(self, request, obj=None):
        # A type with editions stays (switch "in use" off instead): the editions refer to it.
        if obj is not None and obj.editions.exists():
            return False
        return super().has_delete_permission(request, obj)
