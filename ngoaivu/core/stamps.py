"""The images a signed PDF carries: a leader's signature (User.signature_image) and a unit's seal
(Unit.seal_image), kept in private storage that no URL serves, each checked when uploaded."""

from django.core.exceptions import ValidationError

from ngoaivu.pure.stamp_images import StampImageError, check_stamp_image

from .errors import error_text


def validate_stamp_image(file):
    """A model field validator: the uploaded file is a PNG with transparency (pure/stamp_images.py)."""
    file.seek(0)
    data = file.read()
    file.seek(0)
    try:
        check_stamp_image(data)
    except StampImageError as error:
        raise ValidationError(error_text(error)) from None
