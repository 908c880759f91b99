"""Get involved's items of the launch checklist: the Secretariat's contact details, the legal
notice, the financing partners and their logos."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from sitewide.launch_checklist import Item, check

from .models import Organisation, SecretariatSettings


def settings_url():
    return reverse("wagtailsettings:edit", args=["involved", "secretariatsettings"])


@check(20)
def financing_partners():
    partners = list(
        Organisation.objects.live().filter(locale=Locale.get_default(), is_financing_partner=True)
    )
    without_logo = [p.name for p in partners if p.logo_id is None]
    if not partners:
        detail = _("No organisation is marked as a financing partner yet.")
    elif without_logo:
        detail = _("Without a logo: %(names)s") % {"names": ", ".join(without_logo)}
    else:
        detail = ""
    return [
        Item(
            _("The financing partners and their logos"),
            done=bool(partners) and not without_logo,
            url=reverse(Organisation.snippet_viewset.get_url_name("list")),
            detail=detail,
        )
    ]


@check(30)
def contact_and_legal_notice():
    site = Site.objects.filter(is_default_site=True).first()
    secretariat = SecretariatSettings.for_site(site) if site else SecretariatSettings()
    missing = [
        label
        for label, value in (
            (_("postal address"), secretariat.postal_address),
            (_("e-mail address"), secretariat.email),
        )
        if not value
    ]
    detail = _("Missing: %(fields)s") % {"fields": ", ".join(missing)} if missing else ""
    if not secretariat.email:
        detail += " " + _(
            "Messages from the contact page are stored only, not e-mailed, until an e-mail "
            "address is set."
        )
    legal = secretariat.legal_notice_page
    return [
        Item(
            _("The Executive Secretariat's contact address and e-mail"),
            done=not missing,
            url=settings_url(),
            detail=detail,
        ),
        Item(
            _("The legal notice"),
            done=legal is not None and legal.live,
            url=settings_url(),
            detail="" if legal else _("No legal notice page is chosen in the settings yet."),
        ),
    ]
