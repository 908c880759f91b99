"""The icons browsers and phones ask for at the site's root, whatever the page says."""

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
