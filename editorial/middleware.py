from django.urls import reverse
from django.utils import translation


def admin_language(get_response):
    """Wagtail switches to the user's language inside its views only: what it writes before
    (the "Sorry, you do not have permission" message of a page a translator may not edit) came
    out in the browser's language. The admin's requests take the user's language from the start."""

    def middleware(request):
        if request.path.startswith(reverse("wagtailadmin_home")) and request.user.is_authenticated:
            profile = getattr(request.user, "wagtail_userprofile", None)
            language = profile and profile.preferred_language
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return get_response(request)

    return middleware
