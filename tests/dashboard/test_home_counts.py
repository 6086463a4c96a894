"""The home page's «Sổ theo dõi» block counts rows as the lists do: «04», not «4»; none is «không có», as the
key figures above it say it (core/amounts.amounts_shown), not «0» beside «04»."""

import re
from datetime import date

from ngoaivu.core.models import LegalDocument


def test_a_count_under_ten_is_written_with_two_digits(client_for, incoming):
    for day in (3, 4, 5, 6):
        incoming(start_date=date(2021, 8, day), title=f"Đoàn {day}")
    page = client_for("officer").get("/").content.decode()
    cell = re.search(r'href="/so-theo-doi/doan-vao/">[^<]*</a></td><td class="num">([^<]*)</td>', page)
    assert cell is not None and cell.group(1) == "04"


def test_an_area_with_no_row_says_none_in_words_as_the_key_figures_do(client_for, incoming):
    incoming(start_date=date(2021, 8, 3), title="Đoàn 3")
    page = client_for("officer").get("/").content.decode()
    cells = dict(re.findall(r'href="/so-theo-doi/([a-z-]+)/">[^<]*</a></td><td class="num">([^<]*)</td>', page))
    assert cells["doan-vao"] == "01" and cells["le-tan"] == "không có"
    assert "0" not in cells.values() and "00" not in cells.values()


def test_the_counts_say_when_they_were_counted_and_a_row_added_since_waits_for_the_next_count(client_for, incoming):
    incoming(start_date=date(2021, 8, 3), title="Đoàn 3")
    client = client_for("officer")
    first = client.get("/").content.decode()
    said = re.search(r"Số bản ghi đếm lúc (\d\d:\d\d), đếm lại sau mỗi phút", first)
    assert said is not None
    incoming(start_date=date(2021, 8, 4), title="Đoàn 4")
    again = client.get("/").content.decode()
    cell = re.search(r'href="/so-theo-doi/doan-vao/">[^<]*</a></td><td class="num">([^<]*)</td>', again)
    assert cell.group(1) == "01" and f"Số bản ghi đếm lúc {said.group(1)}," in again  # the same count, said so


def test_a_reporters_card_counts_its_units_documents_not_the_shared_ones(client_for, units):
    """The province's documents (no unit) are read by every unit and listed with its own, but a unit's card
    counts what the unit keeps: one document, not three; the card says the shared ones are left out."""
    LegalDocument.objects.create(doc_type="Công văn", number="1/VP", issued_on=date(2021, 3, 1), unit=units["vp"])
    for number in ("2/UBND", "3/UBND"):
        LegalDocument.objects.create(doc_type="Công văn", number=number, issued_on=date(2021, 3, 1))
    LegalDocument.objects.create(doc_type="Công văn", number="4/ĐH", issued_on=date(2021, 3, 1), unit=units["dh"])
    page = client_for("reporter").get("/").content.decode()
    cell = re.search(r'href="/so-theo-doi/van-ban/">[^<]*</a>(.*?)</td><td class="num">([^<]*)</td>', page)
    assert cell is not None and cell.group(2) == "01"
    assert "không tính bản ghi dùng chung" in cell.group(1)
    officer = client_for("officer").get("/").content.decode()  # the province's own documents are the Sở's to count
    cell = re.search(r'href="/so-theo-doi/van-ban/">[^<]*</a>(.*?)</td><td class="num">([^<]*)</td>', officer)
    assert cell is not None and cell.group(2) == "04" and not cell.group(1)
