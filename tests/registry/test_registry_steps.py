"""Step definitions for features/registry/: registering, matching, provenance, disputes and imports."""
import json
from dataclasses import replace

import pytest
from click.testing import CliRunner
from pytest_bdd import given, parsers, scenarios, then, when

from factcheck.cli import cli
from registry_claims import make_claim
from sources import DEFAULT_CONFIG, load_index, match_claim, registry
from sources.demo import load_demo
from sources.exporting import export_json
from sources.model import RecordedDispute, Source, Statement
from sources.speakers import match_speaker

scenarios("registry")


def quoted_text(text: str) -> str:
    return text


quoted_text.pattern = r'[^"]+'
TYPES = {"Text": quoted_text}


def step(pattern: str):
    """A step pattern whose quoted {name:Text} fields hold anything but a double quote."""
    return parsers.parse(pattern, extra_types=TYPES)


@pytest.fixture
def runner():
    return CliRunner()


def run_registry_command(runner, registry_path, *args):
    return runner.invoke(cli, ["registry", *args, "--database", registry_path])


# Given: the registry's contents

@given("an empty source registry", target_fixture="db")
def empty_registry(registry_db):
    return registry_db


@given("the demo registry", target_fixture="db")
def demo_registry(registry_db):
    load_demo(registry_db)
    return registry_db


@given(step('the {kind:Text} "{name:Text}", registered as "{source_id:Text}"'))
def registered_source(db, kind, name, source_id):
    registry.upsert_sources(db, [Source(source_id, name, kind)])


@given(step('"{source_id:Text}" said "{text:Text}" ({medium}, {date}), on record as "{statement_id:Text}"'))
def statement_on_record(db, source_id, text, medium, date, statement_id):
    registry.upsert_statements(db, [Statement(statement_id, text, source_id, medium=medium, date=date)])


@given(step('"{by:Text}" disputes the statement "{statement_id:Text}", saying "{counter:Text}"'))
def dispute_on_record(db, by, statement_id, counter):
    registry.upsert_disputes(db, [RecordedDispute(f"{by}-disputes", statement_id, by=by, counter_claim=counter)])


@given(step('the fact-checker "{reviewer:Text}" rated the statement "{statement_id:Text}" "{rating:Text}"'))
def verdict_on_record(db, reviewer, statement_id, rating):
    registry.upsert_disputes(db, [RecordedDispute("review", statement_id, reviewer=reviewer, rating=rating)])


# When: registering, attributing claims, importing

@when(step('I register the person "{name:Text}" as "{source_id:Text}", also known as "{alias:Text}", with the role "{role:Text}"'))
def register_with_cli(runner, registry_path, name, source_id, alias, role):
    result = run_registry_command(runner, registry_path, "add-source", source_id, name, "--alias", alias, "--role", role)
    assert result.exit_code == 0, result.output


@when(step('a claim is attributed to "{speaker:Text}"'), target_fixture="speaker_match")
def attributed(db, speaker):
    return match_speaker(make_claim(speaker), load_index(db), DEFAULT_CONFIG)


@when(step('a claim is attributed to "{speaker:Text}" of "{affiliation:Text}"'), target_fixture="speaker_match")
def attributed_with_affiliation(db, speaker, affiliation):
    return match_speaker(make_claim(speaker, affiliation=affiliation), load_index(db), DEFAULT_CONFIG)


@when(step('a claim is attributed to "{speaker:Text}", mentioned as "{mention:Text}"'), target_fixture="speaker_match")
def attributed_with_mention(db, speaker, mention):
    return match_speaker(make_claim(speaker, mention=mention), load_index(db), DEFAULT_CONFIG)


@when(step('one claim is attributed to "{first:Text}" and another to "{second:Text}"'), target_fixture="speaker_matches")
def two_claims(db, first, second):
    index = load_index(db)
    return [match_speaker(make_claim(speaker), index, DEFAULT_CONFIG) for speaker in (first, second)]


@when(step('"{speaker:Text}" is quoted as saying "{words:Text}"'), target_fixture="claim_match")
def quoted(db, speaker, words):
    return match_claim(make_claim(speaker, words, quote=words), load_index(db))


@when(step('"{speaker:Text}" is reported as saying "{words:Text}"'), target_fixture="claim_match")
def reported(db, speaker, words):
    return match_claim(make_claim(speaker, words), load_index(db))


@when(step('"{speaker:Text}" is reported as saying "{words:Text}", which "{by:Text}" disputes in the article'),
      target_fixture="claim_match")
def reported_and_disputed(db, speaker, words, by):
    return match_claim(make_claim(speaker, words, disputed_by=by), load_index(db))


@when(step('"{speaker:Text}" is reported as denying "{words:Text}"'), target_fixture="claim_match")
def reported_denying(db, speaker, words):
    return match_claim(replace(make_claim(speaker, words), stance="denial"), load_index(db))


@when(step('I import the file "{name:Text}":'), target_fixture="attempt")
def import_file(runner, registry_path, db, tmp_path, name, docstring):
    (tmp_path / name).write_text(docstring, encoding="utf-8")
    return attempt_import(runner, registry_path, db, tmp_path / name)


@when(step('I import the file "{name:Text}" again'), target_fixture="attempt")
def import_again(runner, registry_path, db, tmp_path, name):
    return attempt_import(runner, registry_path, db, tmp_path / name)


@when(parsers.parse("I import a source whose name is {length:d} characters long"), target_fixture="attempt")
def import_huge_name(runner, registry_path, db, tmp_path, length):
    path = tmp_path / "huge.json"
    path.write_text(json.dumps({"sources": [{"id": "huge", "name": "x" * length, "kind": "person"}]}), encoding="utf-8")
    return attempt_import(runner, registry_path, db, path)


def attempt_import(runner, registry_path, db, path) -> dict:
    """Import through the CLI, keeping what the registry held before."""
    before = {"records": export_json(db), "revision": registry.revision(db)}
    return {"result": run_registry_command(runner, registry_path, "import", str(path)), "before": before}


# Then: who is speaking

@then(step('the speaker is the source "{source_id:Text}", matched through "{alias:Text}"'))
def speaker_is(speaker_match, source_id, alias):
    assert speaker_match.source is not None, speaker_match
    assert (speaker_match.source.id, speaker_match.source.alias) == (source_id, alias)


@then(step('both speakers are the source "{source_id:Text}"'))
def both_speakers_are(speaker_matches, source_id):
    assert [match.source and match.source.id for match in speaker_matches] == [source_id, source_id]


@then("the speaker is not identified")
def speaker_unidentified(speaker_match):
    assert speaker_match.source is None


@then(step('the candidates are "{first:Text}" and "{second:Text}"'))
def candidates_are(speaker_match, first, second):
    assert sorted(candidate.id for candidate in speaker_match.candidates) == [first, second]


@then("there are no candidates")
def no_candidates(speaker_match):
    assert speaker_match.candidates == ()


# Then: where the words come from

@then(step('the claim\'s provenance is "{status:Text}", from the statement "{statement_id:Text}"'))
def provenance_from(claim_match, status, statement_id):
    provenance = claim_match.provenance
    assert (provenance.status, provenance.statement and provenance.statement.id) == (status, statement_id)


@then(step('the claim\'s provenance is "{status:Text}"'))
def provenance_is(claim_match, status):
    assert claim_match.provenance.status == status


@then(parsers.parse("the original is a {medium} of {date}"))
def original_is(claim_match, medium, date):
    statement = claim_match.provenance.statement
    assert (statement.medium, statement.date) == (medium, date)


@then(step('the diff shows "{word:Text}" dropped'))
def diff_dropped(claim_match, word):
    assert ("delete", word, "") in [(op.op, op.original, op.quoted) for op in claim_match.provenance.diff]


@then(step('the diff shows "{original:Text}" replaced by "{quoted:Text}"'))
def diff_replaced(claim_match, original, quoted):
    assert ("replace", original, quoted) in [(op.op, op.original, op.quoted) for op in claim_match.provenance.diff]


@then(step('the speaker is "{source_id:Text}", whose statement "{statement_id:Text}" is cited'))
def speaker_and_statement(claim_match, source_id, statement_id):
    statement = claim_match.provenance.statement
    assert claim_match.speaker.source is not None and claim_match.speaker.candidates == ()
    assert (claim_match.speaker.source.id, statement.id, statement.source_id) == (source_id, statement_id, source_id)


@then(step('the speaker is "{source_id:Text}", with nothing on record cited'))
def speaker_without_statement(claim_match, source_id):
    assert claim_match.speaker.source is not None and claim_match.speaker.source.id == source_id
    assert (claim_match.provenance.status, claim_match.provenance.statement) == ("unverified", None)


@then(step('the speaker could be "{first:Text}" or "{second:Text}"'))
def speaker_could_be(claim_match, first, second):
    assert claim_match.speaker.source is None
    assert sorted(candidate.id for candidate in claim_match.speaker.candidates) == [first, second]


@then(step('the claim contradicts the statement "{statement_id:Text}" of "{source_id:Text}"'))
def contradicts_statement(claim_match, statement_id, source_id):
    contradicted = claim_match.contradicts
    assert contradicted is not None and contradicted.status == "contradicted"
    assert (contradicted.statement.id, contradicted.statement.source_id) == (statement_id, source_id)


@then("the claim contradicts nothing on record")
def contradicts_nothing(claim_match):
    assert claim_match.contradicts is None


# Then: disputes

@then(step('the claim is disputed on record by "{by:Text}", who says "{counter:Text}"'))
def disputed_on_record_by(claim_match, by, counter):
    assert claim_match.disputed
    assert [(d.by, d.counter_claim) for d in claim_match.registry_disputes] == [(by, counter)]


@then(step('the claim is disputed, with the rating "{rating:Text}" on record'))
def disputed_with_rating(claim_match, rating):
    assert claim_match.disputed
    assert [d.rating for d in claim_match.registry_disputes] == [rating]


@then(step('the claim is not disputed, with the rating "{rating:Text}" on record'))
def not_disputed_with_rating(claim_match, rating):
    assert not claim_match.disputed
    assert [d.rating for d in claim_match.registry_disputes] == [rating]


@then("the claim is not disputed")
def not_disputed(claim_match):
    assert not claim_match.disputed and claim_match.registry_disputes == []


@then("the claim is disputed, with nothing on record")
def disputed_in_article_only(claim_match):
    assert claim_match.disputed and claim_match.registry_disputes == []


# Then: imports

@then(step('the registry holds the sources "{first:Text}" and "{second:Text}"'))
def registry_holds(db, first, second):
    assert [source.id for source in registry.iter_sources(db)] == [first, second]


@then(step('"{source_id:Text}" is also known as "{first:Text}" and "{second:Text}"'))
def also_known_as(db, source_id, first, second):
    assert registry.get_source(db, source_id).aliases == [first, second]


@then(step('the import fails, saying "{problem:Text}"'))
def import_fails(attempt, problem):
    result = attempt["result"]
    assert result.exit_code == 2, result.output
    assert problem in result.output
    assert "Traceback" not in result.output


@then("the registry is unchanged")
def registry_unchanged(db, attempt):
    assert {"records": export_json(db), "revision": registry.revision(db)} == attempt["before"]
