"""`factcheck analyze --format text`: one readable line per claim, disputes marked; statements on request."""
import json

import pytest
from click.testing import CliRunner

from claims import Analysis, Claim, Dispute, Speaker
from factcheck.cli import cli, format_text


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
    ],
)
def test_format_text(claims, expected):
    assert format_text(Analysis(headline=None, byline=[], publisher=None, claims=claims)) == expected


def test_format_text_gives_the_publications_statements_only_when_asked():
    analysis = Analysis(headline=None, byline=[], publisher=None, claims=[claim(1, "fares would double", "Oskar Bellamy")],
                        statements=[claim(1, "Fares rose 8% last year")])
    assert format_text(analysis) == "c1  Oskar Bellamy — indirect — fares would double"
    assert format_text(analysis, statements=True).endswith("\nc1  (publication) — indirect — Fares rose 8% last year")


@pytest.mark.parametrize("flags, listed", [([], False), (["--with-statements"], True)])
def test_analyze_gives_the_publications_statements_on_request(tmp_path, flags, listed):
    path = tmp_path / "article.txt"
    path.write_text("Ada Novak said the pier would reopen.\n\nHarbour fees rose 40% last year, the steepest rise since 2009.\n")
    result = CliRunner().invoke(cli, ["analyze", str(path), "--no-registry", *flags])
    document = json.loads(result.output)
    assert [c["content"] for c in document["claims"]] == ["the pier would reopen"]
    assert ("statements" in document) == listed
    if listed:
        assert [(s["id"], s["attribution"]) for s in document["statements"]] == [("s1", "unattributed")]


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
