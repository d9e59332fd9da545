"""`factcheck analyze --format text`: one readable line per claim, disputes marked."""
import pytest
from click.testing import CliRunner

from claims import Analysis, Claim, Dispute, Speaker
from factcheck.cli import cli
from factcheck.cli.text import format_text


def claim(number, content, speaker=None, kind="indirect", disputers=()):
    return Claim(
        id=f"c{number}",
        content=content,
        span=(0, len(content)),
        kind=kind,
        cue="said",
        cue_span=None,
        speaker=Speaker(mention=speaker, span=None, name=speaker) if speaker else None,
        attribution="named" if speaker else "unattributed",
        disputes=[Dispute(by=by, mention=by, cue="disputes", span=(0, 1)) for by in disputers],
    )


@pytest.mark.parametrize(
    "claims, expected",
    [
        ([], "(no claims)"),
        ([claim(1, "The pier will reopen in May", "Ada Novak", "direct")], "c1  Ada Novak — direct — The pier will reopen in May"),
        (
            [claim(1, "the repairs cost 9 million crowns", "Ada Novak", disputers=["the council", "Velmont"])],
            "c1  Ada Novak — indirect — the repairs cost 9 million crowns  [DISPUTED by the council, Velmont]",
        ),
        (
            [claim(1, "Fares rose 8% last year"), claim(2, "fares would double", "Oskar Bellamy")],
            "c1  (publication) — indirect — Fares rose 8% last year\nc2  Oskar Bellamy — indirect — fares would double",
        ),
    ],
)
def test_format_text(claims, expected):
    assert format_text(Analysis(headline=None, byline=[], publisher=None, claims=claims)) == expected


@pytest.mark.parametrize(
    "text, line",
    [
        ('"The pier will reopen in May," said Ada Novak.\n', "c1  Ada Novak — direct — The pier will reopen in May"),
        ("Ada Novak said the repairs cost 9 million crowns, a figure the council disputes.\n", "[DISPUTED by"),
    ],
)
def test_analyze_prints_claims_as_text(tmp_path, text, line):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(path), "--format", "text"])
    assert result.exit_code == 0
    assert line in result.output
