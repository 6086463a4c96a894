"""The charts of the statistics page, built from the register: each function returns a Chart.

Every figure comes from the indicator catalogue through the engine, so a chart and a report
count the same rows the same way (the period convention, stocks read on the last day).
"""

from collections import Counter
from datetime import timedelta

from babel.dates import get_month_names
from django.utils.translation import gettext as _

from ngoaivu.collection.compliance import compliance
from ngoaivu.core.countries import country_name
from ngoaivu.core.screen_figures import interface_locale
from ngoaivu.register.engine import breakdown, rows, series
from ngoaivu.pure.periods import CUSTOM, YEAR, Period
from ngoaivu.pure.wording import screen_date

from .charts import Chart, Series, top

MILLION = 1_000_000


def _month_labels(months):
    """A month's name in the interface's language, as Babel's locale names it alone: "Tháng 3", "Mar"; "03/2021"
    when the months span two years."""
    one_year = len({month.year for month in months}) == 1
    names = get_month_names("abbreviated", "stand-alone", locale=interface_locale())
    return [names[m.index] if one_year else f"{m.index:02d}/{m.year}" for m in months]


def _counted(period, months):
    """Each month as far as the period covers it: a range from 15/3 to 20/5 counts March from the 15th
    and May to the 20th, as the key figures do, not the whole months its bars are named by."""
    return [
        month
        if period.start <= month.start and month.end <= period.end
        else Period(
            CUSTOM,
            month.year,
            convention=period.convention,
            custom_start=max(month.start, period.start),
            custom_end=min(month.end, period.end),
        )
        for month in months
    ]


def _this_and_last_year(code, measure, months, units):
    """The measure per month of the period, and per month of the same months a year before."""
    last_year = [month.same_period_last_year() for month in months]
    values = series(code, months + last_year, units)[measure]
    return values[: len(months)], values[len(months) :]


def delegations_by_month(period, units, today):
    months = period.months()
    counted = _counted(period, months)
    incoming, incoming_before = _this_and_last_year("incoming_delegations", "groups", counted, units)
    outgoing, outgoing_before = _this_and_last_year("outgoing_delegations", "groups", counted, units)
    if len({month.year for month in months}) == 1:
        now, before = {"y": months[0].year}, {"y": months[0].year - 1}
        names = [_("Đoàn vào %(y)s") % now, _("Đoàn vào %(y)s") % before, _("Đoàn ra %(y)s") % now]
        names.append(_("Đoàn ra %(y)s") % before)
    else:  # months of two years: each bar's year is in its label, and its match a year before
        names = [_("Đoàn vào"), _("Đoàn vào cùng kỳ năm trước"), _("Đoàn ra"), _("Đoàn ra cùng kỳ năm trước")]
    return Chart(
        _("Đoàn vào, đoàn ra theo tháng, so với cùng kỳ"),
        _month_labels(months),
        [
            Series(names[0], incoming),
            Series(names[1], incoming_before),
            Series(names[2], outgoing),
            Series(names[3], outgoing_before),
        ],
        unit=_("đoàn"),
        label_heading=_("Tháng"),
    )


def _outgoing_by_country(period, units):
    # A delegation to several countries counts once for each of them.
    counts = Counter()
    for countries in rows("outgoing_delegations", period, units).values_list("countries", flat=True):
        counts.update(str(countries).split(",") if countries else [])
    counts.pop("", None)
    return counts


def delegations_by_country(period, units, today):
    incoming = {
        code: measures["groups"]
        for code, measures in breakdown("incoming_delegations", "country", period, units)
        if code
    }
    outgoing = _outgoing_by_country(period, units)
    totals = [(code, incoming.get(code, 0) + outgoing.get(code, 0)) for code in set(incoming) | set(outgoing)]
    codes = [code for code, _total in top(totals)]
    return Chart(
        _("Đoàn vào, đoàn ra theo quốc gia (10 nước nhiều nhất)"),
        [country_name(code) for code in codes],
        [
            Series(_("Đoàn vào"), [incoming.get(code, 0) for code in codes], stack="doan"),
            Series(_("Đoàn ra"), [outgoing.get(code, 0) for code in codes], stack="doan"),
        ],
        kind="horizontal",
        unit=_("đoàn"),
        label_heading=_("Quốc gia"),
    )


def aid_by_country(period, units, today):
    by_country = {code: measures for code, measures in breakdown("aid", "country", period, units) if code}
    codes = [code for code, _value in top([(code, measures["value"]) for code, measures in by_country.items()])]
    return Chart(
        _("Viện trợ PCPNN theo quốc gia nhà tài trợ (10 nước nhiều nhất)"),
        [country_name(code) for code in codes],
        [
            Series(_("Giá trị (triệu đồng)"), [round(by_country[code]["value"] / MILLION) for code in codes]),
            Series(_("Số khoản viện trợ"), [by_country[code]["count"] for code in codes], hidden=True),
        ],
        kind="horizontal",
        unit=_("triệu đồng"),
        label_heading=_("Quốc gia"),
    )


def aid_by_year(period, units, today):
    # Whole years before, and the period's own year up to the period's end.
    years = [Period(YEAR, year, convention=period.convention) for year in range(period.year - 4, period.year)]
    years.append(period.year_to_date())
    figures = series("aid", years, units)
    labels = [str(year.year) for year in years]
    if years[-1].end != Period(YEAR, years[-1].end.year, convention=period.convention).end:
        # the period's own year stops at its end: said, beside whole years
        labels[-1] = _("%(year)s (đến %(day)s)") % {"year": years[-1].end.year, "day": screen_date(years[-1].end)}
    return Chart(
        _("Viện trợ PCPNN được phê duyệt theo năm"),
        labels,
        [
            Series(_("Giá trị (triệu đồng)"), [round(v / MILLION) for v in figures["value"]]),
            Series(_("Số khoản viện trợ"), figures["count"], axis="right"),
        ],
        unit=_("triệu đồng"),
        label_heading=_("Năm"),
    )


def fishermen(period, units, today):
    months = period.months()
    counted = _counted(period, months)
    detained = series("boats_detained", counted, units)["fishermen"]
    released = series("boats_released", counted, units)["fishermen"]
    still = series("fishermen_still_detained", counted, units)["fishermen"]
    return Chart(
        _("Ngư dân bị bắt giữ, được thả và còn bị giữ"),
        _month_labels(months),
        [
            Series(_("Bị bắt giữ trong tháng"), detained),
            Series(_("Được thả trong tháng"), released),
            Series(_("Còn bị giữ cuối tháng"), still),
        ],
        kind="line",
        unit=_("ngư dân"),
        label_heading=_("Tháng"),
    )


def submission_compliance(period, units, today):
    # Deadlines inside the period that have passed: one not yet reached says nothing of the unit.
    table = compliance(today=today, units=units, since=period.start, until=period.end + timedelta(days=1))
    return Chart(
        _("Tỷ lệ đơn vị gửi báo cáo đúng hạn"),
        [str(row["unit"]) for row in table],
        [
            Series(_("Tỷ lệ đúng hạn (%)"), [row["rate"] for row in table]),
            Series(_("Đúng hạn"), [row["on_time"] for row in table], hidden=True),
            Series(_("Trễ hạn hoặc chưa gửi"), [row["late"] for row in table], hidden=True),
        ],
        kind="horizontal",
        unit="%",
        label_heading=_("Đơn vị"),
    )


# The statistics page, in its order: slug → builder(period, units, today).
CHARTS = {
    "doan-theo-thang": delegations_by_month,
    "doan-theo-quoc-gia": delegations_by_country,
    "vien-tro-theo-nha-tai-tro": aid_by_country,
    "vien-tro-theo-nam": aid_by_year,
    "ngu-dan": fishermen,
    "dung-han": submission_compliance,
}
