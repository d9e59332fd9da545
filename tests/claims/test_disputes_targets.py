"""Targets (DISPUTES.md rule 4): a denial disputes the earlier claim of another party that it answers."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse
from claims.disputes.targets import held_claims
from claims.model import Claim, Speaker


def test_a_denial_that_points_back_disputes_the_nearest_claim_of_another_party():
    analysis = analyse(
        "Ida Lund said the school roof was leaking.\n\nAron Falk said the gym would close in June.\n\n"
        '"That is simply not true," said Sven Holm, the caretaker.'
    )
    denial = find_claim(analysis, "That is simply not true", "Sven Holm")
    assert [d.claim_id for d in find_claim(analysis, "gym would close", "Aron Falk").disputes] == [denial.id]
    assert not find_claim(analysis, "roof was leaking", "Ida Lund").disputes


def test_shared_words_choose_the_claim_answered():
    analysis = analyse(
        "Ida Lund said the school roof was leaking badly.\n\nAron Falk said the gym would close in June.\n\n"
        "The caretaker, Sven Holm, denied that the school roof was leaking."
    )
    assert find_claim(analysis, "roof was leaking badly", "Ida Lund").disputes
    assert not find_claim(analysis, "gym would close", "Aron Falk").disputes, describe(analysis)


def test_a_named_target_is_chosen_by_its_speaker():
    analysis = analyse(
        "Ida Lund said the school roof was leaking.\n\nAron Falk said the gym would close in June.\n\n"
        "Sven Holm denied Lund's account."
    )
    assert find_claim(analysis, "roof was leaking", "Ida Lund").disputes, describe(analysis)
    assert not find_claim(analysis, "gym would close", "Aron Falk").disputes


@pytest.mark.parametrize(
    "answer, words",
    [("Sven Holm called Lund's account \"pure fiction.\"", "Lund's account"), ("Sven Holm rejected Lund's claims as false.", "Lund's claims")],
)
def test_a_denial_whose_content_names_the_owner_of_what_it_points_at_answers_that_owner(answer, words):
    analysis = analyse(f"Ida Lund said the school roof was leaking.\n\nAron Falk said the gym would close in June.\n\n{answer}")
    denial = find_claim(analysis, words, "Sven Holm")
    assert [d.claim_id for d in find_claim(analysis, "roof was leaking", "Ida Lund").disputes] == [denial.id], describe(analysis)
    assert not find_claim(analysis, "gym would close", "Aron Falk").disputes, describe(analysis)


def test_a_speaker_never_disputes_their_own_claim():
    analysis = analyse('Ida Lund said the roof was sound. "Talk of a leak is nonsense," she added.')
    assert not find_claim(analysis, "roof was sound", "Ida Lund").disputes, describe(analysis)


def test_a_denial_naming_what_it_answers_by_a_noun_points_back():
    analysis = analyse(
        "The Valley Post reported that the school board had hidden its budget.\n\n"
        'A board spokesman called the report "entirely false".'
    )
    denial = find_claim(analysis, "the report", "A board spokesman")
    assert [d.claim_id for d in find_claim(analysis, "hidden its budget", "Valley Post").disputes] == [denial.id], describe(analysis)


def test_a_quotation_that_only_denies_points_back():
    analysis = analyse('Ida Lund said the school roof was leaking.\n\n"Nonsense," Sven Holm shot back.')
    denial = find_claim(analysis, "Nonsense", "Sven Holm")
    assert denial.stance == "denial"
    assert [d.claim_id for d in find_claim(analysis, "roof was leaking", "Ida Lund").disputes] == [denial.id]


def test_one_word_in_common_ties_a_denial_only_to_the_claim_just_before():
    analysis = analyse(
        "Ida Lund said the school roof was leaking.\n\nAron Falk said the gym would close in June.\n\n"
        "Sven Holm, the caretaker, denied that any roof in the town had ever been inspected."
    )
    assert not any(c.disputes for c in analysis.claims), describe(analysis)


def test_words_of_the_article_s_topic_tie_no_denial_to_a_claim():
    # "ferry" and "timetable" are in every claim: sharing them shows no answer.
    analysis = analyse(
        "Ida Lund said the ferry timetable would change in May.\n\n"
        "Aron Falk said the ferry timetable had been printed.\n\n"
        "Mia Berg said the ferry timetable was popular with tourists.\n\n"
        "Ola Dahl said the ferry timetable would be online.\n\n"
        "Sven Holm denied that the ferry timetable had cost the town anything."
    )
    assert not find_claim(analysis, "printed", "Aron Falk").disputes, describe(analysis)
    assert not find_claim(analysis, "change in May", "Ida Lund").disputes, describe(analysis)


@pytest.mark.parametrize(
    "answer",
    [
        "The mayor dismissed the claims as nonsense.",
        "The mayor rejected the allegations on Monday.",
        "The mayor pushed back on the report, saying every trip had been paid for privately.",
    ],
)
def test_a_denial_whose_object_names_what_was_said_disputes_it(answer):
    analysis = analyse(f"The Valley Herald reported that the mayor had used council cars for holidays.\n\n{answer}")
    disputes = find_claim(analysis, "council cars", "Valley Herald").disputes
    assert [d.mention for d in disputes] == ["The mayor"], describe(analysis)


def test_opposing_a_plan_is_no_claim_and_no_dispute():
    analysis = analyse("The harbour board said it would sell the pier.\n\nThe council rejected the plan on Monday.")
    assert not find_claim(analysis, "sell the pier", "The harbour board").disputes, describe(analysis)


def test_a_word_the_denial_quotes_back_chooses_the_claim_it_answers():
    analysis = analyse(
        'Nils Berg said on Sunday that the council\'s handling of the flood was "reckless."\n\n'
        "Ida Lund, the union chief, said the council had not paid its staff for overtime in a year and would lose staff.\n\n"
        "\"Last week he called it 'careless.' This week he says 'reckless.' It is the same false attack,\" said Mona Dahl, "
        "the council leader, adding that the staff would be paid in a year."
    )
    denial = find_claim(analysis, "same false attack", "Mona Dahl")
    assert [d.claim_id for d in find_claim(analysis, "handling of the flood", "Nils Berg").disputes] == [denial.id], describe(analysis)
    assert not find_claim(analysis, "paid its staff", "Ida Lund").disputes, describe(analysis)


def test_a_clause_denied_answers_the_claim_just_before_that_shares_its_verb():
    analysis = analyse(
        "Trade rules, which the finance ministry has said Velmont and others undervalue to win an export edge, "
        "were not discussed, he added.\n\nVelmont denies it undervalues its currency to make its goods cheaper."
    )
    denial = find_claim(analysis, "it undervalues its currency", "Velmont")
    assert [d.claim_id for d in find_claim(analysis, "Velmont and others undervalue").disputes] == [denial.id], describe(analysis)


@pytest.mark.parametrize(
    "text, answered, passed_over",
    [
        ("A former aide accused Mayor Tom Reyes of taking bribes from builders. The council said the budget vote "
         "would be held on Friday. Reyes denied the allegations.", "taking bribes", "budget vote"),
        ("The Harbour Herald reported that the port had lost two million crowns. Harbour master Lena Vogt said the "
         "cranes would be replaced in May. The port's owners called the report false.", "lost two million", "cranes"),
        # A report not the answered party's is not all they said: the nearest claim, not the one before it.
        ("Nurses said the ward was understaffed. Nurses said patients waited for hours. Auditors published a report on Monday. "
         "The trust dismissed the report as inaccurate.", "patients waited for hours", "the ward was understaffed"),
        ("Tenants said the lifts were broken for weeks. Tenants said the heating failed twice. The council commissioned a survey, "
         "and its report came out in May. The landlord rejected the findings.", "the heating failed twice", "the lifts were broken"),
    ],
)
def test_a_pointing_noun_answers_only_the_claim_it_points_at(text, answered, passed_over):
    analysis = analyse(text)
    assert find_claim(analysis, answered).disputes, describe(analysis)
    assert not find_claim(analysis, passed_over).disputes, describe(analysis)



@pytest.mark.parametrize(
    "text, denial, answered, passed_over",
    [
        # A claim relaying the denial is not what it answers.
        (
            (
                "Ida Lund said the school board had sold the playing field to a builder.\n\n"
                "The school board categorically denies the claims, a spokesman said."
            ),
            ("the claims", "The school board"), ("sold the playing field", "Ida Lund"), ("categorically denies", "a spokesman"),
        ),
        # A denial of wrongdoing answers the accusation, not the claim just before.
        (
            (
                "Ida Lund accused the school board of hiding its budget.\n\nAron Falk said the gym would close in June.\n\n"
                "The school board denied any wrongdoing."
            ),
            ("any wrongdoing", "The school board"), ("hiding its budget", "Ida Lund"), ("gym would close", "Aron Falk"),
        ),
    ],
)
def test_a_denial_answers_the_claim_it_denies_not_another_beside_it(text, denial, answered, passed_over):
    analysis = analyse(text)
    denying = find_claim(analysis, *denial)
    assert [d.claim_id for d in find_claim(analysis, *answered).disputes] == [denying.id], describe(analysis)
    assert not find_claim(analysis, *passed_over).disputes, describe(analysis)

@pytest.mark.parametrize(
    "answer, words",
    [
        ("Sven Holm said there was no truth to the claims.", "no truth to the claims"),
        ('"Nothing could be further from the truth," Sven Holm said.', "Nothing could be further"),
        ('Sven Holm said he "categorically denies" the claims.', "categorically denies"),
        ("Sven Holm said the opposite was true.", "the opposite was true"),
        ("Sven Holm said the figures were wrong.", "the figures were wrong"),
    ],
)
def test_words_that_only_deny_what_they_point_at_point_back(answer, words):
    analysis = analyse(f"Ida Lund said the school roof was leaking.\n\n{answer}")
    denial = find_claim(analysis, words, "Sven Holm")
    assert denial.stance == "denial"
    assert [d.claim_id for d in find_claim(analysis, "roof was leaking", "Ida Lund").disputes] == [denial.id], describe(analysis)


@pytest.mark.parametrize(
    "text, held, holder",
    [
        ("Mayor Tom Reyes refused to concede that critics had a point in warning that the harbour tax would drive visitors away.",
         "the harbour tax would drive visitors away", "Tom Reyes"),
        ("Lena Vogt denied that critics were right in saying the pier was unsafe.", "the pier was unsafe", "Lena Vogt"),
    ],
)
def test_a_denial_disputes_the_claim_of_another_party_that_its_content_holds(text, held, holder):
    analysis = analyse(text)
    denial = min((c for c in analysis.claims if c.speaker and c.speaker.name == holder), key=lambda c: c.span[0])
    claim = find_claim(analysis, held, "critics")
    assert [(d.by, d.claim_id) for d in claim.disputes] == [(holder, denial.id)], describe(analysis)
    assert claim.stance is None and not denial.disputes, describe(analysis)


def test_a_denial_relayed_inside_a_claim_is_not_disputed_by_the_claim_relaying_it():
    analysis = analyse("Aides said the mayor had rejected the idea of a farewell address.")
    assert not [d for c in analysis.claims for d in c.disputes if d.rule == "denial-holds-claim"], describe(analysis)


def _claim(text: str, content: str, speaker: str, stance: str | None = None) -> Claim:
    start = text.index(content)
    who = text.index(speaker)
    return Claim(id="", content=content, span=(start, start + len(content)), kind="indirect", cue="", cue_span=None,
                 speaker=Speaker(speaker, (who, who + len(speaker)), speaker), attribution="named", stance=stance)


@pytest.mark.parametrize(
    "text, holder, held, holds",
    [
        ("Reyes denied that critics were right in warning that the tax would drive visitors away.",
         ("critics were right in warning that the tax would drive visitors away", "Reyes"), ("the tax would drive visitors away", "critics"), True),
        # A holder's content that runs on into a clause of its own does not hold that clause's claim.
        ("Reyes denied any role in the smuggling, and the council never accused him of complicity.",
         ("any role in the smuggling, and the council never accused him of complicity", "Reyes"), ("him of complicity", "the council"), False),
    ],
)
def test_a_denial_holds_the_claims_of_its_own_clause_only(text, holder, held, holds):
    claims = [_claim(text, *holder, stance="denial"), _claim(text, *held)]
    assert (held_claims(text, claims, 0) == [claims[1]]) is holds


def test_a_quotation_whose_later_sentence_only_denies_points_back():
    analysis = analyse(
        "The Harbour Gazette reported on Monday that the ferry company had been sold for 90 million crowns.\n\n"
        '"There is no buyer and there are no talks," a company spokeswoman said. "The report is wrong."'
    )
    denial = find_claim(analysis, "There is no buyer", "a company spokeswoman")
    assert [d.claim_id for d in find_claim(analysis, "the ferry company had been sold", "Harbour Gazette").disputes] == [denial.id], describe(analysis)


@pytest.mark.parametrize(
    "answer",
    [
        "The ministry said it had never issued any such order.",
        "The ministry said no such order had been given.",
        "The ministry said it did not send any such instruction.",
    ],
)
def test_a_denial_that_only_points_back_at_what_it_negates_disputes_the_claim_before(answer):
    analysis = analyse(f"Senator Ida Lund claimed that ministers had ordered the hospitals to stop publishing data. {answer}")
    denial = find_claim(analysis, "such", "The ministry")
    assert denial.stance == "denial"
    assert [d.claim_id for d in find_claim(analysis, "ministers had ordered", "Ida Lund").disputes] == [denial.id], describe(analysis)


@pytest.mark.parametrize(
    "answer",
    [
        "The ministry said that if no such order was given, the data would be published in May.",
        "The minister said there was no such thing as a safe waiting list.",
    ],
)
def test_no_such_in_a_condition_or_an_idiom_is_no_denial(answer):
    analysis = analyse(f"Senator Ida Lund said the hospitals were short of nurses. {answer}")
    assert not [c for c in analysis.claims if c.stance == "denial"], describe(analysis)


def test_a_question_put_to_the_denier_is_not_what_the_denial_answers():
    analysis = analyse(
        "Senator Ida Lund said the minister had misled parliament about the ferry contract. "
        'Asked about her remarks, the minister said: "That is simply not true."'
    )
    denial = find_claim(analysis, "That is simply not true", "the minister")
    assert [d.claim_id for d in find_claim(analysis, "misled parliament", "Ida Lund").disputes] == [denial.id], describe(analysis)
    assert not find_claim(analysis, "her remarks").disputes


def test_a_denial_whose_object_points_back_before_its_grounds_disputes_the_claim_before():
    analysis = analyse("Police said the driver had been drinking. His lawyer rejected that, saying blood tests showed no alcohol.")
    assert [d.by for d in find_claim(analysis, "the driver had been drinking", "Police").disputes] == ["His lawyer"], describe(analysis)


def test_denying_that_something_happened_points_back_at_nothing():
    analysis = analyse("Police said the driver had been drinking. The bus company denied that its timetable had changed.")
    assert not find_claim(analysis, "the driver had been drinking", "Police").disputes, describe(analysis)


@pytest.mark.parametrize("account", ["dock workers were telling a different story", "the harbour's own logs paint a different picture"])
def test_a_counter_claim_that_only_sets_another_account_against_a_claim_answers_the_claim_just_before(account):
    text = f"Lena Vogt said every crossing had sailed on time this winter. But Tom Reyes said {account}."
    analysis = analyse(text)
    counter_claim = find_claim(analysis, account, "Tom Reyes")
    assert counter_claim.stance == "denial", describe(analysis)
    assert [d.by for d in find_claim(analysis, "every crossing had sailed on time", "Lena Vogt").disputes] == ["Tom Reyes"], describe(analysis)


def test_a_different_story_told_by_the_same_speaker_disputes_nothing_of_theirs():
    analysis = analyse("Lena Vogt said every crossing had sailed on time this winter. She said the summer timetable told a different story.")
    assert not find_claim(analysis, "every crossing had sailed on time", "Lena Vogt").disputes, describe(analysis)


@pytest.mark.parametrize("pointer", ["the story", "the reports"])
def test_a_later_denial_pointing_at_the_story_answers_the_reports_another_party_denied(pointer):
    text = (
        "Harbour United denied reports that they had agreed a fee for the striker.\n\n"
        "The striker's agent said her client was happy at the club.\n\n"
        f'The club\'s chairman, Ray Booth, dismissed {pointer} as "fantasy".'
    )
    analysis = analyse(text)
    assert "Ray Booth" in [d.by for d in find_claim(analysis, "they had agreed a fee", "reports").disputes], describe(analysis)
    assert not find_claim(analysis, "her client was happy").disputes, describe(analysis)


@pytest.mark.parametrize("pointer", ["the remarks", "those comments"])
def test_a_denial_calling_the_remarks_false_disputes_what_was_just_said(pointer):
    analysis = analyse(f"Ida Lund said the ferry had been sold in secret. The harbour board called {pointer} false.")
    assert [d.by for d in find_claim(analysis, "the ferry had been sold in secret", "Ida Lund").disputes] == ["The harbour board"]


def test_a_claim_opening_with_a_statement_it_names_points_back_at_nothing():
    analysis = analyse(
        "Ida Lund said the ferry had been sold in secret. Aron Falk denied that the board had misled anyone, "
        "saying the first statement reflected what it knew at the time."
    )
    assert not find_claim(analysis, "the ferry had been sold in secret", "Ida Lund").disputed


@pytest.mark.parametrize("owned", ["the agency's findings", "the regulator’s findings"])
def test_a_denial_naming_a_described_owner_answers_that_owner(owned):
    owner = owned.split()[1].split("'")[0].split("’")[0]
    analysis = analyse(
        f"The {owner} said high doses could damage the kidneys. Ida Lund said the clinic had treated 800 patients. "
        f"The clinic rejected {owned} as scaremongering."
    )
    assert [d.by for d in find_claim(analysis, "high doses could damage the kidneys").disputes] == ["The clinic"]
    assert not find_claim(analysis, "the clinic had treated 800 patients", "Ida Lund").disputed


@pytest.mark.parametrize("pointer", ["the athlete's account", "her account of events"])
def test_a_denial_of_an_account_disputes_all_the_party_told_in_that_paragraph(pointer):
    analysis = analyse(
        "Lena Vogt insisted the sample was clean and said it must have been spoiled at the laboratory.\n\n"
        f"The federation rejected {pointer}."
    )
    denial = find_claim(analysis, "account", "The federation")
    for told in ("the sample was clean", "spoiled at the laboratory"):
        assert [d.claim_id for d in find_claim(analysis, told, "Lena Vogt").disputes] == [denial.id], describe(analysis)


def test_a_denial_of_one_claim_disputes_only_that_one():
    analysis = analyse(
        "Lena Vogt insisted the sample was clean and said it must have been spoiled at the laboratory.\n\nThe federation rejected that claim."
    )
    assert not find_claim(analysis, "the sample was clean", "Lena Vogt").disputes, describe(analysis)


@pytest.mark.parametrize("pointer", ["called the report misleading", "rejected the findings", 'dismissed the report as "fiction"'])
def test_a_denial_of_a_report_disputes_all_its_author_found_in_that_paragraph(pointer):
    analysis = analyse(
        "In a 40-page report, Fenwick Analytics alleged that half of the miller's exports went to one buyer. "
        "Fenwick said the miller's auditors had missed the pattern.\n\n"
        f"The miller, Oakhurst Grain, {pointer}."
    )
    for said in ("half of the miller's exports went to one buyer", "auditors had missed the pattern"):
        assert [d.by for d in find_claim(analysis, said).disputes] == ["Oakhurst Grain"], describe(analysis)


@pytest.mark.parametrize("pointer", ["rejected their findings", "dismissed the inspectors' report", "called the inspectors' findings misleading"])
def test_a_report_owned_by_the_answered_party_disputes_all_it_found(pointer):
    analysis = analyse(
        "Inspectors said the kitchen was dirty. The inspectors said staff had no training.\n\n"
        f"The restaurant {pointer}."
    )
    for said in ("the kitchen was dirty", "staff had no training"):
        assert [d.by for d in find_claim(analysis, said).disputes] == ["The restaurant"], describe(analysis)


@pytest.mark.parametrize("denial", ["The harbour board disputes her account.", "The harbour board rejected that."])
def test_a_denial_pointing_back_answers_the_account_that_relays_words_not_the_words_relayed(denial):
    analysis = analyse(f"Ada Lund said the harbour staff had told her the ferry would sail on Monday. {denial}")
    assert [d.by for d in find_claim(analysis, "the harbour staff had told her", "Ada Lund").disputes] == ["The harbour board"], describe(analysis)
    assert not find_claim(analysis, "the ferry would sail on Monday", "the harbour staff").disputes, describe(analysis)
