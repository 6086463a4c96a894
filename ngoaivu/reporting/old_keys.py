"""What the keys of templates written before list specs wrote ({lists.NAME.joined},
{lists.aid.kind_phrase}, in items {summary_phrase} and {result}): the same wording, as list specs,
which sentences.py writes from the rows. Plain data."""

_TITLES = {"item": "{title}", "join": "; "}
OLD_LIST_KEYS = {
    "courtesy_receptions.joined": {"list": "courtesy_receptions", "item": "{mission}", "join": "; "},
    "economic_events.joined": {"list": "economic_events", **_TITLES},
    "agreements_signed.joined": {"list": "agreements_signed", **_TITLES},
    "agreements_in_progress.joined": {"list": "agreements_in_progress", **_TITLES},
    "cultural_events.joined": {"list": "cultural_events", **_TITLES},
    "overseas_vietnamese.joined": {"list": "overseas_vietnamese", **_TITLES},
    "bulletins.joined": {"list": "bulletins", "item": "{number:raw}", "join": ", ", "last": " và "},
    "student_arrivals.joined": {
        "list": "student_arrivals",
        "item": {
            "if": "returning",
            "text": "đón {persons} lưu học sinh {country} trở lại tỉnh",
            "else": [
                "tiếp nhận {persons} lưu học sinh",
                {"if": "provinces", "text": " tỉnh {provinces}"},
                " đến học tập tại tỉnh",
            ],
        },
        "join": "; ",
    },
    "border_activities.joined_sentence": {"list": "border_activities", "item": "{title}", "join": ". ", "end": "."},
    "outgoing_delegations.joined_sentence": {
        "list": "outgoing_delegations",
        "item": "Trong tháng {month:raw}, tổ chức đoàn công tác đến {countries} ({persons} người): {title}",
        "join": ". ",
        "end": ".",
    },
    "next_year_plan.joined_sentence": {
        "list": "next_year_plan",
        "item": "Dự kiến {when}, tổ chức đoàn công tác đến {country} để {purpose:clause}",
        "join": ". ",
        "end": ".",
    },
    "aid.kind_phrase": {"if": "lists.aid.all.emergency", "text": " quốc tế khẩn cấp"},
    "articles.languages": {
        "if": "lists.articles.count > 1",
        "text": [
            " (với {lists.articles.count} ngôn ngữ: ",
            {"list": "articles", "item": "{language}", "join": ", ", "last": " và "},
            ")",
        ],
    },
}
_RESULT = {"result": {"if": "document", "text": "{document}."}}
OLD_ITEM_FIELDS = {
    "documents_issued": {"summary_phrase": {"if": "summary", "text": " {summary}"}},
    "tasks_programme": _RESULT,
    "tasks_other": _RESULT,
}
