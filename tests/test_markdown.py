"""The Markdown subset: what authors write becomes safe, structured HTML; anything else is an error."""

from __future__ import annotations

from liverbook.content import markdown


def test_blocks_render_as_headings_lists_tables_and_notes() -> None:
    body = "Intro **bold** and *soft*.\n\n## Head\n- one\n  more\n- two\n\n1. first\n\n> Call now\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
    out = markdown.to_html(body)
    assert "<p>Intro <b>bold</b> and <i>soft</i>.</p>" in out
    assert "<h2>Head</h2>" in out
    assert "<ul><li>one more</li><li>two</li></ul>" in out
    assert "<ol><li>first</li></ol>" in out
    assert '<table class="note"' in out and "Call now" in out
    assert "<th>A</th><th>B</th>" in out and "<td>1</td><td>2</td>" in out


def test_text_is_escaped_so_content_can_never_inject_markup() -> None:
    out = markdown.to_html('Use 5 < 6 & "quotes" <b>not bold</b>')
    assert "&lt;b&gt;not bold&lt;/b&gt;" in out and "5 &lt; 6 &amp;" in out
    assert "<b>" not in out


def test_links_and_citations_are_listed_with_their_line() -> None:
    body = "See [this](page:bclc-stages).\n\nA number[^acs] and [word](term:ascites) and [x](https://example.org)."
    assert markdown.links(body) == [
        (0, "page", "bclc-stages"),
        (2, "source", "acs"),
        (2, "term", "ascites"),
        (2, "https", "https://example.org"),
    ]


def test_unsupported_syntax_is_reported_with_its_line() -> None:
    body = "# Title\n\nok\n\n- item\n  - nested\n\n![pic](x.png)\n\n[bad](file:///etc/passwd)\n"
    problems = markdown.check(body)
    assert any(n == 0 and "headings are" in m for n, m in problems)
    assert any(n == 5 and "nested lists" in m for n, m in problems)
    assert any(n == 7 and "images" in m for n, m in problems)
    assert any(n == 9 and "'file:///etc/passwd' is not allowed" in m for n, m in problems)


def test_plain_text_drops_markup_for_search_and_readability() -> None:
    assert markdown.plain_text("A **big** [link](page:x)[^s].\n\n- item") == "A big link.\nitem"


def test_emphasis_may_span_a_link() -> None:
    out = markdown.to_html("- **[Albumin](term:albumin):** a protein.")
    assert '<li><b><a href="term:albumin">Albumin</a>:</b> a protein.</li>' in out
