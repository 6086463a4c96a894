"""The compiled table, its XLSX, the compiled report and the on-time rate."""

import datetime as dt
import io

from django.utils import timezone
from openpyxl import load_workbook

from ngoaivu.collection import compilation
from ngoaivu.collection.models import Submission
from ngoaivu.core.models import Unit


def answer(request, unit, state, values, texts=None, submitted=None):
    submission = request.submissions.get(unit=unit)
    submission.state, submission.values, submission.texts = state, values, texts or {}
    submission.submitted_at = timezone.make_aware(submitted) if submitted else None
    submission.save()
    return submission


def test_totals_equal_the_sum_of_the_accepted_submissions(outgoing, units):
    extra = Unit.objects.create(name="UBND huyện Lý Sơn", code="LS", kind=Unit.Kind.DISTRICT, parent=units["province"])
    request = outgoing()
    request.submissions.create(unit=extra)
    answer(request, units["vp"], "accepted", {"incoming_delegations": {"groups": 2, "persons": 7}})
    answer(request, units["dh"], "accepted", {"incoming_delegations": {"groups": 1, "persons": 4},
                                              "conferences": {"count": 3}})
    answer(request, extra, "submitted", {"incoming_delegations": {"groups": 9, "persons": 90}})
    data = compilation.table(request)
    rows = {(r["code"], r["measure"]): r for r in data["rows"]}
    accepted = Submission.objects.filter(request=request, state="accepted")
    for (code, measure), row in rows.items():
        assert row["total"] == sum(s.values.get(code, {}).get(measure, 0) for s in accepted)
    assert rows[("incoming_delegations", "persons")]["total"] == 11
    assert rows[("conferences", "count")]["cells"] == [3, 0]  # Trường Đại học…, Văn phòng…
    assert [s.unit for s in data["missing"]] == [extra]


def test_the_xlsx_has_a_column_per_unit_and_the_totals(outgoing, units):
    request = outgoing()
    answer(request, units["vp"], "accepted", {"incoming_delegations": {"groups": 2, "persons": 7}})
    sheet = load_workbook(io.BytesIO(compilation.xlsx(request))).active
    rows = list(sheet.iter_rows(values_only=True))
    header = next(r for r in rows if r[0] == "Chỉ tiêu")
    assert header[2:4] == ("Văn phòng UBND tỉnh", "Tổng cộng")
    assert ("Đoàn vào", "lượt người", 7, 7) in [r[:4] for r in rows]
    assert ("Trường Đại học Phạm Văn Đồng", "Chưa thực hiện") in [r[:2] for r in rows]


def test_the_compiled_report_marks_each_text_with_its_unit(outgoing, units, users):
    request = outgoing()
    answer(request, units["vp"], "accepted", {}, {"I.2": "Văn phòng tham mưu."})
    answer(request, units["dh"], "accepted", {}, {"I.2": "Trường tổ chức tập huấn.", "I.3": " "})
    report = compilation.compile_report(request, users["officer"])
    sections = {s.key: s for s in report.sections.all()}
    assert sections["I.2"].text == ("- Trường Đại học Phạm Văn Đồng: Trường tổ chức tập huấn.\n\n"
                                    "- Văn phòng UBND tỉnh: Văn phòng tham mưu.")
    assert not sections["I.2"].is_edited
    assert "Trường Đại học" not in sections["I.3"].text  # an empty text is not gathered
    request.refresh_from_db()
    assert request.report == report


def test_on_time_rate_per_unit_over_twelve_months(outgoing, units):
    old = outgoing(deadline=dt.date(2020, 6, 1))  # more than 12 months before: not counted
    answer(old, units["vp"], "accepted", {}, submitted=dt.datetime(2020, 7, 1))
    first = outgoing(deadline=dt.date(2021, 3, 10))
    answer(first, units["vp"], "accepted", {}, submitted=dt.datetime(2021, 3, 9))
    answer(first, units["dh"], "accepted", {}, submitted=dt.datetime(2021, 3, 15))
    second = outgoing(deadline=dt.date(2021, 8, 10))
    answer(second, units["vp"], "submitted", {}, submitted=dt.datetime(2021, 8, 10, 16))
    outgoing(deadline=dt.date(2021, 10, 10))  # not yet due
    rows = {r["unit"].code: r for r in compilation.compliance(dt.date(2021, 9, 1))}
    assert (rows["VP"]["total"], rows["VP"]["on_time"], rows["VP"]["rate"]) == (2, 2, 100)
    university = rows["DHPVD"]
    assert (university["total"], university["on_time"], university["late"], university["rate"]) == (2, 0, 2, 0)
