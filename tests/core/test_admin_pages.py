"""Every page of the administration opens for the administrator, on the demo province: each model's
list, add form, and the change form and history of each object with a stored file, or the first."""

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db.models import FileField
from django.urls import reverse


def _objects(model):
    """The first object, each of its stored files filled in (the demo's background worker has not run
    here): the change form draws every file field, as on a running office's data."""
    first = model._default_manager.first()
    if first is None:
        return []
    for field in model._meta.fields:
        if isinstance(field, FileField) and not getattr(first, field.name):
            getattr(first, field.name).save(f"{field.name}.bin", ContentFile(b"\x89PNG thu"), save=False)
            model._default_manager.filter(pk=first.pk).update(**{field.name: getattr(first, field.name).name})
    return [first]


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


def test_a_history_page_speaks_vietnamese(client, demo_users):
    from ngoaivu.core.models import Unit

    client.force_login(demo_users["admin"])
    unit = Unit.objects.first()
    unit.save()  # one change at least: the list's headings show
    page = client.get(reverse("admin:core_unit_history", args=[unit.pk])).content.decode()
    assert "Chọn một thời điểm trong danh sách dưới đây" in page and "Người thay đổi" in page
    assert "Choose a date" not in page and "Changed by" not in page


# The procedures' administration is left to its own change (procedures/admin.py).
def test_every_admin_date_box_reads_a_date_as_every_date_box_does(demo_users):
    """Each date field of the administration (its models and their inlines) is core/date_fields.DateField:
    "31/02/2026" is told as a day February lacks, not Django's «Nhập một ngày hợp lệ.»."""
    from django.db.models import DateField as ModelDateField
    from django.db.models import DateTimeField

    from ngoaivu.core.date_fields import DateField

    request = _request(demo_users["admin"])
    found = []
    for model, model_admin in admin.site._registry.items():
        for each in [model_admin, *model_admin.get_inline_instances(request)]:
            for field in each.model._meta.fields:
                if isinstance(field, ModelDateField) and not isinstance(field, DateTimeField) and field.editable:
                    formfield = each.formfield_for_dbfield(field, request)
                    found.append((each.model.__name__, field.name, type(formfield).__name__))
                    assert isinstance(formfield, DateField), found[-1]
                    with pytest.raises(ValidationError) as refused:
                        formfield.clean("31/02/2026")
                    assert refused.value.messages == ["Ngày 31/02/2026 không có: tháng 2/2026 chỉ có 28 ngày."]
    assert {(name, field) for name, field, _ in found} >= {
        ("Unit", "ended_on"),
        ("Succession", "effective_on"),
        ("LegalDocument", "issued_on"),
        ("Report", "as_of"),
        ("ReportRequest", "deadline"),
        ("Translation", "published_on"),
    }


def test_partner_localities_are_found_by_their_countrys_name(client, demo_users):
    client.force_login(demo_users["admin"])
    page = client.get("/quan-tri/core/partnerlocality/", {"q": "Lào"})
    rows = list(page.context["cl"].result_list)
    assert rows and {row.country.code for row in rows} == {"LA"}
