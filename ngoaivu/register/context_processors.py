from ngoaivu.core.permissions import can_write

from .area_registry import GROUPS
from .offering import offered_areas


def navigation(request):
    """The sidebar: the register's areas offered to the user (offering.py), and whether the user may write
    (reading a unit's report makes records, so it is for those who write). The areas are worked out when
    the menu is shown."""
    user = getattr(request, "user", None)
    return {
        "nav_groups": (lambda: offered_areas(user)) if user is not None else GROUPS,
        "nav_can_write": user is not None and can_write(user),
    }
