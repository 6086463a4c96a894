"""Where a report's figures come from: each section's indicators, each window's figure and the rows
counted, linked; rows of units the reader does not read are counted, not named."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ngoaivu.register.models import AbtcApplication, EconomicDiplomacyEvent, FishingIncident
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report
from ngoaivu.procedures.models import Procedure, Translation
from ngoaivu.pure.period_parsing import parse
from ngoaivu.register.engine import evaluate
from ngoaivu.reporting.sources import ROWS_SHOWN, figure_sources, register_window


@pytest.fixture
def report(units, users, incoming):
    return create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])


def delegations(sources):
    section = next(s for s in sources if s["key"] == "I.1.b")
    return next(i for i in section["indicators"] if i["name"] == "Đoàn vào")


def test_each_figure_lists_the_rows_it_counts_with_links(report, client_for, incoming):
    first = incoming(title="Đoàn Tổng Lãnh sự quán Nhật Bản", start_date=date(2021, 8, 10), person_visits=5)
    incoming(title="Đoàn Đại sứ quán Lào", start_date=date(2021, 3, 2), person_visits=4)
    incoming(title="Đoàn tỉnh Champasak", start_date=date(2020, 8, 20), person_visits=7)
    page = client_for("officer").get(f"/bao-cao/{report.pk}/nguon-so-lieu/")
    assert page.status_code == 200
    windows = {w["label"]: w for w in delegations(page.context["sections"])["windows"]}
    assert windows["tháng 8/2021"]["amounts"] == "01 đoàn, 05 lượt người"
    assert [label for label, _url, _share in windows["tháng 8/2021"]["rows"]] == [str(first)]
    assert windows["tháng 8/2021"]["rows"][0][1] == f"/so-theo-doi/doan-vao/{first.pk}/"
    # what each row adds, so that the rows add up to the figure by hand
    shares = [share for _label, _url, share in windows["từ ngày 01/01/2021 đến ngày 31/08/2021"]["rows"]]
    assert shares == ["02/03/2021 · 01 đoàn · 04 lượt người", "10/08/2021 · 01 đoàn · 05 lượt người"]
    assert windows["từ ngày 01/01/2021 đến ngày 31/08/2021"]["amounts"] == "02 đoàn, 09 lượt người"
    assert windows["tháng 8/2020"]["amounts"] == "01 đoàn, 07 lượt người"
    html = page.content.decode()
    assert f'href="/so-theo-doi/doan-vao/{first.pk}/"' in html and "Đoàn tỉnh Champasak" in html


def test_rows_of_units_the_reader_does_not_read_are_counted_but_not_named(report, users, incoming):
    incoming(unit="sngv", title="Đoàn của Sở", start_date=date(2021, 8, 10), person_visits=5)
    counted = delegations(figure_sources(report, users["officer"]))["windows"][0]
    assert counted["hidden"] == 0 and len(counted["rows"]) == 1
    seen_by_reporter = delegations(figure_sources(report, users["reporter"]))["windows"][0]
    assert seen_by_reporter["rows"] == [] and seen_by_reporter["hidden"] == 1


def test_a_window_of_many_rows_names_the_first_and_says_how_many_more(report, users, incoming):
    for day in range(1, ROWS_SHOWN + 2):  # one more than the page names
        incoming(title=f"Đoàn số {day}", start_date=date(2021, 8, 1 + day % 28), person_visits=1)
    counted = delegations(figure_sources(report, users["officer"]))["windows"][0]
    assert (len(counted["rows"]), counted["more"], counted["hidden"]) == (ROWS_SHOWN, 1, 0)
    seen_by_reporter = delegations(figure_sources(report, users["reporter"]))["windows"][0]
    assert (seen_by_reporter["rows"], seen_by_reporter["more"], seen_by_reporter["hidden"]) == ([], 0, ROWS_SHOWN + 1)


def test_the_rows_names_are_read_with_the_rows_not_one_query_each(units, users, django_assert_max_num_queries):
    """A published translation is named by its procedure's code: read in the rows' query, however many."""
    august = parse("2021-08")

    def publish(code):
        procedure = Procedure.objects.create(unit=units["sngv"], code=code, name=f"Thủ tục {code}", field="Hộ tịch")
        for language in ("en", "zh"):
            Translation.objects.create(procedure=procedure, language=language, name=code, status="published")
        Translation.objects.filter(procedure=procedure).update(first_published_on=date(2021, 8, 16))

    def listed():
        figure = evaluate(["procedures_translated"], august, [units["sngv"].pk])["procedures_translated"]
        return register_window("procedures_translated", "period", august, [units["sngv"].pk], figure, users["officer"])

    publish("1.000001")
    with CaptureQueriesContext(connection) as one:
        assert [label for label, _url, _share in listed()["rows"]] == ["1.000001 [en]", "1.000001 [zh]"]
    for number in range(2, 8):
        publish(f"1.00000{number}")
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert len(listed()["rows"]) == 14


def test_a_reporter_of_another_unit_does_not_reach_the_page_and_a_compiled_report_has_none(report, client_for, users):
    assert client_for("other_reporter").get(f"/bao-cao/{report.pk}/nguon-so-lieu/").status_code == 404
    Report.objects.filter(pk=report.pk).update(compiled=True)
    report.refresh_from_db()
    assert figure_sources(report, users["officer"]) == []
    page = client_for("officer").get(f"/bao-cao/{report.pk}/nguon-so-lieu/").content.decode()
    assert "Báo cáo tổng hợp lấy số liệu từ báo cáo của các đơn vị" in page


def test_a_period_that_starts_the_year_shows_no_second_year_to_date_and_nothing_is_written_none(units, users, incoming):
    january = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-01", users["officer"])
    windows = delegations(figure_sources(january, users["officer"]))["windows"]
    assert [w["label"] for w in windows] == ["tháng 1/2021", "tháng 1/2020"]
    assert windows[0]["amounts"] == "không có"


def test_a_period_cut_at_a_day_says_so(units, users):
    cut = create_report(
        units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"], as_of=date(2021, 8, 20)
    )
    labels = [w["label"] for w in delegations(figure_sources(cut, users["officer"]))["windows"]]
    assert labels[0] == "tháng 8/2021, đến ngày 20/08/2021"  # the interface's dd/mm/yyyy


def test_a_list_written_without_a_figure_names_its_rows_too(report, users, units):
    """Section 3 writes each reply letter as a sentence, with no count: the letter is still sourced."""
    later = EconomicDiplomacyEvent.objects.create(
        unit=units["sngv"], title="Đề xuất nhu cầu hợp tác", kind="letter", held_on=date(2021, 8, 24)
    )
    letter = EconomicDiplomacyEvent.objects.create(
        unit=units["sngv"], title="Phúc đáp Tổng Lãnh sự quán", kind="letter", held_on=date(2021, 8, 12)
    )
    section = next(s for s in figure_sources(report, users["officer"]) if s["key"] == "I.3")
    letters = next(i for i in section["indicators"] if i["name"].startswith("Trao đổi, phúc đáp"))
    # in the order they were done, not as they were typed
    assert letters["windows"][0]["rows"] == [
        (str(letter), f"/so-theo-doi/ngoai-giao-kinh-te/{letter.pk}/", "12/08/2021"),
        (str(later), f"/so-theo-doi/ngoai-giao-kinh-te/{later.pk}/", "24/08/2021"),
    ]


def test_each_row_is_described_once_its_day_and_figures_as_the_interface_writes_them(report, client_for, units):
    boat = FishingIncident.objects.create(
        unit=units["sngv"],
        boat_number="QNg 96180 TS",
        country="CN",
        occurred_on=date(2021, 8, 3),
        released_on=date(2021, 8, 20),
        fishermen=8,
    )
    AbtcApplication.objects.create(
        unit=units["sngv"],
        enterprise="Công ty TNHH Thép Dung Quất",
        businesspeople=4,
        received_on=date(2021, 7, 2),
        status="approved",
        decided_on=date(2021, 8, 10),
    )
    page = client_for("officer").get(f"/bao-cao/{report.pk}/nguon-so-lieu/")
    indicators = {i["name"]: i for s in page.context["sections"] for i in s["indicators"]}
    detained = indicators["Tàu cá bị nước ngoài bắt giữ"]["windows"][0]["rows"]
    assert [(label, share) for label, _url, share in detained] == [
        ("QNg 96180 TS – Bị bắt giữ", "03/08/2021 · 08 ngư dân")
    ]
    abtc = indicators["Thẻ ABTC được cho phép"]["windows"][0]["rows"]
    assert [(label, share) for label, _url, share in abtc] == [
        ("Công ty TNHH Thép Dung Quất", "10/08/2021 · 04 doanh nhân")
    ]
    # placed by its release: the day it was detained stays in its name
    released = indicators["Tàu cá, ngư dân được thả"]["windows"][0]["rows"]
    assert [(label, share) for label, _url, share in released] == [(str(boat), "20/08/2021 · 08 ngư dân")]
    html = page.content.decode()
    assert "(03/08/2021) (" not in html and "(3/8/2021" not in html and "(4 doanh nhân)" not in html
    assert str(boat) == "QNg 96180 TS – Bị bắt giữ (03/08/2021)"
    assert str(AbtcApplication.objects.get()) == "Công ty TNHH Thép Dung Quất (04 doanh nhân)"
