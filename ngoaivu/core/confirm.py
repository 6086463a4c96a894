"""Asking once more before a step that cannot be undone or that changes data (below), and before
saving a figure that is allowed but unlikely (WarningFormMixin, at the end).

    if not is_confirmed(request):
        return confirmation_page(request, "reporting/confirm_step.html", title=…, lines=[…], button=…, …)
    … act, then say what was done with a message

A GET shows the page, and so does a POST without confirmed=1 (an old page, a double click): neither
does anything. Only the page's own form, which carries confirmed=1, acts. The template extends
core/confirm.html, which holds that form.
"""

import hashlib

from django.shortcuts import render
from django.utils.translation import gettext_lazy

FIELD = "confirmed"


def is_confirmed(request):
    return request.method == "POST" and request.POST.get(FIELD) == "1"


def confirmation_page(request, template, *, title, lines, button, action_url, cancel_url, danger=False, **extra):
    """The page that says what the step will do (lines, one paragraph each) and asks for it once more."""
    context = {
        "title": title,
        "lines": lines,
        "button": button,
        "action_url": action_url,
        "cancel_url": cancel_url,
        "danger": danger,
        **extra,
    }
    return render(request, template, context)


# A form's own confirmation, for figures allowed but unlikely (a rate of 4,6 triệu đồng/USD): the
# form is shown again with a warning beside each such field and a box «Tôi đã kiểm tra»; ticked, the
# same figures save as typed. The page carries, hidden, a seal of the warnings it showed: a figure
# changed since then gives other warnings, another seal, and the box is asked again.
CHECKED_FIELD = "warnings_checked"
SEAL_FIELD = "warnings_seen"


def seal_of(warnings):
    """A short digest of {field: message}: the messages say the values they warn about in full."""
    text = "\n".join(f"{name}\t{message}" for name, message in sorted(warnings.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:24]


class WarningFormMixin:
    """For a form whose warning_checks() name functions of its cleaned data returning {field: message}.

    A form without errors whose checks find something is not valid until the person ticks the box
    on the page that showed those very warnings (its seal): form.warnings then holds them, for the
    templates to show beside the fields (register/_field.html), at the top (_error_summary.html),
    with the box (core/_warnings_confirm.html). Errors come first: warnings are looked for once there
    are none. On an edit, what the stored row already warned about is not asked again: only what is
    typed now is. A form sent from an old version (is_stale(), core/forms.VersionFormMixin) is not
    asked either: the conflict page comes first, and the warnings once the person saves from it.

    A form whose warnings were confirmed (warnings_confirmed) and that is shown again all the same (the
    page after a version conflict, core/conflict.html) carries the tick and its seal forward, hidden:
    while its figures give the same warnings, the person is not asked twice about them.
    """

    warnings: dict = {}
    # The heading of the warnings at the top of the page (_error_summary.html), naming the step asked about.
    warnings_heading = gettext_lazy("Một số nội dung cần kiểm tra lại trước khi lưu, xem các ô được đánh dấu.")
    warnings_seal = ""
    warnings_confirmed = False

    def warning_checks(self):
        return ()

    def is_valid(self):
        return super().is_valid() and not self.warnings

    def full_clean(self):
        super().full_clean()
        self.warnings = {}
        self.warnings_confirmed = False
        if not self.is_bound or self._errors:
            return
        found = self._run_checks(self.cleaned_data)
        if found and getattr(self.instance, "pk", None) is not None:
            stored = self._run_checks({name: self.initial.get(name) for name in self.fields})
            found = {name: message for name, message in found.items() if stored.get(name) != message}
        if not found or self._stale():
            return
        self.warnings_seal = seal_of(found)
        if self.data.get(CHECKED_FIELD) and self.data.get(SEAL_FIELD) == self.warnings_seal:
            self.warnings_confirmed = True
            return
        self.warnings = found
        for name in found:
            bound = self[name]
            described = [f"{bound.auto_id}_warning", *([f"{bound.auto_id}_helptext"] if bound.help_text else [])]
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(described)

    def _stale(self):
        is_stale = getattr(self, "is_stale", None)
        return is_stale is not None and is_stale()

    def _run_checks(self, values):
        found = {}
        for check in self.warning_checks():
            found.update(check(values))
        return {name: message for name, message in found.items() if name in self.fields}
