"""Where a compiled report's figures come from (collection/compiled_sources.py): each figure, window by window,
with each unit's part by name: an accepted answer's figure linked to it, and the register rows counted of the
asking unit's own work and of the units counted by their register, those a sentence calls «03 đơn vị khác»."""

import datetime as dt

import pytest

from ngoaivu.collection import compilation
from ngoaivu.core.models import Unit
from ngoaivu.register.models import FishingIncident, IncomingDelegation

from .test_compilation import answer

pytestmark = pytest.mark.django_db

OTHERS = ("UBND huyện Lý Sơn", "UBND huyện Bình Sơn", "UBND huyện Sơn Tịnh")


def _compiled(outgoing, units, users):
    """A focal point's August report compiled from the Văn phòng's answer (the university's accepted with none),
    beside the border guard's detained boat of April and three districts' delegations of the year, none asked."""
    Unit.objects.filter(pk=units["sngv"].pk).update(coordinates_province=True)
    units["sngv"].refresh_from_db()
    guard = Unit.objects.create(name="Bộ Chỉ huy Bộ đội Biên phòng tỉnh", code="BĐBP", parent=units["province"])
    FishingIncident.objects.create(
        unit=guard, kind="detained", occurred_on=dt.date(2021, 4, 29), boat_number="QNg 90001 TS", fishermen=8
    )
    for index, name in enumerate(OTHERS):
        district = Unit.objects.create(name=name, code=f"H{index}", kind=Unit.Kind.DISTRICT, parent=units["province"])
        IncomingDelegation.objects.create(
            unit=district,
            title=f"Đoàn khảo sát {index + 1}",
            country="JP",
            start_date=dt.date(2021, 3, 10 + index),
            person_visits=2 + index,
        )
    IncomingDelegation.objects.create(
        unit=units["sngv"],
        title="Đoàn Tổng Lãnh sự quán Nhật Bản",
        country="JP",
        start_date=dt.date(2021, 8, 3),
        person_visits=3,
    )
    request = outgoing()
    answer(request, units["vp"], "accepted", {"incoming_delegations": {"groups": 2, "persons": 7}})
    answer(request, units["dh"], "accepted", {})
    report = compilation.compile_report(request, users["officer"])
    return request, report


def _window(sections, key, code_name, label):
    section = next(s for s in sections if s["key"] == key)
    indicator = next(i for i in section["indicators"] if i["name"] == code_name)
    return next(w for w in indicator["windows"] if w["label"] == label)


def test_the_units_a_sentence_counts_as_others_are_named_with_their_figures_and_rows(
    client_for, outgoing, units, users
):
    request, report = _compiled(outgoing, units, users)
    # The report's text counts the three districts as «03 đơn vị khác» …
    assert "03 đơn vị khác" in report.sections.get(key="I.1.b").text
    page = client_for("officer").get(f"/yeu-cau/{request.pk}/nguon-so-lieu/")
    assert page.status_code == 200
    # … the page names each, with its figure and the register row counted.
    year = _window(page.context["sections"], "I.1.b", "Đoàn vào", "từ ngày 01/01/2021 đến ngày 31/08/2021")
    assert year["amounts"] == "06 đoàn, 19 lượt người"
    parts = {part["unit"]: part for part in year["parts"]}
    assert set(OTHERS) <= set(parts)
    assert parts["UBND huyện Lý Sơn"]["amounts"] == "01 đoàn, 02 lượt người"
    assert parts["UBND huyện Lý Sơn"]["how"] == "sổ theo dõi; không được đề nghị báo cáo"
    assert [label for label, _url, _share in parts["UBND huyện Lý Sơn"]["rows"]] == ["Đoàn khảo sát 1"]
    # The answer's figure, linked to the answer; the asking unit's own rows.
    assert parts["Văn phòng UBND tỉnh"]["amounts"] == "02 đoàn, 07 lượt người"
    assert parts["Văn phòng UBND tỉnh"]["answer"].unit_id == units["vp"].pk
    assert [label for label, _url, _share in parts["Sở Ngoại vụ"]["rows"]] == ["Đoàn Tổng Lãnh sự quán Nhật Bản"]
    html = page.content.decode()
    assert (
        "UBND huyện Sơn Tịnh" in html and f'href="/yeu-cau/don-vi/{parts["Văn phòng UBND tỉnh"]["answer"].pk}/"' in html
    )


def test_a_stock_counted_by_a_units_register_lists_its_rows(client_for, outgoing, units, users):
    request, _report = _compiled(outgoing, units, users)
    sections = client_for("officer").get(f"/yeu-cau/{request.pk}/nguon-so-lieu/").context["sections"]
    held = _window(sections, "I.5.b", "Ngư dân còn bị giữ", "tháng 8/2021")
    assert held["amounts"] == "01 tàu cá, 08 ngư dân"
    guard = next(part for part in held["parts"] if part["unit"] == "Bộ Chỉ huy Bộ đội Biên phòng tỉnh")
    assert guard["amounts"] == "01 tàu cá, 08 ngư dân"
    assert [label for label, _url, _share in guard["rows"]][0].startswith("QNg 90001 TS")
    # The period's answers say none, and are its sources all the same.
    answers = [part["unit"] for part in held["parts"] if part["answer"] is not None]
    assert answers == ["Trường Đại học Phạm Văn Đồng", "Văn phòng UBND tỉnh"]


def test_the_request_links_its_reports_sources_and_a_reporter_never_sees_them(client_for, outgoing, units, users):
    request, _report = _compiled(outgoing, units, users)
    detail = client_for("officer").get(f"/yeu-cau/{request.pk}/").content.decode()
    assert f'href="/yeu-cau/{request.pk}/nguon-so-lieu/"' in detail
    assert client_for("reporter").get(f"/yeu-cau/{request.pk}/nguon-so-lieu/").status_code == 404


def test_no_compiled_report_no_sources_page(client_for, outgoing, units):
    request = outgoing()
    answer(request, units["vp"], "accepted", {})
    assert client_for("officer").get(f"/yeu-cau/{request.pk}/nguon-so-lieu/").status_code == 404


def test_the_compiled_reports_own_sources_page_leads_to_each_units_part(client_for, outgoing, units, users):
    request, report = _compiled(outgoing, units, users)
    page = client_for("officer").get(f"/bao-cao/{report.pk}/nguon-so-lieu/").content.decode()
    assert f'<a href="/yeu-cau/{request.pk}/nguon-so-lieu/">Xem phần của từng đơn vị trong mỗi số liệu</a>' in page
    # and the report's own «Nguồn số liệu» button goes straight to it
    detail = client_for("officer").get(f"/bao-cao/{report.pk}/").content.decode()
    assert f'<a class="button" href="/yeu-cau/{request.pk}/nguon-so-lieu/">Nguồn số liệu</a>' in detail


def test_an_indicator_named_by_a_list_only_has_its_parts_sum_for_total(client_for, outgoing, units, users):
    """A letter the Sở issued is listed in the report's text, not counted by any sentence: its total on the
    page is the sum of the parts listed, never «không có» over a part that has it."""
    from ngoaivu.core.models import LegalDocument

    letter = LegalDocument.objects.create(
        doc_type="Thông báo",
        number="05/TB-SNgV",
        issued_on=dt.date(2021, 8, 12),
        issuer="Sở Ngoại vụ",
        summary="Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 8",
        unit=units["sngv"],
        status=LegalDocument.Status.ISSUED,
    )
    letter.refresh_from_db()
    assert letter.issued_by_unit
    request, _report = _compiled(outgoing, units, users)
    page = client_for("officer").get(f"/yeu-cau/{request.pk}/nguon-so-lieu/")
    windows = [
        window
        for section in page.context["sections"]
        for indicator in section["indicators"]
        if indicator["name"] == "Văn bản đơn vị ban hành"
        for window in indicator["windows"]
    ]
    assert windows, "the page lists the documents the unit issued"
    month = windows[0]
    assert [part["amounts"] for part in month["parts"] if part["unit"] == "Sở Ngoại vụ"] == ["01 văn bản"]
    assert month["amounts"] == "01 văn bản"
