"""The home page: this period's key figures for the user's own unit, against the same period last year."""

import re
from datetime import date

import pytest

from ngoaivu.core.models import Unit
from ngoaivu.register.models import IncomingDelegation
from ngoaivu.register.engine import evaluate
from ngoaivu.pure.period_parsing import parse

pytestmark = pytest.mark.django_db


def row(page, code):
    return next(r for r in page.context["figures"] if r["code"] == code)


def test_the_focal_point_sees_the_province_figures_of_the_period(login):
    page = login("chuyenvien").get("/", {"period": "2021-08"})
    assert page.status_code == 200
    incoming = row(page, "incoming_delegations")
    assert incoming["ytd"] == "19 đoàn, 54 lượt người"
    assert incoming["ytd_change"] == "bằng về số đoàn, giảm 02 lượt người so với cùng kỳ năm 2020"
    assert row(page, "boats_detained")["period"] == "02 tàu cá, 19 ngư dân"
    html = page.content.decode()
    assert "Số liệu chính tháng 8/2021" in html
    assert "19 đoàn, 54 lượt người" in html


def test_a_reporter_of_the_focal_point_sees_its_units_own_figures_not_the_provinces(login):
    # Since 01/3/2025 the Văn phòng is the focal point: the Biên phòng's detained boat is the province's
    # figure, which the officer sees and the office's reporter, who reads its own unit's rows, does not.
    vp = Unit.objects.get(code="VP")
    own = evaluate(["fishermen_still_detained"], parse("2026-11"), vp.scope(date(2026, 11, 30), own=True))
    province = evaluate(["fishermen_still_detained"], parse("2026-11"), vp.scope(date(2026, 11, 30)))
    assert own != province
    officer = row(login("chuyenvien").get("/", {"period": "2026-11", "unit": vp.pk}), "fishermen_still_detained")
    reporter = row(login("vanphong").get("/", {"period": "2026-11"}), "fishermen_still_detained")
    assert officer["period"] != reporter["period"]
    assert reporter["period"] == "không có"


def test_a_reporter_sees_its_own_unit_only_whatever_unit_it_asks_for(login):
    vp = Unit.objects.get(code="VP")
    sngv = Unit.objects.get(code="SNgV")
    IncomingDelegation.objects.create(
        unit=vp, title="Đoàn Đại sứ quán Lào", country="LA", start_date="2021-08-05", person_visits=7
    )
    own = evaluate(["incoming_delegations"], parse("2021-08"), [vp.pk])["incoming_delegations"]
    for query in ({"period": "2021-08"}, {"period": "2021-08", "unit": sngv.pk}, {"period": "2021-08", "unit": ""}):
        page = login("vanphong").get("/", query)
        assert "unit" not in page.context["form"].fields
        assert (
            row(page, "incoming_delegations")["period"] == f"{own['groups'].period:02d} đoàn, "
            f"{own['persons'].period:02d} lượt người"
        )
    assert own["groups"].period == 1


def test_a_leader_of_another_unit_starts_with_its_unit_and_may_choose_the_province(login):
    vp = Unit.objects.get(code="VP")
    client = login("chanhvanphong")
    first = client.get("/", {"period": "2021-08"})
    assert first.context["form"]["unit"].value() == vp.pk
    # The office as it stood then: not yet the province's focal point (that came in 2025).
    own = evaluate(["incoming_delegations"], parse("2021-08"), vp.scope(date(2021, 8, 31)))["incoming_delegations"]
    expected = f"{own['groups'].ytd:02d} đoàn" if own["groups"].ytd or own["persons"].ytd else "không có"
    assert row(first, "incoming_delegations")["ytd"].startswith(expected)
    province = client.get("/", {"period": "2021-08", "unit": ""})
    assert row(province, "incoming_delegations")["ytd"] == "19 đoàn, 54 lượt người"


def test_a_year_without_data_shows_the_last_year_that_has_some(login, clock):
    clock(2030, 3, 2)
    page = login("chuyenvien").get("/")
    assert page.context["fallback_from"] == 2030
    assert page.context["period"].kind == "year" and page.context["period"].year < 2030
    assert "Năm 2030 chưa có số liệu" in page.content.decode()


def test_the_current_month_when_this_year_has_data(login, clock):
    clock(2021, 8, 20)
    page = login("chuyenvien").get("/")
    assert page.context["fallback_from"] is None
    assert page.context["period"].code() == "2021-08"
    assert page.context["period"].end.isoformat() == "2021-08-20"  # figures up to today


def test_early_in_a_month_the_month_just_closed_is_shown_and_said_to_be(login, clock):
    # On 05/12/2026 the officer writes November's report: December so far would be «không có» throughout.
    clock(2026, 12, 5)
    page = login("chuyenvien").get("/")
    assert page.context["period"].code() == "2026-11" and page.context["period"].end == date(2026, 11, 30)
    html = page.content.decode()
    assert "Số liệu chính tháng 11/2026" in html
    assert "Đang hiển thị tháng 11/2026, kỳ vừa kết thúc" in html
    # From the 15th, this month so far.
    clock(2026, 12, 15)
    page = login("chuyenvien").get("/")
    assert page.context["period"].code() == "2026-12" and page.context["period"].end == date(2026, 12, 15)
    assert "kỳ vừa kết thúc" not in page.content.decode()
    # In early January, December of the year before; the statistics, by year, the year just closed.
    clock(2027, 1, 5)
    assert login("chuyenvien").get("/").context["period"].code() == "2026-12"
    statistics = login("chuyenvien").get("/thong-ke/")
    assert statistics.context["period"].code() == "2026" and statistics.context["fallback_from"] is None
    assert "Đang hiển thị năm 2026, kỳ vừa kết thúc" in statistics.content.decode()
    # A period chosen is shown as chosen, without a word about the default.
    chosen = login("chuyenvien").get("/", {"period": "2026-12"})
    assert chosen.context["period"].code() == "2026-12" and not chosen.context["last_closed"]


def test_an_unreadable_period_is_explained_beside_the_field(login):
    page = login("chuyenvien").get("/", {"period": "tháng tám"})
    assert page.status_code == 200
    assert "Không hiểu kỳ báo cáo «tháng tám»" in page.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"period": "2021-13"},
        {"period_kind": "year", "period_year": "1800"},
        {"period_kind": "year", "period_year": "năm"},
        {"period": "abc"},
        {"period": "2021-08", "unit": "abc"},  # a unit that is none: not the user's own in its place
    ],
)
def test_a_refused_filter_shows_its_reason_and_no_figures_of_another_period(login, query):
    page = login("chuyenvien").get("/", query)
    content = page.content.decode()
    assert page.status_code == 200 and page.context["period"] is None and page.context["figures"] is None
    # the reason beside the picker; no table of key figures, no word about a default period shown instead
    assert '<span class="error">' in content and "Chỉ tiêu" not in content
    assert "Số liệu chính</h2>" in content and "Đang hiển thị" not in content
    assert not page.context["last_closed"] and page.context["fallback_from"] is None
    assert page.context["groups"]  # what does not hang on the period still shows


def test_the_home_page_needs_a_login(client, demo):
    assert client.get("/").status_code == 302


def test_row_counts_are_kept_a_minute_for_everyone_who_sees_the_same_rows(login):
    from django.core.cache import cache

    first = login("chuyenvien").get("/", {"period": "2021-08"})
    counts = {item["area"].slug: item["count"] for _group, items in first.context["groups"] for item in items}
    assert counts["doan-vao"] == IncomingDelegation.objects.count()
    assert cache.get("home-counts:all")[0]["doan-vao"] == counts["doan-vao"]  # (counts, when counted)
    # A viewer sees the same rows: the counts are not made again.
    second = login("xem").get("/", {"period": "2021-08"})
    assert {item["area"].slug: item["count"] for _g, items in second.context["groups"] for item in items} == counts
    # A reporter has counts of its own.
    # (the office's and those of the units whose work it took over in 2025: the two Sở, Kon Tum's office).
    third = login("vanphong").get("/", {"period": "2021-08"})
    own = {item["area"].slug: item["count"] for _g, items in third.context["groups"] for item in items}
    offices = IncomingDelegation.objects.filter(unit__code__in=["VP", "SNgV", "VP-KT", "SNgV-KT"]).count()
    assert own["doan-vao"] == offices < counts["doan-vao"]


def test_the_period_picker_chooses_the_period_and_shows_it_chosen(login):
    page = login("chuyenvien").get("/", {"period_kind": "month:8", "period_year": "2021"})
    assert row(page, "incoming_delegations")["ytd"] == "19 đoàn, 54 lượt người"
    html = page.content.decode()
    assert "Số liệu chính tháng 8/2021" in html
    assert '<option value="month:8" selected>Tháng 8</option>' in html and 'value="2021"' in html


def test_an_account_of_an_ended_unit_is_told_and_sees_its_successors_figures(login):
    # The demo's officer still belongs to the Sở Ngoại vụ, whose duties went to the office on 01/03/2025.
    office = Unit.objects.get(code="VP")
    page = login("chuyenvien").get("/")
    assert '<option value="" selected>Kỳ mặc định</option>' in page.content.decode()  # the period shown
    assert page.context["form"].own_unit == office  # this month's figures: the office's, the province's focal point
    notice = page.content.decode()
    assert (
        "Sở Ngoại vụ tỉnh Quảng Ngãi, đơn vị của tài khoản này, đã thôi hoạt động từ ngày 01/03/2025; "
        "công việc do Văn phòng UBND tỉnh Quảng Ngãi kế tục"
    ) in notice
    # A period before the change is the Sở's, as the reports of the time counted it.
    assert login("chuyenvien").get("/", {"period": "2021-08"}).context["form"].own_unit.code == "SNgV"
    # The office's own people are not told anything.
    assert "đã thôi hoạt động" not in login("chanhvanphong").get("/").content.decode()


def test_a_reporter_of_an_ended_unit_is_not_promised_forms_of_the_successor(client, demo_users):
    from ngoaivu.core.models import Role, User

    reporter = User.objects.create(username="bao-cao-sngv", role=Role.REPORTER, unit=Unit.objects.get(code="SNgV"))
    client.force_login(reporter)
    notice = client.get("/").content.decode()
    assert "công việc do Văn phòng UBND tỉnh Quảng Ngãi kế tục. Đề nghị quản trị hệ thống chuyển tài khoản" in notice
    assert "các biểu mẫu mới ghi sẵn đơn vị này" not in notice


def test_in_english_the_period_of_the_key_figures_is_named_in_english(login):
    client = login("chuyenvien")
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get("/", {"period": "2021-08"}).content.decode()
    assert "Key figures, August 2021" in page and "tháng 8/2021" not in page


def test_in_english_the_key_figures_are_named_and_counted_in_english(login):
    client = login("chuyenvien")
    vietnamese = row(client.get("/", {"period": "2021-08"}), "incoming_delegations")
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = row(client.get("/", {"period": "2021-08"}), "incoming_delegations")
    assert english["name"] == "Incoming delegation" and vietnamese["name"] == "Đoàn vào"
    assert "đoàn" in vietnamese["ytd"] and "đoàn" not in english["ytd"] and "delegations" in english["ytd"]
    # the same figures, without the official zero before a count under ten
    numbers = [int(n) for n in re.findall(r"\d+", vietnamese["ytd"])]
    assert [int(n) for n in re.findall(r"\d+", english["ytd"])] == numbers
    assert english["ytd_change"].endswith("on the same period of 2020")


def test_a_unit_reporter_whose_units_keep_no_procedures_is_not_led_to_the_catalogue(login):
    # daihoc's university keeps no procedures: the catalogue's list refuses it (403), so no card links
    # to it (no «Thủ tục hành chính cho người nước ngoài» with 0); every card's link opens.
    client = login("daihoc")
    page = client.get("/")
    assert client.get("/so-theo-doi/thu-tuc-hanh-chinh/").status_code == 403
    shown = [item["area"].slug for _group, items in page.context["groups"] for item in items]
    assert "thu-tuc-hanh-chinh" not in shown and "doan-vao" in shown
    assert all(items for _group, items in page.context["groups"])  # no empty card
    links = set(re.findall(r'href="(/so-theo-doi/[^"#?]+)"', page.content.decode()))
    assert "/so-theo-doi/thu-tuc-hanh-chinh/" not in links
    assert [(href, code) for href in sorted(links) if (code := client.get(href).status_code) >= 400] == []
    # The office's officer is shown the catalogue and its count.
    office = login("chuyenvien").get("/")
    assert "thu-tuc-hanh-chinh" in [item["area"].slug for _g, items in office.context["groups"] for item in items]
