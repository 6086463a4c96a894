"""The home page's «Sổ theo dõi» block counts rows as the lists do: «04», not «4»."""

import re
from datetime import date


def test_a_count_under_ten_is_written_with_two_digits(client_for, incoming):
    for day in (3, 4, 5, 6):
        incoming(start_date=date(2021, 8, day), title=f"Đoàn {day}")
    page = client_for("officer").get("/").content.decode()
    cell = re.search(r'href="/so-theo-doi/doan-vao/">[^<]*</a></td><td class="num">([^<]*)</td>', page)
    assert cell is not None and cell.group(1) == "04"
