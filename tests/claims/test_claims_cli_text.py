"""`factcheck analyze --format text`: one readable line per claim, a denial as a denial, disputes marked;
the publication's own statements on request."""
import json

import pytest
from click.testing import CliRunner

from claims import Analysis, Claim, Dispute, Speaker
from factcheck.cli import cli
from factcheck.cli.text import format_text


def claim(number, content, speaker=None, kind="indirect", disputers=(), cue="said", stance=None):
    """A claim; `disputers` are names, or (name, the id of their denial's claim)."""
    return Claim(
        id=f"c{number}",
        content=content,
        span=(0, len(content)),
        kind=kind,
        cue=cue,
        cue_span=None,
        speaker=Speaker(mention=speaker, span=None, name=speaker) if speaker else None,
        attribution="named" if speaker else "unattributed",
        stance=stance,
        disputes=[Dispute(by=by, mention=by, cue="denied", span=(0, 1), claim_id=denial)
                  for by, denial in (d if isinstance(d, tuple) else (d, None) for d in disputers)],
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
            [claim(1, "the bridge is unsafe", "Ada Novak", disputers=[("the council", "c2")]),
             claim(2, "the bridge was unsafe", "the council", cue="denied", stance="denial")],
            "c1  Ada Novak — indirect — the bridge is unsafe  [DISPUTED by the council]\n"
            "c2  the council — denied — the bridge was unsafe  [DENIAL of c1]",
        ),
        (
            [claim(1, "That is nonsense", "Oskar Bellamy", kind="direct", cue=":", stance="denial")],
            "c1  Oskar Bellamy — denies — That is nonsense  [DENIAL]",
        ),
        (
            [claim(1, "Fares rose 8% last year"), claim(2, "fares would double", "Oskar Bellamy")],
            "c1  (publication) — indirect — Fares rose 8% last year\nc2  Oskar Bellamy — indirect — fares would double",
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
        ("Ada Novak said the harbour wall had cracked in two places.\n\n"
         "The port authority denied that the harbour wall had cracked.\n",
         "c2  The port authority — denied — the harbour wall had cracked  [DENIAL of c1]"),
    ],
)
def test_analyze_prints_claims_as_text(tmp_path, text, line):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(path), "--format", "text"])
    assert result.exit_code == 0
    assert line in result.output


def test_disputes_on_record_in_the_registry_are_named_too(tmp_path):
    """The demo registry records that Tokyo disputes the rice tariff figure; the text names it as on record."""
    path = tmp_path / "article.txt"
    path.write_text("Donald Trump said Japan charges a 700% tariff on rice.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(path), "--format", "text"], env={"FACTCHECK_DATABASE": None})
    assert result.exit_code == 0
    assert result.output == "c1  Donald Trump — indirect — Japan charges a 700% tariff on rice  [DISPUTED by Tokyo (on record)]\n"
