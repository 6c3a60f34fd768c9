"""Printable documents: a Django template rendered to PDF with WeasyPrint.

Templates extend "pdf/base.html" (A4, the house style, page numbers). Static files (the logo, CSS) are
read from the finders, never over the network: the fetcher refuses every URL that is not a static file.
"""

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.text import slugify

STATIC_PREFIX = "bloei-static:/"


def _fetcher(url: str):
    from weasyprint.urls import default_url_fetcher

    if url.startswith(STATIC_PREFIX):
        path = finders.find(url.removeprefix(STATIC_PREFIX))
        if path:
            return default_url_fetcher("file://" + path)
    raise ValueError("PDF templates may only use static files")


def render_pdf(template: str, context: dict, request=None) -> bytes:
    from weasyprint import HTML

    html = render_to_string(template, {**context, "pdf_static": STATIC_PREFIX}, request=request)
    return HTML(string=html, url_fetcher=_fetcher, base_url=STATIC_PREFIX).write_pdf()


def pdf_response(template: str, context: dict, request, filename: str) -> HttpResponse:
    """A PDF download; `filename` without extension, made safe here."""
    response = HttpResponse(render_pdf(template, context, request), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{slugify(filename) or "bloei"}.pdf"'
    return response
