"""Charts as plain data: the table, the CSV and the Chart.js configuration say the same thing."""

import csv
import io

from ngoaivu.dashboard.charts import Chart, Series, to_chartjs, to_csv, top


def chart(**extra):
    values = {
        "title": "Đoàn vào theo tháng",
        "labels": ["Tháng 1", "Tháng 2"],
        "series": [Series("Đoàn vào 2021", [3, 0]), Series("Đoàn vào 2020", [1, None])],
        "unit": "đoàn",
        "label_heading": "Tháng",
    }
    values.update(extra)
    return Chart(**values)


def test_rows_are_one_line_per_label():
    assert chart().header() == ["Tháng", "Đoàn vào 2021", "Đoàn vào 2020"]
    assert chart().rows() == [["Tháng 1", 3, 1], ["Tháng 2", 0, None]]


def test_csv_opens_in_excel_with_vietnamese_headers():
    text = to_csv(chart())
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows == [["Tháng", "Đoàn vào 2021", "Đoàn vào 2020"], ["Tháng 1", "3", "1"], ["Tháng 2", "0", ""]]


def test_a_chart_of_zeros_is_empty():
    assert not chart().is_empty
    assert chart(series=[Series("x", [0, None])]).is_empty
    assert chart(labels=[], series=[]).is_empty


def test_chartjs_config_of_a_vertical_bar_chart():
    config = to_chartjs(chart())
    assert config["type"] == "bar"
    assert config["data"]["labels"] == ["Tháng 1", "Tháng 2"]
    assert [d["data"] for d in config["data"]["datasets"]] == [[3, 0], [1, None]]
    assert config["options"]["indexAxis"] == "x"
    assert config["options"]["scales"]["y"]["title"] == {"display": True, "text": "đoàn"}
    assert "y1" not in config["options"]["scales"]


def test_horizontal_stacked_chart_puts_values_across():
    config = to_chartjs(
        chart(kind="horizontal", series=[Series("Đoàn vào", [1, 2], stack="d"), Series("Đoàn ra", [0, 4], stack="d")])
    )
    assert config["options"]["indexAxis"] == "y"
    scales = config["options"]["scales"]
    assert scales["x"]["stacked"] and scales["y"]["stacked"]
    assert scales["x"]["title"]["text"] == "đoàn"
    assert [d["stack"] for d in config["data"]["datasets"]] == ["d", "d"]


def test_a_count_beside_an_amount_gets_its_own_axis():
    config = to_chartjs(
        chart(kind="line", series=[Series("Giá trị", [850, 7037]), Series("Số khoản", [2, 5], axis="right")])
    )
    assert config["type"] == "line"
    amount, count = config["data"]["datasets"]
    assert "yAxisID" not in amount and count["yAxisID"] == "y1"
    assert config["options"]["scales"]["y1"]["position"] == "right"


def test_a_series_for_the_table_only_is_not_drawn_and_counts_tick_in_whole_numbers():
    rate = chart(unit="%", series=[Series("Tỷ lệ", [100, 50]), Series("Đúng hạn", [2, 1], hidden=True)])
    config = to_chartjs(rate)
    assert [d["label"] for d in config["data"]["datasets"]] == ["Tỷ lệ"]
    assert (
        config["options"]["scales"]["y"]["max"] == 100 and config["options"]["scales"]["y"]["ticks"]["precision"] == 0
    )
    assert rate.header() == ["Tháng", "Tỷ lệ", "Đúng hạn"]  # the table keeps it
    money = to_chartjs(chart(unit="triệu đồng", series=[Series("Giá trị", [850, 7037])]))
    assert "ticks" not in money["options"]["scales"]["y"]


def test_top_keeps_the_largest_and_breaks_ties_by_name():
    pairs = [("LA", 3), ("JP", 5), ("KR", 3), ("US", 1)]
    assert top(pairs, limit=3) == [("JP", 5), ("KR", 3), ("LA", 3)]
    assert top([], limit=10) == []


def test_csv_keeps_a_label_typed_like_a_formula_as_text_and_numbers_as_numbers():
    text = to_csv(
        chart(
            labels=['=HYPERLINK("http://evil.example/","Bấm")', "-Lào"],
            series=[Series("@Tỷ lệ", [-3, 2.5])],
            label_heading="+Đơn vị",
        )
    )
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows == [
        ["'+Đơn vị", "'@Tỷ lệ"],
        ['\'=HYPERLINK("http://evil.example/","Bấm")', "-3"],
        ["'-Lào", "2,5"],
    ]  # the decimal comma, as a Vietnamese Excel reads it


def test_the_months_are_named_in_the_interfaces_language():
    from django.utils import translation

    from ngoaivu.dashboard.series import _month_labels
    from ngoaivu.pure.period_parsing import parse

    months = parse("2021").months()
    with translation.override("vi"):
        assert _month_labels(months)[::11] == ["Tháng 1", "Tháng 12"]
    with translation.override("en"):
        assert _month_labels(months)[:3] == ["Jan", "Feb", "Mar"] and _month_labels(months)[-1] == "Dec"
    assert _month_labels(parse("2021-11-15..2022-01-10").months()) == ["11/2021", "12/2021", "01/2022"]
