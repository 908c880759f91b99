"""The table, download and key-figures blocks as readers see them, in each language."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file, get_test_image_file_jpeg

from home.models import ContentPage
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def table(caption, headings, *rows):
    return {
        "caption": caption,
        "columns": [{"type": kind, "heading": heading} for kind, heading in headings],
        "rows": [{"values": list(row)} for row in rows],
    }


@pytest.fixture
def page(home_page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    report = Document.objects.create(
        title="Annual report", file=ContentFile(b"%PDF-1.4" + b"0" * 2040, name="report.pdf")
    )
    return ContentPageFactory(
        parent=home_page,
        slug="figures",
        title="Figures",
        body=[
            {
                "type": "table",
                "value": table(
                    "Members by college",
                    [("text", "College"), ("number", "Members")],
                    ["Research", "120"],
                    ["Farmers", "45"],
                ),
            },
            {"type": "document", "value": {"document": report.pk, "title": "Report 2018"}},
            {
                "type": "key_figures",
                "value": {
                    "heading": "In numbers",
                    # With an id, as Wagtail stores list items, so translators can find it.
                    "figures": [
                        {
                            "type": "item",
                            "id": str(uuid.uuid4()),
                            "value": {"figure": "4‰", "text": "annual growth rate"},
                        }
                    ],
                },
            },
        ],
    )


@pytest.mark.parametrize(
    ("language", "strings", "url"),
    [
        ("en", {}, "/en/figures/"),
        (
            "fr",
            {
                "figures": "chiffres",
                "Members by college": "Membres par collège",
                "College": "Collège",
                "Research": "Recherche",
                "Report 2018": "Rapport 2018",
                "annual growth rate": "taux de croissance annuel",
            },
            "/fr/chiffres/",
        ),
        (
            "es",
            {
                "figures": "cifras",
                "Members by college": "Miembros por colegio",
                "College": "Colegio",
                "Research": "Investigación",
                "Report 2018": "Informe 2018",
                "annual growth rate": "tasa de crecimiento anual",
            },
            "/es/cifras/",
        ),
    ],
)
def test_blocks_render_translated_in_each_language(
    client, page, locales, translate, language, strings, url
):
    if strings:
        translate(page.get_parent(), locales[language], {})
        translate(page, locales[language], strings)

    response = client.get(url)

    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").main
    tr = strings.get
    grid = main.select_one(".block-table table")
    assert grid.caption.get_text() == tr("Members by college", "Members by college")
    assert [th.get_text() for th in grid.select("thead th")] == [
        tr("College", "College"),
        "Members",
    ]
    assert [[td.get_text() for td in row.select("td")] for row in grid.select("tbody tr")] == [
        [tr("Research", "Research"), "120"],
        ["Farmers", "45"],
    ]
    download = main.select_one(".block-download")
    assert download.a.get_text() == tr("Report 2018", "Report 2018")
    assert download.a["href"].endswith("/report.pdf")
    assert " ".join(download.select_one(".block-download__meta").get_text().split()) == (
        "PDF, 2.0 KB" if language == "en" else "PDF, 2,0 Kio" if language == "fr" else "PDF, 2,0 KB"
    )
    figure = main.select_one(".block-key-figures")
    assert figure.dd.get_text() == "4‰"
    assert figure.dt.get_text() == tr("annual growth rate", "annual growth rate")
    # The source page keeps its English table.
    assert page.specific.body[0].value.caption == "Members by college"


@pytest.mark.parametrize(
    ("file_name", "sources", "fallback"),
    [
        ("chart.png", ["image/webp"], ".png"),
        ("field.jpg", ["image/avif", "image/webp"], ".jpg"),
    ],
)
def test_images_come_in_several_widths_and_graphics_stay_lossless(
    client, home_page, settings, tmp_path, file_name, sources, fallback
):
    settings.MEDIA_ROOT = tmp_path
    make = get_test_image_file if file_name.endswith(".png") else get_test_image_file_jpeg
    image = Image.objects.create(title="Chart", file=make(filename=file_name, size=(1600, 900)))
    ContentPageFactory(
        parent=home_page,
        slug="chart",
        body=[{"type": "image", "value": {"image": image.pk, "alt_text": "A chart"}}],
    )

    picture = BeautifulSoup(client.get("/en/chart/").content, "html.parser").main.picture

    assert [source["type"] for source in picture.find_all("source")] == sources
    widths = [candidate.split()[-1] for candidate in picture.source["srcset"].split(", ")]
    assert widths == ["480w", "960w", "1440w"]
    assert picture.img["src"].endswith(fallback)


def test_a_table_with_an_empty_row_is_refused_on_save_draft_as_on_submit():
    stream_block = ContentPage._meta.get_field("body").stream_block
    body = stream_block.to_python(
        [
            {
                "type": "table",
                "value": table("Members", [("text", "College")], ["Research"], [""]),
            }
        ]
    )
    for clean in (stream_block.clean, stream_block.clean_deferred):  # submit, save draft
        with pytest.raises(ValidationError) as error:
            clean(body)
        assert "This field is required." in str(error.value.as_json_data())
    # Without the empty row, both pass.
    stream_block.clean_deferred(
        stream_block.to_python(
            [{"type": "table", "value": table("Members", [("text", "College")], ["Research"])}]
        )
    )
