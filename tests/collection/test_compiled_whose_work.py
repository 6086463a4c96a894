"""A compiled report's count sentence that names no one (no subject, no list): it says whose work it counts,
by the one rule of sentences.counted, and never gives the compiled total as the asking unit's own."""

from ngoaivu.collection import compilation

from .test_compilation import answer

SOURCES = "theo số liệu của Sở Ngoại vụ và theo báo cáo của 02 đơn vị, "


def _section_with(texts, words):
    return next(key for key, text in texts.items() if words in text)


def test_a_count_without_a_subject_says_whose_reports_it_counts(outgoing, units, users):
    # The university's two conferences, in its answer: «Quản lý 02 hội nghị» would say the Sở managed them.
    request = outgoing()
    answer(request, units["dh"], "accepted", {"conferences": {"count": 2}})
    answer(request, units["vp"], "accepted", {"training_courses": {"count": 1, "participants": 30}})
    report = compilation.compile_report(request, users["officer"])
    texts = dict(report.sections.values_list("key", "text"))
    conferences = texts[_section_with(texts, "hội nghị, hội thảo quốc tế trên địa bàn tỉnh")]
    assert f"{SOURCES[:1].upper()}{SOURCES[1:]}quản lý 02 hội nghị, hội thảo quốc tế trên địa bàn tỉnh." in conferences
    assert "Quản lý 02 hội nghị" not in conferences
    key = _section_with(texts, "lớp tập huấn về hội nhập quốc tế")
    assert f"{SOURCES[:1].upper()}{SOURCES[1:]}tổ chức 01 lớp tập huấn về hội nhập quốc tế với 30 lượt" in texts[key]
    assert compilation.compiled_draft(request)[0][key] == texts[key]  # the draft held against it says the same
