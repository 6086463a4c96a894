"""Which renderer answers: DRF's choice, but a format the API does not write is refused as such."""

from django.utils.translation import gettext as _
from rest_framework.exceptions import NotAcceptable
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.settings import api_settings

# A format named in the query string can be any text: it is quoted this far, no further.
QUOTED = 20


class Negotiation(DefaultContentNegotiation):
    """`?format=xml` or `/api/reports.xml` is a 406 naming the formats the address writes, where DRF
    answered 404, as if the address or the row did not exist."""

    def filter_renderers(self, renderers, format):
        kept = [renderer for renderer in renderers if renderer.format == format]
        if not kept:
            shown = format if len(format) <= QUOTED else f"{format[:QUOTED]}…"
            raise NotAcceptable(
                _("Không có định dạng «%(format)s»: địa chỉ này chỉ trả lời dạng %(formats)s.")
                % {"format": shown, "formats": ", ".join(dict.fromkeys(r.format for r in renderers))},
                code="unknown_format",
            )
        return kept


class _FormatNotAsked:
    """DRF's settings, but no query parameter names a renderer."""

    URL_FORMAT_OVERRIDE = None

    def __getattr__(self, name):
        return getattr(api_settings, name)


class FilteredByFormat(Negotiation):
    """For a list that filters by a field named `format` (a conference's «Hình thức»): `?format=online` filters
    it, as its schema says, where DRF took it for a renderer's name and answered 406. These lists write JSON
    alone, which the Accept header may still ask for."""

    settings = _FormatNotAsked()
