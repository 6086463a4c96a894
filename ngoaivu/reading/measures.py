"""A figure group's measures under the indicator it counts: {"groups": 17, "persons": 35},
{"value": …, "currency": …}; the words of a fact's numbers, for facts.py and unplaced.py."""

from __future__ import annotations

from .mentions import Group
from .text import as_json_number


_MEASURE = {
    "foreign_workers": "persons",
    "groups": "groups",
    "persons": "persons",
    "individuals": "persons",
    "boats": "boats",
    "fishermen": "fishermen",
    "businesspeople": "businesspeople",
    "enterprises": "enterprises",
}


def measures_of(indicator: str, group: Group, sign: int) -> dict:
    """A figure group's measures under an indicator: {"groups": 17, "persons": 35}, {"value", "currency"…}."""
    out = {}
    for m in group.mentions:
        if m.unit == "money":
            out["value"] = as_json_number(m.value["value"] * sign)
            out["currency"] = m.value["currency"]
            if m.value.get("value_vnd") is not None:
                out["value_vnd"] = as_json_number(m.value["value_vnd"] * sign)
            continue
        value = as_json_number(m.value * sign)
        if indicator in ("incoming_delegations", "outgoing_delegations"):
            out[_MEASURE.get(m.unit, "count")] = value
        elif indicator in ("foreign_experts", "private_trips"):
            out["persons"] = value  # "02 cán bộ, công chức … về việc riêng": persons, however named
        elif indicator in ("training_courses", "training_attended") and m.unit in ("persons", "students"):
            out["participants"] = value
        elif indicator == "conferences" and m.unit == "persons":
            out["foreign_participants"] = value  # only foreign delegates join a conference's figure (cues)
        elif indicator in ("foreign_students", "foreign_student_arrivals"):
            out["count"] = value  # "… 560 em, trong đó … 300 em": students, however named
        elif indicator in ("foreign_press_crews",):
            out["count" if m.unit == "groups" else "persons"] = value
        elif m.unit in _MEASURE and indicator not in ("courtesy_receptions",):
            out[_MEASURE[m.unit]] = value
        else:
            out["count"] = value
    return out
