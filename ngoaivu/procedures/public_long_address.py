"""An address too long on the public pages (a foreigner's search pasted in thousands of times): said in the
page's language, on a public page that leads back to the list, not on the staff's page
(core/long_address.LongAddressPage, which answers the rest of the site)."""

from ngoaivu.core.long_address import LONGEST_ADDRESS

from .public_views import render_public
from .publishing import PUBLIC_LANGUAGES


class PublicLongAddressPage:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        parts = request.path.split("/")  # "/tthc/en/…" → ["", "tthc", "en", …]
        if len(request.get_full_path()) > LONGEST_ADDRESS and parts[1:2] == ["tthc"]:
            lang = parts[2] if len(parts) > 2 and parts[2] in PUBLIC_LANGUAGES else "vi"
            response = render_public(request, "procedures/public_too_long.html", lang)
            response.status_code = 414
            return response
        return self.get_response(request)
