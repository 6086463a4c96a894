from django.shortcuts import redirect, render
from django.templatetags.static import static


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says: the site's icon."""
    return redirect(static("ngoaivu/favicon.svg"))
