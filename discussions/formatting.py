"""A post's text is Markdown (CommonMark, as members know it from elsewhere), turned into HTML
with raw HTML switched off, then cleaned by nh3 (the Ammonia sanitiser): whatever the parser
lets through, only the tags below reach a page, links only to http(s) and mailto, marked
rel="nofollow ugc noopener", and no image at all (nothing loads from elsewhere)."""

import nh3
from markdown_it import MarkdownIt

TAGS = {
    "p", "br", "strong", "em", "s", "code", "pre", "blockquote", "ul", "ol", "li", "a",
    "h3", "h4", "hr",
}  # fmt: skip
ATTRIBUTES = {"a": {"href"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto"}

# html=False: "<script>" in a post is text, shown as typed. Images are not parsed (an image
# would load from another site, telling it who reads the thread).
_markdown = MarkdownIt("commonmark", {"html": False}).disable("image").enable("strikethrough")


def clean(html):
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow ugc noopener",
        strip_comments=True,
    )


def render(text):
    """The safe HTML of a member's Markdown."""
    # Headings start at h3: the page has its h1 (the thread) and h2 (each post's author).
    html = _markdown.render(text)
    for level in (6, 5, 4, 3, 2, 1):
        html = html.replace(f"<h{level}>", f"<h{min(level + 2, 4)}>")
        html = html.replace(f"</h{level}>", f"</h{min(level + 2, 4)}>")
    return clean(html)
