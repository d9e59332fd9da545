"""The `factcheck analyze` command: formats and input errors."""
import json

import pytest
from click.testing import CliRunner

from factcheck.cli import cli


@pytest.fixture
def runner():
    return CliRunner()


def test_json_output_has_article_and_claims(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text('"We will win," said Jane Doe.\n', encoding="utf-8")
    result = runner.invoke(cli, ["analyze", str(path)])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert set(data) == {"article", "claims"}


def test_several_files_give_json_lines_in_order(runner, tmp_path):
    paths = []
    for name in ("one", "two"):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"By {name.title()} Smith\n\nText.\n", encoding="utf-8")
        paths.append(str(path))
    result = runner.invoke(cli, ["analyze", *paths])
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert [json.loads(line)["article"]["byline"] for line in lines] == [["One Smith"], ["Two Smith"]]


@pytest.mark.parametrize(
    "data, message",
    [(b"", "input is empty"), (b"  \n\n ", "input is empty"), (b"\x00\x01binary", "binary"), (b"\xfa\xfb\xfc", "not UTF-8")],
)
def test_unusable_input_is_a_one_line_error_with_exit_code_2(runner, tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    result = runner.invoke(cli, ["analyze", str(path)])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_missing_file_is_an_error_with_exit_code_2(runner, tmp_path):
    result = runner.invoke(cli, ["analyze", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "cannot read" in result.output


def test_a_bad_file_in_a_batch_gets_an_error_line_and_the_others_go_on(runner, tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("Jane Doe said the pier would reopen in May.\n", encoding="utf-8")
    bad.write_bytes(b"")
    result = runner.invoke(cli, ["analyze", str(good), str(bad), str(good), "--no-registry"])
    assert result.exit_code == 2
    lines = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert [line["file"] for line in lines] == [str(good), str(bad), str(good)]
    assert lines[1] == {"file": str(bad), "error": f"{bad}: input is empty"}
    assert lines[0]["claims"] and lines[2]["claims"]
    assert "input is empty" in result.stderr
