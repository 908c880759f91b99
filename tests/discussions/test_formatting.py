"""What a member types is rendered as safe HTML: Markdown formatting, and nothing a browser
would run or load."""

import re

import pytest

from discussions.formatting import render

# The usual payloads: none may come out as markup.
PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    "<svg onload=alert(1)><circle r=10></svg>",
    "<svg><script>alert(1)</script></svg>",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=//evil.example></iframe>",
    "<div onmouseover=alert(1)>hover",
    "<b><i>unclosed <script>alert(1)",
    "<style>body{display:none}</style>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](javascript&#58;alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x]( javascript:alert(1) )",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](vbscript:msgbox(1))",
    "<javascript:alert(1)>",
    '[x](https://ok.example "a" onclick="alert(1)")',
    "![x](https://evil.example/track.png)",
    "![x](javascript:alert(1))",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "`<script>` and ```\n<script>alert(1)</script>\n```",
    "<!-- <script>alert(1)</script> -->",
    '<a href="https://ok.example" onclick="alert(1)">x</a>',
]

ALLOWED_TAGS = {"p", "br", "strong", "em", "s", "code", "pre", "blockquote", "ul", "ol", "li"}
ALLOWED_TAGS |= {"a", "h3", "h4", "hr"}


def tags_of(html):
    return {name.lower() for name in re.findall(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)", html)}


def assert_inert(html):
    assert tags_of(html) <= ALLOWED_TAGS, html
    lowered = html.lower()
    for needle in ("javascript:", "vbscript:", "data:", " on", "<img", "<svg", "<script", "src="):
        # Outside a tag the text may say it; inside one it would be live.
        for tag in re.findall(r"<[^>]*>", lowered):
            assert needle not in tag, html
    for href in re.findall(r'<a\s[^>]*href="([^"]*)"', html):
        assert re.match(r"(https?:|mailto:)", href), html


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_never_come_out_as_markup(payload):
    assert_inert(render(payload))


def test_raw_html_is_shown_as_typed():
    assert render("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"


def test_markdown_formatting_is_kept():
    html = render(
        "# Results\n\n**Biochar** and *compost*, ~~not~~ [FAO](https://www.fao.org)\n\n- a\n- b\n\n> quoted"
    )
    assert "<h3>Results</h3>" in html  # below the page's own h1 and h2
    assert "<strong>Biochar</strong>" in html and "<em>compost</em>" in html
    assert "<s>not</s>" in html
    assert '<a href="https://www.fao.org" rel="nofollow ugc noopener">FAO</a>' in html
    assert "<li>a</li>" in html and "<blockquote>" in html


def test_every_link_is_marked_as_members_content():
    html = render("[a](https://a.example) <https://b.example> [c](mailto:c@example.org)")
    assert html.count('rel="nofollow ugc noopener"') == 3


def test_no_image_loads_from_elsewhere():
    html = render("![a pixel](https://tracker.example/p.gif)")
    assert "<img" not in html
