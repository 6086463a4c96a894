"""The address a request comes from: the lock-out of failed sign-ins (django-axes) counts by it.

Behind TRUSTED_PROXIES reverse proxies (nginx in the README's deployment: 1), the connection's
own address (REMOTE_ADDR) is the nearest proxy's. Each proxy adds to X-Forwarded-For the address
it received the request from, so only the last TRUSTED_PROXIES entries were written by our own
proxies; anything left of them came with the request and may be forged. The client is therefore
the entry TRUSTED_PROXIES places from the right: with one proxy, the right-most. With
TRUSTED_PROXIES=0 (no proxy: clients reach the server directly) the header is never read.
"""

import ipaddress

from django.conf import settings


def _address(text):
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return None


def client_address(request):
    """The client's IP address as text (AXES_CLIENT_IP_CALLABLE), or None when there is none."""
    connection = request.META.get("REMOTE_ADDR") or None
    proxies = getattr(settings, "TRUSTED_PROXIES", 0)
    if proxies <= 0:
        return connection
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if entry.strip()]
    if not forwarded:
        return connection
    # Fewer entries than proxies: every entry was written by one of ours, the left-most first.
    return _address(forwarded[-min(proxies, len(forwarded))]) or connection
