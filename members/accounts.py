"""Sign in, sign out and password reset for the collaborative platform, in the visitor's language.

Wagtail sends anonymous visitors of a page restricted to signed-in users here (setting
WAGTAIL_FRONTEND_LOGIN_URL), with `next` pointing back at the page."""

import axes.utils
from django import forms
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.shortcuts import render
from django.urls import path, reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from sitewide.limits import PasswordResetRateLimitMixin


class MembersLoginForm(auth_views.AuthenticationForm):
    remember = forms.BooleanField(label=_("Keep me logged in"), required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class MembersLoginView(auth_views.LoginView):
    template_name = "pages/members/login.html"
    form_class = MembersLoginForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        """Without `next`: the platform's dashboard, in the visitor's language."""
        if self.next_page:
            return super().get_default_redirect_url()
        return reverse("members:dashboard")

    def form_valid(self, form):
        response = super().form_valid(form)
        # Unticked: the session ends when the browser closes, as on a shared computer.
        self.request.session.set_expiry(
            settings.SESSION_COOKIE_AGE if form.cleaned_data["remember"] else 0
        )
        return response


@method_decorator(never_cache, name="dispatch")
class PasswordResetView(PasswordResetRateLimitMixin, auth_views.PasswordResetView):
    template_name = "pages/members/password_reset_form.html"
    email_template_name = "pages/members/password_reset_email.txt"
    subject_template_name = "pages/members/password_reset_subject.txt"
    success_url = reverse_lazy("password_reset_done")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "pages/members/password_reset_confirm.html"
    success_url = reverse_lazy("password_reset_complete")

    def form_valid(self, form):
        # Whoever can read the account's e-mail is its owner: the sign-in lockout is lifted.
        axes.utils.reset(username=form.user.get_username())
        return super().form_valid(form)


def locked_out(request, response=None, credentials=None):
    """What django-axes answers, on the admin's and the members' sign-in, once an account or
    an address is locked out (AXES_LOCKOUT_CALLABLE): in the visitor's language, with the way
    back in."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    # Rendered at once: django-axes swaps it in after the view's response was rendered.
    response = render(request, "pages/members/locked_out.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(minutes * 60)
    return response


urlpatterns = [
    path("login/", MembersLoginView.as_view(), name="members_login"),
    path(
        "logout/",
        auth_views.LogoutView.as_view(template_name="pages/members/logged_out.html"),
        name="members_logout",
    ),
    path("password-reset/", PasswordResetView.as_view(), name="password_reset"),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="pages/members/password_reset_done.html"
        ),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="pages/members/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]
