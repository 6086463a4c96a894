"""The period picker: its parts, a code or words sent as one value, and what it says when a part is missing."""

from pathlib import Path

from django import forms
from django.utils import timezone

from ngoaivu.core.period_field import PeriodField


class PeriodForm(forms.Form):
    period = PeriodField(label="Kỳ báo cáo")


class OptionalPeriodForm(forms.Form):
    period = PeriodField(label="Kỳ", required=False, blank_label="Kỳ gần nhất có số liệu")


def cleaned(data, form_class=PeriodForm):
    form = form_class(data)
    return form.cleaned_data["period"] if form.is_valid() else form.errors["period"]


def test_the_parts_make_the_period_code():
    assert cleaned({"period_kind": "half:1", "period_year": "2021"}) == "2021-H1"
    assert cleaned({"period_kind": "month:8", "period_year": "2021"}) == "2021-08"
    assert cleaned({"period_kind": "nine_months", "period_year": "2021"}) == "2021-9M"
    dates = {"period_kind": "custom", "period_start": "01/01/2021", "period_end": "12/3/2021"}
    assert cleaned(dates) == "2021-01-01..2021-03-12"


def test_a_code_or_words_sent_as_one_value_are_read():
    assert cleaned({"period": "2021-Q2"}) == "2021-Q2"
    assert cleaned({"period": "quý 2 năm 2021"}) == "2021-Q2"
    assert cleaned({"period": "6 tháng đầu năm 2021"}) == "2021-H1"


def test_a_missing_part_is_named():
    assert cleaned({"period_kind": "half:1"}) == ["Nhập năm của kỳ báo cáo, ví dụ 2021."]
    assert cleaned({"period_year": "2021"}) == ["Chọn kỳ báo cáo."]
    assert cleaned({"period_kind": "custom", "period_start": "01/01/2021"}) == [
        "Nhập ngày bắt đầu và ngày kết thúc của khoảng thời gian."
    ]
    assert cleaned({}) == ["Trường này là bắt buộc."]


def test_a_year_that_is_none_is_told_as_every_year_box_tells_it():
    """The picker's year box is the project's year field (core/forms.PlainNumberField), not a whole number
    with its own words: "2021.0" is no way to write a year."""
    year = timezone.localdate().year
    said = f"Không đọc được năm «%s». Ghi năm bằng bốn chữ số, ví dụ {year}."
    assert cleaned({"period_kind": "year", "period_year": "hai nghìn"}) == [said % "hai nghìn"]
    assert cleaned({"period_kind": "year", "period_year": "2021.0"}) == [said % "2021.0"]


def test_an_impossible_date_of_a_range_is_told_as_every_date_box_tells_it():
    dates = {"period_kind": "custom", "period_start": "31/02/2026", "period_end": "10/3/2026"}
    assert cleaned(dates) == ["Ngày 31/02/2026 không có: tháng 2/2026 chỉ có 28 ngày."]
    dates.update(period_start="01/02/2026", period_end="31/02/2026")
    assert cleaned(dates) == ["Ngày 31/02/2026 không có: tháng 2/2026 chỉ có 28 ngày."]
    dates.update(period_end="4,5")
    assert cleaned(dates) == ["Ngày «4,5» không hợp lệ, ghi theo dạng dd/mm/yyyy."]


def test_an_optional_picker_left_blank_is_empty():
    assert cleaned({}, OptionalPeriodForm) == ""
    assert cleaned({"period_kind": "", "period_year": ""}, OptionalPeriodForm) == ""


def test_the_picker_shows_the_chosen_period_and_the_blank_choice():
    page = OptionalPeriodForm(initial={"period": "2021-H1"}).as_p()
    assert '<option value="half:1" selected>6 tháng đầu năm</option>' in page
    assert 'value="2021"' in page and "Kỳ gần nhất có số liệu" in page
    assert '<optgroup label="Quý">' in page and "Quý III" in page
    ranged = PeriodForm(initial={"period": "2021-01-01..2021-03-12"}).as_p()
    assert '<option value="custom" selected>' in ranged and 'value="12/03/2021"' in ranged


def test_a_new_picker_holds_this_year_as_a_value_and_the_year_alone_chooses_nothing():
    from django.utils import timezone

    year = timezone.localdate().year
    assert f'name="period_year" value="{year}"' in OptionalPeriodForm().as_p().replace("\n", " ")
    assert f'placeholder="{year}"' not in PeriodForm().as_p()
    optional = OptionalPeriodForm({"period_kind": "", "period_year": str(year)})
    assert optional.is_valid() and optional.cleaned_data["period"] == ""
    required = PeriodForm({"period_kind": "month:3", "period_year": str(year)})
    assert required.is_valid() and required.cleaned_data["period"] == f"{year}-03"
    blank = PeriodForm({"period_kind": "", "period_year": str(year)})
    assert not blank.is_valid() and "period" in blank.errors
    # another year typed without a period is not silently dropped for the default one
    other = OptionalPeriodForm({"period_kind": "", "period_year": "2021"})
    assert not other.is_valid() and other.errors["period"] == ["Chọn kỳ báo cáo."]


def test_a_refused_part_is_shown_back_as_typed():
    form = PeriodForm({"period_kind": "year", "period_year": "hai nghìn"})
    assert not form.is_valid() and 'value="hai nghìn"' in form.as_p()


def test_only_the_part_a_refusal_is_about_is_marked_for_its_red_outline():
    def fault(data):
        form = PeriodForm(data)
        assert not form.is_valid()
        html = str(form["period"])
        return html.split('data-fault="')[1].split('"')[0] if "data-fault=" in html else None

    # The kind missing, a year typed right: the kind's list is the one outlined, not the «năm» box.
    assert fault({"period_kind": "", "period_year": "2021"}) == "kind"
    assert fault({"period_kind": "quarter:2", "period_year": ""}) == "year"
    assert fault({"period_kind": "quarter:2", "period_year": "1800"}) == "year"
    assert fault({"period_kind": "custom", "period_start": "01/01/2021"}) == "dates"
    assert PeriodForm({"period_kind": "quarter:2", "period_year": "2021"}).is_valid()
    css = (Path(__file__).parents[2] / "ngoaivu/static/ngoaivu/site.css").read_text()
    assert '.has-error .period-picker[data-fault="year"] .period-year input' in css
