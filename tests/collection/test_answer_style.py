"""A unit's answer texts are checked as the report's section editor checks a section: a count under ten
with one digit and a date that is none are asked about before sending, never refused, and shown to the
officer who reviews the answer, for the compiled report would print them as written."""

from ngoaivu.collection.models import Submission
from tests.collection.test_said_otherwise import form_data, section_of

TEXT = "Trường tiếp và làm việc với 5 đoàn khách nước ngoài, trong đó có đoàn ngày 31/02/2021."
SAID = (
    "Số đếm dưới 10 nên viết bằng hai chữ số theo văn phong hành chính: «5 đoàn» → «05 đoàn». "
    "Ngày 31/02/2021 không có: tháng 2/2021 chỉ có 28 ngày."
)


def test_a_bare_count_and_a_day_that_is_none_are_asked_before_sending_and_shown_to_the_reviewer(
    client_for, outgoing, units
):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    page = client.get(url)
    field = section_of(page, "I.4")
    warned = client.post(url, form_data(page, **{field: TEXT}, submit="1"))
    form = warned.context["form"]
    assert form.warnings[field] == SAID
    submission.refresh_from_db()
    assert submission.status == Submission.Status.NOT_STARTED  # asked, not sent
    checked = {"warnings_checked": "1", "warnings_seen": form.warnings_seal}
    assert client.post(url, form_data(page, **{field: TEXT}, **checked, submit="1")).status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.SUBMITTED  # sent as written: a warning, not a refusal
    review = client_for("officer").get(url)
    assert review.context["style_flags"] == [{"section": "I.4", "text": SAID}]
    assert SAID in review.content.decode()


def test_a_draft_is_saved_as_typed_without_asking(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    page = client.get(url)
    assert client.post(url, form_data(page, **{section_of(page, "I.4"): TEXT})).status_code == 302
