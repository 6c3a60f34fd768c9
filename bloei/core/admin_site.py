from django.contrib import admin


class BloeiAdminSite(admin.AdminSite):
    """The Django admin is the beheerder's place for reference data, and only theirs."""

    site_header = "Bloei – beheer"
    site_title = "Bloei – beheer"
    index_title = "Referentiegegevens"

    def has_permission(self, request):
        from bloei.accounts.choices import Role

        user = request.user
        return user.is_active and user.is_staff and user.has_role(Role.ADMIN)


class RoleAdminMixin:
    """In Bloei's admin the beheerder role is the permission: no per-model permission bookkeeping."""

    def _is_beheerder(self, request) -> bool:
        from bloei.accounts.choices import Role

        return request.user.is_active and request.user.has_role(Role.ADMIN)

    def has_module_permission(self, request):
        return self._is_beheerder(request)

    def has_view_permission(self, request, obj=None):
        return self._is_beheerder(request)

    def has_add_permission(self, request, *args):
        return self._is_beheerder(request)

    def has_change_permission(self, request, obj=None):
        return self._is_beheerder(request)

    def has_delete_permission(self, request, obj=None):
        return self._is_beheerder(request)


class ReferenceAdmin(RoleAdminMixin, admin.ModelAdmin):
    """Admin for reference data (areas, teams, languages, taxonomy)."""
