"""Markup pasted into a report's text, found to be asked about (ngoaivu.pure.markup)."""

from ngoaivu.pure.markup import markup_fragments


def test_tags_comments_and_character_references_are_named_once_each_in_their_order():
    pasted = "Đón <b>03 đoàn</b>&nbsp;khách.<script>alert(1)</script> <B>x</B> &#160;&#xA0;&amp; <br/>"
    assert markup_fragments(pasted) == [
        "<b>",
        "</b>",
        "&nbsp;",
        "<script>",
        "</script>",
        "<B>",
        "</B>",
        "&#160;",
        "&#xA0;",
        "&amp;",
        "<br/>",
    ]
    # from Word's HTML: a prefixed tag, a conditional comment (cut to what a message can name)
    word = "<o:p></o:p><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->"
    assert markup_fragments(word) == ["<o:p>", "</o:p>", "<!--[if gte mso 9]><xml><w:WordDocument…"]
    # a tag with its attributes is named whole, a reference inside it with it
    assert markup_fragments('<a href="x?a=1&amp;b=2">') == ['<a href="x?a=1&amp;b=2">']


def test_a_placeholder_a_comparison_or_an_ampersand_is_not_markup():
    for text in (
        "Kính gửi: <tên cơ quan>; <ten don vi>; <<Tên>>",
        "Tỷ lệ a < b > c; chỉ tiêu >5% và <10%; x <3 y",
        "Hợp tác R&D; Q&A; AT&T; &foo;",
        "",
    ):
        assert markup_fragments(text) == [], text
