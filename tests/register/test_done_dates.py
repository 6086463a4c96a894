"""What is recorded as done has happened: an event «Đã thực hiện» or a document «Đã ban hành» dated ahead
is refused beside its date; the same day recorded as planned or drafting is kept."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from ngoaivu.core.models import LegalDocument
from ngoaivu.register.models import Conference
from tests.register.rows import make

pytestmark = pytest.mark.django_db


def test_an_event_done_on_a_day_still_ahead_is_refused_and_a_planned_one_kept(units, clock):
    clock(2026, 12, 5)
    held = make(Conference, units["sngv"])
    held.start_date, held.status = date(2027, 1, 1), "done"
    with pytest.raises(ValidationError) as refused:
        held.full_clean()
    assert refused.value.message_dict["start_date"] == [
        "Ngày bắt đầu 01/01/2027 chưa đến (hôm nay là 05/12/2026): hoạt động «Đã thực hiện» phải đã diễn ra; "
        "việc sắp làm chọn tình trạng «Theo kế hoạch»."
    ]
    held.status = "planned"
    held.full_clean()  # recorded ahead, counted once done


def test_a_document_issued_on_a_day_still_ahead_is_refused(units, clock):
    clock(2026, 12, 5)
    document = LegalDocument(doc_type="Quyết định", number="99/QĐ-UBND", issued_on=date(2030, 12, 5), status="issued")
    with pytest.raises(ValidationError) as refused:
        document.full_clean()
    assert "Ngày ban hành 05/12/2030 chưa đến (hôm nay là 05/12/2026)" in refused.value.message_dict["issued_on"][0]
    document.status = "drafting"
    document.full_clean()
