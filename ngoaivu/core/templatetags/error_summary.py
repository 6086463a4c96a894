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
