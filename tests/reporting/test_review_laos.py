"""The review tells the period's work with the localities of Laos under a letter of its own, after the economic
area, as seed 001 does («d) Hoạt động hợp tác với các địa phương của nước Cộng hòa Dân chủ Nhân dân (CHDCND)
Lào»), and the general report under a number («4.», seed 003): a section per country whose partner
localities are reported apart (PartnerLocality.reported_apart), none without. Read back from the DOCX."""

import io
import re
import unicodedata
from datetime import date

import docx

from ngoaivu.core.models import PartnerLocality
from ngoaivu.register.models import (
    Agreement,
    AgreementStep,
    Conference,
    CulturalEvent,
    ForeignAid,
    ForeignResident,
    IncomingDelegation,
    OutgoingDelegation,
)
from ngoaivu.reporting.docx_render import render_docx
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report, to_document

HEADING = "d) Hoạt động hợp tác với các địa phương của nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào"
NEXT = "đ) Công tác vận động và quản lý viện trợ của các cơ quan, tổ chức, cá nhân nước ngoài"


def review_text(unit, period_code="2021-H1", template="review"):
    report = create_report(unit, ReportTemplate.objects.get(code=template), period_code)
    document = docx.Document(io.BytesIO(render_docx(to_document(report))))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def between(text, start, end):
    return text[text.index(start) + len(start) : text.index(end)].strip().split("\n")


def focal(units, apart=("LA",)):
    """The Sở as the focal point, its province's partners of the countries apart reported apart."""
    sngv = units["sngv"]
    sngv.coordinates_province = True
    sngv.save()
    for name, country in (("Champasak", "LA"), ("Siem Reap", "KH"), ("Hà Bắc", "CN")):
        PartnerLocality.objects.create(name=name, country=country, reported_apart=country in apart)
    return sngv


def lao_and_other_rows(unit, university):
    def students(country, persons, arrival, province="", day=date(2021, 3, 8)):
        ForeignResident.objects.create(
            unit=university,
            name=f"Lưu học sinh {province or country}",
            country=country,
            home_province=province,
            persons=persons,
            arrival=arrival,
            arrived_on=day,
        )

    students("LA", 120, "returning")
    students("LA", 8, "new", "Champasak", date(2021, 3, 29))
    students("LA", 6, "new", "Attapeu", date(2021, 4, 5))
    students("KR", 3, "new", "Seoul")
    OutgoingDelegation.objects.create(
        unit=unit,
        title="Đoàn công tác tỉnh Quảng Ngãi thăm và làm việc tại tỉnh Champasak, CHDCND Lào",
        persons=6,
        countries=["LA"],
        start_date=date(2021, 5, 10),
    )
    OutgoingDelegation.objects.create(
        unit=unit,
        title="Đoàn công tác xúc tiến đầu tư tại Nhật Bản",
        persons=5,
        countries=["JP"],
        start_date=date(2021, 5, 3),
    )
    IncomingDelegation.objects.create(
        unit=unit,
        title="Đoàn tỉnh Attapeu làm việc về hợp tác nông nghiệp",
        country="LA",
        start_date=date(2021, 4, 19),
        person_visits=8,
    )
    IncomingDelegation.objects.create(  # students coming to study: their arrival tells them
        unit=university,
        title="Đoàn lưu học sinh tỉnh Attapeu sang học tập tại tỉnh",
        country="LA",
        purpose=IncomingDelegation.Purpose.STUDY,
        start_date=date(2021, 4, 5),
        person_visits=6,
    )
    IncomingDelegation.objects.create(
        unit=unit,
        title="Đoàn doanh nghiệp Hàn Quốc khảo sát đầu tư",
        country="KR",
        start_date=date(2021, 4, 20),
        person_visits=4,
    )
    lao = Agreement.objects.create(
        unit=unit,
        title="Bản ghi nhớ hợp tác giữa tỉnh Quảng Ngãi và tỉnh Champasak giai đoạn 2021 - 2025",
        partner="Chính quyền tỉnh Champasak",
        country="LA",
    )
    AgreementStep.objects.create(
        agreement=lao,
        step=AgreementStep.Step.PARTY_REVIEW,
        done_on=date(2021, 5, 31),
        work_done="Dự thảo Kế hoạch hợp tác và Bản Ghi nhớ hợp tác giai đoạn 2021 - 2025",
    )
    japanese = Agreement.objects.create(
        unit=unit, title="Thỏa thuận hợp tác với tỉnh Miyagi", partner="Tỉnh Miyagi", country="JP"
    )
    AgreementStep.objects.create(agreement=japanese, step=AgreementStep.Step.MOFA_OPINION, done_on=date(2021, 6, 2))
    CulturalEvent.objects.create(
        unit=university,
        title="Gặp mặt, chúc Tết cổ truyền Bunpimay năm 2021 cho lưu học sinh Lào",
        held_on=date(2021, 4, 13),
        country="LA",
    )
    CulturalEvent.objects.create(unit=unit, title="Lễ hội văn hóa Nhật Bản", held_on=date(2021, 4, 20), country="JP")
    ForeignAid.objects.create(
        unit=unit,
        title="Trang thiết bị phòng, chống dịch Covid-19",
        donor="Chính quyền tỉnh Champasak",
        country="LA",
        value_vnd=250_000_000,
        approved_on=date(2021, 6, 10),
    )


def test_the_review_tells_the_work_with_lao_localities_under_its_own_letter(units):
    sngv = focal(units)
    lao_and_other_rows(sngv, units["dh"])
    text = review_text(sngv)
    assert unicodedata.is_normalized("NFC", text)
    assert text.index("c) Công tác ngoại giao kinh tế") < text.index(HEADING) < text.index(NEXT)
    assert between(text, HEADING, NEXT) == [
        # the students first, as seed 001 has them; told again under the students' area
        "- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức tiếp nhận, đón 120 lưu học sinh Lào trở lại "
        "tỉnh; tiếp nhận 14 lưu học sinh tỉnh Attapeu và Champasak đến học tập tại tỉnh.",
        "- Về Bản ghi nhớ hợp tác giữa tỉnh Quảng Ngãi và tỉnh Champasak giai đoạn 2021 - 2025: Dự thảo Kế hoạch "
        "hợp tác và Bản Ghi nhớ hợp tác giai đoạn 2021 - 2025.",
        "- Tổ chức đoàn công tác tỉnh Quảng Ngãi thăm và làm việc tại tỉnh Champasak, CHDCND Lào.",
        "- Phối hợp đón tiếp đoàn tỉnh Attapeu làm việc về hợp tác nông nghiệp.",
        "- Gặp mặt, chúc Tết cổ truyền Bunpimay năm 2021 cho lưu học sinh Lào.",
        "- Thẩm định, trình phê duyệt khoản viện trợ trang thiết bị phòng, chống dịch Covid-19 của Chính quyền tỉnh "
        "Champasak với giá trị 250 triệu đồng.",
    ]
    # The step on the Lao agreement is told under d) only; the other agreement's stays under c), which still
    # counts every agreement under review.
    economic = "\n".join(between(text, "c) Công tác ngoại giao kinh tế và hợp tác quốc tế", HEADING))
    assert "Hiện có 02 thỏa thuận quốc tế đang trong quá trình xin ý kiến, thẩm định" in economic
    assert "Về Thỏa thuận hợp tác với tỉnh Miyagi: Xin ý kiến Bộ Ngoại giao." in economic
    assert text.count("Về Bản ghi nhớ hợp tác giữa tỉnh Quảng Ngãi và tỉnh Champasak") == 1
    # The letters after d) are seed 001's: aid at đ), consular work at e).
    assert "e) Công tác lãnh sự và bảo hộ công dân" in text


def conference(unit, title, country, day):
    return Conference.objects.create(
        unit=unit, title=title, organiser="UBND tỉnh Quảng Ngãi", start_date=day, country=country, participants=60,
        foreign_participants=25,
    )  # fmt: skip


def test_the_conferences_with_lao_localities_are_told_before_the_events_and_no_others(units):
    sngv = focal(units)
    conference(sngv, "Hội nghị trực tuyến với tỉnh Champasak, CHDCND Lào", "LA", date(2021, 5, 20))
    conference(sngv, "Tổng kết hợp tác với tỉnh Attapeu giai đoạn 2016 - 2020", "LA", date(2021, 4, 2))
    conference(sngv, "Hội thảo xúc tiến đầu tư Nhật Bản", "JP", date(2021, 4, 10))
    conference(sngv, "Hội thảo quốc tế về du lịch biển", "", date(2021, 4, 12))
    CulturalEvent.objects.create(unit=sngv, title="Lễ hội Bunpimay", held_on=date(2021, 4, 1), country="LA")
    for template, bullet in (("review", "- "), ("general", "")):
        text = review_text(sngv, "2021-H1", template)
        heading = HEADING[3:]
        # the lines to the next area's heading, its number left on the last line
        section = between(text, heading, "Công tác vận động và quản lý viện trợ")[:-1]
        assert section == [
            # by date; a title that opens with a verb is said as typed
            f"{bullet}Tổng kết hợp tác với tỉnh Attapeu giai đoạn 2016 - 2020.",
            f"{bullet}Tổ chức Hội nghị trực tuyến với tỉnh Champasak, CHDCND Lào.",
            f"{bullet}Tổ chức Lễ hội Bunpimay.",
        ]
        # every conference is counted under the economic area; those with Lao localities are told in their area only
        assert "Quản lý 04 hội nghị, hội thảo quốc tế trên địa bàn tỉnh" in text
        assert text.count("Hội thảo xúc tiến đầu tư Nhật Bản") == 1
        assert text.count("Hội nghị trực tuyến với tỉnh Champasak, CHDCND Lào") == 1
        assert text.count("Tổng kết hợp tác với tỉnh Attapeu") == 1 and "  " not in text


def test_a_lao_conference_alone_is_work_with_lao_localities(units):
    sngv = focal(units)
    conference(sngv, "Hội nghị trực tuyến với tỉnh Champasak, CHDCND Lào", "LA", date(2021, 5, 20))
    assert between(review_text(sngv), HEADING, NEXT) == [
        "- Tổ chức Hội nghị trực tuyến với tỉnh Champasak, CHDCND Lào."
    ]


def test_a_period_without_lao_work_says_so_under_the_same_letter(units):
    sngv = focal(units)
    lao_and_other_rows(sngv, units["dh"])
    text = review_text(sngv, "2020")  # the rows are of 2021
    assert between(text, HEADING, NEXT) == [
        "- Trong năm, không phát sinh hoạt động hợp tác với các địa phương của nước CHDCND Lào."
    ]
    # a unit not the focal point speaks for itself
    text = review_text(units["vp"], "2021-H1")
    assert between(text, HEADING, NEXT) == [
        "- Trong 6 tháng đầu năm, Văn phòng không có hoạt động hợp tác với các địa phương của nước CHDCND Lào."
    ]


CAMBODIA = "Hoạt động hợp tác với các địa phương của Vương quốc Campuchia"


def test_a_province_partnered_with_cambodia_tells_its_section_and_none_of_laos(units):
    sngv = focal(units, apart=("KH",))
    lao_and_other_rows(sngv, units["dh"])
    ForeignResident.objects.create(
        unit=units["dh"], name="Lưu học sinh Campuchia", country="KH", persons=5, arrival="returning",
        arrived_on=date(2021, 3, 1),
    )  # fmt: skip
    text = review_text(sngv)
    assert "CHDCND) Lào" not in text and "của nước CHDCND Lào" not in text
    assert between(text, f"d) {CAMBODIA}", "đ) Công tác vận động và quản lý viện trợ") == [
        "- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức tiếp nhận, đón 05 lưu học sinh Campuchia trở "
        "lại tỉnh."
    ]
    # the Lao agreement is one among the others now, under c)
    economic = "\n".join(between(text, "c) Công tác ngoại giao kinh tế và hợp tác quốc tế", f"d) {CAMBODIA}"))
    assert "Về Bản ghi nhớ hợp tác giữa tỉnh Quảng Ngãi và tỉnh Champasak" in economic
    # a period without any work with Cambodian localities says so, by the country's name
    assert between(review_text(sngv, "2020"), f"d) {CAMBODIA}", "đ) Công tác vận động") == [
        "- Trong năm, không phát sinh hoạt động hợp tác với các địa phương của Vương quốc Campuchia."
    ]


def test_each_country_reported_apart_has_its_section_by_code(units):
    sngv = focal(units, apart=("LA", "KH", "CN"))
    text = review_text(sngv, "2020")
    headings = [line for line in text.split("\n") if "Hoạt động hợp tác với các địa phương" in line]
    assert headings == [
        "d) Hoạt động hợp tác với các địa phương của nước Cộng hòa Nhân dân Trung Hoa",
        f"đ) {CAMBODIA}",
        "e) Hoạt động hợp tác với các địa phương của nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào",
    ]
    assert "g) Công tác vận động và quản lý viện trợ" in text
    assert "- Trong năm, không phát sinh hoạt động hợp tác với các địa phương của Trung Quốc." in text


def test_without_a_country_reported_apart_there_is_no_section_and_the_numbers_close_up(units):
    sngv = focal(units, apart=())
    lao_and_other_rows(sngv, units["dh"])
    for template, before, after in (
        ("review", "c) Công tác ngoại giao kinh tế và hợp tác quốc tế", "d) Công tác vận động và quản lý viện trợ"),
        ("general", "3. Công tác ngoại giao kinh tế và hợp tác quốc tế", "4. Công tác vận động và quản lý viện trợ"),
    ):
        text = review_text(sngv, "2021-H1", template)
        assert "Hoạt động hợp tác với các địa phương" not in text
        assert text.index(before) < text.index(after)
        assert "Về Bản ghi nhớ hợp tác giữa tỉnh Quảng Ngãi và tỉnh Champasak" in text  # under c) / 3.
    # the review's letters under «2.» run on without a gap; the general report ends at 12, after the tasks at 11
    letters = [line[0] for line in review_text(sngv).split("\n") if re.match(r"[a-zđ]\) ", line)]
    assert letters[:12] == list("abcdđeghiklm")
    assert "12. Một số công tác khác" in text.split("\n")


def test_the_general_report_tells_the_work_with_lao_localities_under_its_number(units):
    sngv = focal(units)
    lao_and_other_rows(sngv, units["dh"])
    text = review_text(sngv, "2021-H1", "general")
    heading = "4. Hoạt động hợp tác với các địa phương của nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào"
    assert text.index("3. Công tác ngoại giao kinh tế và hợp tác quốc tế") < text.index(heading)
    # a paragraph each, as seed 003 writes them; the Lao agreement told here only
    assert between(text, heading, "5. Công tác vận động và quản lý viện trợ")[1] == (
        "Về Bản ghi nhớ hợp tác giữa tỉnh Quảng Ngãi và tỉnh Champasak giai đoạn 2021 - 2025: Dự thảo Kế hoạch "
        "hợp tác và Bản Ghi nhớ hợp tác giai đoạn 2021 - 2025."
    )
    assert text.count("Về Bản ghi nhớ hợp tác giữa tỉnh Quảng Ngãi và tỉnh Champasak") == 1
    assert "13. Một số công tác khác" in text.split("\n")


CONFERENCES_HEADING = (
    "Công tác ngoại giao văn hóa; công tác thông tin đối ngoại và công tác quản lý hội nghị, hội thảo quốc tế"
)


def test_the_general_report_tells_the_conferences_with_cultural_diplomacy_and_information_as_seed_003(units):
    sngv = focal(units)
    conference(sngv, "Hội nghị trực tuyến với tỉnh Champasak, CHDCND Lào", "LA", date(2021, 5, 20))
    conference(sngv, "Hội thảo xúc tiến đầu tư Nhật Bản", "JP", date(2021, 4, 10))
    text = review_text(sngv, "2021-H1", "general")
    economic = "\n".join(between(text, "Công tác ngoại giao kinh tế và hợp tác quốc tế", HEADING[3:]))
    information = "\n".join(between(text, CONFERENCES_HEADING, "Công tác đối với người Việt Nam ở nước ngoài"))
    assert "hội nghị" not in economic.lower() and "Hội thảo" not in economic
    assert "Quản lý 02 hội nghị, hội thảo quốc tế trên địa bàn tỉnh, trong đó 02 hội nghị có đại biểu" in information
    # the Lao conference is told in the Lao area only, the other after the count
    assert "Champasak" not in information and "Hội thảo xúc tiến đầu tư Nhật Bản do UBND tỉnh" in information
    assert text.count("Hội nghị trực tuyến với tỉnh Champasak, CHDCND Lào") == 1
    # the review keeps them under its economic area (seed 001 has no other place for them)
    review = review_text(sngv, "2021-H1", "review")
    assert "Quản lý 02 hội nghị" in "\n".join(between(review, "c) Công tác ngoại giao kinh tế", HEADING))
    assert CONFERENCES_HEADING not in review
