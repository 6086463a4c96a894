"""Asking once more before a step that cannot be undone or that changes data.

    if not is_confirmed(request):
        return confirmation_page(request, "reporting/confirm_step.html", title=…, lines=[…], button=…, …)
    … act, then say what was done with a message

A GET shows the page, and so does a POST without confirmed=1 (an old page, a double click): neither
does anything. Only the page's own form, which carries confirmed=1, acts. The template extends
core/confirm.html, which holds that form.
"""

from django.shortcuts import render

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
