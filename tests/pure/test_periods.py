"""Period arithmetic and labels (pure)."""

from datetime import date

import pytest
from hypothesis import given, strategies as st

from ngoaivu.pure.period_parsing import FIRST_YEAR, LAST_YEAR, from_picker, parse, picker_choice
from ngoaivu.pure.periods import CALENDAR, DECREE_09, Period, PeriodError, same_period


def test_calendar_month_and_its_year_to_date():
    august = parse("2021-08")
    assert (august.start, august.end) == (date(2021, 8, 1), date(2021, 8, 31))
    assert august.label() == "tháng 8/2021"
    ytd = august.year_to_date()
    assert (ytd.start, ytd.end) == (date(2021, 1, 1), date(2021, 8, 31))
    assert august.year_to_date_label() == "8 tháng"
    last = august.same_period_last_year()
    assert (last.start, last.end) == (date(2020, 8, 1), date(2020, 8, 31))


def test_decree_09_closes_on_the_fourteenth():
    august = parse("2021-08", DECREE_09)
    assert (august.start, august.end) == (date(2021, 7, 15), date(2021, 8, 14))
    january = parse("2021-01", DECREE_09)
    assert january.start == date(2020, 12, 15)
    assert (parse("2021-H1", DECREE_09).start, parse("2021-H1", DECREE_09).end) == (
        date(2020, 12, 15),
        date(2021, 6, 14),
    )
    assert parse("2021-9M", DECREE_09).end == date(2021, 9, 14)
    assert (parse("2021", DECREE_09).start, parse("2021", DECREE_09).end) == (date(2020, 12, 15), date(2021, 12, 14))
    quarter = parse("2020-Q1", DECREE_09)
    assert (quarter.start, quarter.end) == (date(2019, 12, 15), date(2020, 3, 14))
    assert parse("2021-08", DECREE_09).year_to_date().start == date(2020, 12, 15)


def test_labels():
    assert parse("2020-Q1").label() == "quý I năm 2020"
    assert parse("2021-H1").label() == "6 tháng đầu năm 2021"
    assert parse("2021-H2").label() == "6 tháng cuối năm 2021"
    assert parse("2021-9M").label() == "9 tháng đầu năm 2021"
    assert parse("2021").label() == "năm 2021"
    assert parse("2021").year_to_date_label() == "cả năm"
    assert parse("2021-01-01..2021-03-12").label() == "từ ngày 01/01/2021 đến ngày 12/3/2021"


def test_as_of_cuts_the_period():
    period = parse("2021-9M", as_of=date(2021, 9, 10))
    assert period.end == date(2021, 9, 10)
    assert period.same_period_last_year().end == date(2020, 9, 10)


def test_same_period_last_year_of_29_february():
    period = parse("2024-02-01..2024-02-29")
    assert period.same_period_last_year().custom_end == date(2023, 2, 28)


@pytest.mark.parametrize(
    "text", ["2021-13", "2021-Q5", "hôm qua", "2021-03-12..2021-01-01", "2021-02-30..2021-03-01", ""]
)
def test_unreadable_periods_say_why_in_vietnamese(text):
    with pytest.raises(PeriodError) as error:
        parse(text)
    assert "2021" in str(error.value) or "không" in str(error.value).lower()


@given(
    st.sampled_from(
        ["%d-%02d" % (y, m) for y in range(2015, 2030) for m in range(1, 13)]
        + ["%d-Q%d" % (y, q) for y in range(2015, 2030) for q in range(1, 5)]
        + ["%d-H1" % y for y in range(2015, 2030)]
        + ["%d-9M" % y for y in range(2015, 2030)]
    ),
    st.sampled_from([CALENDAR, DECREE_09]),
)
def test_periods_round_trip_and_nest_in_their_year(code, convention):
    period = parse(code, convention)
    assert parse(period.code(), convention) == period
    assert period.start <= period.end
    ytd = period.year_to_date()
    assert ytd.start <= period.start and ytd.end == period.end
    whole_year = parse(str(period.year), convention)
    assert whole_year.start <= period.start and period.end <= whole_year.end


def test_a_year_has_twelve_months_and_a_quarter_three():
    assert [m.code() for m in parse("2021-Q3").months()] == ["2021-07", "2021-08", "2021-09"]
    assert len(parse("2021").months()) == 12
    assert [m.code() for m in parse("2021-08").months()] == ["2021-08"]


def test_months_stop_at_the_cut_off_and_keep_the_convention():
    months = parse("2021", DECREE_09, as_of=parse("2021-09").end.replace(day=10)).months()
    assert [m.index for m in months] == list(range(1, 10))
    assert months[-1].end.isoformat() == "2021-09-10"
    assert months[0].start.isoformat() == "2020-12-15"


def test_a_custom_range_across_years_gives_its_calendar_months():
    months = parse("2020-11-20..2021-02-03").months()
    assert [m.code() for m in months] == ["2020-11", "2020-12", "2021-01", "2021-02"]


@pytest.mark.parametrize("text", ["0000", "0001-01", "1900-Q1", "0001-01-01..2021-01-01", "3000"])
def test_years_outside_any_report_are_refused(text):
    with pytest.raises(PeriodError, match="nằm ngoài khoảng báo cáo được"):
        parse(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("6 tháng đầu năm 2021", "2021-H1"),
        ("6 tháng cuối năm 2020", "2020-H2"),
        ("quý 2 năm 2021", "2021-Q2"),
        ("Quý IV/2020", "2020-Q4"),
        ("tháng 8/2021", "2021-08"),
        ("Tháng 12 năm 2021", "2021-12"),
        ("9 tháng đầu năm 2021", "2021-9M"),
        ("Cả năm 2021", "2021"),
        ("năm  2021", "2021"),
    ],
)
def test_a_period_typed_in_words_is_read(text, code):
    assert parse(text).code() == code


@pytest.mark.parametrize("text", ["quý V năm 2021", "6 tháng giữa năm 2021", "tháng tám"])
def test_words_that_name_no_period_are_refused(text):
    with pytest.raises(PeriodError, match="Không hiểu kỳ báo cáo"):
        parse(text)


def named_periods():
    """Every named period: a month, quarter, half, nine months or year, in either convention."""
    limits = {"month": 12, "quarter": 4, "half": 2, "nine_months": 1, "year": 1}
    return st.sampled_from(sorted(limits)).flatmap(
        lambda kind: st.builds(
            Period,
            st.just(kind),
            st.integers(FIRST_YEAR, LAST_YEAR),
            st.integers(1, limits[kind]),
            st.sampled_from([CALENDAR, DECREE_09]),
        )
    )


@given(named_periods())
def test_every_label_reads_back_as_its_period(period):
    assert parse(period.label(), period.convention) == period


@given(named_periods())
def test_the_picker_shows_every_named_period_and_gives_it_back(period):
    assert from_picker(picker_choice(period), period.year, convention=period.convention) == period


def test_the_picker_says_which_part_is_missing():
    with pytest.raises(PeriodError, match="Chọn kỳ báo cáo"):
        from_picker("", 2021)
    with pytest.raises(PeriodError, match="Nhập năm"):
        from_picker("half:1", None)
    with pytest.raises(PeriodError, match="Nhập ngày bắt đầu và ngày kết thúc"):
        from_picker("custom", None, date(2021, 1, 1))
    for broken in ("month", "year:2", "week:1"):
        with pytest.raises(PeriodError, match="Chọn kỳ báo cáo"):
            from_picker(broken, 2021)
    # Dates left in the boxes hidden for a named period are not the user's choice.
    assert from_picker("year", 2021, date(2021, 1, 1), date(2021, 3, 1)).code() == "2021"
    with pytest.raises(PeriodError, match="không được trước"):
        from_picker("custom", None, date(2021, 3, 1), date(2021, 1, 1))
    assert from_picker("custom", None, date(2021, 1, 1), date(2021, 3, 12)).code() == "2021-01-01..2021-03-12"


@pytest.mark.parametrize(
    ("choice", "said"),
    [
        ("month:13", "Tháng 13 không có: chọn tháng từ 1 đến 12."),
        ("month:0", "Tháng 0 không có: chọn tháng từ 1 đến 12."),
        ("month:013", "Tháng 13 không có: chọn tháng từ 1 đến 12."),
        ("month:²", "Tháng ² không có: chọn tháng từ 1 đến 12."),
        ("quarter:5", "Quý 5 không có: chọn quý từ I đến IV."),
        ("half:3", "Kỳ 6 tháng số 3 không có: chọn 6 tháng đầu năm hoặc 6 tháng cuối năm."),
    ],
)
def test_a_number_the_year_has_not_is_named_by_the_picker(choice, said):
    with pytest.raises(PeriodError) as error:
        from_picker(choice, 2021)
    assert str(error.value) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2021-13", "Tháng 13 không có"),
        ("2021-00", "Tháng 0 không có"),
        ("tháng 13/2021", "Tháng 13 không có"),
        ("2021-Q5", "Quý 5 không có"),
        ("quý 0 năm 2021", "Quý 0 không có"),
        ("2021-H3", "Kỳ 6 tháng số 3 không có"),
    ],
)
def test_a_code_or_words_with_a_number_the_year_has_not_say_it_as_the_picker_does(text, said):
    with pytest.raises(PeriodError, match=said):
        parse(text)


def test_a_year_to_date_that_stops_inside_a_month_says_on_which_day():
    assert parse("2026-11-01..2026-11-21").year_to_date_label() == "thời gian từ đầu năm đến ngày 21/11/2026"
    assert parse("2026-11", as_of=date(2026, 11, 24)).year_to_date_label() == (
        "thời gian từ đầu năm đến ngày 24/11/2026"
    )
    assert parse("2026-01-01..2026-11-30").year_to_date_label() == "11 tháng"  # a whole month still counts so
    assert parse("2026-11", convention=DECREE_09).year_to_date_label() == "11 tháng"  # its month ends on the 14th


@pytest.mark.parametrize(
    "named, days",
    [
        ("2021-08", "2021-08-01..2021-08-31"),
        ("2021-Q3", "2021-07-01..2021-09-30"),
        ("2021-H1", "2021-01-01..2021-06-30"),
        ("2021-9M", "2021-01-01..2021-09-30"),
        ("2021", "2021-01-01..2021-12-31"),
    ],
)
def test_a_range_of_the_same_days_is_the_same_period_as_the_named_one(named, days):
    assert parse(named).is_same_period(parse(days)) and parse(days).is_same_period(parse(named))
    # its figures cut at a day, it is another report: not the whole period's, nor the range to that day's
    cut = parse(days).end.replace(day=10)
    assert not parse(named, as_of=cut).is_same_period(parse(days))
    assert not parse(days).is_same_period(parse(named, as_of=cut))
    assert not parse(named, as_of=cut).is_same_period(parse(f"{days[:10]}..{cut.isoformat()}"))
    assert parse(named, as_of=cut).is_same_period(parse(days, as_of=cut))  # the same cut, however named
    assert not parse(named, as_of=cut).is_same_period(parse(named, as_of=cut.replace(day=9)))
    # a cut-off on the last day or after it cuts nothing
    assert parse(named, as_of=parse(days).end).is_same_period(parse(days))
    assert parse(named, as_of=date(parse(days).end.year + 1, 1, 31)).is_same_period(parse(days))
    assert not parse(named).is_same_period(parse(days.replace("-01..", "-02..")))
    # under Nghị định 09 the named period runs from the 15th: the calendar's days are another period
    assert not parse(named, DECREE_09).is_same_period(parse(days, DECREE_09))


def test_a_stored_period_is_compared_by_its_days_and_one_that_no_longer_reads_by_its_code():
    # what a new request or report asks of the stored ones of its template (collection and reporting forms)
    days = "2021-01-01..2021-12-31"
    assert same_period(lambda: parse(days), days, parse("2021"))
    assert not same_period(lambda: parse("2021-H1"), "2021-H1", parse("2021"))
    # a report's figures cut at a day are another report than the whole period's («Lập báo cáo»)
    assert not same_period(lambda: parse("2021", as_of=date(2021, 9, 10)), "2021", parse("2021"))
    assert same_period(lambda: parse("2021", as_of=date(2021, 9, 10)), "2021", parse(days, as_of=date(2021, 9, 10)))

    def out_of_range():
        return parse("3001")

    assert same_period(out_of_range, "3001", Period("year", 3001))  # a code stored before the limits, as typed
    assert not same_period(out_of_range, "3001", parse("2021"))


def test_a_stored_period_that_no_longer_reads_is_compared_with_its_cut_off_too():
    """The code alone would take a report «tính đến ngày 10/9/3001» for the whole year's: its cut-off counts."""

    def out_of_range():
        return parse("3001", as_of=date(3001, 9, 10))

    whole, cut = Period("year", 3001), Period("year", 3001, as_of=date(3001, 9, 10))
    assert not same_period(out_of_range, "3001", whole, as_of=date(3001, 9, 10))
    assert same_period(out_of_range, "3001", cut, as_of=date(3001, 9, 10))
    assert not same_period(out_of_range, "3001", cut, as_of=date(3001, 9, 9))
    assert not same_period(out_of_range, "3001", cut)  # stored without a cut-off: the whole year's
    # a cut-off on the last day or after it cuts nothing, as Period.is_same_period has it
    assert same_period(out_of_range, "3001", whole, as_of=date(3001, 12, 31))
    assert same_period(out_of_range, "3001", Period("year", 3001, as_of=date(3002, 1, 31)), as_of=date(3001, 12, 31))
