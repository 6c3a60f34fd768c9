from pathlib import PurePath

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from bloei.core.forms import StyledForm

from . import spec

EXTENSIONS = (".csv", ".xlsx")


class ImportForm(StyledForm):
    record_type = forms.ChoiceField(
        label=_("What the file holds"),
        help_text=_("A CSV file holds one record type. An XLSX workbook may hold one sheet per record type."),
    )
    file = forms.FileField(label=_("File"))
    dry_run = forms.BooleanField(
        label=_("Only check, do not import"),
        required=False,
        help_text=_("Checks the whole file and shows what an import would do, without saving anything."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["record_type"].choices = [
            ("", _("Choose…")),
            (spec.ALL, _("Every record type (XLSX workbook, one sheet per type)")),
            *spec.record_type_choices(),
        ]
        self.fields["file"].help_text = _(
            "CSV (UTF-8 or Windows, separated by comma or semicolon) or Excel workbook (.xlsx), at most %(mb)s MB."
        ) % {"mb": settings.IMPORT_MAX_UPLOAD_MB}
        self.fields["file"].widget.attrs["accept"] = ",".join(EXTENSIONS)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if PurePath(upload.name).suffix.lower() not in EXTENSIONS:
            raise forms.ValidationError(_("Upload a CSV file (.csv) or an Excel workbook (.xlsx)."))
        if upload.size > settings.IMPORT_MAX_UPLOAD_MB * 1024 * 1024:
            raise forms.ValidationError(
                _("The file is larger than %(mb)s MB. Split it into smaller files."),
                params={"mb": settings.IMPORT_MAX_UPLOAD_MB},
            )
        return upload

    def clean(self):
        cleaned = super().clean()
        upload, record_type = cleaned.get("file"), cleaned.get("record_type")
        if upload and record_type == spec.ALL and PurePath(upload.name).suffix.lower() == ".csv":
            self.add_error(
                "record_type", _("A CSV file holds one record type. Choose which one, or upload an XLSX workbook.")
            )
        return cleaned
