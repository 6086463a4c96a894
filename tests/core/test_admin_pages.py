"""Every page of the administration opens for the administrator, on the demo province: each model's
list, add form, and the change form and history of each object with a stored file, or the first."""

from django.contrib import admin
from django.db.models import FileField, Q
from django.urls import reverse


def _objects(model):
    """The objects whose change form draws a stored file, else the first: one of each kind of page."""
    files = [f.name for f in model._meta.fields if isinstance(f, FileField)]
    if files:
        has_file = Q()
        for name in files:
            has_file |= ~Q(**{name: ""}) & Q(**{f"{name}__isnull": False})
        found = list(model._default_manager.filter(has_file)[:3])
        if found:
            return found
    return list(model._default_manager.all()[:1])


def test_every_admin_page_opens(client, demo_users):
    client.force_login(demo_users["admin"])
    failures = []
    for model, model_admin in admin.site._registry.items():
        info = model._meta.app_label, model._meta.model_name
        urls = [reverse("admin:%s_%s_changelist" % info)]
        if model_admin.has_add_permission(_request(demo_users["admin"])):
            urls.append(reverse("admin:%s_%s_add" % info))
        for obj in _objects(model):
            urls.append(reverse("admin:%s_%s_change" % info, args=[obj.pk]))
            urls.append(reverse("admin:%s_%s_history" % info, args=[obj.pk]))
        for url in urls:
            status = client.get(url).status_code
            if status != 200:
                failures.append((url, status))
    assert failures == []


def test_a_malformed_history_address_is_not_found(client, demo_users):
    client.force_login(demo_users["admin"])
    assert client.get("/quan-tri/reporting/report/6/change/history/").status_code == 404


def _request(user):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = user
    return request
