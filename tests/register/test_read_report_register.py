"""A report generated from the demo register, read back into it, proposes no row twice; a total
is compared with the register's figure for its period, computed by the reports' engine."""

import pytest
from django.utils.html import escape

from ngoaivu.core.models import Unit
from ngoaivu.reporting.docx_render import render_docx
from ngoaivu.register.engine import evaluate
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.pure.period_parsing import parse
from ngoaivu.reporting.services import create_report, to_document
from ngoaivu.pure.wording import format_count

from .test_read_report import by_indicator, report, upload


def generated(code, period, template="general"):
    draft = create_report(Unit.objects.get(code=code), ReportTemplate.objects.get(code=template), period)
    return render_docx(to_document(draft))


@pytest.fixture
def login(client, demo_users):
    def as_user(name):
        client.force_login(demo_users[name])
        return client

    return as_user


@pytest.mark.parametrize("period", ["2021-08", "2021-01-01..2021-08-31", "2021-H1", "2020"])
def test_a_report_generated_from_the_register_proposes_no_row_twice(login, period):
    response = upload(login("chuyenvien"), generated("SNgV", period), name="bao-cao.docx")
    reading = response.context["reading"]
    assert reading["unit"].code == "SNgV" and reading["notice"] is None
    proposals = response.context["proposals"]
    assert len(proposals) >= 5
    for proposal in proposals:
        assert proposal["status"] in ("present", "part"), proposal
        if proposal["kind"] == "none":  # «không có …» where the register holds none either
            assert proposal["message"] == "Sổ theo dõi cũng không có số liệu này.", proposal
        else:
            assert proposal["message"].startswith("Đã có trong sổ theo dõi: ")
        assert proposal["label"] is None and proposal["rows"] == []
    assert reading["counts"]["new"] == reading["counts"]["differs"] == reading["counts"]["unchecked"] == 0
    page = response.content.decode()
    assert "/them/?" not in page and "<mark>" not in page
    assert all(escape(p["text"]) in page for p in proposals)


def test_the_year_to_date_of_a_monthly_report_is_compared_with_the_register(login):
    response = upload(login("chuyenvien"), generated("SNgV", "2021-08"), name="bao-cao.docx")
    proposals = response.context["proposals"]
    incoming = next(p for p in proposals if p["indicator"] == "incoming_delegations" and p.get("kind") != "none")
    assert incoming["kind"] == "total" and incoming["text"].startswith("Tính chung trong 8 tháng")
    assert incoming["comparison"] == "Sổ theo dõi: 19 đoàn, 54 lượt người — báo cáo: 19 đoàn, 54 lượt người"
    # the report's own sentences of none are read back, and agree with the register they were drafted from
    nones = [p for p in proposals if p.get("kind") == "none"]
    assert nones and all(p["status"] == "present" for p in nones)


def test_a_stated_total_is_a_comparison_highlighted_when_it_differs(login):
    august = parse("2021-08")
    cases = evaluate(["consular_cases"], august)["consular_cases"]["count"].period
    assert cases < 5
    content = report(
        "SỞ NGOẠI VỤ",
        "SNgV",
        "tháng 8/2021",
        "Tính chung trong 8 tháng, Sở phối hợp hướng dẫn, quản lý 20 đoàn với 47 lượt người nước ngoài "
        "đến học tập, làm việc trên địa bàn tỉnh.",
        "Trong tháng, toàn tỉnh có 02 tàu cá cùng 19 ngư dân bị nước ngoài bắt giữ.",
        "Trong tháng, tiếp nhận, phối hợp xử lý 05 vụ việc lãnh sự.",
    )
    response = upload(login("chuyenvien"), content)
    found = by_indicator(response)
    incoming = found["incoming_delegations"]
    assert incoming["comparison"] == "Sổ theo dõi: 19 đoàn, 54 lượt người — báo cáo: 20 đoàn, 47 lượt người"
    assert incoming["status"] == "differs" and incoming["label"] is None and incoming["rows"] == []
    page = response.content.decode()
    assert f"<mark>{escape(incoming['comparison'])}</mark>" in page
    assert "/so-theo-doi/doan-vao/them/" not in page
    # Equal figures are not highlighted.
    assert found["boats_detained"]["status"] == "present"
    assert f"<mark>{escape(found['boats_detained']['comparison'])}" not in page
    # Five cases where the register has fewer: only the missing ones are offered.
    consular = found["consular_cases"]
    assert consular["status"] == ("differs" if cases else "new")  # the register holding none, it only lacks them
    assert consular["label"] == f"Tạo {format_count(5 - cases)} bản ghi vụ việc lãnh sự"
    assert len(consular["rows"]) == 5 - cases


def test_a_reporter_never_compares_with_another_units_rows(login):
    client = login("vanphong")  # reporter of the Văn phòng UBND tỉnh
    sngv = Unit.objects.get(code="SNgV")
    for extra in ({}, {"unit": sngv.pk}):
        response = upload(client, generated("SNgV", "2021-08"), name="bao-cao.docx", **extra)
        assert response.context["reading"]["unit"] is None
        assert all(p["status"] == "unchecked" and not p.get("comparison") for p in response.context["proposals"])
        assert "19 đoàn, 54 lượt người —" not in response.content.decode()
    # The province's figure in the Văn phòng's own report is set against the Văn phòng's rows only.
    vp = Unit.objects.get(code="VP")
    own = evaluate(["incoming_delegations"], parse("2020"), [vp.pk])["incoming_delegations"]
    province = evaluate(["incoming_delegations"], parse("2020"))["incoming_delegations"]
    assert own["groups"].period < province["groups"].period
    content = report(
        "VĂN PHÒNG UBND TỈNH",
        "VP",
        "năm 2020",
        f"Trong năm, Văn phòng đón {province['groups'].period} đoàn với {province['persons'].period} lượt "
        "người nước ngoài đến làm việc tại tỉnh.",
    )
    incoming = by_indicator(upload(client, content))["incoming_delegations"]
    assert incoming["comparison"] == (
        f"Sổ theo dõi: {format_count(own['groups'].period)} đoàn, "
        f"{format_count(own['persons'].period)} lượt người — báo cáo: "
        f"{province['groups'].period} đoàn, {province['persons'].period} lượt người"
    )
    assert incoming["status"] == "differs"
