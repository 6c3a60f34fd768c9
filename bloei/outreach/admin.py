"""The beheerder keeps the list of wishes tidy (spelling, doubles). Rounds are casework, never in the admin."""

from django.contrib import admin

from bloei.core.admin_site import ReferenceAdmin

from .models import WishTag


@admin.register(WishTag)
class WishTagAdmin(ReferenceAdmin):
    list_display = ["name", "created_at"]
    search_fields = ["name"]
    ordering = ["name"]

    def has_delete_permission(self, request, obj=None):
        # A wish heard in a round stays: deleting it would change the recorded rounds.
        if obj is not None and obj.round_wishes.exists():
            return False
        return super().has_delete_permission(request, obj)
