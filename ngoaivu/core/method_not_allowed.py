"""A page for the 405 of an address that only a button posts to (signing out, revoking a key…),
opened by a link, a bookmark or a reload: Django answers it with an empty body."""

from django.shortcuts import render


class MethodNotAllowedPage:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and not response.streaming and not response.content:
            page = render(request, "405.html", status=405)
            page["Allow"] = response.get("Allow", "")
            return page
        return response
