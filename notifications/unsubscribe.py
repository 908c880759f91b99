"""One-click unsubscribe: every e-mail carries a signed link that turns one kind off (or, from
a digest, the digests), without signing in. The signature is the only key, so the link works
from a mail client's own unsubscribe button too (RFC 8058)."""

from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse
from django.utils import translation

from members.onboarding import site_url

from .models import Frequency, Kind, Preference, language_of

SALT = "notifications.unsubscribe"
# Long enough for an e-mail read late; past it the page says to use the settings page.
MAX_AGE = 60 * 60 * 24 * 180
# Not a kind: stop e-mails about activity altogether (the digest's link).
ALL = "all"


def unsubscribe_url(user, kind):
    """The absolute link, to a page in the member's language."""
    token = signing.dumps([user.pk, str(kind)], salt=SALT)
    with translation.override(language_of(user)):
        return site_url(reverse("notifications:unsubscribe", args=[token]))


def email_headers(url):
    """The same link for the mail client's own unsubscribe button."""
    return {
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def read_token(token):
    """(user, kind) the token was made for, or None when it is forged, damaged or too old."""
    try:
        user_pk, kind = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if kind != ALL and kind not in Kind.values:
        return None
    user = get_user_model().objects.filter(pk=user_pk).first()
    return (user, kind) if user is not None else None


def unsubscribe(user, kind):
    preference = Preference.objects.get_or_create(user=user)[0]
    if kind == ALL:
        preference.frequency = Frequency.NEVER
    else:
        preference.muted_kind_list = [*preference.muted_kind_list, kind]
    preference.save()
