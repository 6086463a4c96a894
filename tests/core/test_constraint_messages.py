"""Every database rule says, in Vietnamese and beside the field it concerns, what is wrong.

The same message reaches the register's forms (and their error summary), XLSX imports, the API
and the admin; a broken rule never shows Django's "Constraint … is violated.", its English
"… already exists", a raw constraint name, the database's text or a 500.
"""

import re
import unicodedata
from datetime import date

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.db.models.constraints import BaseConstraint
from django.utils import translation

from ngoaivu.api.serializers import AreaSerializer
from ngoaivu.core.constraints import Check, Unique, explain_refusal, referenced_fields
from ngoaivu.core.models import LegalDocument, PartnerLocality
from ngoaivu.register.models import DelegationPlan, IncomingDelegation
from tests.register.rows import make_row
from tests.register.test_import import upload

VIETNAMESE = re.compile(r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.I)
ENGLISH_LEAKS = (
    "Constraint",
    "violated",
    "already exists",
    "UNIQUE",
    "CHECK",
    "IntegrityError",
    "must make a unique set",
)

VISITS = "Số lượt người không được ít hơn số đoàn."
DATES = "Ngày đi không được trước ngày đến."
PLAN_TWICE = (
    "Đơn vị đã có kế hoạch đoàn ra, đoàn vào của năm này; vui lòng cập nhật kế hoạch đã có thay vì lập kế hoạch mới."
)
REFUSED = "Không lưu được vì dữ liệu trùng hoặc mâu thuẫn với một bản ghi khác; vui lòng kiểm tra lại rồi lưu lại."


def project_models():
    return [model for model in apps.get_models() if model._meta.app_config.name.startswith("ngoaivu.")]


RULES = [(model, constraint) for model in project_models() for constraint in model._meta.constraints]
UNIQUE_FIELDS = [
    (model, field)
    for model in project_models()
    for field in model._meta.local_fields
    if field.unique and not field.primary_key
]


def assert_vietnamese(text):
    assert VIETNAMESE.search(text), f"not Vietnamese: {text!r}"
    assert unicodedata.is_normalized("NFC", text), f"not NFC: {text!r}"
    assert "%(" not in text and not any(leak in text for leak in ENGLISH_LEAKS), text


def assert_no_leak(page):
    assert not any(leak in page for leak in ENGLISH_LEAKS)
    assert not any(constraint.name in page for _model, constraint in RULES)


# --- Every rule of every model ----------------------------------------------------------------


def test_the_walk_finds_the_projects_rules():
    apps_with_rules = {model._meta.app_label for model, _constraint in RULES}
    assert {"core", "register", "reporting", "procedures", "collection"} <= apps_with_rules
    assert len(RULES) >= 35


@pytest.mark.parametrize(("model", "constraint"), RULES, ids=[f"{m._meta.label}.{c.name}" for m, c in RULES])
def test_every_rule_has_a_vietnamese_message_tied_to_its_fields(model, constraint):
    assert isinstance(constraint, (Check, Unique)), "use ngoaivu.core.constraints.Check or Unique"
    assert constraint.violation_error_message != BaseConstraint.default_violation_error_message
    assert unicodedata.is_normalized("NFC", str(constraint.violation_error_message))
    with translation.override("vi"):
        assert_vietnamese(constraint.message(model))
    assert constraint.on
    for name in constraint.on:
        model._meta.get_field(name)  # raises FieldDoesNotExist
        assert name in referenced_fields(model, constraint), f"{name} is not read by the rule"
    assert not constraint._check(model, connection)


@pytest.mark.parametrize(("model", "field"), UNIQUE_FIELDS, ids=[f"{m._meta.label}.{f.name}" for m, f in UNIQUE_FIELDS])
def test_every_unique_field_says_so_in_vietnamese(model, field):
    assert field.error_messages["unique"] != models.Field.default_error_messages["unique"]
    with translation.override("vi"):
        assert_vietnamese(str(field.error_messages["unique"]))


def test_migrations_record_plain_django_constraints():
    """Where a message goes is not the database's business: no custom class in the migrations."""
    rule = IncomingDelegation._meta.constraints[-1]
    path, _args, kwargs = rule.deconstruct()
    assert path == "django.db.models.CheckConstraint" and "on" not in kwargs
    assert rule.clone().on == ("person_visits",) and rule.clone() == rule
    assert (
        Unique(fields=["unit", "year"], name="x", on="year", violation_error_message="Đã có.").deconstruct()[0]
        == "django.db.models.UniqueConstraint"
    )


def test_the_date_rule_names_the_fields_in_the_active_language(units):
    row = IncomingDelegation(
        unit=units["sngv"],
        title="Đoàn",
        country="JP",
        start_date=date(2021, 3, 10),
        end_date=date(2021, 3, 1),
        person_visits=1,
    )
    for language, expected in (("vi", DATES), ("en", "Departure date cannot be before arrival date.")):
        with translation.override(language), pytest.raises(ValidationError) as error:
            row.full_clean()
        assert error.value.message_dict == {"end_date": [expected]}


# --- Forms: beside the field, and in the summary at the top ----------------------------------


def incoming_form(units, **overrides):
    data = {
        "title": "Đoàn Đại sứ quán Lào",
        "organisation": "",
        "country": "LA",
        "host_level": "provincial",
        "purpose": "work",
        "start_date": "12/03/2021",
        "end_date": "13/03/2021",
        "groups": "1",
        "person_visits": "5",
        "content": "",
        "unit": units["sngv"].pk,
        "notes": "",
    }
    data.update(overrides)
    return data


def test_a_form_breaking_two_rules_shows_each_beside_its_field_and_in_the_summary(client_for, units):
    response = client_for("officer").post(
        "/so-theo-doi/doan-vao/them/", incoming_form(units, end_date="01/03/2021", groups="3", person_visits="2")
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors == {"end_date": [DATES], "person_visits": [VISITS]}
    page = response.content.decode()
    assert_no_leak(page)
    # Beside the field…
    assert re.search(
        r'id="id_person_visits".*?<div class="error" id="id_person_visits_error">\s*' + re.escape(VISITS), page, re.S
    )
    # …and at the top, before the first field, each a link to a field that exists.
    summary = re.search(r'<div class="error-summary" role="alert"[^>]*>(.*?)</div>', page, re.S)
    assert summary and page.index("error-summary") < page.index('class="grid"')
    # each message names its field: said once, not after the field's label again
    assert f'<a href="#id_person_visits">{VISITS}</a>' in summary.group(1)
    assert f'<a href="#id_end_date">{DATES}</a>' in summary.group(1)
    assert 'id="id_end_date"' in page and 'aria-describedby="id_person_visits_error"' in page


def test_a_second_plan_for_the_same_year_is_refused_beside_the_year(client_for, units):
    DelegationPlan.objects.create(unit=units["sngv"], year=2022)
    response = client_for("officer").post(
        "/so-theo-doi/ke-hoach-doan/them/",
        {"year": "2022", "status": "draft", "approval_decision": "", "unit": units["sngv"].pk, "notes": ""},
    )
    assert response.status_code == 200
    assert response.context["form"].errors == {"year": [PLAN_TWICE]}
    assert f'<a href="#id_year">Năm: {PLAN_TWICE}</a>' in response.content.decode()
    assert DelegationPlan.objects.count() == 1


def test_a_plan_saved_by_someone_else_after_the_form_validated_is_refused_beside_the_year(
    client_for, units, monkeypatch
):
    from ngoaivu.register.forms import RecordForm

    validate = RecordForm._post_clean

    def validate_then_lose_the_race(self):
        validate(self)  # the model's rules pass...
        DelegationPlan.objects.create(unit=units["sngv"], year=2022)  # ...then another officer saves first

    monkeypatch.setattr(RecordForm, "_post_clean", validate_then_lose_the_race)
    response = client_for("officer").post(
        "/so-theo-doi/ke-hoach-doan/them/",
        {"year": "2022", "status": "draft", "approval_decision": "", "unit": units["sngv"].pk, "notes": ""},
    )
    assert response.status_code == 200  # not a 500
    assert response.context["form"].errors == {"year": [PLAN_TWICE]}
    assert DelegationPlan.objects.count() == 1


def test_a_document_number_used_twice_in_a_year_is_refused_beside_the_number(client_for, units):
    """The rule reads issued_year, which no form shows: it is still checked, not left to a 500."""
    LegalDocument.objects.create(doc_type="Quyết định", number="06/QĐ-UBND", issued_on=date(2021, 3, 18))
    response = client_for("officer").post(
        "/so-theo-doi/van-ban/them/",
        {
            "doc_type": "Quyết định",
            "number": "06/QĐ-UBND",
            "issued_on": "20/05/2021",
            "issuer": "",
            "summary": "",
            "unit": units["sngv"].pk,
            "status": "drafting",
        },
    )
    assert response.status_code == 200
    [message] = response.context["form"].errors["number"]
    assert message.startswith("Đã có văn bản cùng loại, cùng số, ký hiệu trong năm ban hành này")
    assert LegalDocument.objects.count() == 1


# --- XLSX import ------------------------------------------------------------------------------


def test_an_imported_row_breaking_two_rules_gets_both_messages(client_for):
    row = [
        "",
        "Đoàn C",
        "",
        "Lào",
        "Sở, ngành, địa phương",
        "Làm việc",
        "10/3/2021",
        "01/03/2021",
        3,
        2,
        "",
        "SNgV",
        "",
    ]
    response = upload(client_for("officer"), [row])
    assert response.status_code == 200
    assert sorted(response.context["problems"]) == [(2, "Ngày đi", DATES), (2, "Số lượt người", VISITS)]
    page = response.content.decode()
    assert VISITS in page and DATES in page
    assert_no_leak(page)
    assert not IncomingDelegation.objects.exists()


# --- API --------------------------------------------------------------------------------------


def test_the_api_answers_400_with_each_message_under_its_field(api, units):
    response = api("officer").post(
        "/api/register/doan-vao/",
        {
            "title": "Đoàn",
            "country": "KR",
            "start_date": "2021-04-10",
            "end_date": "2021-04-01",
            "groups": 3,
            "person_visits": 2,
            "unit": units["sngv"].pk,
        },
        format="json",
    )
    assert response.status_code == 400
    assert response.json() == {"end_date": [DATES], "person_visits": [VISITS]}


def test_the_api_refuses_a_second_plan_beside_the_year(api, units):
    DelegationPlan.objects.create(unit=units["sngv"], year=2022)
    response = api("officer").post(
        "/api/register/ke-hoach-doan/", {"year": 2022, "unit": units["sngv"].pk}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {"year": [PLAN_TWICE]}


def test_a_plan_saved_by_someone_else_after_validation_is_a_400_not_a_500(api, units, monkeypatch):
    validate = AreaSerializer.validate

    def validate_then_lose_the_race(self, attrs):
        attrs = validate(self, attrs)
        DelegationPlan.objects.create(unit=units["sngv"], year=2022)  # another request, meanwhile
        return attrs

    monkeypatch.setattr(AreaSerializer, "validate", validate_then_lose_the_race)
    response = api("officer").post(
        "/api/register/ke-hoach-doan/", {"year": 2022, "unit": units["sngv"].pk}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {"year": [PLAN_TWICE]}
    assert DelegationPlan.objects.count() == 1


def test_a_refusal_no_rule_explains_is_a_general_vietnamese_400(api, units, monkeypatch):
    # Not an exact copy (its status differs), so only the database's rule is left to refuse it.
    DelegationPlan.objects.create(unit=units["sngv"], year=2022, status=DelegationPlan.Status.APPROVED)
    monkeypatch.setattr(DelegationPlan, "validate_constraints", lambda self, exclude=None: None)
    response = api("officer").post(
        "/api/register/ke-hoach-doan/", {"year": 2022, "unit": units["sngv"].pk}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {"non_field_errors": [REFUSED]}


def test_explain_refusal_names_the_rule_on_its_field(units):
    DelegationPlan.objects.create(unit=units["sngv"], year=2022)
    second = DelegationPlan(unit=units["sngv"], year=2022)
    with pytest.raises(IntegrityError), transaction.atomic():
        second.save()
    assert explain_refusal(second).message_dict == {"year": [PLAN_TWICE]}
    # For a form without the field, the message becomes the form's own (form.add_error(None, …)).
    assert explain_refusal(second, fields={"unit"}).message_dict == {"__all__": [PLAN_TWICE]}


def test_the_api_refuses_a_procedure_code_used_twice_beside_the_code(api, units):
    first = make_row("thu-tuc-hanh-chinh", units["sngv"])
    response = api("officer").post(
        "/api/register/thu-tuc-hanh-chinh/",
        {
            "code": first.code,
            "name": "Cấp thị thực",
            "field": "Lãnh sự",
            "agency": "Sở Ngoại vụ",
            "processing_time": "05 ngày làm việc",
            "unit": units["sngv"].pk,
        },
        format="json",
    )
    assert response.status_code == 400
    assert response.json() == {"code": ["Đã có thủ tục mang mã này; vui lòng kiểm tra lại mã thủ tục."]}


# --- Admin ------------------------------------------------------------------------------------


def test_the_admin_shows_a_check_rule_beside_its_field(client_for):
    response = client_for("admin").post(
        "/quan-tri/core/user/add/",
        {
            "username": "baocao",
            "usable_password": "true",
            "password1": "Mat-khau-rat-dai-2021",
            "password2": "Mat-khau-rat-dai-2021",
            "unit": "",
            "role": "reporter",
            "position": "",
        },
    )
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors == {"unit": ["Người dùng của đơn vị báo cáo phải thuộc một đơn vị."]}
    page = response.content.decode()
    assert "Người dùng của đơn vị báo cáo phải thuộc một đơn vị." in page
    assert_no_leak(page)


def test_the_admin_shows_a_unique_rule_beside_its_field(client_for):
    PartnerLocality.objects.create(name="Champasak", country="LA")
    response = client_for("admin").post(
        "/quan-tri/core/partnerlocality/add/",
        {"name": "Champasak", "country": "LA", "level": "", "since": "", "notes": ""},
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "name": ["Đã có địa phương đối tác cùng tên thuộc quốc gia này."]
    }
    assert_no_leak(response.content.decode())
