"""The interface language: Vietnamese unless the user chose English.

The browser's Accept-Language is not asked: office PCs in Vietnam often run an English
browser, and the application is Vietnamese. The choice is remembered on the user (so it
follows them to another computer) and, before signing in, in the language cookie.
"""

from django.conf import settings
from django.utils import translation
from django.views.i18n import set_language


def chosen_language(request):
    """The user's saved choice, else the cookie's, else Vietnamese."""
    user = getattr(request, "user", None)
    for language in (
        getattr(user, "language", "") if user is not None and user.is_authenticated else "",
        request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, ""),
    ):
        if language in dict(settings.LANGUAGES):
            return language
    return settings.LANGUAGE_CODE


class InterfaceLanguage:
    """In place of LocaleMiddleware, after AuthenticationMiddleware (it reads the user's choice).

    The public procedure pages set their own language (translation.override) and say so in
    Content-Language, which is kept.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = chosen_language(request)
        request.LANGUAGE_CODE = language
        # Deactivated after the response: the next request (or a command in the same thread)
        # does not inherit this user's language.
        with translation.override(language, deactivate=True):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


CHOSEN_BEFORE_SIGNING_IN = "language_chosen"  # the session's note of a choice made on the sign-in page


def choose_language(request):
    """Django's set_language (the cookie and the way back), and the choice kept on the user; made
    before signing in, it is kept on the user at sign-in (keep_choice_at_sign_in)."""
    response = set_language(request)
    language = request.POST.get("language")
    user = request.user
    if request.method == "POST" and language in dict(settings.LANGUAGES):
        if user.is_authenticated:
            user.language = language
            user.save(update_fields=["language"])
        else:
            request.session[CHOSEN_BEFORE_SIGNING_IN] = language
    return response


def keep_choice_at_sign_in(sender, request, user, **kwargs):
    """user_logged_in: the language chosen on the sign-in page is the latest choice, so it wins over
    the one saved on the user."""
    language = request.session.pop(CHOSEN_BEFORE_SIGNING_IN, None) if request is not None else None
    if language in dict(settings.LANGUAGES) and language != user.language:
        user.language = language
        user.save(update_fields=["language"])
