"""Signing in (with the optional second step), the account's security page, and the lock-out page."""

import math

import django_otp
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from ngoaivu.core.lineage import focal_point

from . import two_factor
from .forms import ApiTokenForm, CodeForm, LoginForm, PasswordChangeForm
from .models import ApiToken


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "office_name": office_name(),
            "office_emblem": settings.OFFICE_EMBLEM_URL,
        }


def office_name():
    """The office the sign-in page names: OFFICE_NAME, else the province's foreign-affairs focal point."""
    if settings.OFFICE_NAME:
        return settings.OFFICE_NAME
    focal = focal_point()
    if focal is None:
        return ""
    province = focal.province()
    place = province.name.split(maxsplit=1)[-1] if province is not None else ""  # "Quảng Ngãi"
    if province is None or province == focal or place in focal.name:  # "Sở Ngoại vụ tỉnh Quảng Ngãi" says it
        return focal.name
    return f"{focal.name} {province.name[:1].lower()}{province.name[1:]}"  # "Sở Ngoại vụ tỉnh Quảng Ngãi"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    form_class = PasswordChangeForm
    success_url = reverse_lazy("accounts:security")

    def form_valid(self, form):
        messages.success(self.request, _("Đã đổi mật khẩu."))
        return super().form_valid(form)


def _next(request):
    target = request.POST.get("next") or request.GET.get("next") or "/"
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return "/"
    return target


@login_required
def verify(request):
    """The second step of signing in: the code from the authenticator app."""
    device = two_factor.confirmed_device(request.user)
    if device is None or request.user.is_verified():
        return redirect(_next(request))
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        django_otp.login(request, device)
        return redirect(_next(request))
    return render(request, "accounts/verify.html", {"form": form, "next": _next(request)})


def _security_context(user, token_form=None):
    return {
        "may_enrol": two_factor.may_enrol(user),
        "device": two_factor.confirmed_device(user),
        "tokens": ApiToken.objects.filter(user=user),
        "token_days": settings.API_TOKEN_DAYS,
        "token_form": token_form or ApiTokenForm(),
    }


@login_required
def security(request):
    """Password change, and for leaders and administrators the authenticator app: set up or removed."""
    user = request.user
    context = _security_context(user)
    context.update(_new_key(request))
    device = context["device"]
    if context["may_enrol"] and device is None:
        pending = two_factor.pending_device(user)
        form = CodeForm(request.POST or None, device=pending)
        if request.method == "POST" and form.is_valid():
            pending.confirmed = True
            pending.save()
            django_otp.login(request, pending)  # this session has just proved it holds the device
            messages.success(request, _("Đã bật xác thực hai lớp. Từ lần đăng nhập sau sẽ cần mã xác thực."))
            return redirect("accounts:security")
        context.update(form=form, qr=two_factor.qr_svg(pending), secret=two_factor.secret_text(pending))
    return render(request, "accounts/security.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def api_token(request):
    """A new API token for the signed-in user, with a name, shown once. The page is reached only
    after the second factor (RequireSecondFactor), so the token carries it too."""
    if request.method != "POST":
        # The address the page has after a key is made, opened again: the keys, and no new one.
        return redirect(reverse("accounts:security") + "#api-token")
    form = ApiTokenForm(request.POST)
    if not form.is_valid():
        return render(request, "accounts/security.html", _security_context(request.user, form), status=400)
    token, key = ApiToken.issue(request.user, form.cleaned_data["name"])
    # Post/redirect/get: reloading the page that shows the key must not make another of the same name,
    # which would cancel the one just shown. The key waits in the session for that one page only.
    request.session[NEW_KEY] = {"token": token.pk, "key": key}
    return redirect(reverse("accounts:security") + "#api-token")


NEW_KEY = "new_api_key"


def _new_key(request):
    """The key made just before, to show once: taken out of the session as it is shown, never kept."""
    made = request.session.pop(NEW_KEY, None)
    if not isinstance(made, dict):
        return {}
    token = ApiToken.objects.filter(user=request.user, pk=made.get("token")).first()
    if token is None:  # revoked or replaced meanwhile
        return {}
    return {"new_token": token, "new_key": made.get("key")}


@require_POST
@login_required
def revoke_api_token(request):
    """One of the user's own tokens stops working at once; another user's token does not exist here."""
    pk = request.POST.get("token", "")
    if not (pk.isdigit() and len(pk) < 19):
        raise Http404
    token = get_object_or_404(ApiToken, user=request.user, pk=pk)
    token.delete()
    messages.success(request, _("Đã thu hồi khóa «%(name)s».") % {"name": token.name})
    return redirect("accounts:security")


@login_required
def disable_two_factor(request):
    """Turning the second step off takes a current code, so a session left open cannot do it alone."""
    device = two_factor.confirmed_device(request.user)
    if device is None or request.method != "POST":
        raise PermissionDenied
    form = CodeForm(request.POST, device=device)
    if form.is_valid():
        device.delete()
        messages.success(request, _("Đã tắt xác thực hai lớp."))
    else:
        messages.error(request, form.errors["code"][0])
    return redirect("accounts:security")


def lockout_minutes(request=None, credentials=None):
    """The whole minutes until the lock on this name from this address lifts: the cool-off runs from the
    failure that locked it (tries made during it do not move it, settings.py), so a retry is told less."""
    left = settings.AXES_COOLOFF_TIME
    if request is not None:
        attempt = (
            AccessAttempt.objects.filter(
                username=get_client_username(request, credentials), ip_address=getattr(request, "axes_ip_address", None)
            )
            .order_by("-attempt_time")
            .first()
        )
        if attempt is not None:
            left = min(left, attempt.attempt_time + left - timezone.now())
    return max(1, math.ceil(left.total_seconds() / 60))


def lockout_message(request=None, credentials=None):
    return _(
        "Tài khoản này đã nhập sai mật khẩu nhiều lần từ địa chỉ của bạn nên tạm thời không đăng nhập "
        "được. Vui lòng thử lại sau %(minutes)s phút, hoặc liên hệ quản trị hệ thống."
    ) % {"minutes": lockout_minutes(request, credentials)}


def locked_out(request, original_response=None, credentials=None, *args, **kwargs):
    """Too many failed sign-ins from this address for this name: wait, then try again (JSON under /api/).
    axes calls it with the response it would have given and the credentials tried."""
    minutes = lockout_minutes(request, credentials)
    if request.path.startswith("/api/"):
        response = JsonResponse(
            {"detail": lockout_message(request, credentials)}, status=429, json_dumps_params={"ensure_ascii": False}
        )
        response["Retry-After"] = str(minutes * 60)
        return response
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)
