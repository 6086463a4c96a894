"""What the summary of a form's errors (templates/_error_summary.html) links to, and how it says each."""

from django import template

from ngoaivu.core.errors import with_label

register = template.Library()


@register.filter
def marked_fields(form):
    """The visible fields with errors: each is marked on the page and linked from the summary."""
    return [field for field in form.visible_fields() if field.errors]


@register.filter
def labelled(error, label):
    """ "Label: error", or the error alone when it names its field first (core/errors.with_label)."""
    return with_label(label, error)


@register.filter
def warning_of(field):
    """The warning beside a field of a form that asks before saving unlikely figures (core/confirm.py), or ""."""
    return getattr(field.form, "warnings", {}).get(field.name, "")


@register.filter
def warned_fields(form):
    """The visible fields with a warning, in the order of the form."""
    return [field for field in form.visible_fields() if field.name in getattr(form, "warnings", {})]
