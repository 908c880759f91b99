"""Sign in, sign out and password reset for the members' area, in the visitor's language.

Wagtail sends anonymous visitors of a page restricted to signed-in users here (setting
WAGTAIL_FRONTEND_LOGIN_URL), with `next` pointing back at the page."""

from django import forms
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache


class MembersLoginForm(auth_views.AuthenticationForm):
    remember = forms.BooleanField(label=_("Keep me signed in"), required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class MembersLoginView(auth_views.LoginView):
    template_name = "pages/involved/login.html"
    form_class = MembersLoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        # Unticked: the session ends when the browser closes, as on a shared computer.
        self.request.session.set_expiry(
            settings.SESSION_COOKIE_AGE if form.cleaned_data["remember"] else 0
        )
        return response


@method_decorator(never_cache, name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    template_name = "pages/involved/password_reset_form.html"
    email_template_name = "pages/involved/password_reset_email.txt"
    subject_template_name = "pages/involved/password_reset_subject.txt"
    success_url = reverse_lazy("password_reset_done")


urlpatterns = [
    path("login/", MembersLoginView.as_view(), name="members_login"),
    path(
        "logout/",
        auth_views.LogoutView.as_view(template_name="pages/involved/logged_out.html"),
        name="members_logout",
    ),
    path("password-reset/", PasswordResetView.as_view(), name="password_reset"),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="pages/involved/password_reset_done.html"
        ),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="pages/involved/password_reset_confirm.html",
            success_url=reverse_lazy("password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="pages/involved/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]
