from django.contrib import admin

from ngoaivu.core.admin_base import ModelAdmin

from .models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(ModelAdmin):
    """Administrators see every user's tokens and may revoke (delete) one; a key is made only by its user,
    on the security page, where it is shown once."""

    list_display = ["user", "name", "prefix", "created", "expires", "last_used"]
    list_filter = ["expires"]
    search_fields = ["user__username", "name", "prefix"]
    list_select_related = ["user"]
    readonly_fields = ["user", "name", "prefix", "created", "expires", "last_used"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
