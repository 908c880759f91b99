"""What a translator does in wagtail-localize's views, as the browser would call them."""

from urllib.parse import urlencode

from django.urls import reverse
from wagtail_localize.models import Translation


def start_translation(client, user, source, locale):
    """What "Translate this page" on the alias does: wagtail-localize's submit view."""
    client.force_login(user)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[source.pk]),
        {"locales": [locale.pk]},
    )
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=source.translation_key, target_locale=locale)


def enter_strings(client, translation, strings):
    """What typing into wagtail-localize's editor does: one API call per string."""
    statuses = []
    for segment in translation.source.stringsegment_set.select_related("string"):
        if segment.string.data in strings:
            response = client.put(
                reverse(
                    "wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]
                ),
                urlencode({"value": strings[segment.string.data]}),
                content_type="application/x-www-form-urlencoded",
            )
            statuses.append(response.status_code)
    return statuses
