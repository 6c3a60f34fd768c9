import base64

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from bloei.accounts.choices import Role
from bloei.core.access import capability_required
from bloei.geo.models import Buurt

from . import examples, spec
from .forms import ImportForm
from .services import import_records


@capability_required("imports.run")
@require_http_methods(["GET", "POST"])
def upload(request):
    """Upload a file, check it, import it; the result (counts or every error) shows on the same page.

    The result is rendered in the POST's response rather than after a redirect: it belongs to
    this one upload and is not stored. Sending the same file again changes nothing (re-import).
    """
    result = None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload_file = form.cleaned_data["file"]
            result = import_records(
                by=request.user,
                data=upload_file.read(),
                filename=upload_file.name,
                record_type=form.cleaned_data["record_type"],
                dry_run=form.cleaned_data["dry_run"],
            )
            if result.imported:
                form = ImportForm()
    else:
        form = ImportForm()
    context = {
        "form": form,
        "result": result,
        "error_file_href": _error_file_href(result),
        "record_types": spec.RECORD_TYPES.values(),
    }
    template = "imports/partials/panel.html" if request.htmx and not request.htmx.boosted else "imports/upload.html"
    return render(request, template, context, status=200)


def _error_file_href(result) -> str:
    if result is None or not result.errors:
        return ""
    data = base64.b64encode(examples.errors_csv(result.errors)).decode("ascii")
    return f"data:text/csv;charset=utf-8;base64,{data}"


@capability_required("imports.run")
@require_http_methods(["GET"])
def template(request, record_type: str):
    """An example file with the documented header: CSV per record type, or an XLSX workbook for 'all'."""
    buurt = (
        Buurt.objects.filter(neighbourhood__teams__in=request.user.team_ids_for(Role.TEAM_LEAD))
        .order_by("code")
        .first()
    )
    buurt_code = buurt.code if buurt else None
    if record_type == spec.ALL:
        response = HttpResponse(
            examples.example_workbook(buurt_code=buurt_code),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = 'attachment; filename="bloei-import.xlsx"'
        return response
    if record_type not in spec.RECORD_TYPES:
        raise Http404
    response = HttpResponse(
        examples.example_csv(record_type, buurt_code=buurt_code), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="bloei-{record_type}.csv"'
    return response
