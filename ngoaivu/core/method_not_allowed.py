"""A page for the 405 of an address that only a button posts to (signing out, revoking a key…),
opened by a link, a bookmark or a reload: Django answers it with an empty body.

A page is read (GET, HEAD) and its forms posted (POST); PUT, PATCH and DELETE are the API's, under
/api/ (and OPTIONS, which no page answers). Sent to a page, they are refused here, once for every page, rather than taken for a GET by a
view that only tells GET from POST."""

from django.http import HttpResponseNotAllowed
from django.shortcuts import render

PAGE_METHODS = ("GET", "HEAD", "POST")


class MethodNotAllowedPage:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in PAGE_METHODS and not request.path.startswith("/api/"):
            response = HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        else:
            response = self.get_response(request)
        if response.status_code == 405 and not response.streaming and not response.content:
            # Opened (GET) where a button posts, or sent by a program with another method: said apart.
            page = render(request, "405.html", {"opened": request.method in ("GET", "HEAD")}, status=405)
            page["Allow"] = response.get("Allow", "")
            return page
        return response
