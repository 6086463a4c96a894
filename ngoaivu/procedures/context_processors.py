from .models import sees_translations


def navigation(request):
    """The sidebar's entry for the translations pages, offered to those they are for."""
    user = getattr(request, "user", None)
    return {"nav_translations": user is not None and sees_translations(user)}
