from rest_framework import permissions

from ngoaivu.core.permissions import can_edit, can_write


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
        return view.action != "create" or can_write(request.user)
