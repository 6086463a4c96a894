"""Figures and periods in templates, in the interface's language (core/screen_figures.py): {{ left|days }}
→ "05", "1.108" in Vietnamese, as the official style writes them; "5", "1,108" in English."""

from django import template
from django.conf import settings

from ngoaivu.core.period_field import in_words
from ngoaivu.core.screen_figures import screen_count, screen_number

register = template.Library()


@register.filter
def days(value):
    """A number of days, early or late, as a count: -1108 → "1.108", 5 → "05" ("1,108", "5" in English)."""
    return screen_count(abs(int(value)))


@register.filter
def period_words(period):
    """A period in the interface's language: {{ period|period_words }} → "tháng 8/2021"."""
    return in_words(period)


@register.filter
def count(value):
    """A count as the official style writes it: 4 → "04", 1108 → "1.108" ("4", "1,108" in English)."""
    return screen_count(int(value))


@register.filter
def figure(value):
    """A figure, not padded: 4600000000 → "4.600.000.000", 3.5 → "3,5" ("4,600,000,000", "3.5" in English)."""
    return screen_number(value)


@register.simple_tag
def interface_languages():
    """[(code, name)] of the interface, each language in its own name ("Tiếng Việt", "English"), so that
    one who reads no Vietnamese finds English; settings.LANGUAGES holds the names in NFC."""
    return settings.LANGUAGES
