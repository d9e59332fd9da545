"""House styles of the third corpus round: crime reports, social-media rows, state media relayed by wire copy,
campaign trails, economic forecasts and press conferences (sentences of our own)."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse
from claims.mentions import classify_name


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        # passive, with and without the one who quotes
        ("Foreign Minister Radek Horvat was quoted as saying that the border would reopen.", "Radek Horvat", "the border would reopen"),
        ("Radek Horvat was quoted by state media as saying that the border would reopen.", "Radek Horvat", "the border would reopen"),
        ('"The border will reopen," Radek Horvat was quoted as saying by the agency.', "Radek Horvat", "The border will reopen,"),
        ('"The border will reopen," Radek Horvat was quoted as saying.', "Radek Horvat", "The border will reopen,"),
        # active: the object of "quoted" speaks, not the agency
        ("The agency quoted Radek Horvat as saying that the border would reopen.", "Radek Horvat", "the border would reopen"),
        ("The state news agency quoted the foreign ministry as saying the border would reopen.", "the foreign ministry", "the border would reopen"),
    ],
)
def test_a_quotation_relayed_by_another_is_the_quoted_speaker_s(text, speaker, words):
    analysis = analyse(text)
    assert find_claim(analysis, words, speaker), describe(analysis)
    assert not [c for c in analysis.claims if c.speaker and "agency" in c.speaker.name.lower()], describe(analysis)
    assert not [c for c in analysis.claims if "as saying" in c.content], describe(analysis)


def test_a_he_or_she_after_an_unnamed_person_s_claim_is_that_person():
    text = (
        "Beth Sandoval said her client was innocent. A witness who asked not to be named said she saw two men in a car. "
        '"They were just waiting," she said.'
    )
    analysis = analyse(text)
    assert find_claim(analysis, "They were just waiting").speaker.name == "A witness", describe(analysis)


def test_an_unnamed_person_s_title_tells_their_gender():
    text = 'Tom Reyes said the pier would close. A spokeswoman for the council said it would not. "We have checked," he said.'
    analysis = analyse(text)
    assert find_claim(analysis, "We have checked").speaker.name == "Tom Reyes", describe(analysis)


def test_a_reporting_noun_after_a_verb_of_denying_is_still_its_object():
    analysis = analyse("Mr Reyes rejected Ms Lind's claims that the fleet was short.")
    assert find_claim(analysis, "the fleet was short", "Lind"), describe(analysis)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("A resident who asked not to be identified said the pier was unsafe.", "A resident"),
        ("A witness who asked not to be named said the pier was unsafe.", "A witness"),
        ("Voters who said they backed the levy said the pier was unsafe.", "Voters"),
    ],
)
def test_a_speaker_described_by_a_clause_up_to_the_cue_speaks(text, speaker):
    analysis = analyse(text)
    assert find_claim(analysis, "the pier was unsafe", speaker).content == "the pier was unsafe", describe(analysis)


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ("A new survey found that most tenants pay a third of their income in rent.", "A new survey", "most tenants pay a third of their income in rent"),
        # a time before "that": the finding still follows
        ("A new survey found in March that most tenants pay a third of their income in rent.", "A new survey", "most tenants pay a third of their income in rent"),
        ("A report by the consultancy Fielding Partners found that ferry fares rose 7% last year.", "Fielding Partners", "ferry fares rose 7% last year"),
        ("The audit showed that the fleet was short of 11 planes.", "The audit", "the fleet was short of 11 planes"),
        ("Ann Lee cited a poll that showed most voters were against the levy.", "a poll", "most voters were against the levy"),
        ("The audit showed the fleet was short of 11 planes.", "The audit", "the fleet was short of 11 planes"),
        ("Provincial Auditor Daniel Fortin released a report that found the fleet was short.", "a report", "the fleet was short"),
        ("Recent polling has shown that voters back the levy.", "Recent polling", "voters back the levy"),
        # a possessed reporting noun before a verb of saying is its subject, not the object of a cue
        ("Mr Fortin's report said the fleet was short of 11 planes.", "Mr Fortin's report", "the fleet was short of 11 planes"),
        ("The council's report said the fleet was short of 11 planes.", "The council's report", "the fleet was short of 11 planes"),
    ],
)
def test_a_poll_a_study_or_a_report_reports_what_it_found_showed_or_said(text, speaker, words):
    analysis = analyse(text)
    assert find_claim(analysis, words, speaker).content == words, describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        "Police found a gun in the car.",
        "The team found the strongest effect among walkers.",
        "The mayor showed the plans to the board.",
        "The documents found in his home were burned.",
        "The audit found in the ledgers a gap of two million.",  # a place, then a thing found
        "A report by the auditors found twelve errors in the accounts.",  # a thing found, not a finding
        "Court records show that the dam was inspected in May.",  # the publication's own reading of records
    ],
)
def test_finding_or_showing_by_anything_but_a_piece_of_evidence_reports_nothing(text):
    analysis = analyse(text)
    assert not analysis.claims or all(c.attribution == "unattributed" for c in analysis.claims), describe(analysis)


@pytest.mark.parametrize(
    "text, name",
    [
        ("County Auditor Jane Roe said the levy was fair. Roe said it would pass.", "Jane Roe"),
        ("Provincial Auditor Daniel Fortin said the levy was fair. Mr Fortin said it would pass.", "Daniel Fortin"),
        ("A department spokesperson, Sgt. Luis Ferreira, said the levy was fair. Ferreira said it would pass.", "Luis Ferreira"),
    ],
)
def test_a_local_office_before_a_name_is_a_title_not_part_of_the_name(text, name):
    analysis = analyse(text)
    assert {c.speaker.name for c in analysis.claims} == {name}, describe(analysis)


@pytest.mark.parametrize("group", ["Coalition Against Reyes", "Parents For Reyes", "the Reyes Alliance"])
def test_a_surname_alone_is_the_person_not_a_group_named_after_them(group):
    analysis = analyse(f"{group} said the levy was unfair. Reyes said it would pass.")
    assert find_claim(analysis, "it would pass").speaker.name == "Reyes", describe(analysis)
    assert find_claim(analysis, "the levy was unfair").attribution == "organisation", describe(analysis)


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Parents For Safer Roads", "organisation"),  # a plural, then the cause
        ("Coalition Against Tolls", "organisation"),  # a group's word, then the cause
        ("Commissioner For Human Rights Jane Roe", "person"),  # a title's "For": the person holding it
        ("Tom For", "person"),  # nothing after the word: a surname
    ],
)
def test_a_cause_word_makes_a_group_only_after_a_group_s_first_word(name, kind):
    assert classify_name(name, 0, len(name)).kind == kind


def test_a_he_or_she_after_someone_is_named_is_no_longer_the_unnamed_speaker():
    text = (
        'A spokeswoman for the agency said the river was rising.\n\n'
        'We have just heard from Maureen Tait, who runs a cafe by the river. "The water came up through the floor," she told us.'
    )
    analysis = analyse(text)
    assert find_claim(analysis, "The water came up through the floor").speaker.name == "Maureen Tait", describe(analysis)


@pytest.mark.parametrize(
    "headline, kind, words",
    [
        ('Hartley: "The waitlist is the shortest in a decade"', "direct", "The waitlist is the shortest in a decade"),
        ("Hartley: No patient was moved off the list.", "indirect", "No patient was moved off the list"),
        ("Premier Hartley: The list is ‘audited and complete’", "mixed", "The list is ‘audited and complete’"),
    ],
)
def test_a_headline_naming_its_speaker_before_a_colon_is_their_claim(headline, kind, words):
    text = f"{headline}\n\nBy Chloe Brennan\n\nPremier Angela Hartley told Parliament that the waitlist had fallen."
    claim = find_claim(analyse(text), words, "Angela Hartley")
    assert (claim.content, claim.kind, claim.rule) == (words, kind, "headline-speaker")


@pytest.mark.parametrize(
    "headline",
    [
        "Storm Idris: live updates as flooding closes roads",  # nobody of that name speaks
        "Analysis: Hartley has hidden half the list",  # the desk's label
    ],
)
def test_a_headline_colon_after_no_speaker_of_the_article_makes_no_claim(headline):
    analysis = analyse(f"{headline}\n\nBy Chloe Brennan\n\nPremier Angela Hartley told Parliament that the waitlist had fallen.")
    assert [c.rule for c in analysis.claims] == ["speaker-said-that"], describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        # an organisation is named by its whole name, not by its last word
        "Acme Corp: No jobs will go\n\nBy Chloe Brennan\n\nFenwick Corp said it would hire 40 staff.",
        # two people of that surname speak: the headline names neither of them for sure
        "Hartley: The list is shorter\n\nBy Chloe Brennan\n\nAngela Hartley said the list had fallen. Tom Hartley said it had grown.",
    ],
)
def test_a_headline_colon_after_a_name_no_single_speaker_fits_makes_no_claim(text):
    analysis = analyse(text)
    assert "headline-speaker" not in [c.rule for c in analysis.claims], describe(analysis)


def test_a_headline_naming_an_organisation_that_speaks_is_its_claim():
    analysis = analyse("Acme Corp: No jobs will go\n\nBy Chloe Brennan\n\nAcme Corp said it would keep all 40 staff.")
    assert find_claim(analysis, "No jobs will go", "Acme Corp").rule == "headline-speaker", describe(analysis)


def test_an_apostrophe_in_a_headline_claim_quotes_nothing():
    text = "Hartley: The waitlist isn't growing\n\nBy Chloe Brennan\n\nPremier Angela Hartley told Parliament that the waitlist had fallen."
    assert find_claim(analyse(text), "The waitlist isn't growing", "Angela Hartley").kind == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee paid for things on her bill that add up to more than she earns.",
        "The council passed a raft of rules that are intended to cut traffic.",
    ],
)
def test_that_before_a_verb_stands_for_no_speaker_unless_it_is_a_report_or_a_statement(text):
    analysis = analyse(text)
    assert not [c for c in analysis.claims if c.attribution != "unattributed"], describe(analysis)


def test_a_named_survey_is_no_person_that_a_she_could_mean():
    text = (
        "Loretta Lynch said she speaks often about race. The American Community Survey found that women held 41 percent of the jobs. "
        "She said she had pushed for prosecutions."
    )
    analysis = analyse(text)
    assert find_claim(analysis, "she had pushed for prosecutions").speaker.name == "Loretta Lynch", describe(analysis)
