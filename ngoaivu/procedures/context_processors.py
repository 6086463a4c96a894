from ngoaivu.register.context_processors import offers

from .models import Procedure


def navigation(request):
    """The sidebar's entry for the translations pages, offered to those they are for: to whom the menu
    offers the catalogue of procedures (sees_translations' rule, core/permissions.reads_any: the office
    writes the catalogue, a unit reporter reads it while its units keep some), asked once a request."""
    user = getattr(request, "user", None)
    return {"nav_translations": (lambda: offers(user, Procedure)) if user is not None else False}
