"""Get in touch: a member writes to another through the platform; the message is e-mailed
in the recipient's language with a link to answer, and neither address is shown."""

from django.conf import settings
from django.core.mail import send_mail
from django.http import Http404
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from members.forms.messages import MessageForm
from members.models import Message
from members.onboarding import site_url
from sitewide.limits import within_rate_limit

from .base import PlatformView, listed_members


def send_message(sender, recipient, body):
    message = Message.objects.create(sender=sender.user, recipient=recipient.user, body=body)
    with translation.override(recipient.email_language):
        context = {
            "sender": sender.display_name,
            "body": body,
            "reply_url": site_url(reverse("members:write", args=[sender.pk])),
            "settings_url": site_url(reverse("members:profile")),
        }
        subject = render_to_string("pages/members/emails/message_subject.txt", context).strip()
        text = render_to_string("pages/members/emails/message.txt", context)
    # From the site's address, with no Reply-To: the members' addresses stay private.
    send_mail(subject, text, None, [recipient.user.email])
    return message


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
        return context
