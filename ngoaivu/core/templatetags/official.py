"""Figures and periods in templates as the official style writes them: {{ left|days }} → "05", "1.108"."""

from django import template
from django.conf import settings

from ngoaivu.core.period_field import in_words
from ngoaivu.pure.wording import format_count

register = template.Library()


@register.filter
def days(value):
    """A number of days, early or late, as a count: -1108 → "1.108", 5 → "05"."""
    return format_count(abs(int(value)))


@register.filter
def period_words(period):
    """A period in the interface's language: {{ period|period_words }} → "tháng 8/2021"."""
    return in_words(period)


@register.filter
def count(value):
    """A count as the official style writes it: 4 → "04", 1108 → "1.108"."""
    return format_count(int(value))


@register.simple_tag
def interface_languages():
    """[(code, name)] of the interface, each language in its own name ("Tiếng Việt", "English"), so that
    one who reads no Vietnamese finds English; settings.LANGUAGES holds the names in NFC."""
    return settings.LANGUAGES
