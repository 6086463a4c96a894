"""Report pages: make a draft, edit and regenerate a section, move it through the workflow.

The demo already has reports of the Sở Ngoại vụ in every state, two of them issued: a test works on
the report it makes (made(), from where «Lập báo cáo» redirects) and expects the numbers after the demo's.
"""

import re
from datetime import date, datetime

import pytest
from django.db.models import Max
from django.utils import timezone

from ngoaivu.core.models import LegalDocument, Unit
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report
from ngoaivu.reporting.workflow import WorkflowError, issue, transition


def new_report(client, period="2021-08", unit="SNgV", template="general", **extra):
    """«Lập báo cáo» posted, a second draft of one the demo has allowed unless second_draft="" says otherwise."""
    data = {
        "unit": Unit.objects.get(code=unit).pk,
        "template": ReportTemplate.objects.get(code=template).pk,
        "period_code": period,
        "second_draft": "on",
        **extra,
    }
    return client.post("/bao-cao/tao/", data)


def made(response):
    """The report a «Lập báo cáo» post made: the one its redirect opens."""
    assert response.status_code == 302, response.content.decode()
    match = re.fullmatch(r"/bao-cao/(\d+)/", response["Location"])
    assert match, response["Location"]
    return Report.objects.get(pk=match[1])


def last_number(unit_code, year):
    """The highest number the unit has issued in the year (0 for none): issuing gives the next one."""
    issued = Report.objects.filter(unit__code=unit_code, numbered_year=year, status=Report.Status.ISSUED)
    return issued.aggregate(n=Max("number"))["n"] or 0


def row_of(page, report):
    """The list's row of the report."""
    match = re.search(rf'<tr><td><a href="/bao-cao/{report.pk}/">.*?</tr>', page, re.DOTALL)
    assert match, f"no row for report {report.pk}"
    return match[0]


def login(client, demo_users, username):
    client.force_login(demo_users[username])
    return client


def test_an_officer_makes_a_draft_and_sees_the_preview(client, demo_users):
    client = login(client, demo_users, "chuyenvien")
    before = Report.objects.count()
    response = new_report(client)
    report = Report.objects.latest("pk")
    assert Report.objects.count() == before + 1
    assert response.status_code == 302 and response["Location"] == f"/bao-cao/{report.pk}/"
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "Công tác đối ngoại tháng 8/2021" in page
    assert "19 đoàn với 54 lượt người" in page and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in page


def test_the_files_properties_name_the_report_its_unit_and_when_it_was_drafted(client, demo_users, clock):
    import io

    from docx import Document

    drafted = clock(2026, 12, 5, hour=9)
    client = login(client, demo_users, "vanphong")
    report = made(new_report(client, unit="VP", period="2024", template="integration", standalone="1"))
    clock(2026, 12, 5, hour=10)
    report.intro = "Mở đầu sửa lại."
    report.save()
    response = client.get(f"/bao-cao/{report.pk}/tai-ve.docx")
    assert response.status_code == 200, (response.status_code, response.content[:3000])
    properties = Document(io.BytesIO(response.content)).core_properties
    office = Unit.objects.get(code="VP").name
    assert properties.title == " ".join(report.title.split())
    # The unit's name in full, not the header's «VĂN PHÒNG», nor python-docx's blank template's.
    assert properties.author == properties.last_modified_by == office and office.startswith("Văn phòng")
    assert properties.comments == "" and "python-docx" not in (properties.author + properties.comments)
    assert properties.language == "vi-VN"
    assert properties.created == drafted  # 02:00 UTC, never 09:00 written as UTC
    assert properties.modified == timezone.make_aware(datetime(2026, 12, 5, 10))


def test_a_period_that_cannot_be_read_is_explained(client, demo_users):
    before = set(Report.objects.values_list("pk", flat=True))
    response = new_report(login(client, demo_users, "chuyenvien"), period="tháng tám")
    assert response.status_code == 200
    assert "Không hiểu kỳ báo cáo «tháng tám»" in response.content.decode()
    assert set(Report.objects.values_list("pk", flat=True)) == before  # nothing made


def test_a_reporter_reports_only_for_its_unit(client, demo_users):
    client = login(client, demo_users, "vanphong")
    response = new_report(client, unit="SNgV", period="2024", template="integration")
    assert response.status_code == 200 and "unit" in response.context["form"].errors
    report = made(new_report(client, unit="VP", period="2024", template="integration", standalone="1"))
    # Not the Sở's: the office took over its duties in 2025 and reads its reports.
    other = create_report(Unit.objects.get(code="DHPVD"), ReportTemplate.objects.get(code="general"), "2021-08")
    assert client.get(f"/bao-cao/{other.pk}/").status_code == 404
    assert client.get(f"/bao-cao/{report.pk}/tai-ve.docx").status_code == 200
    assert client.get(f"/bao-cao/{other.pk}/tai-ve.docx").status_code == 404


def test_a_reporter_of_the_focal_point_neither_drafts_nor_reads_its_province_wide_report(client, demo_users):
    # Since 01/3/2025 the Văn phòng is the focal point: its reports count the Biên phòng's rows, say,
    # which its reporter may not open; before, its reports were its own work.
    reporter = login(client, demo_users, "vanphong")
    reports = Report.objects.count()
    response = new_report(reporter, unit="VP", period="2026-05", template="general", standalone="1")
    assert response.status_code == 200 and Report.objects.count() == reports
    (error,) = response.context["form"].errors["unit"]
    assert error.startswith("Văn phòng UBND tỉnh Quảng Ngãi là cơ quan đầu mối đối ngoại của tỉnh trong kỳ này:")
    own_work = made(new_report(reporter, unit="VP", period="2024", template="integration", standalone="1"))
    province_wide = Report.objects.get(unit__code="VP", period_code="2026-H1")
    assert province_wide.counts_province() and not own_work.counts_province()
    assert reporter.get(f"/bao-cao/{province_wide.pk}/").status_code == 404
    assert reporter.get(f"/bao-cao/{province_wide.pk}/nguon-so-lieu/").status_code == 404
    assert reporter.get(f"/bao-cao/{own_work.pk}/").status_code == 200
    listed = reporter.get("/bao-cao/").content.decode()
    assert f"/bao-cao/{own_work.pk}/" in listed and f"/bao-cao/{province_wide.pk}/" not in listed
    assert login(client, demo_users, "chuyenvien").get(f"/bao-cao/{province_wide.pk}/").status_code == 200


def test_the_province_itself_writes_no_report(client, demo_users):
    client = login(client, demo_users, "chuyenvien")
    response = new_report(client, unit="QNg", period="2021-08", template="general")
    assert response.status_code == 200 and "unit" in response.context["form"].errors


def test_the_thematic_report_of_the_office_answers_the_letter(client, demo_users):
    client = login(client, demo_users, "vanphong")
    data = {
        "unit": Unit.objects.get(code="VP").pk,
        "template": ReportTemplate.objects.get(code="integration").pk,
        "period_code": "2024",
        "letter": "Công văn số 1874/SNgV-ĐN ngày 12/11/2024 của Sở Ngoại vụ",
        "standalone": "1",  # the demo's request for it is offered; tests/reporting/test_new_report_offers.py
    }
    report = made(client.post("/bao-cao/tao/", data))
    assert report.intro.startswith(
        "Theo đề nghị của Sở Ngoại vụ tại Công văn số 1874/SNgV-ĐN ngày 12/11/2024 về việc báo cáo tình hình, "
        "kết quả triển khai công tác hội nhập quốc tế năm 2024; Văn phòng UBND tỉnh (Văn phòng) báo cáo tình hình, "
        "kết quả thực hiện các nội dung như sau:"  # seed 002, line 11, word for word
    )
    assert report.closing == "Kính gửi Sở Ngoại vụ tổng hợp./."
    text = "\n".join(report.sections.values_list("text", flat=True))
    assert "Văn phòng đã tổ chức đoàn công tác (03 người) đến tỉnh Hà Bắc, Trung Quốc để làm việc với" in text
    assert "Quý III hoặc Quý IV" in text and "Seoul" in text


@pytest.mark.parametrize(
    ("letter", "said"),
    [
        (
            "Công văn số 1874/SNgV-ĐN ngày 20/11/2024 của Sở Ngoại vụ",
            "Sổ văn bản đã có Công văn số 1874/SNgV-ĐN ngày 12/11/2024 của Sở Ngoại vụ, khác với văn bản đã ghi: "
            "Công văn số 1874/SNgV-ĐN ngày 20/11/2024 của Sở Ngoại vụ. Sửa lại ngày ban hành, cơ quan ban hành đã "
            "ghi; nếu sổ văn bản ghi sai, sửa văn bản trong sổ trước.",
        ),
        (
            "Công văn số 1874/SNgV-ĐN ngày 12/11/24 của Sở Ngoại vụ",
            "Ngày «12/11/24» ghi năm bằng hai chữ số; ghi năm đủ bốn chữ số, theo dạng dd/mm/yyyy.",
        ),
    ],
)
def test_a_letter_other_than_the_registers_or_cut_short_is_refused_beside_it(client, demo_users, letter, said):
    LegalDocument.objects.get_or_create(
        doc_type="Công văn", number="1874/SNgV-ĐN", issued_on=date(2024, 11, 12), defaults={"issuer": "Sở Ngoại vụ"}
    )
    before = Report.objects.count()
    client = login(client, demo_users, "vanphong")
    response = new_report(client, unit="VP", period="2024", template="integration", standalone="1", letter=letter)
    assert response.status_code == 200 and response.context["form"].errors["letter"] == [said]
    assert Report.objects.count() == before
    kept = LegalDocument.objects.get(number="1874/SNgV-ĐN")
    assert kept.issued_on == date(2024, 11, 12)


def test_without_a_letter_the_opening_says_nothing_of_one(client, demo_users):
    client = login(client, demo_users, "vanphong")
    report = made(new_report(client, unit="VP", period="2024", template="integration", standalone="1"))
    assert report.intro == (
        "Văn phòng UBND tỉnh (Văn phòng) báo cáo tình hình, kết quả thực hiện công tác hội nhập quốc tế như sau:"
    )
    assert report.closing == "Kính gửi Sở Ngoại vụ tổng hợp./."  # the focal point of 2024, named in Nơi nhận
    assert report.recipients.splitlines() == ["Sở Ngoại vụ", "VP: CVP, các PCVP", "Lưu: VT"]


def test_edit_then_regenerate_shows_the_difference_and_keeps_the_choice(client, demo_users):
    client = login(client, demo_users, "chuyenvien")
    report = made(new_report(client))
    section = report.sections.get(key="I.5.b")
    edited = section.text + "\n\nNgư dân được hỗ trợ về nước."
    assert client.post(f"/bao-cao/{report.pk}/muc/{section.pk}/", {"text": edited}).status_code == 302
    section.refresh_from_db()
    assert section.is_edited and section.history.count() == 2
    # The register changes: a third boat detained in August.
    from ngoaivu.register.models import FishingIncident

    FishingIncident.objects.create(
        unit=report.unit,
        boat_number="QNg 1 TS",
        kind="detained",
        country="CN",
        occurred_on=date(2021, 8, 20),
        fishermen=5,
    )
    page = client.get(f"/bao-cao/{report.pk}/muc/{section.pk}/tao-lai/")
    assert page.status_code == 200
    regenerated = "".join(text for row in page.context["rows"] if row["new"] for text, _note, _changed in row["new"])
    assert "- Trong tháng, toàn tỉnh có 03 tàu cá cùng 24 ngư dân" in regenerated
    section.refresh_from_db()
    assert section.text == edited  # nothing is overwritten before the officer chooses
    kept = client.post(
        f"/bao-cao/{report.pk}/muc/{section.pk}/tao-lai/",
        {"choice": "keep", "new_text": page.context["new_text"]},
        follow=True,
    )
    section.refresh_from_db()
    assert section.text == edited and "03 tàu cá" in section.generated_text
    # Keeping the edit silences the section's warning: the officer is told the figures are theirs.
    assert "không phải số liệu mới nhất" in kept.content.decode()
    used = client.post(
        f"/bao-cao/{report.pk}/muc/{section.pk}/tao-lai/",
        {"choice": "new", "new_text": page.context["new_text"]},
        follow=True,
    )
    assert "Đã dùng bản tạo lại từ số liệu mới nhất." in used.content.decode()
    section.refresh_from_db()
    # The new figures, and the paragraph the officer wrote by hand kept after them.
    assert "03 tàu cá cùng 24 ngư dân" in section.text and section.text.endswith("\n\nNgư dân được hỗ trợ về nước.")
    assert section.is_edited


def test_regenerating_is_a_post_and_a_get_saves_nothing(client, demo_users):
    client = login(client, demo_users, "chuyenvien")
    report = made(new_report(client))
    section = report.sections.get(key="I.5.b")
    from ngoaivu.register.models import FishingIncident

    FishingIncident.objects.create(
        unit=report.unit,
        boat_number="QNg 2 TS",
        kind="detained",
        country="CN",
        occurred_on=date(2021, 8, 20),
        fishermen=5,
    )
    url = f"/bao-cao/{report.pk}/muc/{section.pk}/tao-lai/"
    assert (
        f'<form class="inline" method="post" action="{url}">' in client.get(f"/bao-cao/{report.pk}/").content.decode()
    )
    assert client.get(url).status_code == 200  # a link followed, a prefetch: the difference, not a save
    section.refresh_from_db()
    assert "03 tàu cá" not in section.text and section.history.count() == 1
    assert client.post(url).status_code == 302
    section.refresh_from_db()
    assert "03 tàu cá" in section.text and not section.is_edited


def test_workflow_draft_submitted_approved_issued(client, demo_users, clock):
    clock(2021, 9, 10)  # the Sở, which the demo ends in 2025, issues its report of August
    officer = login(client, demo_users, "chuyenvien")
    report = made(new_report(officer))
    assert officer.post(f"/bao-cao/{report.pk}/approve/").status_code == 403  # only the leader approves
    officer.post(f"/bao-cao/{report.pk}/submit/", {"confirmed": "1"})
    report.refresh_from_db()
    assert report.status == "submitted"
    leader = login(client, demo_users, "lanhdao")
    leader.post(f"/bao-cao/{report.pk}/approve/", {"confirmed": "1"})
    report.refresh_from_db()
    assert report.status == "approved"
    # The next number of the Sở's year, after the demo's issued reports.
    number = last_number("SNgV", 2021) + 1
    label = f"{number:02d}/BC-SNgV"
    # Issuing cannot be undone: the first press says which number and date it takes, and issues nothing.
    asked = leader.post(f"/bao-cao/{report.pk}/issue/")
    assert asked.status_code == 200 and f"số {label}, ngày" in asked.content.decode()
    report.refresh_from_db()
    assert report.status == "approved" and report.number is None
    done = leader.post(f"/bao-cao/{report.pk}/issue/", {"confirmed": "1", "number": str(number)})
    assert done.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.number, report.number_label) == ("issued", number, label)
    assert report.issued_on is not None
    # An issued report never changes.
    section = report.sections.first()
    officer = login(client, demo_users, "chuyenvien")
    officer.post(f"/bao-cao/{report.pk}/muc/{section.pk}/", {"text": "sửa sau khi ban hành"})
    section.refresh_from_db()
    assert section.text != "sửa sau khi ban hành"
    with pytest.raises(WorkflowError):
        transition(report, "issue", demo_users["lanhdao"])


def test_numbers_follow_each_other_per_unit_and_year(demo, db):
    unit, template = Unit.objects.get(code="SNgV"), ReportTemplate.objects.get(code="general")
    # The demo has issued reports in 2021 and none in 2022.
    last_of_2021, last_of_2022 = last_number("SNgV", 2021), last_number("SNgV", 2022)
    assert last_of_2021 > 0 and last_of_2022 == 0
    first = issue(create_report(unit, template, "2021-07"), today=date(2021, 8, 5))
    second = issue(create_report(unit, template, "2021-08"), today=date(2021, 9, 6))
    # December's report issued in January takes the first number of the new year (Nghị định 30/2020)
    december = issue(create_report(unit, template, "2021-12"), today=date(2022, 1, 5))
    january = issue(create_report(unit, template, "2022-01"), today=date(2022, 2, 4))
    assert (first.number, second.number) == (last_of_2021 + 1, last_of_2021 + 2)
    assert (december.number, january.number) == (1, 2)
    assert december.number_label == "01/BC-SNgV" and december.issued_on == date(2022, 1, 5)


def test_pdf_without_libreoffice_says_so(client, demo_users, monkeypatch, run_tasks):
    client = login(client, demo_users, "chuyenvien")
    report = made(new_report(client))
    monkeypatch.setattr("ngoaivu.reporting.pdf.libreoffice_path", lambda: None)
    response = client.get(f"/bao-cao/{report.pk}/tai-ve.pdf", follow=True)
    assert "Máy chủ chưa cài LibreOffice nên chưa tạo được PDF." in response.content.decode()


@pytest.mark.pdf
def test_pdf_download(client, demo_users, run_tasks):
    from ngoaivu.reporting.pdf import libreoffice_path

    if libreoffice_path() is None and not __import__("os").environ.get("NGOAIVU_REQUIRE_ALL"):
        pytest.skip("LibreOffice không có trên máy này")
    client = login(client, demo_users, "chuyenvien")
    report = made(new_report(client, period="2021-H1"))
    response = client.get(f"/bao-cao/{report.pk}/tai-ve.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_only_the_next_steps_are_offered(client, demo_users):
    officer = login(client, demo_users, "chuyenvien")
    report = made(new_report(officer))
    assert [action for action, _name in officer.get(f"/bao-cao/{report.pk}/").context["actions"]] == ["submit"]
    officer.post(f"/bao-cao/{report.pk}/submit/", {"confirmed": "1"})
    leader = login(client, demo_users, "lanhdao")
    assert [action for action, _name in leader.get(f"/bao-cao/{report.pk}/").context["actions"]] == [
        "return",
        "approve",
    ]
    # Each step is offered by its name, the same as the API's choices.
    page = leader.get(f"/bao-cao/{report.pk}/").content.decode()
    assert f'href="/bao-cao/{report.pk}/approve/">Duyệt</a>' in page
    assert login(client, demo_users, "xem").get(f"/bao-cao/{report.pk}/").context["actions"] == []


def test_the_signature_and_recipients_are_edited_on_a_draft(client, demo_users):
    client = login(client, demo_users, "chuyenvien")
    report = made(new_report(client))
    data = {
        "title": report.title,
        "intro": report.intro,
        "closing": report.closing,
        "recipients": "UBND tỉnh (báo cáo)\nBộ Ngoại giao\nLưu: VT, TH",
        "signer_authority": "KT. GIÁM ĐỐC",
        "signer_title": "PHÓ GIÁM ĐỐC",
        "signer_name": "Nguyễn Văn A",
    }
    assert client.post(f"/bao-cao/{report.pk}/sua/", data).status_code == 302
    page = client.get(f"/bao-cao/{report.pk}/")
    document = page.context["document"]
    assert document.signature.authority == "KT. GIÁM ĐỐC" and document.recipients[1] == "Bộ Ngoại giao"
    # The page ends the list as the document does: "- Lưu: VT, TH."
    assert '<div class="recipient">- Lưu: VT, TH.</div>' in page.content.decode()


def test_the_office_leader_approves_the_offices_report_and_not_the_departments(client, demo_users):
    reporter = login(client, demo_users, "vanphong")
    report = made(new_report(reporter, unit="VP", period="2024", template="integration", standalone="1"))
    reporter.post(f"/bao-cao/{report.pk}/submit/", {"confirmed": "1"})
    assert login(client, demo_users, "lanhdao").post(f"/bao-cao/{report.pk}/approve/").status_code == 403
    login(client, demo_users, "chanhvanphong").post(f"/bao-cao/{report.pk}/approve/", {"confirmed": "1"})
    report.refresh_from_db()
    assert report.status == "approved"
    # The report is signed by the office's head.
    assert (report.signer_title, report.signer_name) == ("CHÁNH VĂN PHÒNG", "Vũ Minh Tâm")


def test_the_list_names_periods_in_words_and_filters_by_status(client, demo_users):
    unit, template = Unit.objects.get(code="SNgV"), ReportTemplate.objects.get(code="general")
    draft = create_report(unit, template, "2021-H1")
    issued = issue(create_report(unit, template, "2021-08"), today=date(2021, 9, 10))
    client.force_login(demo_users["chuyenvien"])
    page = client.get("/bao-cao/").content.decode()
    assert "<td>6 tháng đầu năm 2021</td>" in row_of(page, draft) and "<td>tháng 8/2021</td>" in row_of(page, issued)
    assert "2021-H1" not in page
    # The Sở has ended since: its draft says so; the issued report keeps the name it was issued under.
    assert "<td>Sở Ngoại vụ (đến 28/02/2025)</td>" in row_of(page, draft)
    assert "(đến" not in row_of(page, issued)
    # The demo has issued reports too: the filter gives them all, this one among them, and no draft.
    only_issued = [r.pk for r in client.get("/bao-cao/", {"status": "issued"}).context["reports"]]
    assert issued.pk in only_issued and draft.pk not in only_issued
    assert sorted(only_issued) == sorted(Report.objects.filter(status="issued").values_list("pk", flat=True))


def test_a_report_is_not_sent_to_the_unit_that_issues_it(demo, db):
    """The integration template is sent to the Sở Ngoại vụ: drafted by the Sở itself, it is not."""
    template = ReportTemplate.objects.get(code="integration")
    sngv = Unit.objects.get(code="SNgV")
    assert (sngv.short_name or sngv.name) == "Sở Ngoại vụ"
    own = create_report(sngv, template, "2024")
    assert own.recipients.splitlines() == ["UBND tỉnh", "Lưu: VT"]  # the focal point itself: to the committee
    office = create_report(Unit.objects.get(code="VP"), template, "2024")
    assert office.recipients.splitlines() == [
        "Sở Ngoại vụ",
        "VP: CVP, các PCVP",
        "Lưu: VT",
    ]  # in 2024 the Sở still existed
    # In 2026 the Sở's duties are the office's own (since 01/3/2025): it reports to the committee.
    office_2026 = create_report(Unit.objects.get(code="VP"), template, "2026").recipients.splitlines()
    assert office_2026 == ["UBND tỉnh", "VP: CVP, các PCVP", "Lưu: VT"]


def test_figures_counted_to_a_day_before_the_period_are_refused_beside_that_day(client, demo_users):
    client = login(client, demo_users, "chuyenvien")
    before = Report.objects.count()
    response = new_report(client, as_of="01/01/2020")
    assert response.status_code == 200 and Report.objects.count() == before
    assert response.context["form"].errors["as_of"] == [
        "Ngày chốt số liệu 01/01/2020 ở trước ngày đầu kỳ báo cáo (01/08/2021)."
    ]
    assert made(new_report(client, as_of="10/08/2021")).period_code == "2021-08"
    # typed on an East Asian keyboard: full-width digits and slashes are the same day
    assert made(new_report(client, as_of="１１／０８／2021")).as_of == date(2021, 8, 11)


def test_a_title_on_two_lines_keeps_its_break_when_the_head_is_saved(client, demo_users):
    client = login(client, demo_users, "chuyenvien")
    report = made(new_report(client))
    title = "Kết quả công tác đối ngoại tháng 8/2021\nvà phương hướng, nhiệm vụ tháng 9/2021"
    Report.objects.filter(pk=report.pk).update(title=title)
    form = client.get(f"/bao-cao/{report.pk}/sua/").context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    data["signer_name"] = "Nguyễn Văn B"
    data["title"] = title.replace("\n", "\r\n")  # as a browser sends a text area
    assert client.post(f"/bao-cao/{report.pk}/sua/", data).status_code == 302
    assert Report.objects.get(pk=report.pk).title == title
    assert "<textarea" in client.get(f"/bao-cao/{report.pk}/sua/").content.decode().split('name="title"')[0][-200:]


def test_a_head_saved_unchanged_from_a_browser_keeps_its_version(client, demo_users):
    client = login(client, demo_users, "chuyenvien")
    report = made(new_report(client))
    form = client.get(f"/bao-cao/{report.pk}/sua/").context["form"]
    # as a browser sends the text areas back: every line break CRLF
    data = {name: str(form[name].value() or "").replace("\n", "\r\n") for name in form.fields}
    assert "\r\n" in data["recipients"]
    page = client.post(f"/bao-cao/{report.pk}/sua/", data, follow=True).content.decode()
    assert "Không có thay đổi nào; bản ghi giữ nguyên." in page
    assert Report.objects.get(pk=report.pk).version == report.version


def test_a_second_draft_of_the_same_report_is_made_only_once_the_first_is_named(client, demo_users):
    client = login(client, demo_users, "chuyenvien")
    first = made(new_report(client, period="2021-10", second_draft=""))
    asked = new_report(client, period="2021-10", second_draft="")
    assert asked.status_code == 200 and Report.objects.filter(period_code="2021-10").count() == 1
    assert asked.context["form"].errors["period_code"] == [
        f"Đơn vị đã có báo cáo cùng mẫu cho kỳ này: «{first.title}» (dự thảo). Mở báo cáo đã có để sửa, hoặc "
        "đánh dấu «Vẫn lập thêm một dự thảo» nếu cần thêm một bản (ví dụ trả lời một văn bản khác)."
    ]
    page = asked.content.decode()
    assert f'href="/bao-cao/{first.pk}/"' in page and 'type="checkbox" name="second_draft"' in page
    second = made(new_report(client, period="2021-10", second_draft="on"))
    assert second.pk != first.pk
    made(new_report(client, period="2021-11", second_draft=""))  # another period is no second draft


def test_a_range_of_dates_covering_a_named_period_is_asked_about_as_that_period(client, demo_users):
    client = login(client, demo_users, "chuyenvien")
    first = made(new_report(client, period="2021-Q4", second_draft=""))
    # The quarter's days typed as a range of dates, and the range's report asked of the quarter again.
    asked = new_report(client, period="2021-10-01..2021-12-31", second_draft="")
    assert asked.status_code == 200 and asked.context["form"].existing_reports == [first]
    ranged = made(new_report(client, period="2021-10-01..2021-12-31", second_draft="on"))
    asked = new_report(client, period="2021-Q4", second_draft="")
    assert asked.status_code == 200 and asked.context["form"].existing_reports == [first, ranged]
    made(new_report(client, period="2021-10-01..2021-12-30", second_draft=""))  # a day short: another period


def test_figures_cut_at_a_day_are_another_report_than_the_whole_periods(client, demo_users):
    client = login(client, demo_users, "chuyenvien")
    whole = made(new_report(client, period="2021-Q4", second_draft=""))
    cut = made(new_report(client, period="2021-Q4", as_of="10/11/2021", second_draft=""))  # not asked about
    assert cut.pk != whole.pk and cut.as_of == date(2021, 11, 10)
    asked = new_report(client, period="2021-10-01..2021-12-31", as_of="10/11/2021", second_draft="")
    assert asked.status_code == 200 and asked.context["form"].existing_reports == [cut]
    asked = new_report(client, period="2021-Q4", second_draft="")
    assert asked.status_code == 200 and asked.context["form"].existing_reports == [whole]
    made(new_report(client, period="2021-Q4", as_of="11/11/2021", second_draft=""))  # another day: another report


def test_a_status_that_is_none_lists_no_report_beside_its_message(client, demo_users):
    """Not every report as if the filter held: the register list's way (register/views_list.filtered)."""
    client.force_login(demo_users["chuyenvien"])
    assert client.get("/bao-cao/").context["reports"]  # the demo's reports, when nothing is asked
    for status in ("bogus", "ISSUED", "da-ban-hanh"):
        page = client.get("/bao-cao/", {"status": status})
        content = page.content.decode()
        assert page.status_code == 200 and not page.context["reports"], status
        assert '<span class="error">' in content and "Tình trạng: " in content, status
        assert "Chưa lọc được vì bộ lọc có ô chưa đúng" in content, status
        assert not re.search(r'href="/bao-cao/\d+/"', content), status
    # A status that is one is still chosen and shown chosen.
    page = client.get("/bao-cao/", {"status": "issued"}).content.decode()
    assert '<option value="issued" selected>' in page and '<span class="error">' not in page
    assert "data-submit-on-change" in page and re.search(r'href="/bao-cao/\d+/"', page)
