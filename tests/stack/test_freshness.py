"""No layer serves an old page more than a second after a change commits (README, "Freshness").

Each change an editor, a translator, the Secretariat or the scheduler makes is made on the
running stack, then every URL that shows it is read through the HTTP cache (nginx, Varnish) and
straight from gunicorn until it shows the change, for one second at most. Every URL was read
twice first, so the cache held the old answer.
"""

import re
import threading
import time

import pytest
import requests

from .test_cache import publish_title, shell

SECOND = 1.0
NEWS = "/en/news-and-resources/news/"
FEED = "/en/news/feed/"


def app_get(stack, path):
    """Straight from gunicorn, as nginx asks it (HTTPS said by the proxy header)."""
    return requests.get(
        f"http://{stack.env['APP_BIND']}{path}",
        headers={"Host": "127.0.0.1", "X-Forwarded-Proto": "https"},
        allow_redirects=False,
        timeout=30,
    )


def warm(stack, paths):
    for path in paths:
        stack.get(path)
        stack.get(path)


def fresh_within_a_second(stack, expectations):
    """Each (path, predicate) holds through the cache and at gunicorn within a second."""
    deadline = time.monotonic() + SECOND
    pending = [
        (layer, path, holds) for path, holds in expectations for layer in ("cache", "gunicorn")
    ]
    while pending:
        still = []
        for layer, path, holds in pending:
            response = stack.get(path) if layer == "cache" else app_get(stack, path)
            if not holds(response):
                still.append((layer, path, holds, response))
        if not still:
            return
        if time.monotonic() > deadline:
            layer, path, _holds, response = still[0]
            pytest.fail(
                f"{path} through {layer} still old {SECOND} s after the change: "
                f"{response.status_code} {response.headers.get('X-Cache', '')} "
                f"{response.headers.get('Location', '')}"
            )
        pending = [(layer, path, holds) for layer, path, holds, _response in still]
        time.sleep(0.05)


def shows(text):
    return lambda response: response.status_code == 200 and text in response.text


def lacks(text):
    return lambda response: response.status_code == 200 and text not in response.text


def status(code, location=None):
    def holds(response):
        return response.status_code == code and (
            location is None or response.headers.get("Location", "").endswith(location)
        )

    return holds


def add_news(stack, slug, title, publish=True):
    shell(
        stack,
        "from news.models import NewsIndexPage, NewsPage\n"
        "index = NewsIndexPage.objects.get(locale__language_code='en')\n"
        f"item = index.add_child(instance=NewsPage(title={title!r}, slug={slug!r}, live=False))\n"
        + ("item.save_revision().publish()\n" if publish else ""),
    )
    return NEWS + slug + "/"


def search(word):
    return f"/en/search/?q={word}"


@pytest.fixture(scope="module")
def admin(stack):
    """A Moderator's signed-in session in the admin (the Secretariat)."""
    shell(
        stack,
        "from django.contrib.auth import get_user_model\n"
        "from django.contrib.auth.models import Group\n"
        "user = get_user_model().objects.create_user('fresh-moderator', 'm@example.org', "
        "'fresh-moderator-pass-9', is_staff=True)\n"
        "user.groups.add(Group.objects.get(name='Moderators'))\n",
    )
    session, _ = stack.sign_in("/admin/login/", "fresh-moderator", "fresh-moderator-pass-9")
    assert "sessionid" in session.cookies
    return session


def admin_post(stack, session, path, data):
    response = session.post(
        stack.base + path,
        verify=str(stack.certificate),
        data={"csrfmiddlewaretoken": session.cookies["csrftoken"], **data},
        headers={"Referer": stack.base + path},
        allow_redirects=False,
    )
    assert response.status_code in (200, 302), (path, response.status_code)
    return response


def page_id(stack, slug, language="en"):
    out = shell(
        stack,
        "from wagtail.models import Page\n"
        f"print(Page.objects.get(slug={slug!r}, locale__language_code={language!r}).pk)\n",
    )
    return int(out.split()[-1])


def test_an_edit_shows_on_the_page_listing_home_feed_and_search(stack):
    path = add_news(stack, "fresh-edit", "Fresh edit before")
    watched = [path, NEWS, "/en/", FEED, search("Mulching")]
    warm(stack, watched)

    publish_title(stack, "slug='fresh-edit'", "Mulching trial results")

    fresh_within_a_second(stack, [(p, shows("Mulching trial results")) for p in watched])


def test_an_edited_event_shows_on_its_page_the_listing_and_both_calendars(stack):
    event = "/en/events/forum-4-chile-2019/"
    watched = [event, "/en/events/past/", "/en/events/ical/", "/en/events/ical/governance/"]
    warm(stack, watched)

    publish_title(
        stack,
        "slug='forum-4-chile-2019', locale__language_code='en'",
        "Forum n°4 of the Initiative",
    )

    fresh_within_a_second(stack, [(p, shows("Forum n°4 of the Initiative")) for p in watched])


def test_a_published_translation_shows_on_the_french_pages(stack):
    path = "/fr/actualites-et-ressources/actualites/future-policy-vision-award-2017/"
    watched = [path, "/fr/actualites-et-ressources/actualites/", "/fr/", "/fr/news/feed/"]
    warm(stack, watched)

    publish_title(
        stack,
        "slug='future-policy-vision-award-2017', locale__language_code='fr'",
        "Prix des politiques d’avenir, fraîchement traduit",
    )

    fresh_within_a_second(stack, [(p, shows("fraîchement traduit")) for p in watched])


def test_unpublishing_and_deleting_take_a_page_out_of_every_listing(stack):
    gone = add_news(stack, "fresh-unpublished", "Fresh unpublished")
    deleted = add_news(stack, "fresh-deleted", "Fresh deleted")
    watched = [gone, deleted, NEWS, FEED, "/sitemap.xml", search("Fresh")]
    warm(stack, watched)

    shell(
        stack,
        "from wagtail.models import Page\n"
        "Page.objects.get(slug='fresh-unpublished').unpublish()\n"
        "Page.objects.get(slug='fresh-deleted').delete()\n",
    )

    fresh_within_a_second(
        stack,
        [(gone, status(404)), (deleted, status(404))]
        + [(p, lacks("fresh-unpublished")) for p in watched[2:]]
        + [(p, lacks("fresh-deleted")) for p in watched[2:]],
    )


def test_a_renamed_slug_and_a_move_redirect_the_old_address(stack):
    renamed = add_news(stack, "fresh-old-slug", "Fresh renamed")
    moved = add_news(stack, "fresh-moved", "Fresh moved")
    watched = [renamed, moved, NEWS, "/sitemap.xml"]
    warm(stack, watched)

    shell(
        stack,
        "from wagtail.models import Page\n"
        "page = Page.objects.get(slug='fresh-old-slug').specific\n"
        "page.slug = 'fresh-new-slug'\n"
        "page.save_revision().publish()\n"
        "about = Page.objects.get(slug='about', locale__language_code='en')\n"
        "Page.objects.get(slug='fresh-moved').move(about, pos='last-child')\n",
    )

    fresh_within_a_second(
        stack,
        [
            (renamed, status(301, NEWS + "fresh-new-slug/")),
            (NEWS + "fresh-new-slug/", shows("Fresh renamed")),
            (moved, status(301, "/en/about/fresh-moved/")),
            ("/en/about/fresh-moved/", shows("Fresh moved")),
            ("/sitemap.xml", shows("/en/about/fresh-moved/")),
            ("/sitemap.xml", lacks("fresh-old-slug")),
        ],
    )


def test_an_alias_and_a_copy_appear_where_they_are_placed(stack):
    add_news(stack, "fresh-original", "Fresh original")
    watched = ["/en/about/fresh-original/", NEWS + "fresh-copy/", "/en/about/", NEWS]
    warm(stack, watched)

    shell(
        stack,
        "from wagtail.models import Page\n"
        "original = Page.objects.get(slug='fresh-original').specific\n"
        "about = Page.objects.get(slug='about', locale__language_code='en')\n"
        "original.create_alias(parent=about)\n"
        "original.copy(update_attrs={'slug': 'fresh-copy', 'title': 'Fresh copy'}, "
        "keep_live=True)\n",
    )

    fresh_within_a_second(
        stack,
        [
            ("/en/about/fresh-original/", shows("Fresh original")),
            (NEWS + "fresh-copy/", shows("Fresh copy")),
            (NEWS, shows("fresh-copy/")),
        ],
    )


def test_a_view_restriction_hides_a_page_and_lifting_it_shows_it_again(stack):
    path = add_news(stack, "fresh-private", "Fresh private")
    watched = [path, NEWS, "/sitemap.xml"]
    warm(stack, watched)

    shell(
        stack,
        "from wagtail.models import Page, PageViewRestriction\n"
        "page = Page.objects.get(slug='fresh-private')\n"
        "PageViewRestriction.objects.create(page=page, restriction_type='login')\n",
    )
    fresh_within_a_second(
        stack,
        [(path, status(302)), (NEWS, lacks("fresh-private")), ("/sitemap.xml", lacks(path))],
    )

    shell(
        stack,
        "from wagtail.models import PageViewRestriction\n"
        "PageViewRestriction.objects.filter(page__slug='fresh-private').delete()\n",
    )
    fresh_within_a_second(stack, [(path, shows("Fresh private")), (NEWS, shows("fresh-private/"))])


def test_scheduled_publication_and_expiry_show_when_the_scheduler_runs(stack):
    add_news(stack, "fresh-scheduled", "Fresh scheduled", publish=False)
    expiring = add_news(stack, "fresh-expiring", "Fresh expiring")
    scheduled = NEWS + "fresh-scheduled/"
    watched = [scheduled, expiring, NEWS]
    warm(stack, watched)

    shell(
        stack,
        "from datetime import timedelta\n"
        "from django.utils import timezone\n"
        "from news.models import NewsPage\n"
        "past = timezone.now() - timedelta(minutes=1)\n"
        "page = NewsPage.objects.get(slug='fresh-scheduled')\n"
        "page.go_live_at = past\n"
        "page.save_revision(approved_go_live_at=past)\n"
        "expiring = NewsPage.objects.get(slug='fresh-expiring')\n"
        "expiring.expire_at = past\n"
        "expiring.save()\n",
    )
    stack.manage("publish_scheduled")

    fresh_within_a_second(
        stack,
        [
            (scheduled, shows("Fresh scheduled")),
            (expiring, status(404)),
            (NEWS, shows("fresh-scheduled/")),
            (NEWS, lacks("fresh-expiring/")),
        ],
    )


def test_a_snippet_and_a_setting_show_on_every_page(stack):
    watched = ["/en/", "/en/events/", "/en/about/governance/"]
    warm(stack, watched)

    shell(
        stack,
        "from home.models import FooterText\n"
        "footer = FooterText.objects.get(locale__language_code='en')\n"
        "footer.body = '<p>Fresh footer from the Secretariat.</p>'\n"
        "footer.save()\n",
    )
    fresh_within_a_second(stack, [(p, shows("Fresh footer")) for p in watched])

    shell(
        stack,
        "from wagtail.models import Site\n"
        "from involved.models import SecretariatSettings\n"
        "settings = SecretariatSettings.for_site(Site.objects.get(is_default_site=True))\n"
        "settings.social_links = [('youtube', 'https://www.youtube.com/@fresh-check')]\n"
        "settings.save()\n",
    )
    fresh_within_a_second(stack, [(p, shows("@fresh-check")) for p in watched])


def test_a_new_focal_point_changes_the_pictures_of_the_listing(stack):
    shell(
        stack,
        "import io\n"
        "from PIL import Image as Picture\n"
        "from django.core.files.images import ImageFile\n"
        "from wagtail.images import get_image_model\n"
        "from news.models import NewsIndexPage, NewsPage\n"
        "data = io.BytesIO()\n"
        "Picture.new('RGB', (1600, 900), 'olive').save(data, 'PNG')\n"
        "image = get_image_model().objects.create(title='Fresh field', "
        "file=ImageFile(data, name='fresh-field.png'))\n"
        "index = NewsIndexPage.objects.get(locale__language_code='en')\n"
        "item = index.add_child(instance=NewsPage(title='Fresh picture', slug='fresh-picture', "
        "listing_image=image, listing_image_alt='A field', live=False))\n"
        "item.save_revision().publish()\n",
    )
    path = NEWS + "fresh-picture/"
    warm(stack, [NEWS, path])
    before = set(re.findall(r"/media/images/fresh-field[^\" ,]+", stack.get(NEWS).text))
    assert before

    shell(
        stack,
        "from wagtail.images import get_image_model\n"
        "image = get_image_model().objects.get(title='Fresh field')\n"
        "image.set_focal_point(None)\n"
        "image.focal_point_x, image.focal_point_y = 1400, 800\n"
        "image.focal_point_width = image.focal_point_height = 100\n"
        "image.save()\n",
    )

    def new_pictures(response):
        found = set(re.findall(r"/media/images/fresh-field[^\" ,]+", response.text))
        return response.status_code == 200 and found and not found & before

    fresh_within_a_second(stack, [(NEWS, new_pictures)])


def test_a_moderator_approving_in_the_admin_publishes_at_once(stack, admin):
    path = add_news(stack, "fresh-reviewed", "Fresh before review")
    warm(stack, [path, NEWS])
    out = shell(
        stack,
        "from django.contrib.auth import get_user_model\n"
        "from news.models import NewsPage\n"
        "page = NewsPage.objects.get(slug='fresh-reviewed')\n"
        "page.title = 'Fresh after review'\n"
        "editor = get_user_model().objects.get(username='fresh-moderator')\n"
        "page.save_revision(user=editor)\n"
        "state = page.get_workflow().start(page, editor)\n"
        "print(page.pk, state.current_task_state.pk)\n",
    )
    page, task_state = out.split()[-2:]

    admin_post(stack, admin, f"/admin/pages/workflow/action/{page}/approve/{task_state}/", {})

    fresh_within_a_second(
        stack, [(path, shows("Fresh after review")), (NEWS, shows("Fresh after review"))]
    )


def test_a_bulk_unpublish_in_the_admin_takes_every_page_down(stack, admin):
    paths = [add_news(stack, f"fresh-bulk-{n}", f"Fresh bulk {n}") for n in (1, 2)]
    warm(stack, [*paths, NEWS])
    ids = [page_id(stack, f"fresh-bulk-{n}") for n in (1, 2)]
    query = "&".join(f"id={pk}" for pk in ids)

    admin_post(stack, admin, f"/admin/bulk/wagtailcore/page/unpublish/?{query}", {})

    fresh_within_a_second(stack, [*((p, status(404)) for p in paths), (NEWS, lacks("fresh-bulk-"))])


def test_no_stale_answer_a_second_after_a_slow_transaction_commits(stack):
    """A publication held open for three seconds while a visitor reads every 0.1 s: before
    the commit the old title, from one second after it only the new one."""
    path = add_news(stack, "fresh-race", "Race before")
    warm(stack, [path])
    answers, stop = [], threading.Event()

    def read():
        while not stop.is_set():
            for layer in ("cache", "gunicorn"):
                response = stack.get(path) if layer == "cache" else app_get(stack, path)
                answers.append((time.time(), layer, "Race after" in response.text))
            time.sleep(0.1)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        out = shell(
            stack,
            "import time\n"
            "from django.db import transaction\n"
            "from news.models import NewsPage\n"
            "with transaction.atomic():\n"
            "    page = NewsPage.objects.get(slug='fresh-race')\n"
            "    page.title = 'Race after'\n"
            "    page.save_revision().publish()\n"
            "    time.sleep(3)\n"
            "    before = time.time()\n"
            "print('committed', before, time.time())\n",
        )
        time.sleep(2)
    finally:
        stop.set()
        reader.join()
    _, before, after = out.split()[-3:]
    before, after = float(before), float(after)

    assert len(answers) > 40
    early = [a for a in answers if a[0] < before]
    late = [a for a in answers if a[0] > after + SECOND]
    assert early and late
    assert not any(new for _t, _layer, new in early), "the new title showed before the commit"
    assert all(new for _t, _layer, new in late), [a for a in late if not a[2]][:3]
