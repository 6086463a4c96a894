from .models import sees_translations


def navigation(request):
    """The sidebar's entry for the translations pages, offered to those they are for (sees_translations:
    the register's rule for the catalogue of procedures), asked once a request."""
    user = getattr(request, "user", None)
    return {"nav_translations": (lambda: sees_translations(user)) if user is not None else False}
