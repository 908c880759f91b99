import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail_localize.models import Translation

from editorial.review import send_for_review
from editorial.status import Board
from home.models import Topic
from sitewide.content_loading import synchronise_trees
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def states(site, users, locales, translate):
    """One page or snippet per state, in French and Spanish."""
    fr, es = locales["fr"], locales["es"]
    about = site["about"]
    translate(about, fr, {"About": "À propos"})  # FR up to date; ES stays an alias
    governance = publish(ContentPageFactory(parent=about, slug="governance", title="Governance"))
    research = publish(ContentPageFactory(parent=about, slug="research", title="Research"))
    synchronise_trees()
    translate(governance, fr, {"Governance": "Gouvernance"}, publish=False)  # FR draft
    translate(research, fr, {"Research": "Recherche"})
    research.title = "Research programme"
    publish(research)  # FR out of date
    translate(research, es, {"Research": "Investigación"}, publish=False)
    spanish = Translation.objects.get(source__object_id=research.translation_key, target_locale=es)
    send_for_review(spanish, users["es"])  # ES in review
    contact = publish(ContentPageFactory(parent=site["home"], slug="contact", title="Contact"))
    topic = Topic.objects.create(name="Soil carbon", slug="soil-carbon", locale=locales["en"])
    translate(topic, fr, {"Soil carbon": "Carbone du sol"})
    return {"governance": governance, "research": research, "contact": contact}


def board_states(**filters):
    return {(row.source_title, row.language_code): row.state for row in Board().filtered(**filters)}


EXPECTED = {
    ("Welcome to the Initiative", "fr"): "up_to_date",
    ("Welcome to the Initiative", "es"): "up_to_date",
    ("About", "fr"): "up_to_date",
    ("About", "es"): "not_translated",
    ("Governance", "fr"): "draft",
    ("Governance", "es"): "not_translated",
    ("Research programme", "fr"): "out_of_date",
    ("Research programme", "es"): "in_review",
    ("Contact", "fr"): "missing",
    ("Contact", "es"): "missing",
    ("Soil carbon", "fr"): "up_to_date",
    ("Soil carbon", "es"): "missing",
}


def test_every_state(states):
    assert board_states() == EXPECTED


def test_out_of_date_after_a_source_edit_until_synced(
    client, site, users, locales, translate, django_capture_on_commit_callbacks
):
    about, fr = site["about"], locales["fr"]
    translate(about, fr, {"About": "À propos"})
    assert board_states(language="fr")[("About", "fr")] == "up_to_date"

    about.intro = "The “4 per 1000” Initiative, launched at COP 21."
    publish(about)
    about.refresh_from_db()
    row = next(r for r in Board().filtered(language="fr") if r.source_title == "About")
    assert row.state == "out_of_date"
    assert row.changed_at == about.last_published_at
    sync_url = reverse("wagtail_localize:update_translations", args=[row.translation_source_id])
    assert row.action_url == sync_url

    # A translator may sync, not publish: the French page still lacks the change.
    client.force_login(users["fr"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(sync_url, {"publish_translations": "on"})
    row = next(r for r in Board().filtered(language="fr") if r.source_title == "About")
    assert row.state == "out_of_date"
    assert row.action_url == reverse("wagtailadmin_pages:edit", args=[about.get_translation(fr).pk])

    client.force_login(users["moderator"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(sync_url, {"publish_translations": "on"})
    assert board_states(language="fr")[("About", "fr")] == "up_to_date"


def rendered(client, query=""):
    response = client.get(reverse("editorial_translations") + query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rows = {
        (tr.th["data-source-title"], tr.find_all("td")[2].get_text(strip=True).lower()): tr.find(
            "td", attrs={"data-state": True}
        )["data-state"]
        for tr in soup.select("tbody tr")
    }
    counts = {
        li.span["data-state"]: int(li.strong.get_text())
        for li in soup.select(".editorial-counts li")
    }
    return rows, counts, soup


def test_board_view_filters_and_counts(client, states, users):
    client.force_login(users["moderator"])

    rows, counts, soup = rendered(client)
    assert rows == EXPECTED
    assert counts == {
        "missing": 3,
        "not_translated": 2,
        "draft": 1,
        "in_review": 1,
        "changes_requested": 0,
        "out_of_date": 1,
        "up_to_date": 4,
    }
    assert soup.h1.get_text(strip=True) == "Translations"

    rows, counts, _ = rendered(client, "?language=es&state=missing")
    assert rows == {("Contact", "es"): "missing", ("Soil carbon", "es"): "missing"}
    assert counts["not_translated"] == 2  # counts cover every state of the filtered scope

    section = f"page-{states['research'].get_parent().pk}"
    rows, _, _ = rendered(client, f"?section={section}&language=fr")
    assert set(rows) == {("About", "fr"), ("Governance", "fr"), ("Research programme", "fr")}

    rows, _, _ = rendered(client, "?section=snippet-home.topic")
    assert set(rows) == {("Soil carbon", "fr"), ("Soil carbon", "es")}


def test_board_ignores_junk_parameters(client, states, users):
    client.force_login(users["moderator"])

    rows, _, _ = rendered(client, "?page=abc&state=nonsense&language=xx&section=<b>")
    assert rows == EXPECTED
    rows, _, _ = rendered(client, "?page=9999")
    assert rows == EXPECTED


def test_board_links_lead_to_the_next_step(client, states, users):
    client.force_login(users["es"])
    _, _, soup = rendered(client)
    # A translator lands on their own language.
    assert {language for _title, language in rendered(client)[0]} == {"es"}
    contact = soup.find("th", attrs={"data-source-title": "Contact"}).parent
    assert contact.a["href"] == reverse(
        "wagtail_localize:submit_page_translation", args=[states["contact"].pk]
    )
    governance = soup.find("th", attrs={"data-source-title": "Governance"}).parent
    assert governance.find("td", attrs={"data-state": True})["data-state"] == "not_translated"

    client.force_login(users["fr"])
    _, _, soup = rendered(client)
    draft = soup.find("th", attrs={"data-source-title": "Governance"}).parent
    # In the translator's language: the translation's title and its section's.
    assert draft.th.get_text() == "Gouvernance"
    assert draft.find_all("td")[1].get_text() == "À propos"
    assert "À propos" in [o.get_text() for o in soup.select("#filter-section option")]
    assert draft.form is not None  # "Send for review"
    client.post(draft.form["action"])
    assert board_states(language="fr")[("Governance", "fr")] == "in_review"


def test_csv_export(client, states, users):
    client.force_login(users["moderator"])

    response = client.get(reverse("editorial_translations_csv") + "?state=missing")

    assert response["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(response.content.decode())))
    assert table[0][:5] == ["Title", "Type", "Section", "Language", "State"]
    assert sorted((r[0], r[3], r[4]) for r in table[1:]) == [
        ("Contact", "es", "Missing"),
        ("Contact", "fr", "Missing"),
        ("Soil carbon", "es", "Missing"),
    ]


def test_csv_export_shows_formulas_as_text(client, states, users, locales):
    Topic.objects.create(name="=1+1", slug="formula", locale=locales["en"])
    client.force_login(users["moderator"])

    response = client.get(reverse("editorial_translations_csv") + "?state=missing")

    titles = {row[0] for row in csv.reader(io.StringIO(response.content.decode()))}
    assert "'=1+1" in titles
    assert "=1+1" not in titles


def test_board_is_in_the_admin_menu_for_signed_in_staff(client, states, users):
    response = client.get(reverse("editorial_translations"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]

    client.force_login(users["fr"])
    admin_home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("editorial_translations") in admin_home
