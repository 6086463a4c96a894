"""A report made while its period ran, before a report stored the day its figures are counted to, compares
part of its period with the whole of last year's: its page says so beside the figures and before a redraft,
and offers to set the day on the draft's edit form. Nothing is changed silently."""

from datetime import date

from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.redrafting import redraft_unedited, stale_sections
from ngoaivu.reporting.services import create_report

SAID = (
    "Báo cáo được lập ngày 07/12/2026, khi kỳ tháng 12/2026 chưa kết thúc, nhưng không có ngày chốt số liệu: "
    "số liệu của kỳ chỉ tính đến ngày soạn, còn số liệu cùng kỳ năm trước được tính trọn kỳ (đến ngày 31/12/2025)"
)


def _text(report):
    return "\n".join(report.sections.values_list("text", flat=True))


def _old_report(units, clock):
    """A December report drafted on 07/12/2026 as reports were before the cut-off was stored: none, the
    figures of last year counted to 31/12."""
    clock(2026, 12, 7)
    report = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2026-12")
    Report.objects.filter(pk=report.pk).update(as_of=None)
    report.refresh_from_db()
    redraft_unedited(report)
    return report


def test_a_report_without_its_cut_off_says_so_and_the_draft_takes_one(client_for, units, incoming, clock):
    incoming(start_date=date(2025, 12, 20), person_visits=56)  # after 07/12 last year: not the same days
    incoming(start_date=date(2025, 12, 3), person_visits=4)
    incoming(start_date=date(2026, 12, 2), person_visits=6)
    report = _old_report(units, clock)
    drafted = _text(report)
    assert "giảm 01 đoàn với 54 lượt người so với cùng kỳ năm 2025" in drafted  # 06 against the whole 60
    clock(2026, 12, 10)
    client = client_for("officer")
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert SAID in page and f'href="/bao-cao/{report.pk}/sua/#id_as_of"' in page
    report.refresh_from_db()
    assert report.as_of is None and _text(report) == drafted  # said, not changed
    edit = f"/bao-cao/{report.pk}/sua/"
    form = client.get(edit).context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    refused = {
        "30/11/2026": "Ngày chốt số liệu 30/11/2026 ở trước ngày đầu kỳ báo cáo (01/12/2026).",
        "11/12/2026": "Ngày chốt số liệu 11/12/2026 chưa đến: chọn một ngày không sau hôm nay (10/12/2026).",
    }
    for day, said in refused.items():
        response = client.post(edit, data | {"as_of": day})
        assert response.status_code == 200 and response.context["form"].errors["as_of"] == [said]
    assert client.post(edit, data | {"as_of": "07/12/2026"}).status_code == 302
    report.refresh_from_db()
    assert report.as_of == date(2026, 12, 7) and _text(report) == drafted and stale_sections(report)
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "không có ngày chốt số liệu" not in page and 'id="stale-figures"' in page
    client.post(f"/bao-cao/{report.pk}/tao-lai-so-lieu/")
    text = _text(report)
    assert "54 lượt" not in text and "so với cùng kỳ năm 2025" in text  # 06 against 04, to 07/12/2025


def test_the_warning_is_for_a_report_made_while_its_period_ran_without_a_cut_off_only(
    client_for, units, incoming, clock
):
    report = _old_report(units, clock)
    general = ReportTemplate.objects.get(code="general")
    clock(2026, 12, 10)
    with_cut_off = create_report(units["sngv"], general, "2026-12")
    ended = create_report(units["sngv"], general, "2026-11")  # made after the month ended: the whole of it
    assert (with_cut_off.as_of, ended.as_of) == (date(2026, 12, 10), None)
    client = client_for("viewer")
    for other in (with_cut_off, ended):
        assert "không có ngày chốt số liệu" not in client.get(f"/bao-cao/{other.pk}/").content.decode()
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert SAID in page and "#id_as_of" not in page  # told, but a viewer sets nothing
    # A post from a page without the box keeps the day stored.
    officer = client_for("officer")
    form = officer.get(f"/bao-cao/{with_cut_off.pk}/sua/").context["form"]
    data = {name: form[name].value() or "" for name in form.fields if name != "as_of"}
    assert officer.post(f"/bao-cao/{with_cut_off.pk}/sua/", data | {"signer_name": "Nguyễn Văn B"}).status_code == 302
    assert Report.objects.get(pk=with_cut_off.pk).as_of == date(2026, 12, 10)
