"""Images are decoded within a memory budget (sitewide/image_budget.py): an image over
WAGTAILIMAGES_MAX_IMAGE_PIXELS is refused at upload in the editor's language, and an older one
already stored is not decoded, without the page failing."""

import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images.models import Image, Rendition
from wagtail.models import Collection

from tests.home.factories import ContentPageFactory
from tests.resources.test_upload_security import png

pytestmark = pytest.mark.django_db

# One row and one column more than 5000 × 5000, the limit (25 megapixels).
OVER = (5001, 5001)
REFUSALS = {
    "en": "This file has too many pixels (25010001). Maximum pixels 25000000.",
    "fr": "Ce fichier a un trop grand nombre de pixels (25010001). Nombre maximum de pixels "
    "25000000.",
    "es": "Este archivo contiene muchos pixeles (25010001). Máxima cantidad de pixeles 25000000.",
}


@pytest.fixture
def admin_client(client, django_user_model, root_page):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    return client


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_an_image_over_the_limit_is_refused_at_upload_in_the_editors_language(
    admin_client, language
):
    admin_client.cookies["django_language"] = language

    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Aerial view",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("aerial.png", png(*OVER)),
        },
    )

    assert response.status_code == 200
    assert REFUSALS[language] in response.content.decode()
    assert not Image.objects.exists()


def test_an_image_within_the_limit_is_accepted(admin_client):
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Aerial view",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("aerial.png", png(5000, 5000)),
        },
    )

    assert response.status_code == 302
    assert Image.objects.get().width == 5000


def test_an_older_image_over_the_limit_is_not_decoded_and_its_page_still_shows(home_page, client):
    # Stored before the limit was lowered, as its upload would now be refused.
    image = Image.objects.create(
        title="Aerial view", file=ContentFile(png(*OVER), name="aerial.png")
    )
    assert (image.width, image.height) == OVER
    ContentPageFactory(
        parent=home_page, title="Our work", slug="our-work", hero_image=image, social_image=image
    )

    response = client.get("/en/our-work/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Our work" in html
    assert not Rendition.objects.exists()
    # Shared on social networks, the page shows the Initiative's default image instead.
    assert re.search(r'<meta property="og:image" content="[^"]*img/social-default', html)
