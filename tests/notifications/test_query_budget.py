"""The notifications page, its settings and the dashboard stay within the query budget, and
do not grow, from 10 to 500 notifications of every kind, read or not."""

import pytest
from django.utils import timezone

from notifications.models import Kind, Notification
from tests.helpers import QUERY_BUDGET, queries_for
from tests.members.factories import MemberProfileFactory

pytestmark = pytest.mark.django_db

URLS = [
    "/en/platform/notifications/",
    "/fr/platform/notifications/?page=2",
    "/en/platform/notifications/settings/",
    "/es/platform/",
]


def add_notifications(recipient, actors, count):
    kinds = list(Kind)
    Notification.objects.bulk_create(
        Notification(
            recipient=recipient,
            actor=actors[n % len(actors)],
            kind=kinds[n % len(kinds)],
            title=f"Biochar {n}",
            url="/en/platform/",
            excerpt="Biochar and soil carbon.",
            read_at=timezone.now() if n % 2 else None,
        )
        for n in range(count)
    )


def test_notifications_stay_within_the_budget_from_10_to_500(awa_client, awa):
    actors = [MemberProfileFactory().user for _ in range(3)]
    add_notifications(awa.user, actors, 10)
    few = {url: queries_for(awa_client, url) for url in URLS}
    add_notifications(awa.user, actors, 490)
    many = {url: queries_for(awa_client, url) for url in URLS}
    print(many)
    assert "Biochar 0" in awa_client.get("/en/platform/notifications/?page=9999").content.decode()
    assert {url: count for url, count in many.items() if count > QUERY_BUDGET} == {}
    assert {url: (few[url], count) for url, count in many.items() if count > few[url]} == {}
