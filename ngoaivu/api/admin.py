from django.contrib import admin
from rest_framework.authtoken.admin import TokenProxy

# Django REST framework's tokens are no longer read (ngoaivu.api.authentication reads ApiToken):
# its admin page would only make keys that open nothing. The app stays installed for older backups.
if admin.site.is_registered(TokenProxy):
    admin.site.unregister(TokenProxy)
