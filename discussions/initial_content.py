"""The forums a new site opens with, so its Discussions are not empty: a general one and one
per research pillar, named as the pillars are in the Initiative's presentation
(members.models.choices.Pillar, translated in its catalogs). Their descriptions are left for
the Secretariat to write.

A forum is only created when missing, never updated: one the Secretariat renamed, described
or moved is left as it is. The loader finds its forums by their key; a pillar forum the
Secretariat opened by hand counts as that pillar's."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from members.models.choices import Pillar
from sitewide.content_loading import loader

from .models import Forum


def initial_forums():
    """(key, name, pillar) in the order they are listed."""
    return [("general", _("General discussion"), "")] + [
        (f"pillar-{pillar.value}", pillar.label, pillar.value) for pillar in Pillar
    ]


def names(text):
    names = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            names[f"name_{code}"] = str(text)
    return names


@loader()
def load(log):
    log("Forums")
    for position, (key, name, pillar) in enumerate(initial_forums()):
        there = Forum.objects.filter(key=key)
        if pillar:
            there |= Forum.objects.filter(pillar=pillar)
        if there.exists():
            continue
        forum = Forum.objects.create(key=key, pillar=pillar, sort_order=position, **names(name))
        log(f"  + {forum.name_en} created")
