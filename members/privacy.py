"""What every platform response says: for this member only, never stored by a shared cache,
never indexed."""

from django.utils.cache import add_never_cache_headers, patch_cache_control


def members_only(response):
    add_never_cache_headers(response)
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
