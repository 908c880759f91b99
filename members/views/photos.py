"""Members' photos, for members only: the file is private media (not served by the web
server's /media/ nor readable in the bucket), sent here once the gate has let the member in."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.views import View
from wagtail.utils import sendfile_streaming_backend
from wagtail.utils.sendfile import sendfile

from members.access import MemberRequiredMixin
from members.models.profile import PHOTOS_FOLDER

from .base import listed_members


class PhotoView(MemberRequiredMixin, View):
    """A photo the member may see: their own, or one another member shares with members."""

    def get(self, request, name):
        photo = f"{PHOTOS_FOLDER}/{name}.jpg"
        if request.member.photo.name == photo:
            profile = request.member
        else:
            profile = listed_members().filter(photo=photo, share_photo=True).first()
        if profile is None:
            raise Http404
        return send_private_file(request, profile.photo, "image/jpeg")


def send_private_file(request, field_file, mimetype):
    """As Wagtail sends a document: by the web server (SENDFILE_BACKEND, X-Accel-Redirect to
    its internal location) or streamed by Django; on object storage, a redirect to a signed
    address that expires."""
    storage = field_file.storage
    try:
        path = storage.path(field_file.name)
    except NotImplementedError:
        return redirect(storage.url(field_file.name))
    options = {"mimetype": mimetype}
    if not getattr(settings, "SENDFILE_BACKEND", None):
        options["backend"] = sendfile_streaming_backend.sendfile
    try:
        return sendfile(request, path, **options)
    except FileNotFoundError:
        raise Http404 from None
