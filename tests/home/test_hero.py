"""The home page's hero: the editor's photo cropped around its focal point, in modern formats
and sizes, else the drawn landscape (never a stock photo)."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image

pytestmark = pytest.mark.django_db

GREEN = (0, 160, 0)


def photo_with_a_green_stripe_on_the_left():
    """1600 × 900, white but for a green stripe 100 px wide along the left edge."""
    picture = PILImage.new("RGB", (1600, 900), "white")
    picture.paste(GREEN, (0, 0, 100, 900))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return ImageFile(buffer, name="field.png")


def hero(client):
    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    return html.main.select_one(".hero .hero__visual")


def leftmost_pixel_of_the_smallest_crop(image):
    rendition = image.renditions.filter(filter_spec__contains="fill-480x320").first()
    assert rendition is not None, list(image.renditions.values_list("filter_spec", flat=True))
    with rendition.file.open() as file, PILImage.open(file) as cropped:
        return cropped.convert("RGB").getpixel((0, 160))


def test_without_a_photo_the_hero_shows_the_drawn_landscape(client, home_page):
    visual = hero(client)

    assert visual.select_one("svg.hero-art")["aria-hidden"] == "true"
    assert visual.select_one("picture") is None


@pytest.mark.parametrize(("focal_point", "stripe_in_crop"), [((150, 450), True), (None, False)])
def test_the_photo_is_cropped_around_its_focal_point_in_avif_and_webp(
    client, home_page, settings, tmp_path, focal_point, stripe_in_crop
):
    settings.MEDIA_ROOT = tmp_path
    image = Image.objects.create(title="IMG_0042", file=photo_with_a_green_stripe_on_the_left())
    if focal_point:
        image.focal_point_x, image.focal_point_y = focal_point
        image.focal_point_width = image.focal_point_height = 50
        image.save()
    home_page.hero_image = image
    home_page.hero_image_alt = "Farmers checking a soil profile"
    home_page.save_revision().publish()

    visual = hero(client)

    picture = visual.select_one("picture")
    assert [s["type"] for s in picture.select("source")] == ["image/avif", "image/webp"]
    assert len(picture.source["srcset"].split(", ")) == 3  # 480, 800 and 1200 pixels wide
    assert picture.img["alt"] == "Farmers checking a soil profile"
    assert visual.select_one("svg.hero-art") is None
    # A 3:2 crop of a 16:9 photo keeps the left edge only when the focal point pulls it there.
    red, green, _blue = leftmost_pixel_of_the_smallest_crop(image)  # lossy: about GREEN
    assert (green > 120 and red < 60) is stripe_in_crop
    # The page's image is also what it shows when shared (no social image of its own).
    og_image = BeautifulSoup(client.get("/en/").content, "html.parser").find(
        "meta", property="og:image"
    )
    assert "/media/images/" in og_image["content"]
