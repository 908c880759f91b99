"""`make bench`'s data at a small scale: the pages it inserts in bulk are whole Wagtail pages
(a sound tree, in three languages, listed, searchable), the discussions hold the posts the
scale asks for, a second run grows the site, and --remove takes it all away."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from discussions.models import Forum, Post, Thread
from involved.models import Organisation
from news.models import NewsPage
from operations.management.commands.load_benchmark_data import LABEL, LONG_THREAD
from resources.models import ResourcePage
from tests.helpers import load_initial_content
from tests.members.factories import MemberProfileFactory


def load(**options):
    call_command("load_benchmark_data", stdout=io.StringIO(), **options)


def tree_problems():
    return [problem for problem in Page.find_problems() if problem]


@pytest.mark.django_db(transaction=True)  # wagtail-localize publishes translations on commit
def test_the_benchmark_data_loads_at_a_scale_grows_and_goes(root_page, client):
    load_initial_content()
    pages_before = Page.objects.count()
    load(scale=0.02)  # 10 news items, 6 resources, 10 threads, 100 posts

    assert tree_problems() == []
    news = NewsPage.objects.filter(title__endswith=LABEL)
    assert set(news.values_list("locale__language_code", flat=True)) == {"en", "fr", "es"}
    assert news.filter(locale__language_code="en").count() == 10
    alias = news.get(locale__language_code="fr", slug="benchmark-test-data-3")
    assert alias.alias_of.locale.language_code == "en"
    assert alias.topics.exists() and alias.alias_of.specific.topics.exists()
    item = news.get(locale__language_code="en", slug="benchmark-test-data-3")
    assert client.get(item.url).status_code == 200
    assert item.title in client.get(alias.get_parent().url).content.decode()
    resource = ResourcePage.objects.get(locale__language_code="es", slug="benchmark-test-data-2")
    assert resource.files.count() == 1
    assert f"Report {LABEL}" in client.get(resource.url).content.decode()
    # Indexed as saving a page would: search finds it.
    found = client.get("/en/search/?q=agroforestry").content.decode()
    assert "benchmark test data" in found
    assert Organisation.objects.filter(name__endswith=LABEL).count() == 3 * 4

    long_thread = Thread.objects.get(title=LONG_THREAD)
    posts = Post.objects.filter(thread__forum__name_en__endswith=LABEL)
    assert posts.count() == 100
    # A tenth of the 90 replies, and its opening post.
    assert long_thread.posts.count() == 10 and long_thread.reply_count == 9
    member = MemberProfileFactory()
    client.force_login(member.user)
    page = client.get(f"/en/platform/discussions/thread/{long_thread.pk}/").content.decode()
    assert LONG_THREAD in page and "made to measure the platform" in page

    load(scale=0.04)
    assert tree_problems() == []
    assert news.filter(locale__language_code="en").count() == 20
    assert posts.count() == 200 and Thread.objects.filter(forum__name_en__endswith=LABEL).count()

    load(remove=True)
    assert tree_problems() == []
    assert Page.objects.count() == pages_before
    assert not Forum.objects.filter(name_en__endswith=LABEL).exists()
    assert not Organisation.objects.filter(name__endswith=LABEL).exists()
