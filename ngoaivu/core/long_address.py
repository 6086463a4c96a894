"""A page for an address too long to be served (a search with thousands of words pasted in, a link
cut and pasted into itself): gunicorn refuses a request line over its limit with an English page, so
the server lets lines through up to gunicorn's most (8.190 bytes, cli.serve) and this answers those
over the old limit in Vietnamese. A line longer still is refused by gunicorn, which reads no further and
runs nothing of Django: its worker (core/gunicorn_worker.py) writes the same page, static."""

from django.shortcuts import render

# gunicorn's default limit of a request line (4.094 bytes), less room for the method and the protocol.
LONGEST_ADDRESS = 4000
# What the server lets gunicorn read (its most): passed by cli.serve and bench/cluster.
REQUEST_LINE_LIMIT = 8190


class LongAddressPage:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if len(request.get_full_path()) > LONGEST_ADDRESS:
            # the language switch comes back to the page without the address's too-long query
            return render(request, "414.html", {"language_next": request.path[:LONGEST_ADDRESS]}, status=414)
        return self.get_response(request)
