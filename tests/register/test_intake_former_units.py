"""A report of a unit that has since ended (the Sở Ngoại vụ tỉnh Kon Tum of 2023) is read as that
unit's: compared with its rows as it stood, shown with the unit that carries its work today, and
its citations keep the issuer as written."""

from datetime import date

import pytest

from ngoaivu.core.lineage import current_successor
from ngoaivu.core.models import LegalDocument, Succession, Unit
from ngoaivu.register.forms import resolve_document
from ngoaivu.register.intake_scope import comparison_scope, comparison_unit, issuer_words, report_issuer, report_period
from ngoaivu.register.models import IncomingDelegation

from .test_read_report import by_indicator, upload

MERGED = date(2025, 7, 1)
BASIS = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội"
SAID = "Đơn vị ban hành: Sở Ngoại vụ tỉnh Kon Tum (trước sắp xếp; nay là Văn phòng UBND tỉnh Quảng Ngãi)"


def kon_tum_report(code="SNgVKT5", header="UBND TỈNH KON TUM\nSỞ NGOẠI VỤ"):
    return (
        f"{header}\nSố: 1353/BC-{code}\nKon Tum, ngày 09 tháng 11 năm 2023\n\n"
        "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng đầu năm 2023\n\n"
        "Thực hiện Công văn số 88/SNgV-LS ngày 01/3/2023 của Sở Ngoại vụ tỉnh Kon Tum về công tác lãnh sự, "
        "Sở Ngoại vụ báo cáo như sau:\n"
        "I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI\n1. Công tác lễ tân, đoàn vào\n"
        "- Trong 9 tháng, Sở đón 02 đoàn với 05 lượt người nước ngoài đến làm việc tại tỉnh.\n"
    ).encode()


@pytest.fixture
def kon_tum(units):
    """The old tỉnh Kon Tum's bodies, ended on 01/7/2025; the Sở Ngoại vụ's work went to a
    Văn phòng UBND tỉnh Quảng Ngãi. Codes of their own: the demo's may be there."""

    def ended(name, code, kind, parent=None):
        return Unit.objects.create(name=name, code=code, kind=kind, parent=parent, ended_on=MERGED, is_active=False)

    province = ended("Tỉnh Kon Tum", "KT5", Unit.Kind.PROVINCE)
    committee = ended("UBND tỉnh Kon Tum", "UBNDKT5", Unit.Kind.PEOPLES_COMMITTEE, province)
    sngv = ended("Sở Ngoại vụ tỉnh Kon Tum", "SNgVKT5", Unit.Kind.DEPARTMENT, committee)
    office = Unit.objects.create(
        name="Văn phòng UBND tỉnh Quảng Ngãi", code="VPQNg5", kind=Unit.Kind.OFFICE, parent=units["committee"]
    )
    Succession.objects.create(
        predecessor=sngv, successor=office, kind=Succession.Kind.DUTIES, effective_on=MERGED, legal_basis=BASIS
    )
    return {"province": province, "committee": committee, "sngv": sngv, "office": office}


def meta_of(content, client):
    return upload(client, content).context["result"]["meta"]


def test_the_ended_unit_is_found_by_name_and_by_the_code_of_its_number(client_for, kon_tum):
    client = client_for("officer")
    # By name: the header's province says which Sở Ngoại vụ, though SNgV is the code of another.
    by_name = meta_of(kon_tum_report(code="SNgV"), client)
    assert report_issuer(by_name) == kon_tum["sngv"]
    # By code: a header without a province, the number carries the ended unit's code.
    by_code = meta_of(kon_tum_report(header="SỞ NGOẠI VỤ"), client)
    assert by_code["issuer_code"] == "SNgVKT5" and report_issuer(by_code) == kon_tum["sngv"]
    # The committee above it, named in full.
    assert report_issuer({"issuer": "ỦY BAN NHÂN DÂN TỈNH KON TUM", "date": "2023-11-09"}) == kon_tum["committee"]


def test_the_report_is_compared_with_the_ended_units_rows_as_it_stood(client_for, users, kon_tum):
    for title, day, persons in (("Đoàn tỉnh Attapeu", date(2023, 5, 10), 3), ("Đoàn tỉnh Sekong", date(2023, 8, 2), 2)):
        IncomingDelegation.objects.create(
            unit=kon_tum["sngv"], title=title, country="LA", start_date=day, person_visits=persons
        )
    client = client_for("officer")
    response = upload(client, kon_tum_report())
    reading = response.context["reading"]
    assert reading["unit"] == kon_tum["sngv"]  # the historical issuer, not today's Văn phòng
    meta = response.context["result"]["meta"]
    unit, _notice = comparison_unit(users["officer"], meta)
    period = report_period(meta, unit)
    assert list(comparison_scope(users["officer"], unit, period)) == [kon_tum["sngv"].pk]
    incoming = by_indicator(response)["incoming_delegations"]
    assert incoming["status"] == "present", incoming["message"]


def test_a_report_of_a_time_after_its_issuer_ended_is_set_against_the_successor(client_for, kon_tum):
    # A report of 2026 under the old header: the Sở had ended, the office carried its work.
    report = kon_tum_report().decode().replace("2023", "2026").encode()
    response = upload(client_for("officer"), report)
    proposals = response.context["reading"]
    assert proposals["unit"] == kon_tum["office"]
    links = [url for item in proposals["items"] for url in item.get("rows", [])]
    assert links and all(f"unit={kon_tum['office'].pk}" in url for url in links)


def test_the_page_names_the_issuer_and_the_unit_that_carries_its_work_today(client_for, kon_tum):
    response = upload(client_for("officer"), kon_tum_report())
    assert response.context["reading"]["issuer"] == SAID.removeprefix("Đơn vị ban hành: ")
    assert SAID in response.content.decode()


def test_todays_unit_follows_every_later_change_and_an_undated_one_is_itself(units, kon_tum):
    assert current_successor(kon_tum["sngv"]) == kon_tum["office"]
    assert current_successor(kon_tum["office"]) == kon_tum["office"]
    assert current_successor(kon_tum["sngv"], as_of=date(2025, 6, 30)) == kon_tum["sngv"]  # it still existed
    # The Văn phòng's work moves on in its turn: today's unit is the last one.
    later = date(2026, 1, 1)
    Unit.objects.filter(pk=kon_tum["office"].pk).update(ended_on=later, is_active=False)
    kon_tum["office"].refresh_from_db()
    finance = Unit.objects.create(name="Sở Tài chính tỉnh Quảng Ngãi", code="STCQNg5", parent=units["committee"])
    Succession.objects.create(
        predecessor=kon_tum["office"],
        successor=finance,
        kind=Succession.Kind.MERGE,
        effective_on=later,
        legal_basis=BASIS,
    )
    assert current_successor(kon_tum["sngv"], as_of=date(2026, 3, 1)) == finance
    assert issuer_words({}, kon_tum["sngv"]) == (
        "Sở Ngoại vụ tỉnh Kon Tum (trước sắp xếp; nay là Sở Tài chính tỉnh Quảng Ngãi)"
    )
    # A body dissolved with no successor for its records: its end is said instead.
    assert current_successor(kon_tum["province"]) is None
    assert issuer_words({}, kon_tum["province"]) == "Tỉnh Kon Tum (thôi hoạt động từ ngày 01/07/2025)"


def test_an_old_province_the_register_does_not_hold_is_named_with_what_it_is_today(client_for, units):
    Unit.objects.filter(pk=units["sngv"].pk).update(name="Sở Ngoại vụ tỉnh Quảng Ngãi")  # SNgV, as the demo names it
    response = upload(client_for("officer"), kon_tum_report(code="SNgV"))
    reading = response.context["reading"]
    # Not the Sở Ngoại vụ of the register (Quảng Ngãi's): the officer chooses.
    assert reading["unit"] is None and "chọn đơn vị" in reading["notice"]
    assert (
        reading["issuer"] == "UBND TỈNH KON TUM – SỞ NGOẠI VỤ (tỉnh Kon Tum trước sắp xếp; nay thuộc tỉnh Quảng Ngãi)"
    )
    meta = {"issuer": "SỞ NGOẠI VỤ TỈNH THỪA THIÊN HUẾ"}
    assert issuer_words(meta, None) == "SỞ NGOẠI VỤ TỈNH THỪA THIÊN HUẾ (tỉnh Thừa Thiên Huế, nay là thành phố Huế)"
    assert issuer_words({"issuer": "SỞ NGOẠI VỤ", "parent_body": "UBND TỈNH QUẢNG NGÃI"}, None) is None


def test_citations_keep_the_historical_issuer(client_for, kon_tum):
    response = upload(client_for("officer"), kon_tum_report())
    (cited,) = [r for r in response.context["result"]["references"] if r["number"] == "88/SNgV-LS"]
    assert cited["issuer"] == "Sở Ngoại vụ tỉnh Kon Tum"
    assert "88/SNgV-LS (01/03/2023) – Sở Ngoại vụ tỉnh Kon Tum" in response.content.decode()
    text = "Công văn số 1353/SNgV-ĐN ngày 09/11/2023 của Sở Ngoại vụ tỉnh Kon Tum về công tác lãnh sự"
    saved = resolve_document(LegalDocument.from_citation(text))
    saved.refresh_from_db()
    assert saved.issuer == "Sở Ngoại vụ tỉnh Kon Tum"
    assert saved.citation() == "Công văn số 1353/SNgV-ĐN ngày 09/11/2023 của Sở Ngoại vụ tỉnh Kon Tum"
    # Cited again without its issuer, then with it: the one document, the issuer as first written.
    again = resolve_document(LegalDocument.from_citation("Công văn số 1353/SNgV-ĐN ngày 09/11/2023"))
    assert again == saved and LegalDocument.objects.get(pk=saved.pk).issuer == "Sở Ngoại vụ tỉnh Kon Tum"
