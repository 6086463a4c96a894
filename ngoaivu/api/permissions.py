from django.utils.translation import gettext_lazy
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


class AnswerPermission(permissions.IsAuthenticated):
    """Anyone signed in reads the answers scope() lets them; only who may edit one answers it (can_edit, as
    the answer's page), so that OPTIONS shows a viewer no POST and a refused POST says why."""

    message = gettext_lazy("Bạn không có quyền trả lời yêu cầu này.")

    def has_permission(self, request, view):
        if not super().has_permission(request, view):
            return False
        if view.action == "metadata" and request.method not in permissions.SAFE_METHODS and "pk" in view.kwargs:
            # DRF's OPTIONS checks a POST's permission without its object: the object's rule, asked here
            view.get_object()
        return True

    def has_object_permission(self, request, view, obj):
        return request.method in permissions.SAFE_METHODS or can_edit(request.user, obj)
