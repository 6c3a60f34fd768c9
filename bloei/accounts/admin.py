from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from bloei.core.admin_site import ReferenceAdmin, RoleAdminMixin

from .models import Membership, Team, User


class MembershipInline(RoleAdminMixin, admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["team"]


@admin.register(User)
class UserAdmin(RoleAdminMixin, BaseUserAdmin):
    """Users are deactivated, never deleted: the audit trail points at them."""

    inlines = [MembershipInline]
    list_display = ["username", "first_name", "last_name", "email", "is_active"]

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Team)
class TeamAdmin(ReferenceAdmin):
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["neighbourhoods"]
