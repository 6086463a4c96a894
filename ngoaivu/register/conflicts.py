"""The page that answers a refused save (see ngoaivu/core/locking.py): both versions side by side.

    conflict_page(request, form, current, …)    # the 409 page, the user's values kept

Values are shown as the register shows them (display.py).
"""

import copy
import difflib

from django.core.exceptions import FieldDoesNotExist
from django.shortcuts import render
from django.utils.translation import gettext as _

from ngoaivu.core.locking import FIELD, conflict_message

from .display import display_value, format_value


def last_saved(instance):
    """(user, date) of the latest version in instance's history, or (None, None)."""
    history = getattr(instance, "history", None)
    latest = (
        history.select_related("history_user").order_by("-history_date", "-history_id").first()
        if history is not None
        else None
    )
    return (latest.history_user, latest.history_date) if latest else (None, None)


def _display(instance, name):
    try:
        instance._meta.get_field(name)
    except FieldDoesNotExist:  # a form field with no model field behind it
        return format_value(getattr(instance, name, ""))
    return display_value(instance, name)


def comparison(form, current):
    """Field by field: what the user submitted, what is saved now, and whether they differ."""
    rows = []
    for bound in form.visible_fields():
        name = bound.name
        theirs = _display(form.instance, name)
        saved = _display(current, name) if current is not None else ""
        differs = current is not None and theirs.strip() != saved.strip()
        diff = []
        if differs and ("\n" in theirs or "\n" in saved):
            diff = list(
                difflib.unified_diff(
                    saved.splitlines(), theirs.splitlines(), _("bản đang lưu"), _("bản của bạn"), lineterm="", n=1
                )
            )
        rows.append(
            {"name": name, "label": bound.label, "theirs": theirs, "current": saved, "differs": differs, "diff": diff}
        )
    return rows


def conflict_page(
    request,
    form,
    current,
    make_form=None,
    *,
    title,
    cancel_url,
    can_save=True,
    template="core/conflict.html",
    status=409,
    extra=None,
):
    """The answer to a refused save: both versions side by side and the user's values again.

    form is the bound form whose save was refused (its instance holds the submitted values);
    current is the row as saved now (None when it is gone or out of the user's reach);
    make_form(data, instance) rebuilds the form. The form shown again holds the user's
    submission with the current version, so saving it again overwrites deliberately.
    """
    again = None
    if current is not None and can_save and make_form is not None:
        data = form.data.copy()
        data[form.add_prefix(FIELD)] = str(current.version)
        again = make_form(data, copy.copy(current))
    saved_by, saved_at = last_saved(current) if current is not None else (None, None)
    rows = comparison(form, current)
    context = {
        "title": title,
        "message": conflict_message(by_self=saved_by is not None and saved_by == request.user),
        "rows": rows,
        "current": current,
        "started_from": form.started_from,
        "saved_by": saved_by,
        "saved_at": saved_at,
        "form": again,
        "cancel_url": cancel_url,
        "differences": sum(row["differs"] for row in rows),
        "wide": len(rows) == 1,
    }
    context.update(extra or {})
    return render(request, template, context, status=status)
