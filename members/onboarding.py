"""From an accepted application (or the Secretariat's list) to a member's account: the user in
the Members group, their profile, and the e-mail with the official login and a temporary
password, in the member's language. The admin, `add_member` and `import_members` all come
through here."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import get_random_string

from .models import MEMBERS_GROUP, MemberProfile

# No look-alike characters (0/O, 1/l/I): the password is typed from an e-mail.
PASSWORD_CHARACTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class AlreadyRegistered(ValueError):
    pass


def normalise_language(language):
    language = (language or "").strip().lower()[:2]
    return language if language in LANGUAGE_CODES else settings.LANGUAGE_CODE


def temporary_password():
    return get_random_string(14, PASSWORD_CHARACTERS)


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def members_group():
    return Group.objects.get_or_create(name=MEMBERS_GROUP)[0]


def find_existing(email):
    User = get_user_model()
    return User.objects.filter(email__iexact=email).first() or (
        User.objects.filter(username__iexact=email).first()
    )


def register_member(
    email, name, organisation_name="", language="en", organisation_id=None, country="", send=True
):
    """Create the member's account and profile and send their login; returns the profile.
    The login is the e-mail address, which the member already knows."""
    email = email.strip().lower()
    if find_existing(email):
        raise AlreadyRegistered(email)
    first_name, _space, last_name = name.strip().partition(" ")
    user = get_user_model().objects.create_user(
        username=email, email=email, first_name=first_name[:150], last_name=last_name[:150]
    )
    user.groups.add(members_group())
    profile = MemberProfile.objects.create(
        user=user,
        organisation_id=organisation_id,
        organisation_name=organisation_name.strip(),
        country=country or "",
        email_language=normalise_language(language),
    )
    if send:
        send_login(profile)
    return profile


def send_login(profile):
    """A new temporary password, to be replaced at the next sign-in, e-mailed with the login."""
    password = temporary_password()
    user = profile.user
    user.set_password(password)
    user.save(update_fields=["password"])
    profile.must_change_password = True
    profile.invited_at = timezone.now()
    profile.save(update_fields=["must_change_password", "invited_at"])
    with translation.override(profile.email_language):
        context = {
            "name": user.get_full_name() or user.get_username(),
            "login": user.get_username(),
            "password": password,
            "sign_in_url": site_url(reverse("members_login")),
            "reset_url": site_url(reverse("password_reset")),
        }
        subject = render_to_string("pages/members/emails/login_subject.txt", context).strip()
        body = render_to_string("pages/members/emails/login.txt", context)
    send_mail(subject, body, None, [user.email])


def send_decline(email, language, organisation):
    with translation.override(normalise_language(language)):
        context = {"organisation": organisation}
        subject = render_to_string("pages/members/emails/decline_subject.txt", context).strip()
        body = render_to_string("pages/members/emails/decline.txt", context)
    send_mail(subject, body, None, [email])
