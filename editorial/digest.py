"""The e-mail telling translators which pages went out of date in their language."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .changes import row_changes
from .models import DigestRun
from .roles import translator_groups
from .status import OUT_OF_DATE, Board


def newly_out_of_date(language_code, since):
    rows = Board([language_code]).filtered(state=OUT_OF_DATE)
    rows = [row for row in rows if since is None or (row.changed_at and row.changed_at > since)]
    for row in rows:
        row.changes = row_changes(row)
    return rows


def send_digests(log=print):
    """E-mail each translator the rows that went out of date since their language's last digest."""
    sent = 0
    for code, group_name in translator_groups().items():
        started_at = timezone.now()
        run = DigestRun.objects.filter(language_code=code).first()
        rows = newly_out_of_date(code, run.sent_at if run else None)
        recipients = list(
            get_user_model()
            .objects.filter(groups__name=group_name, is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
        if rows and recipients:
            with translation.override(code):
                context = {
                    "rows": rows,
                    "base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
                    "language": code,
                }
                subject = render_to_string("editorial/email/digest_subject.txt", context).strip()
                body = render_to_string("editorial/email/digest.txt", context)
            for email in recipients:
                send_mail(subject, body, None, [email])
            sent += len(recipients)
        DigestRun.objects.update_or_create(language_code=code, defaults={"sent_at": started_at})
        log(
            f"{code}: {len(rows)} page(s) newly out of date, {len(recipients) if rows else 0} e-mail(s)"
        )
    return sent
