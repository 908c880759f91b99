"""The icons browsers and phones ask for at the site's root, whatever the page says."""

import json
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from PIL import Image


@pytest.mark.parametrize(
    ("path", "image_format", "size"),
    [("/favicon.ico", "ICO", (48, 48)), ("/apple-touch-icon.png", "PNG", (180, 180))],
)
def test_root_icons_lead_to_an_image(client, db, path, image_format, size):
    response = client.get(path)

    assert response.status_code == 302
    assert response["Cache-Control"] == "public, max-age=86400"
    static_path = response["Location"].removeprefix("/static/")
    with Image.open(finders.find(static_path)) as icon:
        assert (icon.format, icon.size) == (image_format, size)


def test_pages_link_the_icon_set_and_a_manifest_whose_icons_exist(client, home_page):
    from bs4 import BeautifulSoup

    head = BeautifulSoup(client.get("/en/").content, "html.parser").head
    links = {link["rel"][0]: link["href"] for link in head.select("link[rel]")}
    assert links["apple-touch-icon"] == "/static/img/apple-touch-icon.png"
    assert {link["href"] for link in head.select("link[rel=icon]")} == {
        "/static/img/favicon.ico",
        "/static/img/favicon.svg",
    }
    manifest = json.loads(
        Path(finders.find(links["manifest"].removeprefix("/static/"))).read_text()
    )
    assert manifest["theme_color"] == head.find("meta", attrs={"name": "theme-color"})["content"]
    for icon in manifest["icons"]:
        path = finders.find(f"img/{icon['src'].removeprefix('img/')}")
        assert path, icon["src"]
        if icon["type"] == "image/png":
            width, height = (int(n) for n in icon["sizes"].split("x"))
            with Image.open(path) as image:
                assert image.size == (width, height)
