"""What the summary of a form's errors (templates/_error_summary.html) links to."""

from django import template

register = template.Library()


@register.filter
def marked_fields(form):
    """The visible fields with errors: each is marked on the page and linked from the summary."""
    return [field for field in form.visible_fields() if field.errors]
