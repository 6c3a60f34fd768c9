import base64

from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership
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


def _staff_names(team_ids) -> dict[str, str]:
    """A connector, a generalist and a team lead of the importer's teams today, by user name, for the examples."""
    today = timezone.localdate()
    names = {}
    for role in (Role.CONNECTOR, Role.GENERALIST, Role.TEAM_LEAD):
        membership = (
            Membership.objects.filter(team_id__in=team_ids, role=role, started_on__lte=today, user__is_active=True)
            .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=today))
            .select_related("user")
            .order_by("user__username")
            .first()
        )
        names[role] = membership.user.username if membership else ""
    return names


@capability_required("imports.run")
@require_http_methods(["GET"])
def template(request, record_type: str):
    """An example file with the documented header: CSV per record type, or an XLSX workbook for 'all'.

    The example rows use a buurt and wijk of the importer's teams and a connector, generalist and team
    lead of those teams as staff, so the example imports as it is (given that staff worked there on its dates).
    """
    team_ids = request.user.team_ids_for(Role.TEAM_LEAD)
    buurt = (
        Buurt.objects.filter(neighbourhood__teams__in=team_ids).select_related("neighbourhood").order_by("code").first()
    )
    own = {
        "buurt_code": buurt.code if buurt else None,
        "wijk_code": buurt.neighbourhood.code if buurt else None,
        "users": _staff_names(team_ids),
    }
    if record_type == spec.ALL:
        response = HttpResponse(
            examples.example_workbook(**own),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = 'attachment; filename="bloei-import.xlsx"'
        return response
    if record_type not in spec.RECORD_TYPES:
        raise Http404
    response = HttpResponse(examples.example_csv(record_type, **own), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="bloei-{record_type}.csv"'
    return response
