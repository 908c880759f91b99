"""Forums and their threads.

A forum is one place for members of every language: its name and description are stored in
each of the site's languages on the same row (name_en, name_fr, name_es), not as translated
copies. A forum translated with wagtail-localize would be three rows, and its threads would be
split between them by language, when the point is that a French and a Spanish member debate
in the same thread (each post carries its own language)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from members.models.choices import Pillar


class ForumQuerySet(models.QuerySet):
    def listed(self):
        return self.filter(listed=True)


class Forum(models.Model):
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=120, blank=True)
    description_en = models.TextField(_("description (English)"), max_length=600, blank=True)
    description_fr = models.TextField(_("description (French)"), max_length=600, blank=True)
    description_es = models.TextField(_("description (Spanish)"), max_length=600, blank=True)
    pillar = models.CharField(
        _("research pillar"), max_length=2, choices=Pillar.choices, blank=True
    )
    sort_order = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Forums are listed by this number, then by name.")
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    # The name the platform knows a forum it made by (the initial forums, the joint projects'
    # forum), so it finds it again whatever the Secretariat renames it to.
    key = models.SlugField(max_length=40, unique=True, null=True, blank=True, editable=False)
    # An unlisted forum holds the discussions of other parts of the platform (each joint
    # project's thread): members reach its threads from there, not from the forums list.
    listed = models.BooleanField(_("listed among the forums"), default=True, editable=False)

    objects = ForumQuerySet.as_manager()

    class Meta:
        verbose_name = _("forum")
        verbose_name_plural = _("forums")
        ordering = ["sort_order", "name_en", "pk"]

    def __str__(self):
        return self.name

    def _in_language(self, field):
        # The reader's language, else English (the name_en field is required).
        language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        return getattr(self, f"{field}_{language}", "") or getattr(self, f"{field}_en")

    @property
    def name(self):
        return self._in_language("name")

    @property
    def description(self):
        return self._in_language("description")


class Thread(models.Model):
    forum = models.ForeignKey(
        Forum, on_delete=models.PROTECT, related_name="threads", verbose_name=_("forum")
    )
    title = models.CharField(_("title"), max_length=200)
    # A deleted account's threads stay, signed "Former member".
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    pinned = models.BooleanField(_("pinned"), default=False)
    locked = models.BooleanField(_("locked"), default=False)
    # Posts after the first, kept here so listings need not count them.
    reply_count = models.PositiveIntegerField(_("replies"), default=0)

    class Meta:
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        ordering = ["-pinned", "-last_activity_at", "-pk"]
        indexes = [models.Index(fields=["forum", "-pinned", "-last_activity_at", "-id"])]

    def __str__(self):
        return self.title

    @property
    def post_count(self):
        return self.reply_count + 1


class ForumFollow(models.Model):
    """A member hears of each new thread in this forum."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="follows")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "forum"], name="one_follow_per_forum")
        ]

    def __str__(self):
        return f"{self.user} → {self.forum}"


class ThreadFollow(models.Model):
    """Following a thread (replies are notified) or muting it: a member who started or replied
    to a thread follows it, unless they muted it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="follows")
    following = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "thread"], name="one_follow_per_thread")
        ]

    def __str__(self):
        return f"{self.user} → {self.thread}"


class ThreadVisit(models.Model):
    """The last post of a thread a member has seen, for the link to the first unread one."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="visits")
    last_read_post_id = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "thread"], name="one_visit_per_thread")
        ]

    def __str__(self):
        return f"{self.user} → {self.thread}"
