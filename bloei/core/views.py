# TEMPORARY: replaced by the helpers that build the today page, search and figures.
from django.http import HttpResponse


def home(request):
    return HttpResponse("home")


def search(request):
    return HttpResponse("search")


def figures(request):
    return HttpResponse("figures")
