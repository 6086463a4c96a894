"""The answer form's figures stand under the request template's sections, in its order, as the report prints
them; a figure no section names comes last, under «Số liệu khác»."""

from ngoaivu.collection.figures import Heading, OutlineSection, group_figures
from ngoaivu.reporting.models import ReportTemplate


def headings_and_codes(page):
    """[(heading labels printed before the group, [field name, …])] of the answer page."""
    return [
        ([heading.label for heading in group["headings"]], [row["field"].name for row in group["rows"]])
        for group in page.context["figure_groups"]
    ]


def test_the_figures_follow_the_sections_of_the_template(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["vp"])
    page = client_for("reporter").get(f"/yeu-cau/don-vi/{submission.pk}/")
    groups = headings_and_codes(page)
    # The report's first section first, its parents' headings printed once, before it.
    assert groups[0] == (
        [
            "I. KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI THÁNG 8/2021",
            "1. Công tác tổ chức và quản lý đoàn ra/đoàn vào",
            "a) Công tác tổ chức và quản lý đoàn ra",
        ],
        ["v__outgoing_delegations__groups", "v__outgoing_delegations__persons", "v__private_trips__persons"],
    )
    # The next subsection of the same section prints only its own heading; in it, the order the text names them.
    assert groups[1] == (
        ["b) Công tác tổ chức và quản lý đoàn vào"],
        [
            "v__incoming_delegations__groups",
            "v__incoming_delegations__persons",
            "v__courtesy_receptions__count",
        ],
    )
    assert groups[2][0] == [
        "2. Công tác triển khai thực hiện các chủ trương, chính sách của Đảng và pháp luật của Nhà nước về công tác đối ngoại, hội nhập quốc tế"
    ]
    # ABTC, first by its code, stands where the report speaks of it: consular work.
    abtc = next(group for group in groups if "v__abtc__businesspeople" in group[1])
    assert abtc[0][-1] == "a) Công tác lãnh sự" and groups.index(abtc) > 2
    # Every figure once, the form in the same order as the page, and nothing left over on the shipped template.
    names = [name for _headings, group in groups for name in group]
    assert names == page.context["form"].measure_rows and len(names) == len(set(names))
    assert all(heading != "Số liệu khác" for group in groups for heading in group[0])
    html = page.content.decode()
    assert (
        html.index("I. KẾT QUẢ TRIỂN KHAI")
        < html.index('id="so-lieu-v__outgoing_delegations__groups"')
        < html.index("b) Công tác tổ chức và quản lý đoàn vào")
        < html.index('id="so-lieu-v__incoming_delegations__groups"')
        < html.index("a) Công tác lãnh sự")
        < html.index('id="so-lieu-v__abtc__enterprises"')
    )


def test_a_figure_no_section_names_comes_last_under_other_figures(client_for, outgoing, units):
    ReportTemplate.objects.create(
        code="ngan",
        name="Mẫu ngắn",
        definition={
            "code": "ngan",
            "name": "Mẫu ngắn",
            "period_kinds": ["month"],
            # ABTC only in the title: no section speaks of it.
            "title": "Công tác đối ngoại {period.label}: {abtc.businesspeople.period} doanh nhân",
            "sections": [
                {
                    "number": "I",
                    "heading": "Đoàn ra, đoàn vào",
                    "children": [
                        {"number": "1", "heading": "Đoàn vào", "body": ["{incoming_delegations.groups.period} đoàn."]},
                        {"number": "2", "heading": "Đoàn ra", "body": ["{outgoing_delegations.groups.period} đoàn."]},
                    ],
                }
            ],
        },
    )
    submission = outgoing(template="ngan").submissions.get(unit=units["vp"])
    page = client_for("reporter").get(f"/yeu-cau/don-vi/{submission.pk}/")
    assert headings_and_codes(page) == [
        (
            ["I. Đoàn ra, đoàn vào", "1. Đoàn vào"],
            ["v__incoming_delegations__groups", "v__incoming_delegations__persons"],
        ),
        (["2. Đoàn ra"], ["v__outgoing_delegations__groups", "v__outgoing_delegations__persons"]),
        (["Số liệu khác"], ["v__abtc__enterprises", "v__abtc__businesspeople"]),
    ]
    html = page.content.decode()
    assert html.index("2. Đoàn ra") < html.index("Số liệu khác") < html.index('id="so-lieu-v__abtc__enterprises"')


def test_grouping_is_plain_data():
    outline = [
        OutlineSection(1, "I. A", ()),
        OutlineSection(2, "1. B", ("b", "a")),
        OutlineSection(2, "2. C", ("a", "c")),  # "a" was named first in 1.
        OutlineSection(1, "II. D", ("d",)),
    ]
    measures = [(code, code.upper(), "n", "lần") for code in ("a", "b", "c", "d", "z")]
    groups = group_figures(outline, measures, "Số liệu khác")
    assert [(group.headings, [row[0] for row in group.measures]) for group in groups] == [
        ([Heading(1, "I. A"), Heading(2, "1. B")], ["b", "a"]),
        ([Heading(2, "2. C")], ["c"]),
        ([Heading(1, "II. D")], ["d"]),
        ([Heading(1, "Số liệu khác")], ["z"]),
    ]
