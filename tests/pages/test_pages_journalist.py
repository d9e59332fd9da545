"""Steps for features/journalist/: a journalist submits articles through the pages and reads the breakdown,
and reads denials as denials on the page and on the command line."""
import io

from bs4 import BeautifulSoup
from click.testing import CliRunner
from pytest_bdd import given, parsers, scenarios, then, when

from claims_table import table_row
from factcheck.cli import cli

scenarios("journalist/submit_and_read.feature", "journalist/read_denials.feature")


def highlighted(page, ref: str) -> str:
    """The words of the text highlighted for one claim (pieces of a claim split around others included)."""
    return "".join(mark.text for mark in page.select(f"#article-text mark.claim[data-ref='{ref}']"))


def colour(page, content: str) -> str:
    ref = table_row(page, content)["id"].removeprefix("row-")
    return next(c for c in page.select_one(f"#claim-{ref}")["class"] if c.startswith("spk-"))


@given("I paste this article:", target_fixture="submission")
def paste(docstring):
    return {"body": docstring}


@given(parsers.parse('I have the file "{name}" holding:'), target_fixture="submission")
def a_file(name, docstring):
    return {"upload": (io.BytesIO(docstring.encode()), name)}


@given(parsers.parse('I have checked the article "{title}" reading "{body}"'))
def checked(browser, title, body):
    assert browser.submit("/", {"title": title, "body": body}).status_code == 302


@when("I submit it for checking", target_fixture="result")
@when("I upload it for checking", target_fixture="result")
def submit(browser, submission):
    response = browser.submit("/", submission, content_type="multipart/form-data")
    if response.status_code == 302:
        return browser.page(response.headers["Location"])
    return BeautifulSoup(response.text, "html.parser")


@when(parsers.parse('I search my articles for "{words}"'), target_fixture="result")
def search(browser, words):
    return browser.page(f"/articles?q={words}")


@then(parsers.parse('the article text shows the claim "{content}" by "{speaker}"'))
def shows_claim(result, content, speaker):
    row = table_row(result, content)
    assert content in highlighted(result, row["id"].removeprefix("row-"))
    assert speaker in row.select("td")[1].text


@then(parsers.parse('the claims of "{first}" and "{second}" have different colours'))
def different_colours(result, first, second):
    by_speaker = {row.select("td")[1].text.strip(): row.select_one("a.claim-link").text for row in result.select("#claims tbody tr")}
    assert colour(result, by_speaker[first]) != colour(result, by_speaker[second])


@then(parsers.re(r'the claims table lists "(?P<content>.+)" by "(?P<speaker>.+)" as an? (?P<kind>\w+) claim'))
def table_lists(result, content, speaker, kind):
    row = table_row(result, content)
    assert speaker in row.select("td")[1].text
    assert row.select_one("td .badge").text == kind


@then(parsers.parse('the claims table says "{content}" was read by the rule "{rule}"'))
def read_by_rule(result, content, rule):
    assert table_row(result, content).select_one(".rule code").text == rule


@when(parsers.parse('I open the address "{path}"'), target_fixture="response")
def open_address(browser, path):
    return browser.get(path, headers={"Accept": "text/html"})


@then("I see a page saying the address was not found, with a way back to my articles")
def not_found_page(response):
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    page = BeautifulSoup(response.text, "html.parser")
    assert "not found" in page.select_one("main").text.lower()
    assert page.select_one("a[href='/articles']")


@then(parsers.parse("the claims table has {count:d} claims"))
def claim_count(result, count):
    assert len(result.select("#claims tbody tr")) == count


@then("each claim in the table links to its highlighted words in the article text")
def links_to_text(result):
    for link in result.select("#claims a.claim-link"):
        ref = link["href"].removeprefix("#claim-")
        assert result.select_one(f"#article-text #claim-{ref}") is not None
        assert link.text in highlighted(result, ref)


@then(parsers.parse('the claim "{content}" is marked as disputed'), target_fixture="disputed_row")
def marked_disputed(result, content):
    row = table_row(result, content)
    assert "disputed" in row["class"] and row.select_one(".badge.disputed").text == "disputed"
    assert "disputed" in result.select_one(f"#claim-{row['id'].removeprefix('row-')}")["class"]
    return row


@then(parsers.parse('its dispute evidence names "{who}"'))
def evidence_names(disputed_row, who):
    assert who in disputed_row.select_one(".evidence").text


@then(parsers.parse("the article counts {count:d} disputed claim"))
def disputed_count(result, count):
    assert result.select_one("#disputed-count").text == str(count)


@then(parsers.parse('the article text holds "{text}"'))
def text_holds(result, text):
    assert text in result.select_one("#article-text").text


@then(parsers.parse('the article text leaves out "{text}"'))
def text_leaves_out(result, text):
    assert text not in result.select_one("#article-text").text


@then(parsers.parse('the article text reads "{markup}" as written'))
def reads_as_written(result, markup):
    assert markup in result.select_one("#article-text").text
    assert not result.select_one("#article-text").find_all(["script", "b"])


@then("the page runs no script that came from the article")
def no_article_script(result):
    assert all(script.get("src", "").startswith("/static/") and not script.text for script in result.select("script"))


@then(parsers.parse('I am asked to "{message}"'))
def asked_to(result, message):
    assert message in result.select_one(".field-errors").text


@then(parsers.parse('I find only the article "{title}"'))
def found_only(result, title):
    assert [a.text for a in result.select("#articles tbody td:first-child a")] == [title]


@then(parsers.parse('its dispute evidence leads to the denial "{denial}"'))
def evidence_leads_to_denial(result, disputed_row, denial):
    target = disputed_row.select_one(".evidence a.denial-link")["href"]
    assert result.select_one(f"#claims tr{target} a.claim-link").text == denial


@then(parsers.parse('the denial "{denial}" leads back to the claim "{content}"'))
def denial_leads_back(result, denial, content):
    target = table_row(result, denial).select_one("a.target-link")["href"]
    assert result.select_one(f"#claims tr{target} a.claim-link").text == content


@when("I check it on the command line as text", target_fixture="printed")
def check_on_command_line(tmp_path, submission):
    path = tmp_path / "article.txt"
    path.write_text(submission["body"], encoding="utf-8")
    outcome = CliRunner().invoke(cli, ["analyze", str(path), "--format", "text", "--no-registry"])
    assert outcome.exit_code == 0, outcome.output
    return outcome.output.splitlines()


@then(parsers.parse('a line reads "{words}"'))
def a_line_reads(printed, words):
    assert any(words in line for line in printed), printed


@then(parsers.parse('the line of "{content}" ends with "{tail}"'))
def line_ends_with(printed, content, tail):
    assert [line for line in printed if f"— {content}" in line][0].endswith(tail), printed
