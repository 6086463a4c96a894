"""`ngoaivu report` prints the draft as data, or writes DOCX."""

import io
import json

import docx
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


def test_json_has_sections_and_every_indicator_with_its_comparisons(demo, db):
    out = io.StringIO()
    call_command("make_report", "--unit", "SNgV", "--period", "2021-08", stdout=out)
    data = json.loads(out.getvalue())
    assert data["period"] == {
        "code": "2021-08",
        "label": "tháng 8/2021",
        "start": "2021-08-01",
        "end": "2021-08-31",
        "convention": "calendar",
    }
    incoming = data["indicators"]["incoming_delegations"]
    assert incoming["groups"] == {
        "period": 0,
        "ytd": 19,
        "last_year": 2,
        "last_year_ytd": 19,
        "diff": -2,
        "ytd_diff": 0,
    }
    assert incoming["persons"]["ytd"] == 54
    assert data["indicators"]["fishermen_still_detained"]["fishermen"]["period"] == 42
    assert any(s["key"] == "I.1.b" and "19 đoàn với 54 lượt người" in s["text"] for s in data["sections"])


def test_docx_to_a_file(demo, db, tmp_path):
    target = tmp_path / "bc.docx"
    call_command(
        "make_report",
        "--unit",
        "SNgV",
        "--period",
        "2021-H1",
        "--format",
        "docx",
        "--out",
        str(target),
        stderr=io.StringIO(),
    )
    text = "\n".join(p.text for p in docx.Document(target).paragraphs)
    assert "17 đoàn với 35 lượt người" in text


def test_unknown_unit_and_bad_period_are_refused(demo, db):
    with pytest.raises(CommandError, match="Không có đơn vị"):
        call_command("make_report", "--unit", "XYZ", "--period", "2021-08")
    with pytest.raises(CommandError, match="Không hiểu kỳ báo cáo"):
        call_command("make_report", "--unit", "SNgV", "--period", "2021-8-1")
    # As «Lập báo cáo»: the Sở Ngoại vụ ended on 01/03/2025, so it writes no 2026 report.
    with pytest.raises(CommandError, match="đã thôi hoạt động từ ngày 01/03/2025"):
        call_command("make_report", "--unit", "SNgV", "--period", "2026-H1")
    # As «Lập báo cáo»: a period not begun has nothing to report yet.
    with pytest.raises(CommandError, match="chưa đến"):
        call_command("make_report", "--unit", "VP", "--period", "2099-01")


def test_a_year_before_the_demo_register_began_is_not_compared_with(demo, db, capsys):
    # The demo's register begins in 2020: its 2020 report has no 2019 to compare with.
    call_command("make_report", "--unit", "SNgV", "--period", "2020")
    payload = json.loads(capsys.readouterr().out)
    text = json.dumps(payload, ensure_ascii=False)
    assert "so với năm 2019" not in text and "chưa có số liệu năm 2019" in text  # a whole year: not «cùng kỳ»


def test_a_period_under_way_is_counted_to_today_as_the_new_report_page_counts_it(demo, db, clock):
    clock(2026, 12, 7)
    out = io.StringIO()
    call_command("make_report", "--unit", "VP", "--period", "2026-12", stdout=out)
    assert json.loads(out.getvalue())["period"]["end"] == "2026-12-07"
    out = io.StringIO()
    call_command("make_report", "--unit", "VP", "--period", "2026-12", "--as-of", "2026-12-03", stdout=out)
    assert json.loads(out.getvalue())["period"]["end"] == "2026-12-03"  # a day given is kept
