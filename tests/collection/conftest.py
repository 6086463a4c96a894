import datetime as dt
import io

import pytest
from django.utils import timezone

from ngoaivu.collection.models import ReportRequest, Submission
from ngoaivu.reporting.models import ReportTemplate

LETTER = "Công văn số 1353/SNgV-ĐN ngày 01/9/2021 của Sở Ngoại vụ"


@pytest.fixture(autouse=True)
def _read_uploads_at_once(run_tasks):
    """An uploaded report is read by a background task: here it runs as it is queued."""


@pytest.fixture
def outgoing(units, users):
    """An outgoing request of the Sở Ngoại vụ to the Văn phòng and the university, with its submissions."""

    def create(deadline=dt.date(2021, 9, 10), period="2021-08", template="general", recipients=("vp", "dh")):
        request = ReportRequest.objects.create(
            direction=ReportRequest.Direction.OUTGOING,
            subject="Báo cáo công tác đối ngoại tháng 8/2021",
            requested_by="Sở Ngoại vụ",
            unit=units["sngv"],
            template=ReportTemplate.objects.get(code=template),
            period_code=period,
            deadline=deadline,
            created_by=users["officer"],
        )
        for code in recipients:
            Submission.objects.create(request=request, unit=units[code])
        return request

    return create


def docx_bytes(lines):
    from docx import Document

    document = Document()
    for line in lines:
        document.add_paragraph(line)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


# The head of the university's August 2021 report, down to its part I.
UNIVERSITY_HEAD = [
    "UBND TỈNH QUẢNG NGÃI",
    "TRƯỜNG ĐẠI HỌC PHẠM VĂN ĐỒNG",
    "Số: 45/BC-DHPVD",
    "BÁO CÁO",
    "Công tác đối ngoại tháng 8/2021",
    "I. KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI THÁNG 8/2021",
]
UNIVERSITY_REPORT = [
    *UNIVERSITY_HEAD,
    "2. Công tác hội nhập quốc tế",
    "Trong tháng, Trường tổ chức 02 lớp tập huấn về hội nhập quốc tế với 40 lượt người tham dự.",
    "6. Công tác quản lý người nước ngoài, lưu học sinh",
    "Trường tiếp nhận 12 lưu học sinh Lào đến học tập.",
]


def send(submission, day, hour=9):
    """The unit sends its answer on day (again, after a return): the state save_answer() leaves."""
    submission.status = Submission.Status.SUBMITTED
    submission.submitted_at = timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))
    submission.save()


def return_answer(submission, reason="Bổ sung số liệu đoàn vào."):
    submission.status, submission.comment = Submission.Status.RETURNED, reason
    submission.save()
