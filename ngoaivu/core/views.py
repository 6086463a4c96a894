from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from ngoaivu.core.permissions import scope
from ngoaivu.register.areas import GROUPS


@login_required
def home(request):
    """The start page: every area with how many rows this user can see in it."""
    groups = []
    for group, areas in GROUPS:
        items = []
        for area in areas:
            if area.parent_field:
                continue
            count = scope(area.model.objects.all(), request.user, shared_when_null=area.shared_when_null).count()
            items.append({"area": area, "count": count})
        groups.append((group, items))
    from ngoaivu.collection.home import panels

    return render(request, "core/home.html", {"groups": groups, **panels(request.user)})


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)
