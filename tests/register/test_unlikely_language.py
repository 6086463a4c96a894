"""The figures of a warning (register/unlikely.py) are written as the interface's language writes them, as its
figure boxes read them: English with thousands commas and a decimal point, Vietnamese the official way."""

from decimal import Decimal

from django.conf import settings
from django.utils import translation

from ngoaivu.register.unlikely import unlikely_delegation_size, unlikely_names, unlikely_rate
from tests.register.test_unlikely_figures import AID_URL, aid_data, warned

RATE = {"value_vnd": 4_600_000_000, "value_original": Decimal("1.5"), "currency": "USD"}


def test_the_rate_warning_in_english_writes_english_figures():
    with translation.override("en"):
        said = unlikely_rate(RATE)["value_vnd"]
    assert said.startswith(
        "A value of 4,600,000,000 dong for 1.5 USD means a rate of 3,066,666,667 dong/USD, far from the usual "
        "rate (about 20,000–30,000 dong/USD)."
    )
    with translation.override("en"):  # a rate under ten đồng keeps two decimals, with a point
        assert "(about 0.80–3.20 dong/LAK)" in unlikely_rate({**RATE, "currency": "LAK"})["value_vnd"]


def test_the_rate_warning_in_vietnamese_writes_official_figures():
    with translation.override("vi"):
        said = unlikely_rate(RATE)["value_vnd"]
    assert said.startswith(
        "Giá trị quy đổi 4.600.000.000 đồng cho 1,5 USD tương ứng tỷ giá 3.066.666.667 đồng/USD, khác xa tỷ giá "
        "thông thường (khoảng 20.000–30.000 đồng/USD)."
    )


def test_counts_in_english_take_no_zero_before_them():
    with translation.override("en"):
        names = unlikely_names({"businesspeople": 5, "names": "Nguyễn Văn An\nTrần Thị Bình"})["businesspeople"]
        large = unlikely_delegation_size({"person_visits": 1_450, "groups": 3})["person_visits"]
    assert names.startswith("The number of businesspeople is 5 but the list of names has 2.")
    assert "1,450" in large and "1.450" not in large
    with translation.override("vi"):
        assert unlikely_names({"businesspeople": 5, "names": "An\nBình"})["businesspeople"].startswith(
            "Số doanh nhân là 05 nhưng danh sách họ tên có 02 người."
        )


def test_the_aid_form_in_english_warns_in_english_figures(client_for, units):
    client = client_for("officer")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.post(AID_URL, aid_data(units, value_vnd="4,600,000,000", value_original="1.5"))
    said = warned(response)["value_vnd"]
    assert "4,600,000,000 dong for 1.5 USD" in said and "3,066,666,667 dong/USD" in said
    assert "20,000–30,000" in said and "4.600.000.000" not in said
