"""A person in a real browser records an incoming delegation and finds it in the filtered list."""

import pytest

from ngoaivu.register.models import IncomingDelegation
from tests.browser import chromium_page, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_record_an_incoming_delegation_and_find_it(live_server, users, units):
    with chromium_page() as page:
        sign_in(page, f"{live_server.url}/", "officer")
        page.locator("nav.sidebar").get_by_role("link", name="Đoàn vào", exact=True).click()
        page.get_by_role("link", name="Thêm mới").click()

        page.fill("#id_title", "Đoàn Trường Đại học Khon Kaen")
        page.select_option("#id_country", "TH")
        page.select_option("#id_purpose", "study")
        page.fill("#id_start_date", "15/03/2021")
        page.fill("#id_end_date", "10/03/2021")  # before the start: refused beside the field
        page.fill("#id_person_visits", "6")
        page.select_option("#id_unit", str(units["sngv"].pk))
        page.click("button:has-text('Lưu')")
        assert page.locator(".has-error .error").inner_text().strip() == "Ngày đi không được trước ngày đến."
        assert IncomingDelegation.objects.count() == 0

        page.fill("#id_end_date", "18/03/2021")
        page.click("button:has-text('Lưu')")
        assert page.locator("h1").inner_text() == "Đoàn Trường Đại học Khon Kaen"
        assert IncomingDelegation.objects.get().person_visits == 6

        page.get_by_role("link", name="Đoàn vào", exact=True).last.click()
        page.fill("#id_date_from", "01/03/2021")
        page.fill("#id_date_to", "31/03/2021")
        page.select_option("#id_country", "TH")
        page.click("button:has-text('Lọc')")
        rows = page.locator("table.list tbody tr")
        assert rows.count() == 1
        assert "Đoàn Trường Đại học Khon Kaen" in rows.first.inner_text()
        assert "15/03/2021" in rows.first.inner_text()

        page.select_option("#id_country", "LA")
        page.click("button:has-text('Lọc')")
        assert "Không có bản ghi nào." in page.locator("table.list tbody").inner_text()


def test_amounts_typed_as_officers_write_them(live_server, users, units):
    from decimal import Decimal

    from ngoaivu.register.models import ForeignAid

    with chromium_page() as page:
        sign_in(page, f"{live_server.url}/so-theo-doi/vien-tro/them/", "officer")
        page.fill("#id_title", "Dự án nước sạch cho xã Bình Hải")
        page.fill("#id_donor", "Tổ chức Good Neighbors")
        page.select_option("#id_country", "KR")
        page.fill("#id_approved_on", "15/03/2021")
        page.select_option("#id_unit", str(units["sngv"].pk))
        assert page.get_attribute("#id_value_vnd", "inputmode") == "decimal"

        page.fill("#id_value_vnd", "1.5")  # 15 or 1,5? refused, and the text stays
        page.click("button:has-text('Lưu')")
        assert "dấu chấm chỉ dùng để ngăn hàng nghìn" in page.locator(".has-error .error").inner_text()
        assert page.input_value("#id_value_vnd") == "1.5"
        assert not ForeignAid.objects.exists()

        page.fill("#id_value_vnd", "4.600.000.000")
        page.click("button:has-text('Lưu')")
        assert page.locator("h1").inner_text() == "Dự án nước sạch cho xã Bình Hải"
        aid = ForeignAid.objects.get()
        assert aid.value_vnd == Decimal(4_600_000_000)

        page.goto(f"{live_server.url}/so-theo-doi/vien-tro/{aid.pk}/sua/")
        assert page.input_value("#id_value_vnd") == "4.600.000.000"  # shown back in official style
        page.fill("#id_value_vnd", "7,037 tỷ")
        page.click("button:has-text('Lưu')")
        aid.refresh_from_db()
        assert aid.value_vnd == Decimal(7_037_000_000)


def test_an_unlikely_rate_is_saved_only_once_confirmed(live_server, users, units):
    """4,6 tỷ đồng for 1.000 USD: a warning beside the figure, the box to confirm it, then the save."""
    from decimal import Decimal

    from ngoaivu.register.models import ForeignAid

    with chromium_page() as page:
        sign_in(page, f"{live_server.url}/so-theo-doi/vien-tro/them/", "officer")
        page.fill("#id_title", "Dự án nước sạch cho xã Bình Hải")
        page.fill("#id_donor", "Tổ chức Good Neighbors")
        page.select_option("#id_country", "KR")
        page.fill("#id_approved_on", "15/03/2021")
        page.select_option("#id_unit", str(units["sngv"].pk))
        page.fill("#id_value_vnd", "4.600.000.000")
        page.fill("#id_value_original", "1.000")
        page.fill("#id_currency", "USD")
        page.click("button:has-text('Lưu')")
        warning = page.locator(".has-warning .warning").inner_text()
        assert "tỷ giá 4.600.000 đồng/USD, khác xa tỷ giá thông thường" in warning
        assert "4.600.000 đồng/USD" in page.locator(".error-summary.warnings").inner_text()
        assert page.input_value("#id_value_vnd") == "4.600.000.000"
        assert not ForeignAid.objects.exists()

        page.check("#id_warnings_checked")
        page.click("button:has-text('Lưu')")
        assert page.locator("h1").inner_text() == "Dự án nước sạch cho xã Bình Hải"
        assert ForeignAid.objects.get().value_vnd == Decimal(4_600_000_000)
