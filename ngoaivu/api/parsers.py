"""The API's JSON parser: a body nested deeper than Python's recursion limit is unreadable, not a crash."""

from rest_framework import parsers
from rest_framework.exceptions import ParseError


class JSONParser(parsers.JSONParser):
    """DRF's, answering a body like "[" * 1500 + "]" * 1500 (3 KB, no login needed for /api/token/) with the
    same 400 as any body it cannot read: the standard library's decoder raises RecursionError, which DRF lets
    through as a 500."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError from None
