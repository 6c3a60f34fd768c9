from django.contrib import admin

from .models import Buurt, District, Municipality, Neighbourhood


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["code", "name"]


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "municipality"]


@admin.register(Neighbourhood)
class NeighbourhoodAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "district", "population"]
    search_fields = ["name", "code"]
    exclude = ["geometry"]


@admin.register(Buurt)
class BuurtAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "neighbourhood", "population"]
    list_filter = ["neighbourhood__district"]
    search_fields = ["name", "code"]
    exclude = ["geometry"]
