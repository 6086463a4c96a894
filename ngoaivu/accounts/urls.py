from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("dang-nhap/", views.LoginView.as_view(), name="login"),
    path("dang-nhap/ma-xac-thuc/", views.verify, name="verify"),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("tai-khoan/bao-mat/", views.security, name="security"),
    path("tai-khoan/doi-mat-khau/", views.PasswordChangeView.as_view(), name="password_change"),
    path("tai-khoan/tat-xac-thuc-hai-lop/", views.disable_two_factor, name="disable_two_factor"),
    path("tai-khoan/khoa-api/", views.api_token, name="api_token"),
    path("tai-khoan/khoa-api/thu-hoi/", views.revoke_api_token, name="revoke_api_token"),
]
