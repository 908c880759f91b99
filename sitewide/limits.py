"""Who is asking, and how often: the visitor's address and rate limits kept in the shared cache
(Redis in production), so they hold across processes and app servers."""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _


def client_ip(request):
    """The visitor's address; behind a proxy that says so, the one it saw (the last hop)."""
    if getattr(settings, "TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def within_rate_limit(scope, key, limit):
    """Count one attempt for `key` (an address, an e-mail...) in `scope`; False once the
    `limit` (count, seconds) is passed within its window. While Redis is down the count
    starts again at each attempt (operations/cache.py): the limits let visitors through
    rather than refuse everyone."""
    count, seconds = limit
    cache_key = f"rate-limit:{scope}:{key}"
    cache.add(cache_key, 0, timeout=seconds)
    try:
        attempts = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=seconds)
        attempts = 1
    return attempts <= count


class PasswordResetRateLimitMixin:
    """For a PasswordResetView: a few e-mails per address asked for and per visitor, then a
    clear refusal (429) instead of another message in someone's inbox."""

    def form_valid(self, form):
        limits = settings.PASSWORD_RESET_RATE_LIMIT
        address = form.cleaned_data["email"].strip().lower()
        # Both are counted, so one visitor cannot flood many inboxes nor many visitors one.
        allowed = [
            within_rate_limit("password-reset-address", address, limits["address"]),
            within_rate_limit("password-reset-visitor", client_ip(self.request), limits["visitor"]),
        ]
        if not all(allowed):
            form.add_error(
                None,
                _(
                    "A link to reset this password was requested too often. Please check your "
                    "inbox and spam folder, or try again in an hour."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)
