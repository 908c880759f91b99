"""The discussions walked in Chromium as people use them: the Secretariat opens a forum, a
French member starts a thread with a document, a Spanish member hears of it in a daily digest,
replies quoting her and reports her post, the Secretariat hides it and she is told; from the
thread to a joint project, all of it private. What members type never runs as script in the
page, and every discussions page passes axe and reflows on phones and wide screens."""

import os
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from playwright.sync_api import expect

from discussions.models import Attachment, Forum, ForumFollow, Thread
from discussions.moderation import hide
from discussions.threads import edit, reply, start_thread
from editorial.roles import setup_roles
from knowledge.models import KnowledgeItem
from projects.models import Project
from tests.browser.test_collab import make_member
from tests.browser.test_members import signed_in_context
from tests.browser.test_reader import assert_accessible
from tests.discussions.test_posting import PDF
from tests.discussions.test_xss import MARK
from tests.discussions.test_xss import PAYLOADS as DISCUSSION_PAYLOADS
from tests.knowledge.test_xss import PAYLOADS as KNOWLEDGE_PAYLOADS

pytestmark = pytest.mark.browser

TITLE = "Couverts végétaux au Sahel"


def path_of(link):
    """An e-mail's link (to the site's configured address) opened on the test server."""
    return re.sub(r"^https?://[^/]+", "", link)


def only_email_to(address):
    emails = [email for email in mail.outbox if email.to == [address]]
    assert len(emails) == 1, [email.subject for email in mail.outbox]
    return emails[0]


def test_from_a_french_thread_to_a_joint_project(browser, live_server, initial_content_to_change):
    setup_roles(log=lambda message: None)
    secretariat = get_user_model().objects.create_user(
        "secretariat", "secretariat@example.org", "soil-carbon-walk-2025", first_name="Mona"
    )
    secretariat.groups.add(*secretariat.groups.model.objects.filter(name="Moderators"))
    awa = make_member(
        "awa@example.org", "Awa", "Diop", country="SN", pillars=",2,", email_language="fr"
    )
    pablo = make_member(
        "pablo@example.org", "Pablo", "Ruiz", country="AR", pillars=",2,", email_language="es"
    )

    # The Secretariat opens the pillar-2 forum in the admin, named in the three languages.
    admin = signed_in_context(browser, live_server, secretariat).new_page()
    admin.goto(f"{live_server.url}/admin/")
    admin.get_by_role("button", name="Discussions").click()
    admin.get_by_role("link", name="Forums").click()
    admin.get_by_role("link", name="Add forum").click()
    admin.get_by_role("textbox", name="Name (English)").fill(
        "Practices adapted to soils and climates"
    )
    admin.get_by_role("textbox", name="Name (French)").fill(
        "Pratiques adaptées aux sols et aux climats"
    )
    admin.get_by_role("textbox", name="Name (Spanish)").fill(
        "Prácticas adaptadas a los suelos y climas"
    )
    admin.get_by_role("combobox", name="Research pillar").select_option("2")
    admin.get_by_role("button", name="Save", exact=True).click()
    expect(admin.get_by_text("Practices adapted to soils and climates").first).to_be_visible()

    # Pablo follows the forum and asks for a daily digest, from his profile.
    b = signed_in_context(browser, live_server, pablo.user).new_page()
    b.goto(f"{live_server.url}/es/platform/")
    b.get_by_role("navigation", name=re.compile("plataforma", re.I)).get_by_role(
        "link", name="Debates"
    ).click()
    b.get_by_role("link", name="Prácticas adaptadas a los suelos y climas").click()
    b.get_by_role("button", name="Seguir este foro").click()
    expect(b.get_by_role("button", name="Dejar de seguir este foro")).to_be_visible()
    b.goto(f"{live_server.url}/es/platform/profile/")
    b.get_by_role("link", name="Elegir qué correos recibe y con qué frecuencia").click()
    b.get_by_label("Un resumen diario").check()
    b.get_by_role("button", name="Guardar sus ajustes de notificaciones").click()
    expect(b.get_by_role("status")).to_be_visible()

    # Awa starts a thread in French, with a PDF.
    a = signed_in_context(browser, live_server, awa.user).new_page()
    a.goto(f"{live_server.url}/fr/platform/discussions/")
    a.get_by_role("link", name="Pratiques adaptées aux sols et aux climats").click()
    a.get_by_role("link", name="Lancer une discussion").click()
    a.get_by_label("Titre", exact=True).fill(TITLE)
    a.get_by_label("Votre texte", exact=True).fill("Nos **premiers résultats** à Thiès.")
    expect(a.get_by_label("Langue de votre texte")).to_have_value("fr")
    a.get_by_label("Joindre un document (facultatif)").set_input_files(
        {"name": "essais-thies.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    a.get_by_role("button", name="Publier").click()
    expect(a.locator("h1")).to_have_text(TITLE)
    expect(a.get_by_role("link", name="essais-thies.pdf")).to_be_visible()
    thread_url = a.url

    # The daily digest tells Pablo, in Spanish, with a link to the thread in Spanish.
    assert mail.outbox == []  # he chose the digest, Awa wrote
    call_command("send_digests", "--daily", stdout=open("/dev/null", "w"))  # noqa: SIM115
    digest = only_email_to("pablo@example.org")
    assert digest.subject == "Hoy en la plataforma «4 por 1000»: 1 notificación nueva"
    assert f"Awa Diop ha iniciado «{TITLE}»" in digest.body
    link = re.search(r"http\S+/es/platform/discussions/post/\d+/", digest.body).group()

    # Pablo follows it and replies in Spanish, quoting Awa.
    b.goto(live_server.url + path_of(link))
    expect(b.locator("h1")).to_have_text(TITLE)
    first = b.locator("article.post").first
    expect(first.locator(".post__body")).to_have_attribute("lang", "fr")
    with b.expect_download() as download:
        first.get_by_role("link", name="essais-thies.pdf").click()
    assert open(download.value.path(), "rb").read() == PDF  # noqa: SIM115
    first.get_by_role("link", name="Citar").click()
    expect(b.locator("blockquote")).to_contain_text("premiers résultats")
    b.get_by_label("Su texto", exact=True).fill("En Argentina vimos lo mismo.")
    b.get_by_label("Idioma de su texto").select_option("es")
    mail.outbox.clear()
    b.get_by_role("button", name="Enviar la respuesta").click()
    reply = b.locator("article.post").last
    expect(reply.locator(".post__body")).to_have_attribute("lang", "es")
    expect(reply.locator("blockquote")).to_contain_text("Awa Diop")
    expect(reply.locator("blockquote")).to_contain_text("premiers résultats")
    expect(reply).to_contain_text("En Argentina vimos lo mismo.")

    # Awa hears of it by e-mail, in French, and on her dashboard.
    email = only_email_to("awa@example.org")
    assert email.subject == f"Pablo Ruiz a répondu dans «\u00a0{TITLE}\u00a0»"
    assert "En Argentina vimos lo mismo." in email.body
    a.goto(f"{live_server.url}/fr/platform/")
    whats_new = a.get_by_role("region", name="Quoi de neuf")
    whats_new.get_by_role("link", name=f"Pablo Ruiz a répondu dans «\u00a0{TITLE}\u00a0»").click()
    expect(a.locator("article.post").last).to_contain_text("En Argentina vimos lo mismo.")

    # Pablo reports Awa's post; the Secretariat hides it from the admin's Discussions menu.
    b.goto(thread_url.replace("/fr/", "/es/"))
    b.locator("article.post").first.get_by_role("link", name="Denunciar").click()
    b.get_by_label("¿Qué problema tiene este mensaje?").fill("Datos copiados de otro estudio.")
    b.get_by_role("button", name="Enviar la denuncia").click()
    expect(b.get_by_role("status")).to_have_text("Gracias: la Secretaría examinará este mensaje.")

    mail.outbox.clear()
    admin.goto(f"{live_server.url}/admin/")
    admin.get_by_role("button", name="Discussions").click()
    admin.get_by_role("link", name="Reported posts").click()
    row = admin.get_by_role("row", name=re.compile("Datos copiados de otro estudio"))
    row.get_by_label("Reason (recorded)").fill("Copied data")
    row.get_by_role("button", name="Hide the post").click()
    expect(admin.get_by_text("The post is hidden; its author is told.")).to_be_visible()

    # Awa is told, in French; the thread shows the post as hidden, its file is gone.
    email = only_email_to("awa@example.org")
    assert email.subject == f"Le Secrétariat a masqué votre message dans «\u00a0{TITLE}\u00a0»"
    a.goto(thread_url)
    first = a.locator("article.post").first
    expect(first).to_contain_text("Ce message a été masqué par le Secrétariat.")
    expect(first).not_to_contain_text("premiers résultats")
    expect(first.get_by_role("link", name="essais-thies.pdf")).to_have_count(0)
    a.goto(f"{live_server.url}/fr/platform/")
    expect(a.get_by_role("region", name="Quoi de neuf")).to_contain_text(
        f"Le Secrétariat a masqué votre message dans «\u00a0{TITLE}\u00a0»"
    )

    # From the thread, a joint project: Awa proposes it, Pablo asks to join, Awa accepts.
    a.goto(f"{live_server.url}/fr/platform/projects/propose/")
    a.get_by_label("Titre", exact=True).fill("Couverts végétaux : essais croisés")
    a.get_by_label("Résumé").fill("Les mêmes essais au Sénégal et en Argentine.")
    a.get_by_label("Pays", exact=True).select_option(["SN", "AR"])
    a.get_by_role("button", name="Proposer").click()
    expect(a.locator("h1")).to_have_text("Couverts végétaux : essais croisés")
    project_url = a.url

    b.goto(f"{live_server.url}/es/platform/projects/")
    b.get_by_role("link", name="Couverts végétaux : essais croisés").click()
    b.get_by_label("Su mensaje a quien propone el proyecto").fill("Tenemos las parcelas.")
    b.get_by_role("button", name="Enviar mi solicitud").click()
    expect(b.get_by_text("Su solicitud se ha enviado")).to_be_visible()

    a.goto(project_url)
    a.get_by_role("button", name="Accepter").click()
    partners = a.locator("section", has=a.locator("#partners-title"))
    expect(partners).to_contain_text("Awa Diop")
    expect(partners).to_contain_text("Pablo Ruiz")

    # None of it is public: a visitor is asked to sign in, search and sitemap know nothing.
    private = [
        thread_url,
        thread_url.replace("/fr/", "/es/") + "reply/",
        live_server.url + path_of(link),
        project_url,
        f"{live_server.url}/en/platform/discussions/",
        f"{live_server.url}/fr/platform/discussions/file/{Attachment.objects.get().pk}/",
    ]
    visitor = browser.new_context().new_page()
    for url in private:
        visitor.goto(url)
        expect(visitor).to_have_url(re.compile(r"/account/login/\?next=.*platform"))
        expect(visitor.locator("input[type=password]")).to_be_visible()
    for language in ("en", "fr", "es"):
        visitor.goto(f"{live_server.url}/{language}/search/?q={TITLE}")
        expect(visitor.locator(".search-result", has_text="Sahel")).to_have_count(0)
        expect(visitor.locator("main a[href*='/platform/']")).to_have_count(0)
    sitemap = visitor.request.get(f"{live_server.url}/sitemap.xml").text()
    assert "/platform/discussions/" not in sitemap and "/platform/projects/" not in sitemap
    assert "<loc>" in sitemap


# The payloads of the server-side tests, each made to set a flag as well as open a dialog.
PAYLOADS = [
    payload.replace("alert(", "window.__xss=1;alert(")
    for payload in dict.fromkeys(DISCUSSION_PAYLOADS + KNOWLEDGE_PAYLOADS)
]
ALL_PAYLOADS = "\n\n".join(PAYLOADS)

# What a payload would have added to the page: an event handler, a script or frame of its own
# or from elsewhere, a javascript: or data: address.
INJECTED = """() => {
    const found = [];
    for (const element of document.querySelectorAll("*")) {
        for (const {name, value} of element.attributes) {
            if (name.startsWith("on") || name === "srcdoc"
                || /^\\s*(javascript|data|vbscript):/i.test(value)) {
                found.push(`<${element.localName} ${name}="${value}">`);
            }
        }
        if (["script", "iframe", "frame", "object", "embed"].includes(element.localName)) {
            const source = element.getAttribute("src") || element.getAttribute("data") || "";
            if (/xss|alert/.test(element.outerHTML)
                || (source && new URL(source, location.href).origin !== location.origin)) {
                found.push(element.outerHTML.slice(0, 120));
            }
        }
    }
    return found;
}"""


def assert_no_script_ran(page, url, dialogs):
    page.goto(url)
    expect(page.locator("body")).to_contain_text(MARK)  # the payloads are shown, as text
    assert dialogs == [], url
    assert page.evaluate("window.__xss") is None, url
    assert page.evaluate(INJECTED) == [], url


def test_what_members_write_never_runs_in_the_page(browser, live_server, home_page, settings):
    for limit in ("DISCUSSION_POST", "MEMBER_SHARE", "MEMBER_PROJECT", "MEMBER_MESSAGE"):
        setattr(settings, f"{limit}_RATE_LIMIT", (100, 3600))
    setup_roles(log=lambda message: None)
    secretariat = get_user_model().objects.create_user("secretariat", "s@example.org", "x")
    secretariat.groups.add(*secretariat.groups.model.objects.filter(name="Moderators"))
    forum = Forum.objects.create(name_en="Soils", pillar="2")
    writer = make_member("awa@example.org", "Awa", "Diop", email_language="en")
    reader = make_member("pablo@example.org", "Pablo", "Ruiz", email_language="en")

    # The writer's own profile, typed in the browser: name, job, organisation, presentation.
    context = signed_in_context(browser, live_server, writer.user)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/platform/profile/")
    page.get_by_label("Last name", exact=True).fill(PAYLOADS[2][:150])
    page.get_by_label("Job title", exact=True).fill(PAYLOADS[1][:200])
    page.get_by_label("Organisation", exact=True).fill(PAYLOADS[0][:255])
    page.get_by_label("Short presentation").fill(ALL_PAYLOADS[:1500])
    page.get_by_role("button", name="Save your profile").click()
    expect(page.get_by_role("status")).to_be_visible()
    context.close()

    # Everything else through the platform's forms, as the browser would send them.
    awa, pablo = Client(), Client()
    awa.force_login(writer.user)
    pablo.force_login(reader.user)
    ForumFollow.objects.create(user=reader.user, forum=forum)
    for payload in PAYLOADS:
        awa.post(
            f"/en/platform/discussions/{forum.pk}/new/",
            {"title": payload[:200], "body": payload, "language": "en"},
        )
    thread = Thread.objects.order_by("pk").first()
    first_post = thread.posts.get()
    for payload in PAYLOADS:
        pablo.post(
            f"/en/platform/discussions/thread/{thread.pk}/reply/",
            {"body": payload, "language": "en", "quote": first_post.pk},
        )
    pablo.post(
        f"/en/platform/discussions/post/{first_post.pk}/report/", {"reason": ALL_PAYLOADS[:1000]}
    )
    for payload in PAYLOADS:
        awa.post(
            "/en/platform/knowledge/share/",
            {
                "title": payload[:200],
                "summary": ALL_PAYLOADS[:3000],
                "language": "en",
                "url": 'https://example.org/?q="><script>window.__xss=1</script>',
            },
        )
        awa.post(
            "/en/platform/projects/propose/",
            {
                "title": payload[:200],
                "summary": ALL_PAYLOADS,
                "partners_sought": ALL_PAYLOADS,
                "countries": ["SN"],
                "pillar_codes": ["2"],
                "status": "seeking",
            },
        )
    item = KnowledgeItem.objects.order_by("pk").first()
    project = Project.objects.order_by("pk").first()
    pablo.post(f"/en/platform/projects/{project.pk}/", {"message": ALL_PAYLOADS[:1000]})
    pablo.post(f"/en/platform/community/{writer.pk}/write/", {"body": ALL_PAYLOADS[:5000]})
    assert Thread.objects.count() == KnowledgeItem.objects.count() == len(PAYLOADS)
    assert Project.objects.count() == len(PAYLOADS) and project.requests.count() == 1
    assert thread.posts.count() == len(PAYLOADS) + 1

    platform = f"{live_server.url}/en/platform/"
    pages = {
        writer.user: [
            "",
            f"discussions/{forum.pk}/",
            f"discussions/thread/{thread.pk}/",
            f"discussions/post/{first_post.pk}/edit/",
            f"discussions/thread/{thread.pk}/reply/?quote={first_post.pk}",
            "notifications/",
            "knowledge/",
            f"knowledge/{item.pk}/",
            "projects/",
            f"projects/{project.pk}/",
            "messages/",
        ],
        reader.user: [
            "",
            f"discussions/post/{first_post.pk + 1}/report/",
            "community/",
            f"community/{writer.pk}/",
        ],
        secretariat: [
            "/admin/discussions/reports/",
            f"/admin/discussions/threads/{thread.pk}/",
        ],
    }
    for user, paths in pages.items():
        context = signed_in_context(browser, live_server, user)
        page = context.new_page()
        dialogs = []
        page.on(
            "dialog", lambda dialog, seen=dialogs: (seen.append(dialog.message), dialog.dismiss())
        )
        for path in paths:
            url = live_server.url + path if path.startswith("/") else platform + path
            assert_no_script_ran(page, url, dialogs)
        context.close()


PAGES = [
    "",
    "{forum}/",
    "{forum}/new/",
    "thread/{thread}/",
    "thread/{thread}/reply/?quote={first}",
    "post/{mine}/edit/",
    "post/{first}/report/",
    "post/{first}/translate/",
]


def test_every_discussions_page_passes_axe_and_reflows(
    browser, live_server, initial_content_to_change
):
    me = make_member("lea@example.org", "Léa", "Martin", country="FR", email_language="fr")
    tom = make_member("tom@example.org", "Tom", "Smith", country="GB")
    moderator = get_user_model().objects.create_user("secretariat", "s@example.org", "x")
    forum = Forum.objects.create(
        name_en="Practices adapted to soils and climates",
        name_fr="Pratiques adaptées aux sols et aux climats",
        name_es="Prácticas adaptadas a los suelos y climas",
        description_en="Field trials, from cover crops to agroforestry.",
        pillar="2",
    )
    Forum.objects.create(name_en="General", sort_order=1)
    thread = start_thread(
        forum,
        tom.user,
        "Cover crops in the Sahel: three seasons of trials compared",
        "### Results\n\n- **Thiès**: +0.3 %\n- *Kaolack*: see [the report](https://example.org)"
        "\n\n> Trials since 2021.\n\n`C/N = 12`",
        "en",
        files=[SimpleUploadedFile("trials.pdf", PDF)],
    )
    first = thread.posts.get()
    mine = reply(thread, me.user, "Nous avons vu la même chose.", "fr", quote=first)
    edit(mine, "Nous avons vu la même chose à Montpellier.")
    hidden = reply(thread, tom.user, "Off-topic advertising.", "en")
    hide(hidden, moderator, "Advertising")
    reply(thread, tom.user, "Thanks, @Léa Martin.", "en", quote=mine)
    start_thread(forum, me.user, "Haies et carbone", "Un début.", "fr")
    ids = {"forum": forum.pk, "thread": thread.pk, "first": first.pk, "mine": mine.pk}

    # Screenshots of the thread, to look at, when SCREENSHOT_DIR names a folder.
    shots = Path(os.environ["SCREENSHOT_DIR"]) if os.environ.get("SCREENSHOT_DIR") else None
    failures = []

    def check(page, where):
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            failures.append(f"{where} scrolls {overflow} px sideways")
        try:
            assert_accessible(page)
        except AssertionError as error:
            failures.append(f"{where}: {error}")

    for scheme in ("light", "dark"):
        context = signed_in_context(browser, live_server, me.user, color_scheme=scheme)
        page = context.new_page()
        for language in ("en", "fr", "es"):
            base = f"{live_server.url}/{language}/platform/discussions/"
            for width in (320, 1280):
                page.set_viewport_size({"width": width, "height": 800})
                for path in PAGES:
                    page.goto(base + path.format(**ids))
                    expect(page.locator("html")).to_have_attribute("lang", language)
                    check(page, f"{page.url} {width} {scheme}")
                    if shots and path == "thread/{thread}/":
                        shot_width = 360 if width == 320 else width
                        page.set_viewport_size({"width": shot_width, "height": 800})
                        name = f"thread-{language}-{shot_width}-{scheme}.png"
                        page.screenshot(path=str(shots / name), full_page=True)
                        page.set_viewport_size({"width": width, "height": 800})
                # A reply sent empty: its error, announced, on the reply's own page.
                page.goto(base + f"thread/{thread.pk}/reply/")
                page.locator("main form.platform-form button[type=submit]").click()
                expect(page.locator(".field__error, .errorlist").first).to_be_visible()
                check(page, f"reply with errors {language} {width} {scheme}")
        context.close()
    assert failures == []
