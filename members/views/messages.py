"""Get in touch: a member writes to another through the platform. The platform's
notifications tell the recipient (by e-mail at once, in a digest or on the dashboard, as they
chose), in their language with a link to answer; neither address is shown."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from members.forms.messages import MessageForm
from members.models import Message
from members.signals import messages_read
from sitewide.limits import within_rate_limit

from .base import PlatformView, listed_members


def send_message(sender, recipient, body):
    # Saving it is all: the notifications app hears of it (post_save) and tells the recipient.
    return Message.objects.create(sender=sender.user, recipient=recipient.user, body=body)


class WriteView(PlatformView):
    template_name = "pages/members/write.html"
    section = "community"

    def recipient(self):
        profile = listed_members().select_related("user").filter(pk=self.kwargs["pk"]).first()
        if profile is None or profile.pk == self.request.member.pk:
            raise Http404
        return profile

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", MessageForm())
        context["recipient"] = self.recipient()
        return context

    def post(self, request, *args, **kwargs):
        recipient = self.recipient()
        form = MessageForm(request.POST)
        status = 200
        if not recipient.accepts_messages:
            form.add_error(None, _("This member does not receive messages."))
        elif form.is_valid():
            if within_rate_limit(
                "member-message", request.user.pk, settings.MEMBER_MESSAGE_RATE_LIMIT
            ):
                send_message(request.member, recipient, form.cleaned_data["body"])
                return redirect(reverse("members:messages") + "?sent=1")
            form.add_error(
                None, _("You have sent many messages in a short time. Please try again later.")
            )
            status = 429
        return self.render_to_response(self.get_context_data(form=form), status=status)


class MessagesView(PlatformView):
    template_name = "pages/members/messages.html"
    section = "messages"
    shown = 50

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        related = ["sender__member_profile", "recipient__member_profile"]
        context["received"] = list(
            Message.objects.filter(recipient=user).select_related(*related)[: self.shown]
        )
        context["sent"] = list(
            Message.objects.filter(sender=user).select_related(*related)[: self.shown]
        )
        context["just_sent"] = "sent" in self.request.GET
        messages_read.send(sender=Message, user=user)
        return context
