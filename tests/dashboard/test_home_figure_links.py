"""Each key figure of the home page links to the list of the rows it counts: the area's list filtered to the
figure's indicator, period (or year to date) and scope (register/counted.py). Followed, the link lists rows
that add up to the figure, measure by measure, for the province's staff and for a unit reporter alike."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.db.models import Count, Sum
from django.test import RequestFactory

from ngoaivu.core.models import Unit
from ngoaivu.dashboard.figures import KEY_INDICATORS
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.register.area_registry import AREAS
from ngoaivu.register.engine import evaluate
from ngoaivu.register.views_list import filtered

pytestmark = pytest.mark.django_db


def listed(url, user):
    """The rows the list at url holds for user, all of them (not a page of 50)."""
    parts = urlsplit(url)
    request = RequestFactory().get(parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()})
    request.user = user
    slug = parts.path.rstrip("/").rsplit("/", 1)[1]
    filterset, rows = filtered(AREAS[slug], request)
    assert not filterset.form.errors
    return rows


def measured(rows, measure):
    if measure.field is None:
        return rows.count()
    aggregate = Count(measure.field, distinct=True) if measure.distinct else Sum(measure.field)
    return rows.aggregate(value=aggregate)["value"] or 0


def check_links(page, user):
    """Every figure of the page is linked, and its list adds up to it; the indicators some figure of which was
    not zero."""
    form = page.context["form"]
    period = page.context["period"]
    figures = evaluate(KEY_INDICATORS, period, form.scope_units)
    counted = set()
    for row in page.context["figures"]:
        indicator = BY_CODE[row["code"]]
        windows = [("period_url", "period")] + ([] if indicator.is_stock else [("ytd_url", "ytd")])
        assert indicator.is_stock == ("ytd_url" not in row), row["code"]
        for link, window in windows:
            assert f'href="{row[link].replace("&", "&amp;")}"' in page.content.decode()
            rows = listed(row[link], user)
            for measure in indicator.measures:
                expected = getattr(figures[row["code"]][measure.name], window)
                assert measured(rows, measure) == expected, (row["code"], window, measure.name)
                if expected:
                    counted.add(row["code"])
    return counted


def test_the_focal_points_figures_link_to_the_provinces_rows_they_count(login, demo_users):
    page = login("chuyenvien").get("/", {"period": "2021"})
    counted = check_links(page, demo_users["chuyenvien"])
    # a stock and rows dated otherwise than the list dates them (ABTC decided, not received) among them
    assert {"fishermen_still_detained", "foreign_students", "abtc", "incoming_delegations"} <= counted


@pytest.mark.parametrize("unit", ["", "VP", "BĐBP", "UBND"])
def test_a_unit_chosen_or_the_whole_province_links_to_its_own_rows(login, demo_users, unit):
    chosen = Unit.objects.get(code=unit).pk if unit else ""
    page = login("chuyenvien").get("/", {"period": "2026-11", "unit": chosen})
    counted = check_links(page, demo_users["chuyenvien"])
    assert counted


def test_a_reporters_figures_link_to_its_own_units_rows(login, demo_users):
    page = login("vanphong").get("/", {"period": "2026"})
    counted = check_links(page, demo_users["vanphong"])
    assert counted


def test_the_list_says_which_figure_it_holds(login):
    page = login("chuyenvien").get("/", {"period": "2021-08"})
    incoming = next(r for r in page.context["figures"] if r["code"] == "incoming_delegations")
    listed_page = login("chuyenvien").get(incoming["period_url"]).content.decode()
    assert (
        "Các bản ghi được tính vào chỉ tiêu «Đoàn vào» từ ngày 01/08/2021 đến ngày 31/08/2021, "
        "số liệu của Sở Ngoại vụ tỉnh Quảng Ngãi." in listed_page
    )
    # filtering further keeps the figure asked for
    assert '<input type="hidden" name="counted" value="incoming_delegations">' in listed_page


def test_a_reporter_cannot_list_another_units_figure(login):
    sngv = Unit.objects.get(code="SNgV")
    url = "/so-theo-doi/doan-vao/"
    query = {"counted": "incoming_delegations", "period": "2021-08", "scope": sngv.pk}
    response = login("vanphong").get(url, query)
    assert response.status_code == 200 and response.context["rows"] == []
    assert (
        "Không lọc được các bản ghi của số liệu được hỏi (Đơn vị): "
        "Đơn vị này không có trong danh sách đơn vị bạn được chọn." in response.content.decode()
    )


def test_a_figure_that_cannot_be_read_lists_nothing_and_says_why(login):
    url = "/so-theo-doi/doan-vao/"
    response = login("chuyenvien").get(url, {"counted": "boats_detained", "period": "2021-13"})
    assert response.context["rows"] == []
    page = response.content.decode()
    assert "Không lọc được các bản ghi của số liệu được hỏi (Chỉ tiêu)" in page  # not an indicator of this list
    assert "Tháng 13 không có: chọn tháng từ 1 đến 12." in page
