"""The article highlighter escapes every character of the text and keeps its marks well nested."""
import pytest

from factcheck.pages.highlight import Mark, highlight


@pytest.mark.parametrize(
    "text, marks, expected",
    [
        ("<script>alert(1)</script>", [], "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a said b", [Mark(7, 8, "claim")], 'a said <mark class="claim">b</mark>'),
        ("x & y", [Mark(0, 5, "c", anchor="claim-c1", title='"t"', ref="c<1>")],
         '<mark class="c" id="claim-c1" tabindex="0" role="link" title="&#34;t&#34;" data-ref="c&lt;1&gt;">x &amp; y</mark>'),
        ("outer inner", [Mark(6, 11, "in"), Mark(0, 11, "out")],
         '<mark class="out">outer <mark class="in">inner</mark></mark>'),
        ("abcdef", [Mark(0, 4, "one", anchor="a1"), Mark(2, 6, "two", anchor="a2", ref="c2")],
         '<mark class="one" id="a1" tabindex="0" role="link">ab<mark class="two" id="a2" tabindex="0" role="link" '
         'data-ref="c2">cd</mark></mark>'
         '<mark class="two continued" data-ref="c2">ef</mark>'),
        ("abc", [Mark(2, 9, "beyond"), Mark(1, 1, "empty"), Mark(-1, 2, "before")], "abc"),
        ("", [Mark(0, 1, "none")], ""),
    ],
    ids=["escapes", "wraps", "attributes", "nests", "crossing", "out-of-range", "empty"],
)
def test_highlight(text, marks, expected):
    assert highlight(text, marks) == expected
