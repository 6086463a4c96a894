"""A section repeated for each row of a list (drafting.py: "each"), as the area of a partner country is: the
sections around it numbered in order, their keys those of the template (pure, no database)."""

import pytest

from ngoaivu.reporting.drafting import build, in_order
from ngoaivu.reporting.sentences import Context, PatternError

TEMPLATE = {
    "sections": [
        {
            "number": "I",
            "heading": "KẾT QUẢ",
            "children": [
                {"number": "a", "heading": "Đoàn ra"},
                {
                    "each": "partner_countries",
                    "heading": "Hoạt động hợp tác với các địa phương của {each.full}",
                    "body": [
                        {"list": "partner_aid", "item": "- Viện trợ {title}."},
                        {"if": "not lists.partner_aid", "text": "- Không có với {each.short} ({each.name})."},
                    ],
                },
                {"number": "b", "heading": "Viện trợ"},
                {"number": "c", "heading": "Lãnh sự", "children": [{"number": "1", "heading": "Thẻ ABTC"}]},
            ],
        }
    ]
}


def country(code, name, full, aid=()):
    return {"code": code, "name": name, "full": full, "short": full, "lists": {"partner_aid": list(aid)}}


def draft(*countries):
    context = Context(figures={}, period={}, unit={}, lists={"partner_countries": list(countries)})
    return build(TEMPLATE, context)


def outline(result):
    return [(s.key, s.number, s.heading) for s in result.flat()]


def test_each_country_has_its_section_and_the_letters_after_it_follow():
    result = draft(
        country("KH", "Campuchia", "Vương quốc Campuchia", [{"title": "thiết bị y tế"}]),
        country("LA", "Lào", "nước CHDCND Lào"),
    )
    assert outline(result) == [
        ("I", "I", "KẾT QUẢ"),
        ("I.a", "a", "Đoàn ra"),
        ("I.partner_countries-KH", "b", "Hoạt động hợp tác với các địa phương của Vương quốc Campuchia"),
        ("I.partner_countries-LA", "c", "Hoạt động hợp tác với các địa phương của nước CHDCND Lào"),
        ("I.b", "d", "Viện trợ"),
        ("I.c", "đ", "Lãnh sự"),
        ("I.c.1", "1", "Thẻ ABTC"),
    ]
    texts = [s.text for s in result.flat()]
    assert texts[2] == "- Viện trợ thiết bị y tế."  # each country its own lists
    assert texts[3] == "- Không có với nước CHDCND Lào (Lào)."


def test_without_a_country_the_section_is_left_out_and_the_letters_close_up():
    assert outline(draft())[1:] == [
        ("I.a", "a", "Đoàn ra"),
        ("I.b", "b", "Viện trợ"),
        ("I.c", "c", "Lãnh sự"),
        ("I.c.1", "1", "Thẻ ABTC"),
    ]


def test_the_row_words_are_those_of_the_section_only():
    context = Context(figures={}, period={}, unit={}, lists={"partner_countries": [country("LA", "Lào", "Lào")]})
    template = {"sections": [{"number": "1", "heading": "X", "body": ["{each.full}"]}]}
    assert build(template, context).sections[0].text == ""  # outside a repeated section: nothing
    template = {"sections": [{"each": "partner_countries", "heading": "{each.ful}"}]}
    with pytest.raises(PatternError, match="Không có «each.ful»"):
        build(template, context)


def test_numbers_in_order_in_the_style_of_the_first():
    assert in_order("3", 3) == ["3", "4", "5"]
    assert in_order("c", 3) == ["c", "d", "đ"]
    assert in_order("II", 3) == ["II", "III", "IV"]
