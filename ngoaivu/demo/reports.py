"""Demo: the reports of the Sở Ngoại vụ in every state, and a request to the units in progress.

Everything goes through the services the pages call (reporting.services, collection.requesting and services), so
every figure is computed from the register as an officer would get it. Only the dates are set to
the demo's time, September 2021: the issue dates and the times answers were sent and accepted are
set back; when a report was made and its history keep the time the demo was loaded.

- 2021-H1 (seed 001), the answer to the UBND tỉnh's Công văn 2314/UBND-TH: issued, 01/BC-SNgV, with seed 001's
  three footnotes: the documents the Sở's direction followed, added by hand, and the two results of tasks;
- July 2021: issued, 02/BC-SNgV;
- August 2021 (seed 003): approved by the director, waiting for its number;
- 9 months of 2021: submitted by the officer, waiting for the director;
- September 2021: a draft the officer has just begun;
- the Văn phòng UBND tỉnh's 6-month report of 2026, after the Sở's duties moved to it: a draft;
- the Sở's request to six units for their 9-month reports (deadline 10/9/2021): two answers
  accepted, one returned with its reason, one sent after the deadline and waiting, one being
  written, one not begun.
"""

from contextlib import contextmanager
from datetime import date, datetime
from types import SimpleNamespace

from django.utils import timezone
from simple_history.models import HistoricalRecords

# period, created by, the steps taken (action, by, issue date)
REPORTS = [
    (
        "2021-H1",
        [("submit", "chuyenvien", None), ("approve", "lanhdao", None), ("issue", "lanhdao", date(2021, 6, 14))],
    ),
    ("2021-07", [("submit", "chuyenvien", None), ("approve", "lanhdao", None), ("issue", "lanhdao", date(2021, 8, 5))]),
    ("2021-08", [("submit", "chuyenvien", None), ("approve", "lanhdao", None)]),
    ("2021-9M", [("submit", "chuyenvien", None)]),
    ("2021-09", []),
]

# Seed 001's footnote 1, which the officer adds by hand to the review of the first half year before submitting it:
# the documents the Sở's direction followed, «… các văn bản chỉ đạo triển khai thực hiện của HĐND, UBND tỉnh¹.»,
# cited as the register holds them.
DIRECTING_DOCUMENTS = ["272-QĐ/TW", "323-QĐ/TU", "01/NQ-CP", "02/NQ-CP", "16/QĐ-UBND", "43/QĐ-UBND"]
DIRECTING_MARKED_AFTER = "các văn bản chỉ đạo triển khai thực hiện của HĐND, UBND tỉnh"

REQUEST_SUBJECT = "Báo cáo kết quả công tác đối ngoại 9 tháng đầu năm 2021 và dự kiến công tác quý IV năm 2021"
REQUEST_DEADLINE = date(2021, 9, 10)
RETURN_REASON = (
    "Mục 3 «Công tác ngoại giao kinh tế và hợp tác quốc tế» mới nêu nội dung chung; đề nghị Sở bổ sung các "
    "hoạt động xúc tiến thương mại với đối tác nước ngoài trong 9 tháng và gửi lại trước ngày 15/9/2021."
)
SCT_TEXT = (
    "Phối hợp với Sở Ngoại vụ cung cấp thông tin về môi trường đầu tư, kinh doanh của tỉnh cho đối tác nước ngoài."
)


def _at(day, hour=9):
    return timezone.make_aware(datetime(day.year, day.month, day.day, hour))


@contextmanager
def acting_as(user):
    """The history of what the services save is attributed to user, as a request would be."""
    previous = getattr(HistoricalRecords.context, "request", None)
    HistoricalRecords.context.request = SimpleNamespace(user=user)
    try:
        yield
    finally:
        if previous is None:
            del HistoricalRecords.context.request
        else:
            HistoricalRecords.context.request = previous


def create(demo):
    from ngoaivu.collection.models import ReportRequest, Submission
    from ngoaivu.collection.requesting import answer_request, send_request
    from ngoaivu.collection.services import review, save_answer, start
    from ngoaivu.core.permissions import may_move_report
    from ngoaivu.reporting.models import ReportTemplate
    from ngoaivu.reporting.notes import add_footnote
    from ngoaivu.reporting.services import create_report
    from ngoaivu.reporting.workflow import transition

    general, review_template = ReportTemplate.objects.get(code="general"), ReportTemplate.objects.get(code="review")
    sngv, officer = demo.unit("SNgV"), demo.users["chuyenvien"]

    # The UBND tỉnh's letter asking for the review of the first 6 months (seed 001 answers it),
    # recorded as an incoming request; its answer is drafted from it, as the request's page does.
    incoming = ReportRequest.objects.create(
        direction=ReportRequest.Direction.INCOMING,
        letter=demo.doc("2314/UBND-TH"),
        unit=sngv,
        subject="Báo cáo kiểm điểm công tác chỉ đạo, điều hành 6 tháng đầu năm 2021",
        requested_by="UBND tỉnh",
        template=review_template,
        period_code="2021-H1",
        deadline=date(2021, 6, 15),
        created_by=officer,
    )
    demo.created.append(incoming)

    # The Sở asks six units for their 9-month reports; its September report says who was late.
    request = ReportRequest(
        unit=sngv,
        requested_by="Sở Ngoại vụ",
        subject=REQUEST_SUBJECT,
        template=general,
        period_code="2021-9M",
        deadline=REQUEST_DEADLINE,
        created_by=officer,
    )
    codes = ["VP", "DHPVD", "SCT", "SKHĐT", "SLĐTBXH", "UBNDLS"]
    send_request(request, [demo.unit(code) for code in codes])
    demo.created.append(request)
    answers = {s.unit.code: s for s in request.submissions.select_related("request", "unit")}

    def send(code, day, texts=None):
        """The unit opens its answer (prefilled from the register), keeps it and sends it on day."""
        submission = start(answers[code])
        save_answer(submission, submission.values, {**submission.texts, **(texts or {})}, submit=True)
        Submission.objects.filter(pk=submission.pk).update(submitted_at=_at(day, 15), first_submitted_at=_at(day, 15))
        submission.refresh_from_db()
        return submission

    def accept(submission, day):
        review(submission, "accept")
        Submission.objects.filter(pk=submission.pk).update(accepted_at=_at(day, 10))

    accept(send("DHPVD", date(2021, 9, 8)), date(2021, 9, 9))
    accept(send("VP", date(2021, 9, 9)), date(2021, 9, 10))
    review(send("SCT", date(2021, 9, 9), {"I.3": SCT_TEXT}), "return", RETURN_REASON)
    send("SKHĐT", date(2021, 9, 13))  # after the deadline: late, waiting for the office
    start(answers["SLĐTBXH"])  # being written
    # UBNDLS has not begun.
    demo.created.extend(request.submissions.all())

    for period, steps in REPORTS:
        with acting_as(officer):
            if period == incoming.period_code:  # the report that answers the recorded request
                report, _made = answer_request(incoming, officer)
                opening = report.sections.get(key="I.1")
                add_footnote(opening, directing_note(demo), after=DIRECTING_MARKED_AFTER)
            else:
                report = create_report(sngv, general, period, officer)
        for action, username, today in steps:
            user = demo.users[username]
            assert may_move_report(user, action, report), (action, username)
            with acting_as(user):
                transition(report, action, user, today=today)
        demo.created.append(report)

    # After the reorganization: the Văn phòng's 6-month report of 2026, which compares with the first
    # half of 2025 of the old Quảng Ngãi and Kon Tum together, drafted by the foreign-affairs officer, whose
    # reports start from the Văn phòng: the focal point's report counts the province, which its unit
    # reporter may not read.
    with acting_as(officer):
        demo.created.append(create_report(demo.unit("VP"), general, "2026-H1", officer))
    return demo


def directing_note(demo):
    """Seed 001's footnote 1: each document's citation and what it is about, in the order the seed lists them."""
    documents = (demo.doc(number) for number in DIRECTING_DOCUMENTS)
    return "; ".join(f"{document.citation()} {document.summary}" for document in documents) + "."
