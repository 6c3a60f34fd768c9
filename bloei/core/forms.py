from django import forms
from django.core.exceptions import ValidationError
from django.forms.renderers import TemplatesSetting


class BloeiFormRenderer(TemplatesSetting):
    """Every form field renders through components/field.html (NL Design System markup)."""

    field_template_name = "components/field.html"


WIDGET_CLASSES = {
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.CheckboxSelectMultiple: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.RadioSelect: "utrecht-radio-button utrecht-radio-button--html-input",
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.SelectMultiple: "utrecht-select utrecht-select--html-select",
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
    forms.ClearableFileInput: "utrecht-file-input",
    forms.FileInput: "utrecht-file-input",
}


class StyledFormMixin:
    """Adds the NL Design System classes to every widget, and marks invalid fields for assistive tech."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            css = next((c for t, c in WIDGET_CLASSES.items() if type(widget) is t), None)
            if css is None:
                css = "utrecht-textbox utrecht-textbox--html-input"
            widget.attrs["class"] = f"{widget.attrs.get('class', '')} {css}".strip()
            if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
                # The class belongs on each input, not on the wrapper (components/choices.html).
                widget.template_name = "components/choices.html"
            if isinstance(widget, forms.DateInput):
                widget.input_type = "date"
                widget.format = "%Y-%m-%d"

    def full_clean(self):
        super().full_clean()
        mark_invalid_fields(self)


def mark_invalid_fields(form: forms.Form) -> None:
    """Point assistive technology at the error (and help) text of every invalid field."""
    for name in form.errors:
        if name in form.fields:
            field = form.fields[name]
            ids = [f"id_{form.add_prefix(name)}_error"]
            if field.help_text:
                ids.insert(0, f"id_{form.add_prefix(name)}_helptext")
            field.widget.attrs["aria-invalid"] = "true"
            field.widget.attrs["aria-describedby"] = " ".join(ids)


def add_service_error(form: forms.Form, error: ValidationError) -> None:
    """Show a ValidationError raised by a service on the form: on its field when the form has it, else on top."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
    mark_invalid_fields(form)


class StyledForm(StyledFormMixin, forms.Form):
    pass


class StyledModelForm(StyledFormMixin, forms.ModelForm):
    pass


class LongSelect(forms.Select):
    """A select with many options (all areas of a city), rendered in Python: Django's per-option templates
    cost a millisecond per ten options, on pages that are meant to be fast. Same markup as forms.Select."""

    def __init__(self, attrs=None, choices=()):
        super().__init__({"class": WIDGET_CLASSES[forms.Select], **(attrs or {})}, choices)

    def render(self, name, value, attrs=None, renderer=None):
        from django.forms.utils import flatatt
        from django.utils.html import format_html, format_html_join
        from django.utils.safestring import mark_safe

        selected = {str(v) for v in (value if isinstance(value, list | tuple) else [value]) if v is not None}

        def options(choices):
            return format_html_join(
                "",
                '<option value="{}"{}>{}</option>',
                ((key, mark_safe(" selected") if str(key) in selected else "", label) for key, label in choices),
            )

        parts = []
        for key, label in self.choices:
            if isinstance(label, list | tuple):
                parts.append(format_html('<optgroup label="{}">{}</optgroup>', key, options(label)))
            else:
                parts.append(options([(key, label)]))
        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        return format_html("<select{}>{}</select>", flatatt(final_attrs), mark_safe("".join(parts)))  # noqa: S308
