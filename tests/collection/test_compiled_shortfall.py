"""An answer that counts fewer than the register lists of its unit: the register's figure is compiled,
and the compilation table, its XLSX and the compiled report say so, never a figure changed unseen."""

import datetime as dt
import io

from openpyxl import load_workbook

from ngoaivu.collection import compilation

from .test_compilation import answer

NOTE = "Báo cáo của Trường Đại học Phạm Văn Đồng nêu 02 đoàn; sổ theo dõi có 03 đoàn của đơn vị trong kỳ."


def _three_delegations_of_the_university(units):
    from ngoaivu.register.models import OutgoingDelegation

    for day, persons in ((3, 4), (12, 4), (20, 4)):
        OutgoingDelegation.objects.create(
            unit=units["dh"], title=f"Đoàn {day}", persons=persons, countries=["LA"], start_date=dt.date(2021, 8, day)
        )


def test_the_compilation_page_says_beside_the_row_that_an_answer_counts_fewer_than_the_register(
    outgoing, units, client_for
):
    _three_delegations_of_the_university(units)
    request = outgoing()
    answer(request, units["dh"], "accepted", {"outgoing_delegations": {"groups": 2, "persons": 12}})
    answer(request, units["vp"], "accepted", {})
    rows = {(r["code"], r["measure"]): r for r in compilation.table(request)["rows"]}
    groups = rows[("outgoing_delegations", "groups")]
    # the register's 03 is compiled, the cell marked, the note beside the row; persons agree: no note
    assert groups["cells"][-2:] == [3, 0] and groups["total"] == 3
    assert groups["marked"][1] == ("3", True) and groups["marked"][2] == ("0", False)
    assert groups["note"] == f"{NOTE} Báo cáo tổng hợp dùng số của sổ theo dõi."
    assert rows[("outgoing_delegations", "persons")]["note"] == ""
    page = client_for("officer").get(f"/yeu-cau/{request.pk}/tong-hop/").content.decode()
    assert NOTE in page and "<strong>3*</strong>" in page


def test_the_xlsx_notes_the_answer_that_counts_fewer_than_the_register(outgoing, units):
    _three_delegations_of_the_university(units)
    request = outgoing()
    answer(request, units["dh"], "accepted", {"outgoing_delegations": {"groups": 2, "persons": 12}})
    sheet = load_workbook(io.BytesIO(compilation.xlsx(request))).active
    cells = next(r for r in sheet.iter_rows() if (r[0].value, r[1].value) == ("Đoàn ra", "đoàn"))
    row = [cell.value for cell in cells]
    assert row[2:5] == [0, 3, 3]
    assert row[-1].startswith(f"* {NOTE}")  # as the screen marks the cell «3*» and its note
    assert [cell.font.b for cell in cells[2:4]] == [False, True]


def test_the_compiled_report_counts_the_rows_it_lists_when_an_answer_counts_fewer(outgoing, units, users):
    _three_delegations_of_the_university(units)
    request = outgoing()
    answer(request, units["dh"], "accepted", {"outgoing_delegations": {"groups": 2, "persons": 12}})
    answer(request, units["vp"], "accepted", {})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.1.a").text
    # three listed, three counted: never «02 đoàn» above a list of three
    assert "03 đoàn với 12 lượt cán bộ" in text and "02 đoàn" not in text
    assert all(f"Đoàn {day} (Lào) ngày {day:02d}/8/2021" in text for day in (3, 12, 20))
    assert "Ngoài ra" not in text and "Trong đó" not in text  # nothing counted beyond the register's rows
    assert compilation.compiled_draft(request)[0]["I.1.a"] == text


TEXT = {"I.1.a": "Trong tháng, Trường Đại học Phạm Văn Đồng cử 02 đoàn với 12 lượt cán bộ đi công tác nước ngoài."}


def test_a_count_cell_is_weighed_against_the_register_whatever_the_words_say(outgoing, units):
    # Its count cell says 04 above the register's 03, its paragraph «cử 02 đoàn»: the cell's 04 is compiled,
    # so nothing is marked, and no note says «dùng số của sổ theo dõi» of a figure the report does not use.
    _three_delegations_of_the_university(units)
    request = outgoing()
    answer(request, units["dh"], "accepted", {"outgoing_delegations": {"groups": 4, "persons": 12}}, TEXT)
    answer(request, units["vp"], "accepted", {})
    groups = {(r["code"], r["measure"]): r for r in compilation.table(request)["rows"]}[
        ("outgoing_delegations", "groups")
    ]
    assert groups["cells"][-2:] == [4, 0] and groups["marked"][1:] == [("4", False), ("0", False)]
    assert groups["note"] == ""


def test_alike_figures_of_different_delegations_are_no_shortfall_of_a_cell_that_counts_them(outgoing, units):
    # «01 đoàn đi Lào… 01 đoàn đi Thái Lan»: two delegations, as its cell and the register say; never
    # «nêu 01 đoàn; sổ theo dõi có 02 đoàn».
    from ngoaivu.register.models import OutgoingDelegation

    for day, country in ((3, "LA"), (12, "TH")):
        OutgoingDelegation.objects.create(
            unit=units["dh"], title=f"Đoàn {day}", persons=2, countries=[country], start_date=dt.date(2021, 8, day)
        )
    request = outgoing()
    texts = {
        "I.1.a": "Trong tháng, Trường Đại học Phạm Văn Đồng cử 01 đoàn với 02 lượt cán bộ đi Lào. Trường Đại học "
        "Phạm Văn Đồng cử 01 đoàn với 02 lượt cán bộ đi Thái Lan."
    }
    answer(request, units["dh"], "accepted", {"outgoing_delegations": {"groups": 2, "persons": 4}}, texts)
    groups = {(r["code"], r["measure"]): r for r in compilation.table(request)["rows"]}[
        ("outgoing_delegations", "groups")
    ]
    assert groups["cells"][-1] == 2 and groups["marked"][-1] == ("2", False)
    assert groups["note"] == ""


def test_an_answer_without_a_count_cell_is_noted_by_the_figure_its_words_state(outgoing, units):
    # No cell for the delegations: the note says what its paragraph states, never «nêu 0 đoàn».
    _three_delegations_of_the_university(units)
    request = outgoing()
    answer(request, units["dh"], "accepted", {}, TEXT)
    rows = {(r["code"], r["measure"]): r for r in compilation.table(request)["rows"]}
    groups = rows[("outgoing_delegations", "groups")]
    assert groups["marked"][1] == ("3", True)
    assert groups["note"] == f"{NOTE} Báo cáo tổng hợp dùng số của sổ theo dõi."


def test_a_unit_counted_by_its_register_is_named_with_the_registers_not_among_the_reports(outgoing, units, users):
    # The university answers no conference, its register holds one: the register's 01 is compiled for it.
    # The Văn phòng's two are its answer's. «Theo báo cáo của 02 đơn vị» would give the university's
    # conference to its report, which said none: it is named among the registers counted.
    from ngoaivu.register.models import Conference

    Conference.objects.create(unit=units["dh"], title="Hội thảo A", organiser="Trường", start_date=dt.date(2021, 8, 5))
    request = outgoing()
    answer(request, units["dh"], "accepted", {"conferences": {"count": 0}})
    answer(request, units["vp"], "accepted", {"conferences": {"count": 2}})
    texts = dict(compilation.compile_report(request, users["officer"]).sections.values_list("key", "text"))
    text = next(text for text in texts.values() if "hội nghị, hội thảo quốc tế trên địa bàn tỉnh" in text)
    assert (
        "Theo số liệu của Trường Đại học Phạm Văn Đồng và theo báo cáo của 01 đơn vị, đã quản lý 03 hội nghị, "
        "hội thảo quốc tế trên địa bàn tỉnh."
    ) in text
    assert "02 đơn vị" not in text


def test_an_answer_that_counts_its_registers_rows_stays_among_the_reports(outgoing, units, users):
    # The same conference, answered: the university's figure is its report's.
    from ngoaivu.register.models import Conference

    Conference.objects.create(unit=units["dh"], title="Hội thảo A", organiser="Trường", start_date=dt.date(2021, 8, 5))
    request = outgoing()
    answer(request, units["dh"], "accepted", {"conferences": {"count": 1}})
    answer(request, units["vp"], "accepted", {"conferences": {"count": 2}})
    texts = dict(compilation.compile_report(request, users["officer"]).sections.values_list("key", "text"))
    text = next(text for text in texts.values() if "hội nghị, hội thảo quốc tế trên địa bàn tỉnh" in text)
    assert "Theo báo cáo của 02 đơn vị, đã quản lý 03 hội nghị, hội thảo quốc tế trên địa bàn tỉnh." in text
