from rest_framework import permissions

from ngoaivu.core.permissions import can_edit, can_write


def requested_action(view):
    """The view's action; for an OPTIONS answer, the one of the method it describes (DRF asks the serializer
    of a POST with the action "metadata", so a view choosing by action would describe the wrong one)."""
    if view.action == "metadata":
        return view.action_map.get(view.request.method.lower())
    return view.action


class RegisterPermission(permissions.BasePermission):
    """Anyone signed in reads what scope() lets them; only writing roles write, and only their rows."""

    def has_permission(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return False
        model = getattr(getattr(view, "area", None), "model", None)
        return request.method in permissions.SAFE_METHODS or can_write(request.user, model)

    def has_object_permission(self, request, view, obj):
        return request.method in permissions.SAFE_METHODS or can_edit(request.user, obj)


class ReportPermission(permissions.BasePermission):
    """Anyone signed in reads what scope() lets them; only writing roles make drafts.

    A workflow step is open to anyone signed in here: may_move_report() decides in the view, as on the pages.
    """

    def has_permission(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return False
        return requested_action(view) != "create" or can_write(request.user)
