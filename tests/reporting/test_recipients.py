"""A recipient the template names by a body that has since ended is named as the one carrying its work."""

from datetime import date

from ngoaivu.core.models import Succession, Unit
from ngoaivu.reporting.drafting import _others
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report


def test_the_issuer_is_left_out_and_a_renamed_body_is_listed_once():
    renamed = {"sở kế hoạch và đầu tư": "Sở Tài chính"}
    recipients = ["UBND tỉnh", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Ngoại vụ", "Lưu: VT, TH"]
    assert _others(recipients, {"name": "Sở Ngoại vụ"}, renamed) == ["UBND tỉnh", "Sở Tài chính", "Lưu: VT, TH"]


def test_a_department_merged_into_another_is_named_by_it_in_a_report_drafted_after(units, users):
    planning = Unit.objects.create(
        name="Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi",
        short_name="Sở Kế hoạch và Đầu tư",
        code="SKHĐT",
        parent=units["committee"],
        ended_on=date(2025, 3, 1),
        is_active=False,
    )
    finance = Unit.objects.create(
        name="Sở Tài chính tỉnh Quảng Ngãi", short_name="Sở Tài chính", code="STC", parent=units["committee"]
    )
    template = ReportTemplate.objects.get(code="general")
    assert "Sở Kế hoạch và Đầu tư" in template.definition["recipients"]
    before = create_report(units["sngv"], template, "2021-08", users["officer"])
    assert "Sở Kế hoạch và Đầu tư" in before.recipients.splitlines()  # no succession recorded: as written
    Succession.objects.create(
        predecessor=planning, successor=finance, kind=Succession.Kind.MERGE, effective_on=date(2025, 3, 1)
    )
    after = create_report(units["sngv"], template, "2021-09", users["officer"]).recipients.splitlines()
    assert "Sở Tài chính" in after and "Sở Kế hoạch và Đầu tư" not in after
