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
