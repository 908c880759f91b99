"""The dashboard, the Community, a member's page and one's own profile stay within the query budget from 10 to 500 members."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from members.models import MEMBERS_GROUP, MemberProfile
from tests.helpers import QUERY_BUDGET, queries_for

pytestmark = pytest.mark.django_db

User = get_user_model()
URLS = [
    "/en/platform/",
    "/en/platform/community/",
    "/en/platform/community/?q=diallo&country=SN&pillar=2&language=fr&college=research-education",
    "/fr/platform/community/?page=2",
    "/en/platform/messages/",
    "/en/platform/profile/",
    "/fr/platform/profile/password/",
    "/es/platform/profile/close/",
]


def add_members(count, start):
    """`count` members with full profiles, created in bulk (hashing passwords is slow)."""
    users = User.objects.bulk_create(
        User(
            username=f"bulk{n}@example.org",
            email=f"bulk{n}@example.org",
            first_name=f"N{n}",
            last_name="Diallo",
            password="!",
        )
        for n in range(start, start + count)
    )
    group = Group.objects.get_or_create(name=MEMBERS_GROUP)[0]
    group.user_set.through.objects.bulk_create(
        group.user_set.through(user_id=user.pk, group_id=group.pk) for user in users
    )
    MemberProfile.objects.bulk_create(
        MemberProfile(
            user=user,
            organisation_name="Sahel Soils",
            country="SN",
            pillars=",2,",
            languages=",fr,",
            job_title="Agronomist",
            created_at=timezone.now(),
        )
        for user in users
    )


def test_dashboard_and_community_stay_within_the_budget_from_10_to_500_members(
    member_client, member
):
    member.previous_visit = timezone.now() - timezone.timedelta(days=1)
    member.save()
    add_members(10, 0)
    # A member's page, and the form to write to them.
    other = MemberProfile.objects.exclude(pk=member.pk).first()
    urls = URLS + [
        f"/en/platform/community/{other.pk}/",
        f"/fr/platform/community/{other.pk}/write/",
    ]
    few = {url: queries_for(member_client, url) for url in urls}
    add_members(490, 10)
    many = {url: queries_for(member_client, url) for url in urls}
    print(many)
    assert {url: count for url, count in many.items() if count > QUERY_BUDGET} == {}
    assert {url: (few[url], count) for url, count in many.items() if count > few[url]} == {}
