"""A compiled report's count sentence that names no one (no subject, no list): it says whose work it counts,
by the one rule of sentences.counted, and never gives the compiled total as the asking unit's own."""

import datetime as dt

from ngoaivu.collection import compilation

from .test_compilation import answer

SOURCES = "theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, "
# a figure the Sở's own register adds nothing to: the answer alone is its source
ANSWER = "theo báo cáo của 01 đơn vị, "


def _section_with(texts, words):
    return next(key for key, text in texts.items() if words in text)


def test_a_count_without_a_subject_says_whose_reports_it_counts(outgoing, units, users):
    # The university's two conferences, in its answer: «Quản lý 02 hội nghị» would say the Sở managed them.
    # Each sentence counts the one answer that gives it a figure, not both answers; its verb said as done.
    request = outgoing()
    answer(request, units["dh"], "accepted", {"conferences": {"count": 2}})
    answer(request, units["vp"], "accepted", {"training_courses": {"count": 1, "participants": 30}})
    report = compilation.compile_report(request, users["officer"])
    texts = dict(report.sections.values_list("key", "text"))
    conferences = texts[_section_with(texts, "hội nghị, hội thảo quốc tế trên địa bàn tỉnh")]
    assert f"{ANSWER[:1].upper()}{ANSWER[1:]}đã quản lý 02 hội nghị, hội thảo quốc tế trên địa bàn tỉnh." in conferences
    assert "02 đơn vị" not in conferences
    assert "Quản lý 02 hội nghị" not in conferences
    key = _section_with(texts, "lớp tập huấn về hội nhập quốc tế")
    assert f"{ANSWER[:1].upper()}{ANSWER[1:]}đã tổ chức 01 lớp tập huấn về hội nhập quốc tế với 30 lượt" in texts[key]
    assert "Sở Ngoại vụ" not in texts[key]
    assert compilation.compiled_draft(request)[0][key] == texts[key]  # the draft held against it says the same


def _grant(unit, title, value, day):
    from ngoaivu.register.models import ForeignAid

    ForeignAid.objects.create(
        unit=unit, title=title, donor="Tổ chức X", country="KR", value_vnd=value, approved_on=dt.date(2021, 8, day)
    )


def test_a_compiled_count_without_a_list_tells_each_units_part_once(outgoing, units, users):
    # The Sở's two grants in its register, the university's one in its answer: «03 khoản … 7,81 tỷ đồng»
    # counts them all; no «Ngoài ra, … có thêm 01 khoản viện trợ» adds the university's again.
    _grant(units["sngv"], "Dự án A", 7_000_000_000, 5)
    _grant(units["sngv"], "Dự án B", 310_000_000, 12)
    request = outgoing()
    answer(request, units["dh"], "accepted", {"aid": {"count": 1, "value": 500_000_000}})
    report = compilation.compile_report(request, users["officer"])
    texts = dict(report.sections.values_list("key", "text"))
    key = _section_with(texts, "khoản viện trợ")
    sources = "theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, "
    assert (
        f"- {sources[:1].upper()}{sources[1:]}đã chủ trì, phối hợp với các cơ quan liên quan thẩm định hồ sơ và trình "
        "UBND tỉnh xem xét phê duyệt 03 khoản viện trợ với tổng giá trị 7,81 tỷ đồng"
    ) in texts[key]
    assert "Ngoài ra" not in texts[key] and "500 triệu" not in texts[key]
    assert compilation.compiled_draft(request)[0][key] == texts[key]


def test_a_units_part_worth_a_sum_is_said_at_its_value():
    from ngoaivu.collection.unlisted import unlisted_sentence
    from ngoaivu.core.models import Unit

    unit = Unit(name="Trường Đại học Phạm Văn Đồng")
    assert unlisted_sentence("aid", [(unit, {"count": 1, "value": 500_000_000}, False)]) == (
        "Ngoài ra, theo báo cáo của Trường Đại học Phạm Văn Đồng, đơn vị có thêm 01 khoản viện trợ trị giá "
        "500 triệu đồng."
    )
    # a pair joined by the word the reports join it with (indicator_types.Measure.after): «cùng» for a crew
    boats = unlisted_sentence("boats_detained", [(unit, {"boats": 2, "fishermen": 19}, False)], alone=True)
    assert boats == "Theo báo cáo của Trường Đại học Phạm Văn Đồng, đơn vị có 02 tàu cá cùng 19 ngư dân."
    # a count of issues says of what
    bulletins = unlisted_sentence("bulletins", [(unit, {"count": 1}, False)], alone=True)
    assert bulletins == "Theo báo cáo của Trường Đại học Phạm Văn Đồng, đơn vị có 01 số bản tin đối ngoại."


def test_a_units_part_within_the_compiled_total_is_not_said_as_more():
    # «… có 03 đoàn …» counts the university's two already: «Ngoài ra, … có thêm 02 đoàn» would read as five.
    # A unit some of whose rows the list names has more than the part: the part is said as not named above.
    from ngoaivu.collection.unlisted import unlisted_sentence
    from ngoaivu.core.models import Unit

    dh, vp = Unit(name="Trường Đại học Phạm Văn Đồng"), Unit(name="Văn phòng UBND tỉnh")
    parts = [(dh, {"groups": 2, "persons": 5}, False), (vp, {"groups": 1, "persons": 3}, True)]
    assert unlisted_sentence("outgoing_delegations", parts, within=True) == (
        "Trong đó, theo báo cáo của Trường Đại học Phạm Văn Đồng, đơn vị có 02 đoàn với 05 lượt người; theo báo "
        "cáo của Văn phòng UBND tỉnh, đơn vị còn có 01 đoàn với 03 lượt người chưa nêu ở trên."
    )


def test_a_compiled_count_beside_the_asking_units_list_alone_adds_nothing_after_it(outgoing, units, users):
    # «… quản lý 03 hội nghị» counts the university's two; the list beside it is the Sở's own: no «Ngoài ra,
    # … có thêm 01 hội nghị» counts one of them again.
    from ngoaivu.register.models import Conference

    for unit, title, day in ((units["dh"], "Hội thảo A", 5), (units["sngv"], "Hội thảo S", 6)):
        Conference.objects.create(unit=unit, title=title, organiser="Trường", start_date=dt.date(2021, 8, day))
    request = outgoing()
    answer(request, units["dh"], "accepted", {"conferences": {"count": 2}})
    texts = dict(compilation.compile_report(request, users["officer"]).sections.values_list("key", "text"))
    text = texts[_section_with(texts, "hội nghị, hội thảo quốc tế trên địa bàn tỉnh")]
    assert f"{SOURCES[:1].upper()}{SOURCES[1:]}" in text
    assert "quản lý 03 hội nghị, hội thảo quốc tế" in text and "Ngoài ra" not in text


def test_an_answers_delegations_are_said_where_its_text_of_the_section_is_left_out(outgoing, units, users):
    # The integration report lists the Sở's own delegations; the Văn phòng's one is in its figures alone: its
    # text of the section says only that it held no training, which the Sở's summary says already and the
    # compiled report leaves out. Its delegation is counted in the total with its source, not lost, and not
    # added again after the Sở's list.
    from ngoaivu.register.models import OutgoingDelegation

    OutgoingDelegation.objects.create(
        unit=units["sngv"], title="Đoàn A", persons=7, countries=["LA"], start_date=dt.date(2021, 2, 3)
    )
    request = outgoing(period="2021", template="integration")
    none = "Trong năm, chưa tổ chức lớp tập huấn về hội nhập quốc tế."
    answer(request, units["vp"], "accepted", {"outgoing_delegations": {"groups": 1, "persons": 3}}, {"I.2": none})
    answer(request, units["dh"], "accepted", {})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.2").text
    assert "Đoàn A" in text and "Văn phòng UBND tỉnh: Trong năm" not in text
    assert (
        "Trong năm, theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, có 02 đoàn với 10 lượt cán bộ đi "
        "công tác nước ngoài" in text
    )
    assert "Ngoài ra" not in text
    assert compilation.compiled_draft(request)[0]["I.2"] == text


def test_the_asking_units_own_work_is_said_as_the_seeds_say_it(outgoing, units, users):
    # «Theo số liệu của Sở Ngoại vụ tỉnh Quảng Ngãi, đã tổ chức …» would cite the Sở to itself by its full name:
    # its own work alone reads «Sở Ngoại vụ đã tổ chức …» (seed: «Sở Ngoại vụ đã triển khai thực hiện …»); a
    # figure the answers add to says «theo báo cáo của 01 đơn vị» beside the Sở's name as the seeds write it.
    from ngoaivu.core.models import Unit
    from ngoaivu.register.models import IntegrationActivity

    Unit.objects.filter(pk=units["sngv"].pk).update(name="Sở Ngoại vụ tỉnh Quảng Ngãi", short_name="Sở Ngoại vụ")
    IntegrationActivity.objects.create(
        unit=units["sngv"],
        title="Lớp A",
        kind="training",
        role="organised",
        start_date=dt.date(2021, 8, 5),
        participants=30,
    )
    request = outgoing()
    answer(request, units["dh"], "accepted", {"conferences": {"count": 2}})
    texts = dict(compilation.compile_report(request, users["officer"]).sections.values_list("key", "text"))
    training = texts[_section_with(texts, "lớp tập huấn về hội nhập quốc tế")]
    assert "Sở Ngoại vụ đã tổ chức 01 lớp tập huấn về hội nhập quốc tế với 30 lượt" in training
    assert "tỉnh Quảng Ngãi" not in training and "Theo số liệu" not in training
    conferences = texts[_section_with(texts, "hội nghị, hội thảo quốc tế trên địa bàn tỉnh")]
    assert f"{ANSWER[:1].upper()}{ANSWER[1:]}đã quản lý 02 hội nghị, hội thảo quốc tế" in conferences
