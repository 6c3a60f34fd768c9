"""{% figure value %}: one published number (bloei.monitoring.dashboard.Figure) as HTML. A tag rather than an
included template: a dashboard shows a hundred or more of them."""

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def figure(value, pdf=False):
    if value is None or (value.value is None and not value.suppressed):
        return "–" if pdf else mark_safe('<span class="bloei-muted">–</span>')  # noqa: S308 (a constant)
    if value.suppressed:
        if pdf:
            return format_html('<span class="hidden">{}</span>', _("hidden"))
        return format_html(
            '<span class="bloei-suppressed" title="{}">{}</span>',
            _("Fewer than the threshold, or hidden so that a small number cannot be worked out"),
            _("hidden"),
        )
    if value.rounded:
        if pdf:
            return format_html("≈{}", intcomma(value.value))
        return format_html('<span title="{}">≈{}</span>', _("Rounded to a multiple of 5"), intcomma(value.value))
    return intcomma(value.value)
