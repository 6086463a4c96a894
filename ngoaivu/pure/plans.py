"""When the items of a year's delegation plan are expected, read from the time typed for each ("Quý III
hoặc Quý IV", "tháng 10", "tháng 9 - 11"), so that a plan section names those of the period it speaks of.
Pure Python."""

import re
import unicodedata
from datetime import date

ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_QUARTER = re.compile(r"\bquý\s+(iv|iii|ii|i|[1-4])\b")
_MONTHS = re.compile(r"\btháng\s+(\d{1,2})(?:\s*(?:-|–|đến)\s*(?:tháng\s+)?(\d{1,2}))?")
_HALF = re.compile(r"\b6\s+tháng\s+(đầu|cuối)\s+năm\b")


def planned_months(when: str) -> set[int] | None:
    """The months of its year a planned time names: "Quý III hoặc Quý IV" → 7 to 12, "tháng 9 - 11" → 9,
    10, 11, "6 tháng cuối năm" → 7 to 12; None when it names none ("Cả năm", "Chưa xác định")."""
    text = unicodedata.normalize("NFC", when or "").casefold()
    months: set[int] = set()
    for half in _HALF.findall(text):
        months.update(range(1, 7) if half == "đầu" else range(7, 13))
    text = _HALF.sub(" ", text)
    for quarter in _QUARTER.findall(text):
        index = int(quarter) if quarter.isdigit() else ROMAN_QUARTERS[quarter]
        months.update(range(3 * index - 2, 3 * index + 1))
    for first, last in _MONTHS.findall(text):
        first_month, last_month = int(first), int(last or first)
        months.update(month for month in range(first_month, last_month + 1) if 1 <= month <= 12)
    return months or None


_EXPECTED = re.compile(r"\bdự\s+kiến\b(.*)", re.DOTALL)
_YEAR = re.compile(r"(?:/|\bnăm\s+)(\d{4})\b")
_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s*/\s*(\d{4})\b")


def announced_until(note: str, year: int) -> date | None:
    """The last day of the time a note announces with «dự kiến» ("Đang triển khai, dự kiến tổ chức vào tháng
    9 - 11/2021" → 30/11/2021), in the year it names, else year; None when it announces none."""
    text = unicodedata.normalize("NFC", note or "").casefold()
    expected = _EXPECTED.search(text)
    months = planned_months(expected[1]) if expected else None
    if expected is None or months is None:
        return None
    # A month written with its year ("12/2021 - 2/2022") ends the time in that year; else the last month
    # named, in the last year named or the task's.
    dated = [(int(y), int(m)) for m, y in _MONTH_YEAR.findall(expected[1]) if 1 <= int(m) <= 12]
    years = [int(found) for found in _YEAR.findall(expected[1])]
    last_year, last_month = max(dated) if dated else (max(years or [year]), max(months))
    following = date(last_year + 1, 1, 1) if last_month == 12 else date(last_year, last_month + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def planned_within(when: str, year: int, start: date, end: date) -> bool:
    """Whether an item of the plan of year, expected at when, falls between start and end: some of its
    months do; one whose time names no month, only when start to end is its whole year."""
    months = planned_months(when)
    if months is None:
        return start <= date(year, 1, 1) and date(year, 12, 31) <= end
    # a month is the period's when its first day is (a month of Nghị định 09 runs from the 15th before)
    return any(start <= date(year, month, 1) <= end for month in months)


def trip_place(destination: str, country: str) -> str:
    """The place of a planned trip the sentence names before its country: "Seoul, Hàn Quốc" typed as the
    destination is "Seoul" («đến Seoul, Hàn Quốc»)."""
    return " ".join(destination.split()).removesuffix(country).rstrip(" ,")


def place_named(text: str, country: str) -> str:
    """The place a delegation's title or purpose says it went to before its country ("… làm việc tại tỉnh Hà
    Bắc, Trung Quốc" → "tỉnh Hà Bắc"), for the sentence that names where it went («đến tỉnh Hà Bắc, Trung
    Quốc»); "" when it names none."""
    text = " ".join(unicodedata.normalize("NFC", text or "").split()).rstrip(".")
    found = re.search(
        rf"(?:^|\s)(?:tại|đến|sang)\s+([^,;.()]+?)\s*,\s*(?:nước\s+)?{re.escape(country)}(?![^\W\d_])", text, re.I
    )
    return found[1] if found else ""


def purpose_without_place(purpose: str, country: str, place: str = "") -> str:
    """A trip's purpose without the place it ends on when that is where the trip goes: the sentence names it
    before («đoàn công tác đến Hàn Quốc … để xúc tiến đầu tư, thương mại», not «… thương mại tại Hàn Quốc»).
    place: the trip's (trip_place); a purpose that names its place elsewhere stays as typed."""
    text = " ".join(unicodedata.normalize("NFC", purpose).split()).rstrip(".")
    names = [re.escape(country)]
    if place:
        names = [rf"{re.escape(place)}\s*,?\s*{re.escape(country)}", re.escape(place), *names]
    ending = re.compile(rf"[\s,;]+(?:tại|ở|đến|sang)\s+(?:nước\s+)?(?:{'|'.join(names)})$", re.IGNORECASE)
    shorter = ending.sub("", text)
    return shorter if shorter.strip() else text
