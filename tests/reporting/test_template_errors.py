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
    data["second_draft"] = "on"  # the demo has this report already
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


def _first_body(definition):
    section = definition["sections"][0]
    while section.get("children"):
        section = section["children"][0]
    return section.setdefault("body", [])


def test_a_template_written_wrong_is_refused_when_it_is_saved_with_the_reason(db):
    import copy

    import pytest
    from django.core.exceptions import ValidationError

    shipped = ReportTemplate.objects.get(code="general")
    shipped.full_clean()  # what the product ships passes its own check
    mistakes = {
        "{period.lable}": "Không có «period.lable»",
        "{unit.nam}": "Không có «unit.nam»",
        "{incoming_delegations.groups.period đoàn.": "dấu ngoặc nhọn không đóng",
        "{incoming_delegations.groups.period:moneyx}": "Không có cách viết «moneyx»",
        "{incoming_delegations.groups.__class__}": "Không có kỳ «__class__»",
    }
    # a section of each partner country is written for a trial country too: its words are checked
    each = copy.deepcopy(shipped)
    area = next(spec for spec in each.definition["sections"][0]["children"] if "each" in spec)
    area["heading"] = "Hoạt động hợp tác với các địa phương của {each.ful}"
    with pytest.raises(ValidationError, match="Không có «each.ful»"):
        each.full_clean()
    for text, reason in mistakes.items():
        template = copy.deepcopy(shipped)
        _first_body(template.definition).insert(0, {"text": text})
        with pytest.raises(ValidationError) as error:
            template.full_clean()
        assert reason in error.value.message_dict["definition"][0], text
    for shape in ({"if": 5, "text": "Có."}, {"if": "aid.count.period", "text": "Có.", "else": 123}):
        template = copy.deepcopy(shipped)
        _first_body(template.definition).insert(0, shape)
        with pytest.raises(ValidationError, match="phải là chữ"):
            template.full_clean()
    for definition in ([1, 2, 3], {"title": "Báo cáo"}, {"sections": "abc"}, {"sections": [1]}):
        template = copy.deepcopy(shipped)
        template.definition = definition
        with pytest.raises(ValidationError, match="không đúng cấu trúc"):
            template.full_clean()


def test_every_shipped_template_passes_its_check(db):
    from ngoaivu.reporting.context import trial_drafts

    for template in ReportTemplate.objects.all():
        trial_drafts(template.definition)
