"""Figures on the screens follow the interface's language (core/screen_figures.py): in Vietnamese the official
style ("04", "4.600.000.000", "3,5"), in English Babel's ("4", "4,600,000,000", "3.5"). The report itself
is a Vietnamese document and keeps "04 đoàn" whatever language the reader chose."""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import translation

from ngoaivu.core.screen_figures import screen_count, screen_number
from ngoaivu.register.models import ForeignAid, IncomingDelegation
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report

# gettext picks a plural by an integer; Django warns of a Decimal now and will refuse it.
pytestmark = pytest.mark.filterwarnings("error:Plural value must be an integer:DeprecationWarning")


@pytest.mark.parametrize(
    ("language", "count", "big", "decimal"),
    [("vi", "04", "4.600.000.000", "3,5"), ("en", "4", "4,600,000,000", "3.5")],
)
def test_figures_are_written_in_the_interfaces_language(language, count, big, decimal):
    with translation.override(language):
        assert screen_count(4) == count
        assert screen_count(0) == "0"
        assert screen_number(4_600_000_000) == big
        assert screen_number(Decimal("3.5")) == decimal
        assert screen_number(3.5) == decimal
        # a Decimal of a field with two places keeps them, as the pages wrote it before («1.250,50»)
        assert screen_number(Decimal("1250.50")) == {"vi": "1.250,50", "en": "1,250.50"}[language]
        assert screen_number(Decimal("1250.00")) == {"vi": "1.250,00", "en": "1,250.00"}[language]
        template = Template("{% load official %}{{ n|count }} {{ n|days }} {{ big|figure }} {{ big }}")
        assert template.render(Context({"n": 4, "big": 4_600_000_000})) == f"{count} {count} {big} {big}"


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return re.sub(r"\s+", " ", response.content.decode())


@pytest.fixture
def register(units):
    """Four incoming delegations of August 2021 and an aid of 4.600.000.000 đồng."""
    for day in (2, 9, 16, 23):
        IncomingDelegation.objects.create(
            unit=units["sngv"], title=f"Đoàn ngày {day}", country="JP", start_date=date(2021, 8, day), person_visits=3
        )
    ForeignAid.objects.create(
        title="Khoản viện trợ", donor="KOICA", country="KR", value_vnd=4_600_000_000, approved_on="2021-08-15",
        unit=units["sngv"],
    )  # fmt: skip


def test_in_vietnamese_the_pages_keep_the_official_style(client_for, register):
    client = client_for("officer")
    home = page(client, "/")
    assert re.search(r'href="/so-theo-doi/doan-vao/">Đoàn vào</a></td><td class="num">04</td>', home)
    listed = page(client, "/so-theo-doi/doan-vao/")
    assert "04 bản ghi" in listed
    aid = page(client, "/so-theo-doi/vien-tro/")
    assert "4.600.000.000" in aid and "4,600,000,000" not in aid
    statistics = page(client, "/thong-ke/?period=2021")
    assert '<td class="num">4</td>' in statistics  # a table of a chart: counts as numbers, not padded


def test_in_english_the_pages_write_figures_the_english_way(client_for, register):
    client = client_for("officer")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    home = page(client, "/")
    assert re.search(r'href="/so-theo-doi/doan-vao/">[^<]*</a></td><td class="num">4</td>', home)
    listed = page(client, "/so-theo-doi/doan-vao/")
    assert "4 records" in listed and "04 records" not in listed
    aid = page(client, "/so-theo-doi/vien-tro/")
    assert "4,600,000,000" in aid and "4.600.000.000" not in aid
    detail = page(client, f"/so-theo-doi/vien-tro/{ForeignAid.objects.get().pk}/")
    assert "4,600,000,000" in detail
    statistics = page(client, "/thong-ke/?period=2021")
    assert "4.600" not in statistics
    # The figure box reads the English writing too (pure/numbers.parse_english), and shows it so.
    form = page(client, f"/so-theo-doi/vien-tro/{ForeignAid.objects.get().pk}/sua/")
    assert 'value="4,600,000,000"' in form and 'value="4.600.000.000"' not in form


def test_the_report_stays_a_vietnamese_document_in_the_english_interface(client_for, register, units, users):
    report = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])
    client = client_for("officer")
    vietnamese = page(client, f"/bao-cao/{report.pk}/")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = page(client, f"/bao-cao/{report.pk}/")
    assert '<html lang="en">' in english
    assert "04 đoàn với 12 lượt người" in vietnamese and "04 đoàn với 12 lượt người" in english
    sources = page(client, f"/bao-cao/{report.pk}/nguon-so-lieu/")
    assert "4 delegations, 12 person-visits" in sources and "04 delegations" not in sources
