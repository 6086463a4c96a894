"""The home page's «Sổ theo dõi» block counts rows as the lists do: «04», not «4»; none is «không có», as the
key figures above it say it (core/amounts.amounts_shown), not «0» beside «04»."""

import re
from datetime import date


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
