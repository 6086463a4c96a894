"""The date boxes (core/date_fields.DateField): dd/mm/yyyy, in any script's digits as the figure and year boxes
read them."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from ngoaivu.core.date_fields import DateField


@pytest.mark.parametrize(
    "typed",
    [
        "15/3/2026",
        "١٥/٠٣/٢٠٢٦",
        "１５/０３/２０２６",
        "１５／０３／２０２６",
        "15／3／2026",
        "۱۵/۰۳/۲۰۲۶",
        " १५/३/२०२६ ",
    ],
)
def test_a_date_in_another_scripts_digits_reads_as_the_figure_boxes_read_them(typed):
    assert DateField().clean(typed) == date(2026, 3, 15)


def test_what_is_no_digit_is_refused_as_typed():
    with pytest.raises(ValidationError) as refused:
        DateField().clean("15/3/2026²")
    assert refused.value.messages == ["Ngày «15/3/2026²» không hợp lệ, ghi theo dạng dd/mm/yyyy."]
    # a day the month lacks is said in the digits typed
    with pytest.raises(ValidationError) as refused:
        DateField().clean("٣١/٠٢/٢٠٢٦")
    assert refused.value.messages == ["Ngày ٣١/٠٢/٢٠٢٦ không có: tháng 2/2026 chỉ có 28 ngày."]


def test_a_day_the_month_lacks_typed_with_full_width_slashes_is_said_as_such():
    with pytest.raises(ValidationError) as refused:
        DateField().clean("３１／０２／２０２６")
    assert refused.value.messages == ["Ngày ３１／０２／２０２６ không có: tháng 2/2026 chỉ có 28 ngày."]


@pytest.mark.parametrize("typed", ["10/3/26", "11/03/26", "11-03-26"])
def test_a_two_digit_year_is_refused_alike_by_the_forms_and_the_import(typed):
    from django.utils import translation

    from ngoaivu.register.value_widgets import DateWidget

    said = f"Ngày «{typed}» ghi năm bằng hai chữ số; ghi năm đủ bốn chữ số, theo dạng dd/mm/yyyy."
    with translation.override("vi"), pytest.raises(ValidationError) as refused:
        DateField().clean(typed)
    assert refused.value.messages == [said]
    with translation.override("vi"), pytest.raises(ValueError) as refused_in_a_sheet:
        DateWidget().clean(typed)
    assert str(refused_in_a_sheet.value) == said
