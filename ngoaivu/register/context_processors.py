from ngoaivu.core.permissions import can_write, reads_any

from .areas import GROUPS


def _offered(user):
    groups = []
    for group, areas in GROUPS:
        offered = [area for area in areas if can_write(user, area.model) or reads_any(user, area.model.objects.all())]
        if offered:
            groups.append((group, offered))
    return groups


def offered_areas(user):
    """The register's areas in the menu, by group: an area is offered to whoever adds rows to it or has
    some to read (core/permissions.reads_any, the rule of the translations' entry too). The office's own
    catalogue of procedures is not offered to a unit reporter whose units keep none: it would be empty.
    Worked out once a request (kept on its user): the menu, the translations' entry and the page ask alike."""
    cached = getattr(user, "_offered_areas", None)
    if cached is None:
        cached = user._offered_areas = _offered(user)
    return cached


def offers(user, model):
    """Whether the menu offers model's area to user: what an area's pages ask before showing it."""
    return any(area.model is model for _, areas in offered_areas(user) for area in areas)


def navigation(request):
    """The sidebar: the register's areas, and whether the user may write (reading a unit's report
    makes records, so it is for those who write). The areas are worked out when the menu is shown."""
    user = getattr(request, "user", None)
    return {
        "nav_groups": (lambda: offered_areas(user)) if user is not None else GROUPS,
        "nav_can_write": user is not None and can_write(user),
    }
