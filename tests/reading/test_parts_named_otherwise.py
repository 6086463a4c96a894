"""Parts named otherwise than their total (people counted as cases or by post, an aid amount's
projects, the masters of a crew) and parts of a total the text names in words or does not state."""

from hypothesis import assume, given
from hypothesis import strategies as st

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block

KEYS = ("groups", "persons", "count", "boats", "fishermen", "value", "currency")
figures = st.integers(1, 900)


def read(*paragraphs):
    ctx = extract_facts([Block(text, "body", ()) for text in paragraphs], None)
    return [(f["indicator"], f["scope"], {k: f[k] for k in KEYS if k in f}) for f in ctx.facts]


@given(figures, figures, figures, figures)
def test_people_counted_as_cases_are_persons_of_the_delegations_total(groups, part_groups, first, second):
    assume(first != second)  # two equal parts are one fact (facts._add)
    persons = first + second + 10
    found = read(
        f"Năm 2019, tỉnh đã cử và chấp thuận cho {groups + part_groups} đoàn với {persons} cán bộ, công chức, "
        f"viên chức đi nước ngoài (trong đó có {part_groups} đoàn sử dụng ngân sách nhà nước, {first} trường hợp "
        f"từ cơ quan mới, {second} trường hợp chi từ kinh phí đề án)."
    )
    assert found == [
        ("outgoing_delegations", "period", {"groups": groups + part_groups, "persons": persons}),
        ("outgoing_delegations", "part", {"groups": part_groups}),
        ("outgoing_delegations", "part", {"persons": first}),
        ("outgoing_delegations", "part", {"persons": second}),
    ]


@given(figures, figures)
def test_staff_among_foreign_workers_are_parts_of_them(part, rest):
    found = read(f"Hiện tỉnh có {part + rest} lao động nước ngoài, trong đó có {part} cán bộ, kỹ sư.")
    assert found == [
        ("foreign_experts", "stock", {"persons": part + rest}),
        ("foreign_experts", "part", {"persons": part}),
    ]


@given(st.integers(1000, 900_000), st.integers(1, 60))
def test_projects_after_an_aid_amount_are_parts_of_the_aid(millions, projects):
    found = read(
        f"Tổng giải ngân viện trợ phi chính phủ nước ngoài của tỉnh là {millions:,} triệu đồng.".replace(",", ".")
        + f" Trong đó có {projects} chương trình, dự án có giá trị giải ngân trên 80%."
    )
    assert found == [
        ("aid", "period", {"value": millions * 1_000_000, "currency": "VND"}),
        ("aid", "part", {"count": projects}),
    ]


@given(st.integers(1, 9), st.integers(10, 90))  # two equal parts are one fact (facts._add)
def test_the_masters_and_the_crew_are_two_parts(masters, crew):
    total = masters + crew
    found = read(
        f"Ngày 5/3, {total} ngư dân Việt Nam bị Malaysia bắt giữ. Tổng số người bị bắt là {total}, trong đó có "
        f"{masters} thuyền trưởng và {crew} thuyền viên."
    )
    assert found == [
        ("boats_detained", "period", {"fishermen": total}),
        ("boats_detained", "part", {"fishermen": masters}),
        ("boats_detained", "part", {"fishermen": crew}),
    ]


@given(st.lists(figures, min_size=1, max_size=3, unique=True))
def test_a_total_named_in_words_before_a_colon_has_its_figures_as_parts(parts):
    levels = ["học sinh chương trình tiếng Việt", "học viên cao học", "sinh viên đại học"]
    listed = "; ".join(f"{n} {level}" for n, level in zip(parts, levels))
    found = read(f"Số lưu học sinh Lào học tập tại trường gồm: {listed}.")
    assert found == [("foreign_students", "part", {"count": n}) for n in parts]


@given(figures, figures, figures, figures)
def test_a_text_opening_on_its_breakdown_reads_parts(boats1, men1, boats2, men2):
    assume((boats1, men1) != (boats2, men2))
    found = read(f"Trong đó, Indonesia bắt {boats1} tàu ({men1} ngư dân); Malaysia bắt {boats2} tàu ({men2} ngư dân).")
    assert found == [
        ("boats_detained", "part", {"boats": boats1, "fishermen": men1}),
        ("boats_detained", "part", {"boats": boats2, "fishermen": men2}),
    ]


def test_a_trong_do_after_prose_far_from_its_figures_is_no_breakdown():
    found = read(
        "Trong 6 tháng đầu năm, công tác phi chính phủ nước ngoài được đẩy mạnh. Trong đó, có những nội dung hoạt "
        "động nổi bật như: vận động 4 tổ chức phi chính phủ nước ngoài tài trợ 5 khoản viện trợ với tổng giá trị "
        "5,3 tỷ đồng."
    )
    assert [f[1] for f in found] == ["period"]


def test_a_trong_do_after_a_figure_is_not_of_a_total_unstated():
    found = read("Năm 2024, hội thảo có 200 khách tham dự. Trong đó, có 20 đoàn khách Lào.")
    assert all(f[1] != "part" for f in found)


def test_a_master_named_before_the_crew_is_still_no_figure():
    found = read("Tàu cá QNg 90001 TS gồm thuyền trưởng Nguyễn Văn A và 10 thuyền viên bị Malaysia bắt giữ.")
    assert ("boats_detained", "period", {"fishermen": 10}) not in found
