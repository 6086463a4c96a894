"""A report's statement that the period had none of something («không có tàu cá … bị bắt giữ») is set
against the register as a figure is: it agrees when the register holds none either, and is a
difference the officer sees, with the register's figure and its rows, when the register holds some."""

import io
from datetime import date
from urllib.parse import parse_qs, urlsplit

from django.utils.html import escape
from docx import Document

from ngoaivu.register.models import FishingIncident

from .test_read_report import by_indicator, upload

NO_BOAT = "Trong tháng, không có tàu cá của tỉnh bị nước ngoài bắt giữ."


def report_docx(*lines, period="tháng 3/2021"):
    """A Word report as a unit writes one: header, number, title, then the sentences given."""
    document = Document()
    for line in (
        "UBND TỈNH QUẢNG NGÃI",
        "SỞ NGOẠI VỤ",
        "Số: 15/BC-SNgV",
        "Quảng Ngãi, ngày 05 tháng 4 năm 2021",
        "BÁO CÁO",
        f"Công tác đối ngoại {period}",
        "I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI",
        "1. Công tác bảo hộ công dân",
        *(f"- {line}" for line in lines),
    ):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def detained(units, **fields):
    values = {"boat_number": "QNg 90479 TS", "country": "CN", "occurred_on": date(2021, 3, 12), "fishermen": 8}
    return FishingIncident.objects.create(unit=units["sngv"], **{**values, **fields})


def test_a_statement_of_none_agrees_with_a_register_that_holds_none(client_for, units):
    detained(units, occurred_on=date(2021, 2, 20))  # another month's boat is not this month's
    response = upload(client_for("officer"), report_docx(NO_BOAT), name="bao-cao.docx")
    boats = by_indicator(response)["boats_detained"]
    assert (boats["kind"], boats["status"], boats["conflict"]) == ("none", "present", False)
    assert boats["comparison"] == "Sổ theo dõi: không có — báo cáo: không có"
    assert boats["message"] == "Sổ theo dõi cũng không có số liệu này."
    assert boats["rows"] == [] and boats["label"] is None and boats["list_url"] is None
    page = response.content.decode()
    assert boats["text"] == NO_BOAT and f"«{escape(boats['text'])}»" in page  # its source
    assert "Chênh lệch" not in page and "<mark>" not in page and "/them/?" not in page
    assert response.context["reading"]["counts"]["present"] == 1
    assert "Đã có trong sổ theo dõi: 1; là một phần số liệu của sổ theo dõi: 0; khác với sổ theo dõi: 0;" in page


def test_a_statement_of_none_the_register_contradicts_is_a_difference_with_its_rows(client_for, units):
    detained(units)
    response = upload(client_for("officer"), report_docx(NO_BOAT), name="bao-cao.docx")
    boats = by_indicator(response)["boats_detained"]
    assert (boats["status"], boats["conflict"]) == ("differs", True)
    assert boats["comparison"] == "Sổ theo dõi: 01 tàu cá, 08 ngư dân — báo cáo: không có"
    assert boats["message"] == "Báo cáo nêu không có; sổ theo dõi có 01 tàu cá, 08 ngư dân; đề nghị kiểm tra lại."
    assert boats["rows"] == [] and boats["label"] is None  # nothing to create from a none
    page = response.content.decode()
    assert f"<mark>{escape(boats['comparison'])}</mark>" in page and "Chênh lệch" in page
    assert escape(boats["message"]) in page and f"«{escape(boats['text'])}»" in page and "/them/?" not in page
    assert "khác với sổ theo dõi: 1; bản ghi sổ theo dõi chưa có: 0." in page
    # the link lists the rows the register counts: this month's detained boats
    url = urlsplit(boats["list_url"])
    assert escape(boats["list_url"]) in page and url.path == "/so-theo-doi/ngu-dan/"
    query = parse_qs(url.query)
    assert query["date_from"] == ["01/03/2021"] and query["date_to"] == ["31/03/2021"] and query["kind"] == ["detained"]
    listed = response.client.get(boats["list_url"])
    assert [row.pk for row in listed.context["page"].rows] == [FishingIncident.objects.get().pk]


def test_a_figure_of_the_same_indicator_wins_over_a_statement_of_none(client_for, units):
    detained(units)
    figure = "Trong tháng, có 01 tàu cá cùng 08 ngư dân của tỉnh bị nước ngoài bắt giữ."
    no_conference = "Trong tháng, Sở không tổ chức hội nghị, hội thảo quốc tế nào."
    response = upload(client_for("officer"), report_docx(NO_BOAT, figure, no_conference), name="bao-cao.docx")
    proposals = response.context["proposals"]
    boats = [p for p in proposals if p["indicator"] == "boats_detained"]
    assert [p["status"] for p in boats] == ["present"] and boats[0]["kind"] != "none"
    # the statement of none of another indicator stays, counted once with the figure
    assert [(p["indicator"], p["kind"], p["status"]) for p in proposals if p["kind"] == "none"] == [
        ("conferences", "none", "present")
    ]
    counts = response.context["reading"]["counts"]
    assert [counts[status] for status in ("present", "part", "new", "differs", "unchecked")] == [2, 0, 0, 0, 0]


def test_a_statement_of_none_not_yet_compared_says_what_the_report_states(client_for, units):
    response = upload(client_for("reporter"), report_docx(NO_BOAT), name="bao-cao.docx")  # the Sở's report, not theirs
    boats = by_indicator(response)["boats_detained"]
    assert boats["status"] == "unchecked" and not boats.get("comparison")
    assert boats["message"] == "Báo cáo ghi không có; chưa đối chiếu được với sổ theo dõi."


def test_a_statement_of_none_of_the_year_to_date_is_compared_with_the_year_to_date(client_for, units):
    detained(units, occurred_on=date(2021, 8, 9), fishermen=11)  # August's boat is not September's, but this year's
    detained(units, occurred_on=date(2020, 12, 30), boat_number="QNg 1 TS")  # last year's is neither
    ytd = "Từ đầu năm đến nay, không có tàu cá của tỉnh bị nước ngoài bắt giữ."
    response = upload(client_for("officer"), report_docx(ytd, period="tháng 9/2021"), name="bao-cao.docx")
    boats = by_indicator(response)["boats_detained"]
    assert (boats["kind"], boats["status"], boats["conflict"]) == ("none", "differs", True)
    assert boats["comparison"] == "Sổ theo dõi: 01 tàu cá, 11 ngư dân — báo cáo: không có"
    assert boats["text"] == ytd
    # the link lists the rows of the year to date: from 1 January to the end of the period
    query = parse_qs(urlsplit(boats["list_url"]).query)
    assert query["date_from"] == ["01/01/2021"] and query["date_to"] == ["30/09/2021"]
    listed = response.client.get(boats["list_url"])
    assert [row.occurred_on for row in listed.context["page"].rows] == [date(2021, 8, 9)]
    # the same words of the month alone agree with a September the register holds no boat of
    month = "Trong tháng 9/2021, không có tàu cá của tỉnh bị nước ngoài bắt giữ."
    response = upload(client_for("officer"), report_docx(month, period="tháng 9/2021"), name="bao-cao.docx")
    boats = by_indicator(response)["boats_detained"]
    assert (boats["status"], boats["comparison"]) == ("present", "Sổ theo dõi: không có — báo cáo: không có")
