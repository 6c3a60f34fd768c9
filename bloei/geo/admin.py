from django.contrib import admin

from bloei.core.admin_site import ReferenceAdmin

from .models import AreaFigure, Buurt, District, Municipality, Neighbourhood


@admin.register(Municipality)
class MunicipalityAdmin(ReferenceAdmin):
    list_display = ["code", "name"]


@admin.register(District)
class DistrictAdmin(ReferenceAdmin):
    list_display = ["code", "name", "municipality"]


@admin.register(Neighbourhood)
class NeighbourhoodAdmin(ReferenceAdmin):
    list_display = ["code", "name", "district", "population"]
    search_fields = ["name", "code"]
    exclude = ["geometry"]


@admin.register(Buurt)
class BuurtAdmin(ReferenceAdmin):
    list_display = ["code", "name", "neighbourhood", "population"]
    list_filter = ["neighbourhood__district"]
    search_fields = ["name", "code"]
    exclude = ["geometry"]


@admin.register(AreaFigure)
class AreaFigureAdmin(ReferenceAdmin):
    """Imported neighbourhood figures; loaded from a file (Monitoring → area figures), corrected here."""

    list_display = ["code", "year", "buurt", "value", "unit", "source"]
    list_filter = ["code", "year", "unit"]
    search_fields = ["code", "buurt__name", "buurt__code"]
    autocomplete_fields = ["buurt"]
