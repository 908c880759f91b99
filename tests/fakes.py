"""Local stand-ins for the services the site calls over the network."""

from urllib.parse import urlparse

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.embeds.finders.base import EmbedFinder


class RecordingFrontendCache(BaseBackend):
    """A front cache (Varnish, a CDN) that notes what it is asked to drop, in `purged`."""

    purged = []

    def purge(self, url):
        self.purged.append(url)

    def purge_everything(self):
        self.purged.append("everything")


class LocalEmbedFinder(EmbedFinder):
    """Answers oEmbed look-ups for video hosts without leaving the machine."""

    hosts = {"www.youtube.com", "youtube.com", "youtu.be", "vimeo.com"}

    def accept(self, url):
        return urlparse(url).hostname in self.hosts

    def find_embed(self, url, max_width=None, max_height=None):
        return {
            "title": "A local test video",
            "author_name": "4 per 1000",
            "provider_name": urlparse(url).hostname,
            "type": "video",
            "thumbnail_url": "",
            "width": 640,
            "height": 360,
            "html": f'<iframe title="A local test video" src="{url}" width="640" height="360"></iframe>',
        }
