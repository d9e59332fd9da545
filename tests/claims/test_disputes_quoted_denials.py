"""A split quotation whose first sentence denies is two claims: the denial, and the words after it."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "text, denial, rest",
    [
        ('Tom Reyes said the ferry was late every day. "That is simply not true," Lena Vogt said. "The ferry ran on time all week."',
         "That is simply not true,", "The ferry ran on time all week."),
        ('"We spoke at the quay. She lied to me," Lena Vogt said, "She told me the boat was safe. It was not."',
         "We spoke at the quay. She lied to me,", "She told me the boat was safe. It was not."),
    ],
)
def test_the_denying_sentence_and_the_rest_are_claims_of_their_own(text, denial, rest):
    analysis = analyse(text)
    first, after = find_claim(analysis, denial, "Lena Vogt"), find_claim(analysis, rest, "Lena Vogt")
    assert (first.content, first.stance, first.kind) == (denial, "denial", "direct"), describe(analysis)
    assert (after.content, after.stance) == (rest, "denial") and after.id != first.id
    assert (first.rule, after.rule) == ("split-quote-denial", "split-quote-counter")
    assert text[slice(*first.span)] == denial and text[slice(*after.span)] == rest


def test_the_claim_answered_is_disputed_by_the_denial_itself():
    analysis = analyse('Tom Reyes said the ferry was late every day. "That is simply not true," Lena Vogt said. "The ferry ran on time all week."')
    denial = find_claim(analysis, "That is simply not true", "Lena Vogt")
    assert [(d.by, d.claim_id) for d in find_claim(analysis, "late every day", "Tom Reyes").disputes] == [("Lena Vogt", denial.id)]


@pytest.mark.parametrize(
    "text",
    [
        '"The figures are wrong," the treasurer said, "and everyone in the council knows it."',  # one sentence
        '"The ferry is late," Lena Vogt said. "It was late again on Monday."',  # nothing denied
        '"In this town we know something is very wrong," Lena Vogt said. "Many schools are called failing."',  # a judgement
    ],
)
def test_a_split_quotation_that_opens_with_no_denial_or_goes_on_in_the_same_sentence_stays_one_claim(text):
    (claim,) = analyse(text).claims
    assert len(claim.segments) == 2, describe(analyse(text))


def test_the_counter_claim_after_a_denial_answers_what_the_denial_answers_and_nothing_earlier():
    analysis = analyse(
        "Ada Berg said the ferry timetable would change in June.\n\n"
        'Tom Reyes said the ferry was late every day. "That is simply not true," Lena Vogt said. "The ferry ran on time all week."'
    )
    assert not find_claim(analysis, "timetable would change", "Ada Berg").disputes, describe(analysis)
    assert [d.by for d in find_claim(analysis, "late every day", "Tom Reyes").disputes] == ["Lena Vogt"]


def test_a_claim_the_denier_joins_on_to_the_denial_is_a_denial_answering_the_same_claim():
    analysis = analyse(
        "The union said the mine would close in June.\n\n"
        'A spokeswoman for the owner called the claim "categorically untrue" and said the mine would stay open until 2030.'
    )
    counter_claim = find_claim(analysis, "the mine would stay open until 2030", "A spokeswoman for the owner")
    assert counter_claim.stance == "denial", describe(analysis)
    assert [d.by for d in find_claim(analysis, "the mine would close in June", "The union").disputes] == ["A spokeswoman for the owner"]


def test_another_party_joined_on_after_a_denial_makes_no_counter_claim():
    analysis = analyse("The union said the mine would close. The owner denied the claim, and the mayor said jobs were safe.")
    assert find_claim(analysis, "jobs were safe", "the mayor").stance is None, describe(analysis)


def test_another_party_s_quotation_after_a_denial_that_only_points_back_is_no_grounds_unless_it_negates():
    analysis = analyse(
        "Tom Reyes said the harbour vote had been rigged. Lena Vogt rejected his claims. "
        '"The count was checked twice," said Aron Falk, a council clerk.'
    )
    assert find_claim(analysis, "The count was checked twice", "Aron Falk").stance is None



@pytest.mark.parametrize(
    "text, grounds, speaker, answered, answered_by",
    [
        # The denier's own next words, after a denial that only points back.
        ('Tom Reyes said the harbour vote had been rigged. Lena Vogt rejected his claims. "The count was checked twice and the '
         'result is accurate," she said.', "The count was checked twice", "Lena Vogt", "the harbour vote had been rigged", "Tom Reyes"),
        # Words that negate, by a spokesman, after a denial of reports: the proposition named stands between them.
        ('The harbour board denied reports that the yard had been sold. "Nobody has made an offer for the yard," a harbour board '
         "spokesman said.", "Nobody has made an offer", "a harbour board spokesman", "the yard had been sold", "reports"),
        # Words that negate, by a member of a party named as a group.
        ('Ida Lund said the clinic was hiding its waiting times. Clinic leaders rejected her claim. "We have never kept the waiting '
         'times from anyone," said Tom Reyes, director of the Harbour Clinic.', "We have never kept the waiting times", "Tom Reyes",
         "the clinic was hiding its waiting times", "Ida Lund"),
    ],
)
def test_a_quotation_after_a_reported_denial_gives_its_grounds_and_disputes_what_it_answers(text, grounds, speaker, answered, answered_by):
    analysis = analyse(text)
    assert find_claim(analysis, grounds, speaker).stance == "denial", describe(analysis)
    assert speaker in [d.by for d in find_claim(analysis, answered, answered_by).disputes], describe(analysis)


@pytest.mark.parametrize(
    "next_words",
    ["We are grateful to everyone who works at the yard", "I will be meeting the ferry crews next month"],
)
def test_the_denier_s_next_words_about_themselves_are_not_the_grounds_of_a_denial_that_only_points_back(next_words):
    analysis = analyse(f'Ida Lund said the ferry tender had been fixed. Marta Silva dismissed her claims. "{next_words}," she said.')
    assert find_claim(analysis, next_words, "Marta Silva").stance is None, describe(analysis)
    assert [d.by for d in find_claim(analysis, "the ferry tender had been fixed", "Ida Lund").disputes] == ["Marta Silva"], describe(analysis)


def test_the_denier_s_next_words_about_themselves_on_what_the_claim_said_are_its_grounds():
    analysis = analyse(
        'Ida Lund said the ferry tender had been fixed. Marta Silva dismissed her claims. "We opened every ferry tender in public," she said.'
    )
    assert find_claim(analysis, "We opened every ferry tender in public", "Marta Silva").stance == "denial", describe(analysis)


def test_the_denier_s_own_negating_quotation_after_a_denial_that_names_what_it_denies_is_not_its_grounds():
    analysis = analyse(
        "Tom Reyes said the harbour tax would cost jobs. Lena Vogt denied that the tax would cost jobs. "
        '"I do take the warning seriously. But the evidence does not show job losses," she said.'
    )
    assert find_claim(analysis, "I do take the warning seriously", "Lena Vogt").stance is None, describe(analysis)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Mara Quill said the marina's fees had doubled. The harbour union disputed her figures. Its regional officer, Tom Vey, said the fees "
         "had risen by a tenth.", "the fees had risen by a tenth"),
        ("Mara Quill said the marina's fees had doubled. The harbour board rejected her account. Its finance panel said the fees had risen "
         "by a tenth.", "the fees had risen by a tenth"),
        ("Mara Quill said the marina's fees had doubled. Harbour Holdings disputed her figures. \"Not one berth costs more than last year,\" "
         "the company's finance director, Tom Vey, said.", "Not one berth costs more than last year"),
        # "The X's" names the denier: a word of its name, or "the company's" for a business.
        ("Mara Quill said the marina's fees had doubled. The harbour union disputed her figures. The union's regional officer said the fees "
         "had risen by a tenth.", "the fees had risen by a tenth"),
    ],
)
def test_what_the_denier_s_own_people_say_next_gives_the_grounds_of_a_denial_that_only_points_back(text, words):
    analysis = analyse(text)
    grounds = find_claim(analysis, words)
    assert grounds.stance == "denial", describe(analysis)
    assert grounds.id in [d.claim_id for d in find_claim(analysis, "fees had doubled", "Mara Quill").disputes], describe(analysis)


def test_a_speaker_not_introduced_as_the_denier_s_own_gives_no_grounds():
    analysis = analyse(
        "Mara Quill said the marina's fees had doubled. The harbour union disputed her figures. A local boat owner, Tom Vey, said the "
        "fees had risen by a tenth."
    )
    assert find_claim(analysis, "risen by a tenth", "Tom Vey").stance is None, describe(analysis)


def test_the_people_of_another_body_named_after_a_person_s_denial_give_no_grounds():
    analysis = analyse(
        "Dr Ines Moreau said the trial was too small. Professor Tom Vey rejected the critique. The university's press office said the "
        "study proved that phones harm memory."
    )
    assert find_claim(analysis, "phones harm memory").stance is None, describe(analysis)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Lena Vogt said the sample was clean. The federation rejected her account. The athlete's coach said the test was flawed.",
         "the test was flawed"),
        ("Mara Quill said the marina's fees had doubled. The harbour board disputed her figures. The marina's owner said the fees had "
         "doubled again.", "the fees had doubled again"),
        ("Mara Quill said the marina's fees had doubled. The harbour union disputed her figures. The club's treasurer said the fees had "
         "risen by a tenth.", "the fees had risen by a tenth"),
        # "The company's" is no body's but a business's: not the board's.
        ("Mara Quill said the marina's fees had doubled. The harbour board disputed her figures. The company's finance director said the "
         "fees had risen by a tenth.", "the fees had risen by a tenth"),
    ],
)
def test_the_people_of_a_party_the_denier_is_not_give_no_grounds(text, words):
    analysis = analyse(text)
    assert find_claim(analysis, words).stance is None, describe(analysis)
    assert len(find_claim(analysis, "marina's fees had doubled" if "Quill" in text else "clean").disputes) == 1, describe(analysis)


@pytest.mark.parametrize(
    "denier, stance",
    [("Quayside Marine disputes her figures and said it would appeal.", "denial"),  # tells of itself as "it": a body
     ("Ines Moreau disputes her figures and said she would appeal.", None)],
)
def test_the_company_s_people_speak_for_a_denier_that_tells_of_itself_as_it(denier, stance):
    analysis = analyse(
        f"Mara Quill said the marina's fees had doubled. {denier} \"Not one berth costs more than last year,\" the company's finance "
        "director said."
    )
    assert find_claim(analysis, "Not one berth costs more").stance == stance, describe(analysis)


def test_the_denier_s_next_sentence_after_a_denial_that_only_points_back_is_the_denial_spelt_out():
    analysis = analyse(
        "Harbour Holdings said the crane had been inspected in May. Researchers at the engineering firm Kestrel Analytics contradicted the company's account. "
        "They said its brakes were worn out."
    )
    spelt_out = find_claim(analysis, "its brakes were worn out", "Researchers at the engineering firm Kestrel Analytics")
    assert spelt_out.stance == "denial", describe(analysis)
    disputes = find_claim(analysis, "the crane had been inspected in May").disputes
    assert [d.by for d in disputes] == ["Researchers at the engineering firm Kestrel Analytics"], describe(analysis)


def test_the_denier_s_next_point_made_further_on_is_no_denial():
    analysis = analyse(
        "Harbour Holdings said the crane had been inspected in May. Researchers at the engineering firm Kestrel Analytics contradicted the company's account. "
        "The cranes are old. Later the researchers said their union would meet in June."
    )
    assert find_claim(analysis, "their union would meet in June").stance is None, describe(analysis)


def test_the_denier_s_next_sentence_after_a_denial_with_words_of_its_own_is_not_its_denial_spelt_out():
    analysis = analyse(
        "Harbour Holdings said the crane had been inspected in May. The port authority said the claim had been disproved by two surveys. "
        "It warned that the crane's brakes could fail in a storm."
    )
    assert find_claim(analysis, "the crane's brakes could fail in a storm").stance is None, describe(analysis)


@pytest.mark.parametrize("body, stance", [("the Velmont harbour board", "denial"), ("the Velmont rail company", None)])
def test_a_quotation_that_negates_by_someone_described_after_their_name_as_of_the_denier_gives_its_grounds(body, stance):
    analysis = analyse(
        "Tom Reyes said harbour bosses had hidden the survey. Harbour bosses dismissed the suggestion that they had hidden it. "
        f'"Nothing has been kept from anyone," said Ola Berg, chief engineer of {body}.'
    )
    assert find_claim(analysis, "Nothing has been kept from anyone", "Ola Berg").stance == stance, describe(analysis)


@pytest.mark.parametrize(
    "speaker, stance", [("A spokesman for the harbour board", "denial"), ("A spokesman for Velmont Rail", None), ("Dr Ama Osei", None)]
)
def test_the_denier_s_spokesperson_reporting_next_after_a_denial_that_only_points_back_spells_it_out(speaker, stance):
    analysis = analyse(
        "Tom Reyes said the harbour board had ignored eleven letters about the crane. The harbour board disputes his account. "
        f"{speaker} said every letter about the crane had been answered within a week."
    )
    assert find_claim(analysis, "every letter about the crane had been answered").stance == stance, describe(analysis)
