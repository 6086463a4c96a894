"""Who may move a report along its workflow; shared by the report pages and the API."""

from ngoaivu.core.models import Role
from ngoaivu.core.permissions import can_edit


def may(user, action, report):
    """Who may move a report along: editors submit, the unit's leader returns and approves, issuing follows."""
    if action == "submit":
        return can_edit(user, report)
    if action in ("return", "approve"):
        return user.role == Role.ADMIN or (user.role == Role.LEADER and user.unit_id == report.unit_id)
    if action == "issue":
        return user.role in (Role.ADMIN, Role.OFFICER) or (user.role == Role.LEADER and user.unit_id == report.unit_id)
    return False
