from django.contrib import admin

from bloei.core.admin_site import ReferenceAdmin

from .models import Language


@admin.register(Language)
class LanguageAdmin(ReferenceAdmin):
    list_display = ["code", "name_nl", "name_en"]
    search_fields = ["code", "name_nl", "name_en"]
