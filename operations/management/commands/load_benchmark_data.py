"""A site of the size the Initiative may reach, for `make bench`: never on a real site.

Every object it makes says it is test data (title, slug or name), and `--remove` takes them all
away. Models are looked up by name: this tool of operations belongs to no section.

`--scale N` sizes the site at N times SIZES (`--scale 10`: 5,000 news items, 3,000 events and
3,000 resources in English with their French and Spanish aliases, 2,000 organisations in each
language, 2,000 members, 5,000 discussion threads holding 50,000 posts). The command adds what
is missing, so a site loaded at scale 1 grows to scale 10 in a second run.

Rows are inserted in bulk: one page at a time through Wagtail (add_child, then
wagtail-localize's aliases) costs some 140 queries a page, hours at scale 10. Pages get what
add_child and the aliases would give them (tree path, URL path, live, published dates, their
topics and files) and their search index entries; no revision, as add_child makes none. Not
the reference index: `manage.py rebuild_references_index` builds it if wanted.
"""

import datetime
import io
import uuid

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import Count, Max, OuterRef, Subquery
from django.utils import timezone
from django.utils.html import escape
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from PIL import Image as Picture
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backends

from sitewide import site_fragments

SLUG = "benchmark-test-data"
LABEL = "(benchmark test data)"
# At scale 1: the sizes `make bench` has always measured, and a discussion space to match.
SIZES = {
    "news": 500,
    "events": 300,
    "resources": 300,
    "organisations": 200,
    "members": 200,
    "threads": 500,
    "posts": 5000,
}
# The collaborative platform's members: accounts at this domain, in the Members group.
MEMBERS_DOMAIN = f"{SLUG}.example.org"
# The thread `make bench` opens: a tenth of all posts are its replies.
LONG_THREAD = f"Long thread {LABEL}"
FORUMS = 6
LANGUAGES = ["en", "fr", "es"]
# Words from the site's themes, so that titles differ and searches find some, not all.
WORDS = [
    "soil",
    "carbon",
    "agroforestry",
    "farmers",
    "climate",
    "food security",
    "cover crops",
    "grasslands",
    "restoration",
    "research",
    "mangroves",
    "compost",
]


def sizes_for(scale=1, each=None):
    if each is not None:
        return dict.fromkeys(SIZES, each)
    return {kind: max(1, round(size * scale)) for kind, size in SIZES.items()}


def topic_words(n):
    return f"{WORDS[n % len(WORDS)]} and {WORDS[(n // len(WORDS) + n + 1) % len(WORDS)]}"


class Command(BaseCommand):
    help = (
        "Add news items, events, resources, organisations, platform members and discussions, "
        "all marked as benchmark test data, to the site (after load_initial_content): "
        "--scale times a site of 500 news items (adding what is missing); --remove deletes "
        "them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--remove", action="store_true", help="Delete the benchmark data.")
        parser.add_argument(
            "--scale",
            type=float,
            default=1,
            help="Times the sizes of scale 1 (500 news items, 5,000 posts...): 10 for ten times.",
        )
        parser.add_argument(
            "--each",
            type=int,
            help="Have this many of each kind instead (adds what is missing: the query-count "
            "tests measure the pages with 10, then 200).",
        )

    def handle(self, *args, remove=False, scale=1, each=None, **options):
        if remove:
            self.remove()
            return
        if scale <= 0:
            raise CommandError("--scale must be above 0.")
        sizes = sizes_for(scale, each)
        self.english = Locale.get_default()
        self.now = timezone.now()
        topics = list(apps.get_model("home", "Topic").objects.filter(locale=self.english))
        today = datetime.date.today()
        with transaction.atomic():
            # News and organisations show a picture in their listings, in several sizes.
            image = self.image()
            NewsPage = apps.get_model("news", "NewsPage")
            self.add_pages(
                "news.NewsIndexPage",
                NewsPage,
                sizes["news"],
                lambda n: NewsPage(
                    title=f"News item {n}: {topic_words(n)} {LABEL}",
                    slug=f"{SLUG}-{n}",
                    date=today - datetime.timedelta(days=n),
                    intro=f"A news item on {topic_words(n + 5)}, made to measure the site's speed.",
                    listing_image=image,
                    listing_image_alt="A grey square",
                    topics=topics[n % len(topics) : n % len(topics) + 2],
                ),
            )
            self.stdout.write(f"{sizes['news']} news items")

            EventPage = apps.get_model("events", "EventPage")

            def event(n):
                # Every other one past: the upcoming and the past lists both grow.
                start = today + datetime.timedelta(days=(n // 2 + 1) * 3 * (-1) ** n)
                return EventPage(
                    title=f"Meeting {n} on {topic_words(n)} {LABEL}",
                    slug=f"{SLUG}-{n}",
                    start_date=start,
                    end_date=start + datetime.timedelta(days=n % 3),
                    # What EventPage.save() derives from dates known to the day.
                    last_day=start + datetime.timedelta(days=n % 3),
                    city="Montpellier",
                    country="FR",
                    intro="A meeting made to measure the site's speed.",
                )

            self.add_pages("events.EventIndexPage", EventPage, sizes["events"], event)
            self.stdout.write(f"{sizes['events']} events (half of them past)")

            ResourcePage = apps.get_model("resources", "ResourcePage")
            types = list(
                apps.get_model("resources", "ResourceType").objects.filter(locale=self.english)
            )
            ResourceFile = apps.get_model("resources", "ResourceFile")
            document = self.document()
            self.add_pages(
                "resources.ResourceIndexPage",
                ResourcePage,
                sizes["resources"],
                lambda n: ResourcePage(
                    title=f"Resource {n}: {topic_words(n + 3)} {LABEL}",
                    slug=f"{SLUG}-{n}",
                    resource_type=types[n % len(types)],
                    publication_year=2016 + n % 10,
                    intro="A resource made to measure the site's speed.",
                    topics=topics[n % len(topics) : n % len(topics) + 1],
                    files=[ResourceFile(document=document, language="en")],
                ),
            )
            self.stdout.write(f"{sizes['resources']} resources")

            self.organisations(sizes["organisations"], image)
            self.stdout.write(f"{sizes['organisations']} organisations")
            self.members(sizes["members"], topics)
            self.stdout.write(f"{sizes['members']} members")
            self.discussions(sizes["threads"], sizes["posts"])
            self.stdout.write(f"{sizes['threads']} threads, {sizes['posts']} posts")
            # Rows inserted in bulk send no signal: a new content version drops the cached
            # menus and listings, as a publication would.
            site_fragments.invalidate()
        if connection.vendor == "postgresql":
            # Fresh statistics, as autovacuum would make some minutes later: the planner's
            # picture of near-empty tables makes some listings' plans 100 times slower.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS("Benchmark data is in place."))

    def remove(self):
        Page = apps.get_model("wagtailcore", "Page")
        User = get_user_model()
        Forum = apps.get_model("discussions", "Forum")
        forums = Forum.objects.filter(name_en__endswith=LABEL)
        apps.get_model("discussions", "Thread").objects.filter(forum__in=forums).delete()
        forums.delete()
        # Treebeard's queryset delete: a few queries for all pages, and their parents' counts.
        Page.objects.filter(slug__startswith=SLUG).delete()
        apps.get_model("involved", "Organisation").objects.filter(name__endswith=LABEL).delete()
        User.objects.filter(username__endswith=f"@{MEMBERS_DOMAIN}").delete()
        apps.get_model("wagtailimages", "Image").objects.filter(title__endswith=LABEL).delete()
        apps.get_model("wagtaildocs", "Document").objects.filter(title__endswith=LABEL).delete()
        site_fragments.invalidate()
        self.stdout.write("Benchmark data removed.")

    def add_pages(self, index_model, model, count, build):
        """Pages `build(n)` up to `count` under the English index, each with an alias in every
        language synchronised from English, as wagtail-localize's create_aliases_for_new_page
        makes when an editor adds a page (same content, same topics, same translation key)."""
        assert model._meta.get_parent_list() == [Page], "one table under Page's"
        index = apps.get_model(index_model).objects.filter(locale=self.english).first()
        if index is None:
            raise CommandError("Run load_initial_content first.")
        have = model.objects.filter(slug__startswith=SLUG, locale=self.english).count()
        numbers = range(have, count)
        if not numbers:
            return
        LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
        synced = LocaleSynchronization.objects.filter(sync_from=self.english).values("locale_id")
        english = self.insert_pages(index, model, [build(n) for n in numbers])
        for locale in Locale.objects.filter(pk__in=synced).order_by("pk"):
            parent = index.get_translation_or_none(locale)
            if parent is None:  # a language without this section: nothing to alias into
                continue
            aliases = [build(n) for n in numbers]
            for alias, source in zip(aliases, english, strict=True):
                alias.locale = locale
                alias.alias_of_id = source.pk
                alias.translation_key = source.translation_key
            self.insert_pages(parent, model, aliases)

    def insert_pages(self, parent, model, pages):
        """Insert `pages` as the last children of `parent`: their Page rows, their own table's
        rows, their many-to-many links and child objects (topics, files), their index entries."""
        parent = Page.objects.get(pk=parent.pk)  # its number of children as it is now
        last = parent.get_last_child()
        step = Page._str2int(last.path[-Page.steplen :]) if last else 0
        content_type = ContentType.objects.get_for_model(model)
        for n, page in enumerate(pages, start=step + 1):
            page.path = Page._get_path(parent.path, parent.depth + 1, n)
            page.depth = parent.depth + 1
            page.numchild = 0
            page.set_url_path(parent)
            page.content_type = content_type
            page.locale_id = page.locale_id or parent.locale_id
            page.draft_title = page.title
            page.live = True
            page.first_published_at = page.last_published_at = self.now
        # Their topics and files, read while they are unsaved (in memory, no query).
        m2m = [f for f in model._meta.many_to_many if isinstance(f, ParentalManyToManyField)]
        links = {f: [list(getattr(page, f.name).all()) for page in pages] for f in m2m}
        relations = get_all_child_relations(model)
        children = {
            r: [list(getattr(page, r.get_accessor_name()).all()) for page in pages]
            for r in relations
        }
        # Django's bulk_create refuses a model with a parent table: the Page rows first...
        page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        rows = Page.objects.bulk_create(
            Page(**{f.attname: getattr(page, f.attname) for f in page_fields}) for page in pages
        )
        for page, row in zip(pages, rows, strict=True):
            page.pk = page.page_ptr_id = row.pk
        # ...then the page type's own rows, with the ids of those, by the insert bulk_create
        # itself runs for each batch.
        fields = model._meta.local_concrete_fields
        batch = max(1, connection.ops.bulk_batch_size(fields, pages))
        for start in range(0, len(pages), batch):
            model._base_manager._insert(pages[start : start + batch], fields=fields, raw=True)
        for field, values in links.items():
            through = field.remote_field.through
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            through.objects.bulk_create(
                through(**{f"{source}_id": page.pk, f"{target}_id": other.pk})
                for page, others in zip(pages, values, strict=True)
                for other in others
            )
        for relation, values in children.items():
            for page, objects in zip(pages, values, strict=True):
                for child in objects:
                    setattr(child, relation.field.attname, page.pk)
            relation.related_model.objects.bulk_create(
                child for objects in values for child in objects
            )
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
        self.index(model, [page.pk for page in pages])
        return pages

    def index(self, model, pks):
        """Search index entries, as saving each object would make them, by batches."""
        for start in range(0, len(pks), 500):
            objects = list(model.get_indexed_objects().filter(pk__in=pks[start : start + 500]))
            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(model, objects)

    def organisations(self, count, image):
        """Organisations in every language: the name is translated, the facts shared."""
        Organisation = apps.get_model("involved", "Organisation")
        have = Organisation.objects.filter(name__endswith=LABEL, locale=self.english).count()
        colleges = [c for c, _ in Organisation._meta.get_field("college").choices]
        statuses = [s for s, _ in Organisation._meta.get_field("status").choices]
        keys = [uuid.uuid4() for _ in range(have, count)]
        for locale in Locale.objects.order_by("pk"):
            made = Organisation.objects.bulk_create(
                Organisation(
                    name=f"Organisation {n} {LABEL}",
                    college=colleges[n % len(colleges)],
                    status=statuses[n % len(statuses)],
                    country=["FR", "ES", "SN", "BR", "IN"][n % 5],
                    locale=locale,
                    translation_key=key,
                    logo=image,
                    live=True,
                )
                for n, key in enumerate(keys, start=have)
            )
            self.index(Organisation, [organisation.pk for organisation in made])

    def members(self, count, topics):
        """Members with complete profiles, as the Community lists them; they cannot sign in."""
        User = get_user_model()
        MemberProfile = apps.get_model("members", "MemberProfile")
        have = User.objects.filter(username__endswith=f"@{MEMBERS_DOMAIN}").count()
        users = User.objects.bulk_create(
            User(
                username=f"member-{n}@{MEMBERS_DOMAIN}",
                email=f"member-{n}@{MEMBERS_DOMAIN}",
                first_name=f"Member {n}",
                last_name=LABEL,
                password=make_password(None),
            )
            for n in range(have, count)
        )
        if not users:
            return
        users = list(User.objects.filter(username__in=[u.username for u in users]))
        # The group's name is the platform's (members.models.MEMBERS_GROUP).
        group, _ = Group.objects.get_or_create(name="Members")
        group.user_set.through.objects.bulk_create(
            group.user_set.through(user_id=user.pk, group_id=group.pk) for user in users
        )
        profiles = MemberProfile.objects.bulk_create(
            MemberProfile(
                user=user,
                organisation_name=f"Organisation {n % 200} {LABEL}",
                job_title="Soil scientist",
                country=["FR", "ES", "SN", "BR", "IN"][n % 5],
                languages=",en,fr,",
                pillars=f",{n % 4 + 1},",
                presentation="A member made to measure the platform's speed.",
            )
            for n, user in enumerate(users, start=have)
        )
        Topics = MemberProfile.topics.through
        Topics.objects.bulk_create(
            Topics(memberprofile_id=profile.pk, topic_id=topics[n % len(topics)].pk)
            for n, profile in enumerate(profiles)
            if topics
        )

    def discussions(self, thread_count, post_count):
        """Forums holding `thread_count` threads by the benchmark members, each opened by a
        post, and replies up to `post_count` posts: a tenth of them in LONG_THREAD, the rest
        spread over the threads."""
        Forum = apps.get_model("discussions", "Forum")
        Thread = apps.get_model("discussions", "Thread")
        Post = apps.get_model("discussions", "Post")
        authors = list(
            get_user_model()
            .objects.filter(username__endswith=f"@{MEMBERS_DOMAIN}")
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        forums = list(Forum.objects.filter(name_en__endswith=LABEL).order_by("pk"))
        forums += Forum.objects.bulk_create(
            Forum(
                name_en=f"Forum {n} {LABEL}",
                name_fr=f"Forum {n} {LABEL}",
                name_es=f"Foro {n} {LABEL}",
                description_en="A forum made to measure the platform's speed.",
                sort_order=100 + n,
            )
            for n in range(len(forums), FORUMS)
        )
        threads = Thread.objects.filter(forum__in=forums)
        have = threads.count()
        earliest = self.now - datetime.timedelta(days=365)
        new = Thread.objects.bulk_create(
            Thread(
                forum=forums[n % len(forums)],
                title=LONG_THREAD if n == 0 else f"Thread {n} on {topic_words(n)} {LABEL}",
                author_id=authors[n % len(authors)],
                language=LANGUAGES[n % len(LANGUAGES)],
                created_at=earliest + datetime.timedelta(minutes=n),
            )
            for n in range(have, thread_count)
        )
        posts = [
            self.post(Post, thread.pk, authors, n, f"Opening {thread.title}")
            for n, thread in enumerate(new)
        ]
        replies = max(0, post_count - Post.objects.filter(thread__in=threads).count() - len(posts))
        long_thread = threads.get(title=LONG_THREAD)
        spread = list(threads.order_by("pk").values_list("pk", flat=True))
        for n in range(replies):
            thread_id = long_thread.pk if n % 10 == 0 else spread[n % len(spread)]
            posts.append(self.post(Post, thread_id, authors, n, "Reply"))
        # A second apart, the last one now: in the order of their ids, as members write them.
        for n, post in enumerate(posts):
            post.created_at = self.now - datetime.timedelta(seconds=len(posts) - n)
        for start in range(0, len(posts), 5000):
            Post.objects.bulk_create(posts[start : start + 5000])
        # Each thread's counts as replying keeps them (one statement, whatever the number).
        of_thread = Post.objects.filter(thread=OuterRef("pk")).values("thread")
        threads.update(
            reply_count=Subquery(of_thread.annotate(n=Count("pk")).values("n")) - 1,
            last_activity_at=Subquery(of_thread.annotate(at=Max("created_at")).values("at")),
        )

    def post(self, Post, thread_id, authors, n, opening):
        body = f"{opening}: a post on {topic_words(n)}, made to measure the platform's speed."
        return Post(
            thread_id=thread_id,
            author_id=authors[n % len(authors)],
            body=body,
            # What the Markdown formatter makes of one plain sentence.
            html=f"<p>{escape(body)}</p>\n",
            language=LANGUAGES[n % len(LANGUAGES)],
        )

    def document(self):
        Document = apps.get_model("wagtaildocs", "Document")
        found = Document.objects.filter(title__endswith=LABEL).first()
        if found:
            return found
        text = ContentFile(b"A document made to measure the site's speed.", name=f"{SLUG}.txt")
        return Document.objects.create(title=f"Report {LABEL}", file=text)

    def image(self):
        Image = apps.get_model("wagtailimages", "Image")
        found = Image.objects.filter(title__endswith=LABEL).first()
        if found:
            return found
        data = io.BytesIO()
        Picture.new("RGB", (1200, 800), "grey").save(data, "PNG")
        return Image.objects.create(
            title=f"Grey square {LABEL}", file=ImageFile(data, name=f"{SLUG}.png")
        )
