"""Lists in sentence patterns (pure): the application gives rows of data, the template words them."""

from datetime import date

import pytest

from ngoaivu.pure.indicator_types import Figure
from ngoaivu.reporting import outlines
from ngoaivu.reporting.drafting import write_body
from ngoaivu.reporting.paragraphs import write_section
from ngoaivu.reporting.sentence_lists import format_field
from ngoaivu.reporting.sentences import Context, PatternError, fill, holds
from ngoaivu.reporting.template_names import list_names

OUTGOING = [
    {"month": 8, "countries": ["Lào", "Campuchia"], "persons": 4, "title": "Làm việc với tỉnh Champasak"},
    {"month": 11, "countries": ["Nhật Bản"], "persons": 12, "title": "Xúc tiến đầu tư"},
]
OUTGOING_ITEM = "Trong tháng {month:raw}, tổ chức đoàn công tác đến {countries} ({persons} người): {title}"
OUTGOING_TEXT = (
    "Trong tháng 8, tổ chức đoàn công tác đến Lào và Campuchia (04 người): Làm việc với tỉnh Champasak. "
    "Trong tháng 11, tổ chức đoàn công tác đến Nhật Bản (12 người): Xúc tiến đầu tư."
)


def context(**lists):
    return Context(
        figures={
            "outgoing_delegations": {"groups": Figure(2, 2, 0, 0), "persons": Figure(16, 16, 0, 0)},
            "aid": {"count": Figure(3, 3, 1, 1), "value": Figure(7037000000, 7037000000, 0, 0)},
            "articles": {"count": Figure(25, 25, 0, 0)},
        },
        period={"in_word": "Trong tháng", "last_year": 2020, "has_ytd": True},
        unit={"name": "Sở Ngoại vụ", "short": "Sở"},
        lists=lists,
    )


def test_items_joined_inside_a_sentence():
    receptions = [{"mission": "Đại sứ quán Lào"}, {"mission": "Tổ chức JICA"}]
    pattern = ["Tiếp xã giao (", {"list": "receptions", "item": "{mission}", "join": "; "}, ")."]
    assert fill(pattern, context(receptions=receptions)) == "Tiếp xã giao (Đại sứ quán Lào; Tổ chức JICA)."


def test_a_last_separator_and_fields_in_the_official_style():
    bulletins = [{"number": 22}, {"number": 23}, {"number": 4}]
    spec = {"list": "bulletins", "item": "{number:raw}", "join": ", ", "last": " và "}
    assert fill(["số ", spec], context(bulletins=bulletins)) == "số 22, 23 và 4"
    # Without :raw a number is a count: "04", as the reports write persons and groups.
    assert fill({**spec, "item": "{number}"}, context(bulletins=bulletins)) == "22, 23 và 04"
    assert fill({**spec, "item": "{number}"}, context(bulletins=bulletins[:1])) == "22"


def test_a_list_in_a_body_is_a_sentence_with_its_end():
    body = [
        {
            "if": "outgoing_delegations.groups.period",
            "list": "outgoing_delegations",
            "item": OUTGOING_ITEM,
            "join": ". ",
            "end": ".",
            "else": "Không có đoàn ra.",
        },
        {"paragraph": False, "text": "Tổng cộng {outgoing_delegations.persons.period} người."},
    ]
    assert write_section(body, context(outgoing_delegations=OUTGOING)) == [OUTGOING_TEXT + " Tổng cộng 16 người."]
    assert write_body(body, context(outgoing_delegations=[])) == "Không có đoàn ra. Tổng cộng 16 người."


def test_an_empty_list_writes_its_empty_sentence_or_nothing():
    spec = {"list": "next_year_plan", "item": "{when}", "join": ". ", "end": ".", "empty": "Tiếp tục theo kế hoạch."}
    assert write_body([spec], context(next_year_plan=[])) == "Tiếp tục theo kế hoạch."
    del spec["empty"]
    assert write_body([spec, "Câu sau."], context(next_year_plan=[])) == "Câu sau."


def test_a_conditional_part_of_a_sentence_tests_a_flag_of_the_rows():
    pattern = [
        "phê duyệt {aid.count.period} khoản viện trợ",
        {"if": "lists.aid.all.emergency", "text": " quốc tế khẩn cấp"},
        " với tổng giá trị {aid.value.period:money}.",
    ]
    emergency = [{"emergency": True}, {"emergency": True}]
    assert fill(pattern, context(aid=emergency)) == (
        "phê duyệt 03 khoản viện trợ quốc tế khẩn cấp với tổng giá trị 7,037 tỷ đồng."
    )
    mixed = [{"emergency": True}, {"emergency": False}]
    assert fill(pattern, context(aid=mixed)) == "phê duyệt 03 khoản viện trợ với tổng giá trị 7,037 tỷ đồng."
    assert holds("lists.aid.any.emergency", context(aid=mixed))
    assert not holds("lists.aid.all.emergency", context(aid=[]))  # "all" needs an item


def test_conditions_compare_a_count_with_a_number():
    languages = {"if": "lists.articles.count > 1", "text": [" (với {lists.articles.count} ngôn ngữ: ", {"list": "articles", "item": "{language}", "join": ", ", "last": " và "}, ")"]}  # fmt: skip
    pattern = ["Đăng tải {articles.count.period} tin bài", languages, "."]
    two = [{"language": "Tiếng Việt"}, {"language": "Tiếng Anh"}]
    assert fill(pattern, context(articles=two)) == "Đăng tải 25 tin bài (với 02 ngôn ngữ: Tiếng Việt và Tiếng Anh)."
    assert fill(pattern, context(articles=two[:1])) == "Đăng tải 25 tin bài."
    assert holds("aid.count.period >= 3", context()) and not holds("not aid.count.period = 3", context())
    with pytest.raises(PatternError, match="không phải là số"):
        holds("period.in_word > 1", context())


def test_an_item_pattern_tests_the_fields_of_its_row():
    arrivals = [
        {"returning": True, "country": "Lào", "persons": 185, "provinces": []},
        {"returning": False, "country": "", "persons": 12, "provinces": ["Savannakhet", "Sekong"]},
    ]
    item = {
        "if": "returning",
        "text": "đón {persons} lưu học sinh {country} trở lại tỉnh",
        "else": ["tiếp nhận {persons} lưu học sinh", {"if": "provinces", "text": " tỉnh {provinces}"}, " đến học tập"],
    }
    spec = {"list": "student_arrivals", "item": item, "join": "; "}
    assert fill(spec, context(student_arrivals=arrivals)) == (
        "đón 185 lưu học sinh Lào trở lại tỉnh; tiếp nhận 12 lưu học sinh tỉnh Savannakhet và Sekong đến học tập"
    )
    arrivals[1]["provinces"] = []
    assert fill(spec, context(student_arrivals=arrivals)).endswith("tiếp nhận 12 lưu học sinh đến học tập")


def test_one_paragraph_per_item_with_letters_and_footnotes():
    tasks = [
        {"title": "Kế hoạch hợp tác", "progress": "Đã trình UBND tỉnh", "document": "Công văn số 49/SNgV-HTQT"},
        {"title": "Đề án", "progress": "Đang thực hiện", "document": ""},
    ]
    spec = {
        "list": "tasks",
        "item": "{letter}) {title}\n- Tiến độ thực hiện: {progress}.",
        "footnote": {"if": "document", "text": "{document}."},
    }
    ctx = context(tasks=tasks)
    assert write_body([spec], ctx) == (
        "a) Kế hoạch hợp tác\n\n- Tiến độ thực hiện: Đã trình UBND tỉnh[[fn:1]].\n\nb) Đề án\n\n"
        "- Tiến độ thực hiện: Đang thực hiện."
    )
    assert ctx.footnotes == ["Công văn số 49/SNgV-HTQT."]


def test_joined_items_take_their_footnotes_too():
    ctx = context(docs=[{"title": "Kế hoạch A", "note": "Quyết định số 1."}, {"title": "Kế hoạch B", "note": ""}])
    spec = {"list": "docs", "item": "{title}", "footnote": "{note}", "join": "; ", "end": "."}
    assert fill(spec, ctx) == "Kế hoạch A[[fn:1]]; Kế hoạch B."
    assert ctx.footnotes == ["Quyết định số 1."]


def test_data_is_never_read_as_a_pattern():
    ctx = context(events=[{"title": "Hội thảo {aid.count.period} và {cite:22-NQ/TW}"}])
    assert (
        fill({"list": "events", "item": "{title}", "join": "; "}, ctx)
        == "Hội thảo {aid.count.period} và {cite:22-NQ/TW}"
    )


def test_fields_are_written_in_the_official_style():
    assert format_field(date(2021, 3, 18)) == "18/3/2021"
    assert format_field(7037000000, "money") == "7,037 tỷ đồng"
    assert format_field(108373, "number") == "108.373"
    assert format_field(2021, "raw") == "2021"
    assert format_field(["Lào", "Campuchia", "Thái Lan"]) == "Lào, Campuchia và Thái Lan"
    assert format_field("Ký kết thỏa thuận", "lower") == "ký kết thỏa thuận"
    assert format_field(None) == ""
    with pytest.raises(PatternError, match="Không có cách viết «upper»"):
        format_field("A", "upper")


def test_unknown_lists_and_fields_are_named_in_vietnamese():
    ctx = context(outgoing_delegations=OUTGOING)
    with pytest.raises(PatternError) as error:
        fill({"list": "outgoing_delegations", "item": "{tittle}", "join": ". "}, ctx)
    assert str(error.value) == (
        "Danh sách «outgoing_delegations» không có trường «tittle» (các trường: countries, letter, month, persons, title)."
    )
    with pytest.raises(PatternError, match="trường «nature»"):
        holds("lists.outgoing_delegations.all.nature", ctx)
    with pytest.raises(PatternError, match="Không có danh sách «doan_ra»"):
        fill("{lists.doan_ra.count}", ctx)
    with pytest.raises(PatternError, match="Danh sách «outgoing_delegations» không có «total»"):
        fill("{lists.outgoing_delegations.total}", ctx)


def test_the_keys_of_older_templates_still_write_what_they_wrote():
    """Templates an administrator edited before list specs keep working, from the same rows."""
    ctx = context(
        outgoing_delegations=OUTGOING,
        aid=[{"emergency": True}],
        articles=[{"language": "Tiếng Việt"}, {"language": "Tiếng Anh"}],
        bulletins=[{"number": 22}, {"number": 23}, {"number": 24}],
        courtesy_receptions=[{"mission": "Đại sứ quán Lào"}, {"mission": "JICA"}],
        border_activities=[],
    )
    assert fill("{lists.outgoing_delegations.joined_sentence}", ctx) == OUTGOING_TEXT
    assert fill("khoản viện trợ{lists.aid.kind_phrase} với", ctx) == "khoản viện trợ quốc tế khẩn cấp với"
    assert fill("tin bài{lists.articles.languages}.", ctx) == "tin bài (với 02 ngôn ngữ: Tiếng Việt và Tiếng Anh)."
    assert fill("số {lists.bulletins.joined}", ctx) == "số 22, 23 và 24"
    assert fill("({lists.courtesy_receptions.joined})", ctx) == "(Đại sứ quán Lào; JICA)"
    assert fill("{lists.border_activities.joined_sentence}", ctx) == ""
    documents = [{"citation": "Quyết định số 06/2021/QĐ-UBND", "summary": "ban hành Quy chế"}, {"citation": "Kế hoạch số 1", "summary": ""}]  # fmt: skip
    tasks = [{"title": "A", "document": "Công văn số 49/SNgV-HTQT"}, {"title": "B", "document": ""}]
    ctx = context(documents_issued=documents, tasks_other=tasks)
    assert write_body([{"list": "documents_issued", "item": "- {citation}{summary_phrase}."}], ctx) == (
        "- Quyết định số 06/2021/QĐ-UBND ban hành Quy chế.\n\n- Kế hoạch số 1."
    )
    assert write_body([{"list": "tasks_other", "item": "{letter}) {title}.", "footnote": "{result}"}], ctx) == (
        "a) A[[fn:1]].\n\nb) B."
    )
    assert ctx.footnotes == ["Công văn số 49/SNgV-HTQT."]


def test_the_lists_a_template_names():
    definition = {
        "title": "{period.label}",
        "sections": [
            {"body": [{"if": "lists.next_year_plan", "text": "{lists.articles.count}"}, {"list": "tasks_other"}]},
            {"body": [{"text": ["x", {"list": "bulletins", "item": "{number:raw}", "join": ", "}]}]},
            {"body": ["{lists.aid.kind_phrase}", {"if": "not lists.courtesy_receptions.all.official"}]},
        ],
    }
    assert list_names(definition) == [
        "aid",
        "articles",
        "bulletins",
        "courtesy_receptions",
        "next_year_plan",
        "tasks_other",
    ]
    assert list_names({"title": "{period.label}", "sections": [{"body": ["{aid.count.period} khoản."]}]}) == []
    assert "outgoing_delegations" in list_names(outlines.INTEGRATION_REPORT)
    assert "next_year_plan" not in list_names(outlines.GENERAL)


def test_the_shipped_templates_use_list_specs_not_the_older_keys():
    text = repr(outlines.SHIPPED)
    for old in ("joined", "kind_phrase", "languages}", "summary_phrase", "{result}"):
        assert old not in text


@pytest.mark.parametrize("first", ["sentence_lists", "sentences"])
def test_the_list_writers_live_in_their_own_module_whichever_is_imported_first(first):
    # sentences.py holds the patterns and their placeholders, sentence_lists.py the lists written inside them;
    # each needs the other, and either may be imported first (a fresh interpreter for each order).
    import subprocess
    import sys

    script = (
        f"import ngoaivu.reporting.{first}\n"
        "from ngoaivu.reporting import sentence_lists, sentences\n"
        "assert sentences.write_list is sentence_lists.write_list\n"
        "from ngoaivu.pure.indicator_types import Figure\n"
        "c = sentences.Context(figures={}, period={}, unit={}, lists={'x': [{'n': 3}, {'n': 12}]})\n"
        "print(sentence_lists.write_list({'list': 'x', 'item': '{n}', 'join': ', ', 'last': ' và '}, c))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "03 và 12"
