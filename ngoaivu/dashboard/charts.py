"""Charts as plain data: labels, series, and the two ways out of them (Chart.js and CSV). Pure Python.

A chart is what a page draws, what its table view shows and what its CSV holds: one object,
so the three never disagree.
"""

import csv
import io
from dataclasses import dataclass, field

from ngoaivu.pure.spreadsheets import csv_cell, neutralise


@dataclass(frozen=True)
class Series:
    name: str
    values: list  # one number per label; None where there is nothing to show (a rate without requests)
    stack: str | None = None  # series with the same stack are drawn on top of each other
    axis: str = "left"  # "right" for a second scale (a count beside an amount)
    hidden: bool = False  # in the table and the CSV only, not drawn


@dataclass(frozen=True)
class Chart:
    title: str
    labels: list
    series: list = field(default_factory=list)
    kind: str = "bar"  # "bar", "line" or "horizontal" (bars across, for long names)
    unit: str = ""  # the word after the figures: "đoàn", "triệu đồng", "%"
    label_heading: str = ""  # the first column of the table: "Tháng", "Quốc gia", "Năm"

    @property
    def is_empty(self):
        return not any(value for series in self.series for value in series.values if value)

    def rows(self):
        """The table view: [label, value of each series…] per label."""
        return [[label, *(series.values[index] for series in self.series)] for index, label in enumerate(self.labels)]

    def header(self):
        return [self.label_heading, *(series.name for series in self.series)]


def to_csv(chart):
    """The chart's table as CSV text, with a byte order mark so that Excel reads the Vietnamese right.

    Labels can be typed text (a unit's name): one starting like a formula is neutralised.
    """
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([neutralise(str(cell)) for cell in chart.header()])
    for row in chart.rows():
        writer.writerow([csv_cell(value) for value in row])
    return out.getvalue()


def _dataset(series):
    dataset = {"label": series.name, "data": series.values}
    if series.stack:
        dataset["stack"] = series.stack
    if series.axis == "right":
        dataset["yAxisID"] = "y1"
    return dataset


def to_chartjs(chart):
    """The configuration Chart.js draws, as JSON-ready data: the page's script only adds colours."""
    horizontal = chart.kind == "horizontal"
    stacked = any(series.stack for series in chart.series)
    value_axis = {"stacked": stacked, "beginAtZero": True, "title": {"display": bool(chart.unit), "text": chart.unit}}
    if "đồng" not in chart.unit:
        value_axis["ticks"] = {"precision": 0}  # counts and rates: 0, 1, 2 … never 0,1 đoàn
    if chart.unit == "%":
        value_axis["max"] = 100
    label_axis = {"stacked": stacked}
    scales = {"x": value_axis, "y": label_axis} if horizontal else {"x": label_axis, "y": value_axis}
    # A series kept for the table only is not drawn (nor struck through in the legend).
    drawn = [series for series in chart.series if not series.hidden]
    if any(series.axis == "right" for series in drawn):
        scales["y1"] = {"position": "right", "beginAtZero": True, "grid": {"drawOnChartArea": False}}
    return {
        "type": "line" if chart.kind == "line" else "bar",
        "data": {
            "labels": [str(label) for label in chart.labels],
            "datasets": [_dataset(series) for series in drawn],
        },
        "options": {
            "indexAxis": "y" if horizontal else "x",
            "responsive": True,
            "maintainAspectRatio": False,
            "scales": scales,
        },
    }


def top(pairs, limit=10):
    """The limit largest (label, value) pairs, largest first; ties keep the label order."""
    return sorted(pairs, key=lambda pair: (-pair[1], str(pair[0])))[:limit]
