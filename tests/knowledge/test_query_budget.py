"""The shared knowledge and joint projects lists stay within the query budget, and do not
grow, from 10 to 500 items."""

import pytest
from django.utils import timezone

from knowledge.models import KnowledgeItem
from projects.models import Project, Request
from tests.helpers import QUERY_BUDGET, queries_for
from tests.home.factories import TopicFactory
from tests.members.factories import MemberProfileFactory

pytestmark = pytest.mark.django_db

URLS = [
    "/en/platform/knowledge/",
    "/en/platform/knowledge/?q=cover+crops&language=en&pillar=2&topic=soil&kind=link",
    "/fr/platform/knowledge/?page=2",
    "/en/platform/projects/",
    "/en/platform/projects/?status=seeking&pillar=2&country=SN",
    "/es/platform/projects/?page=2",
    "/en/platform/",
]


def add_items(count, authors, topics):
    """`count` shared items and projects, each with its topics, partners and requests."""
    items = KnowledgeItem.objects.bulk_create(
        KnowledgeItem(
            author=authors[n % len(authors)],
            title=f"Cover crops {n}",
            summary="Cover crops and soil carbon.",
            language="en",
            pillars=",2,",
            url=f"https://example.org/{n}",
            created_at=timezone.now(),
        )
        for n in range(count)
    )
    through = KnowledgeItem.topics.through
    through.objects.bulk_create(
        through(knowledgeitem_id=item.pk, topic_id=topic.pk) for item in items for topic in topics
    )
    projects = Project.objects.bulk_create(
        Project(
            proposer=authors[n % len(authors)],
            title=f"Project {n}",
            summary="Together.",
            countries=["SN"],
            pillars=",2,",
        )
        for n in range(count)
    )
    Request.objects.bulk_create(
        Request(project=project, member=author, message="Hello", answer=answer)
        for project in projects
        for author, answer in zip(authors, ["accepted", "pending"], strict=False)
        if author != project.proposer
    )


def test_the_lists_stay_within_the_budget_from_10_to_500_items(member_client, member):
    member.previous_visit = timezone.now() - timezone.timedelta(days=1)
    member.save()
    authors = [MemberProfileFactory().user for _n in range(3)]
    topics = [TopicFactory(slug="soil"), TopicFactory()]
    add_items(10, authors, topics)
    few = {url: queries_for(member_client, url) for url in URLS}
    add_items(490, authors, topics)
    many = {url: queries_for(member_client, url) for url in URLS}
    print(many)
    assert {url: count for url, count in many.items() if count > QUERY_BUDGET} == {}
    assert {url: (few[url], count) for url, count in many.items() if count > few[url]} == {}


def test_a_project_and_an_item_cost_the_same_with_10_or_500_partners_and_topics(client, member):
    """A project's page lists its partners (and, for its proposer, the pending requests)."""
    proposer = MemberProfileFactory().user
    project = Project.objects.create(
        proposer=proposer, title="Biochar", summary="Together.", countries=["SN"], pillars=",2,"
    )
    item = KnowledgeItem.objects.create(
        author=proposer, title="Cover crops", summary="Soil.", language="en", url="https://e.org"
    )
    urls = [f"/en/platform/projects/{project.pk}/", f"/fr/platform/knowledge/{item.pk}/"]

    def add(count):
        for n in range(count):
            answer = ["accepted", "pending"][n % 2]
            Request.objects.create(
                project=project, member=MemberProfileFactory().user, message="Hi", answer=answer
            )
            item.topics.add(TopicFactory())

    def measure():
        client.force_login(proposer)
        as_proposer = [queries_for(client, url) for url in urls]
        client.force_login(member.user)
        return as_proposer + [queries_for(client, url) for url in urls]

    add(10)
    few = measure()
    add(490)
    many = measure()
    client.force_login(proposer)
    assert (
        str(Request.objects.last().member.get_full_name()) in client.get(urls[0]).content.decode()
    )
    assert many == few
    assert max(many) <= QUERY_BUDGET
