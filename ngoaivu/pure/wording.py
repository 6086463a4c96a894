"""Official Vietnamese number and date wording. Pure functions, no Django."""

from datetime import date

from ngoaivu.pure.numbers import format_number


def format_count(n: int) -> str:
    """Counts under ten take two digits in official writing: "04 tàu cá", "17 đoàn"."""
    if n is None:
        return ""
    return f"{n:02d}" if 0 <= n < 10 else format_number(n)


def format_date(d: date) -> str:
    """Dates as Nghị định 30/2020/NĐ-CP writes them: a zero before days under 10 and
    before months 1 and 2 only — "04/5/2011", "21/01/2015", "18/3/2021"."""
    if d is None:
        return ""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{d.day:02d}/{month}/{d.year}"


def format_date_long(d: date) -> str:
    """The place-and-date line: "ngày 05 tháng 8 năm 2021"."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"
