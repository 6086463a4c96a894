from ngoaivu.core.permissions import can_write

from .areas import GROUPS


def navigation(request):
    """The sidebar: the register's areas, and whether the user may write (reading a unit's report
    makes records, so it is for those who write)."""
    user = getattr(request, "user", None)
    return {"nav_groups": GROUPS, "nav_can_write": user is not None and can_write(user)}
