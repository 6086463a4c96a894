"""A template an administrator wrote wrong: the draft is refused with the reason, never a 500."""

from ngoaivu.core.models import Unit
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report


def broken(template):
    """The template with a placeholder that names nothing, in its first section."""
    definition = template.definition
    section = definition["sections"][0]
    while section.get("children"):
        section = section["children"][0]
    section.setdefault("body", []).insert(0, {"text": "Có {lists.khong_co.count} mục."})
    template.definition = definition
    template.save()
    return template


def test_a_new_report_from_a_wrong_template_says_what_is_wrong(client, demo_users):
    template = broken(ReportTemplate.objects.get(code="general"))
    client.force_login(demo_users["chuyenvien"])
    data = {"unit": Unit.objects.get(code="SNgV").pk, "template": template.pk, "period_code": "2021-08"}
    before = set(Report.objects.values_list("pk", flat=True))  # the demo's
    response = client.post("/bao-cao/tao/", data)
    assert response.status_code == 200
    errors = response.context["form"].errors["template"]
    assert "người quản trị cần sửa mẫu" in errors[0] and "khong_co" in errors[0]
    assert set(Report.objects.values_list("pk", flat=True)) == before  # nothing made


def test_regenerating_a_section_of_a_template_since_broken_is_refused_with_the_reason(client, demo_users):
    template = ReportTemplate.objects.get(code="general")
    report = create_report(Unit.objects.get(code="SNgV"), template, "2021-08", demo_users["chuyenvien"])
    broken(template)
    section = report.sections.order_by("position").first()
    client.force_login(demo_users["chuyenvien"])
    response = client.post(f"/bao-cao/{report.pk}/muc/{section.pk}/tao-lai/", follow=True)
    assert response.status_code == 200
    assert "người quản trị cần sửa mẫu" in response.content.decode()
    section.refresh_from_db()
    assert section.text == section.generated_text  # nothing written
