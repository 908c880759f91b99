import pytest
from bs4 import BeautifulSoup
from wagtail.documents.models import Document

from resources.models import ResourcePage, ResourceType
from tests.helpers import load_initial_content


# Not wrapped in a transaction: wagtail-localize publishes translations on commit.
@pytest.mark.django_db(transaction=True)
def test_initial_library_with_files_per_language(root_page, client, media_root):
    load_initial_content()
    load_initial_content()

    assert ResourceType.objects.filter(locale__language_code="en").count() == 10
    assert Document.objects.count() == 7
    criteria = ResourcePage.objects.get(locale__language_code="en", slug="reference-criteria")
    # A summary written for the site, not the adopted document, and not by a body of it.
    assert criteria.resource_type.slug == "summary"
    assert criteria.authors == ""
    assert criteria.intro.startswith("A summary written for this website")
    assert sorted(f.language for f in criteria.files.all()) == ["en", "es", "fr"]

    spanish = client.get("/es/noticias-y-recursos/recursos/")
    html = BeautifulSoup(spanish.content, "html.parser")
    assert html.h1.get_text() == "Recursos"
    types = [o.get_text() for o in html.select("#resource-type option")]
    assert "Resumen redactado para este sitio (3)" in types
    assert not any(t.startswith("Documento oficial") for t in types)
    label = html.find("label", attrs={"for": "resource-language"}).get_text()
    assert label == "Disponible en español (2)"

    page = BeautifulSoup(
        client.get("/fr/actualites-et-ressources/ressources/criteres-de-reference/").content,
        "html.parser",
    )
    rows = [
        [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])]
        for row in page.select(".resource-files tbody tr")
    ]
    assert rows[1][:3] == ["Critères de référence\u00a0: les cinq dimensions", "Français", "CSV"]
    french_file = client.get(page.select(".resource-files a")[1]["href"])
    assert french_file["Content-Type"] == "text/csv"
    content = b"".join(french_file.streaming_content).decode()
    assert "Carbone du sol et conservation ou restauration des terres" in content
    # The seed's order of the dimensions, in the file and on the page.
    dimensions = [line.split(",")[0] for line in content.splitlines()[1:]]
    assert dimensions[-2:] == ["Garde-fous", "Adaptation"]
    assert [li.get_text() for li in page.select(".stream li")][-2:] == ["Garde-fous", "Adaptation"]
    assert page.h1.get_text().startswith("Critères de référence")
    research = client.get("/en/news-and-resources/resources/research-programme-four-pillars/")
    assert "Define and strengthen the enabling environment" in research.content.decode()
    assert "Defining" not in research.content.decode()
