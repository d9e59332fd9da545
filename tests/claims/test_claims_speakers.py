"""Speakers: names with titles and affiliations, roles, pronouns, organisations and anonymous sources."""
import pytest

from claim_lookup import describe, find_claim, mention_of, mentions_word, text_at
from claims import analyse


@pytest.mark.parametrize(
    "text, name, field, value",
    [
        ('"Demand is collapsing," said Oren Patel of Lakeside Capital, a fund manager.', "Oren Patel", "affiliation", "Lakeside Capital"),
        ('"Demand is collapsing," said Oren Patel, an analyst at Lakeside Capital.', "Oren Patel", "affiliation", "Lakeside Capital"),
        ("Finance Minister Oskar Bellamy said demand was collapsing.", "Oskar Bellamy", "title", "Finance Minister"),
        ("Norvanian Finance Minister Oskar Bellamy said demand was collapsing.", "Oskar Bellamy", "title", "Finance Minister"),
        ("Oskar Bellamy, the finance minister, said demand was collapsing.", "Oskar Bellamy", "title", "finance minister"),
    ],
)
def test_titles_and_affiliations_describe_the_speaker_without_entering_the_content(text, name, field, value):
    claim = find_claim(analyse(text), "emand", name)
    assert value.lower() in (getattr(claim.speaker, field) or "").lower()
    assert value.lower() not in claim.content.lower()


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Finance Minister Oskar Bellamy visited the port.\n\nBellamy said exports had risen 8% this year.", "Bellamy"),
        ("Finance Minister Oskar Bellamy visited the port.\n\nMr. Bellamy said exports had risen 8% this year.", "Bellamy"),
        ("Oskar Bellamy, the finance minister, visited the port.\n\nThe minister said exports had risen 8% this year.", "minister"),
    ],
)
def test_a_later_mention_resolves_to_the_fullest_name(text, mention):
    claim = find_claim(analyse(text), "exports had risen 8% this year", "Oskar Bellamy")
    assert mentions_word(mention_of(claim), mention)
    assert text_at(text, claim.speaker.span) == claim.speaker.mention


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("President Ilse Marten of Norvania opened the summit.\n\nThe country's president said the talks would last two days.", "Ilse Marten", "president"),
        ("Norvanian President Ilse Marten opened the summit.\n\nNorvania's president said the talks would last two days.", "Ilse Marten", "president"),
        (
            "Chief Executive Ruth Calloway of Fenwick Motors met President Ilse Marten.\n\n"
            "The company's chief executive said the talks would last two days.",
            "Ruth Calloway",
            "chief executive",
        ),
    ],
)
def test_a_role_resolves_to_the_person_named_earlier(text, name, role):
    claim = find_claim(analyse(text), "the talks would last two days", name)
    assert mentions_word(mention_of(claim), role)


@pytest.mark.parametrize(
    "text, name, words, pronoun",
    [
        ('"The pier is safe," said Ada Novak. "It will reopen in May," she added.', "Ada Novak", "It will reopen in May", "she"),
        ("Oskar Bellamy visited the port on Monday.\n\nExports had risen 8% this year, he said.", "Oskar Bellamy", "Exports had risen 8%", "he"),
        (
            "Oskar Bellamy visited the port.\n\nThe port handled record tonnage in June.\n\n"
            "Dockers were paid a bonus.\n\nHe said exports had risen 8% this year.",
            "Oskar Bellamy",
            "exports had risen 8% this year",
            "He",
        ),
        (
            '"We are ready," said Oskar Bellamy after meeting Ada Novak. "The port has never been busier," he added.',
            "Oskar Bellamy",
            "The port has never been busier",
            "he",
        ),
        (
            "Oskar Bellamy said the port was busy.\n\nThe harbour authority said in a statement it would hire 40 dockers.\n\n"
            "He added that exports had risen 8% this year.",
            "Oskar Bellamy",
            "exports had risen 8% this year",
            "He",
        ),
    ],
)
def test_a_pronoun_resolves_to_the_right_speaker(text, name, words, pronoun):
    claim = find_claim(analyse(text), words, name)
    assert claim.attribution == "pronoun"
    assert mention_of(claim) == pronoun


@pytest.mark.parametrize(
    "text, words, mention, attribution",
    [
        ("Ottawa said on Friday it would appeal the ruling.", "it would appeal the ruling", "Ottawa", "organisation"),
        ("Washington has said the tariffs will stay until the deficit narrows.", "the tariffs will stay", "Washington", "organisation"),
        ("The administration said the tariffs would stay until the deficit narrowed.", "the tariffs would stay", "administration", "organisation"),
        ("The company said in a statement that profits had fallen 12%.", "profits had fallen 12%", "company", "organisation"),
        ("The health ministry said the outbreak had peaked.", "the outbreak had peaked", "ministry", "organisation"),
        ("Sources familiar with the negotiations said a deal was close.", "a deal was close", "Sources familiar", "anonymous"),
        ("A deal is close, according to two people familiar with the negotiations.", "A deal is close", "people familiar", "anonymous"),
        ("A person briefed on the matter said a deal was close.", "a deal was close", "person briefed", "anonymous"),
        ("Officials said a deal was close.", "a deal was close", "Officials", "anonymous"),
        ("A senior official, who spoke on condition of anonymity, said a deal was close.", "a deal was close", "official", "anonymous"),
    ],
)
def test_organisations_and_anonymous_sources(text, words, mention, attribution):
    claim = find_claim(analyse(text), words)
    assert claim.attribution == attribution
    assert mentions_word(mention_of(claim), mention)


@pytest.mark.parametrize(
    "text, name, words",
    [
        ("Émile Zola said the affair was a scandal.", "Émile Zola", "the affair was a scandal"),
        ("Recep Tayyip Erdoğan told reporters that the port would reopen.", "Recep Tayyip Erdoğan", "the port would reopen"),
        ("Azucena Gonzàlez ― “The bus never comes on time.”", "Azucena Gonzàlez", "The bus never comes on time."),
    ],
)
def test_names_with_accented_letters_are_speakers(text, name, words):
    find_claim(analyse(text), words, name)


@pytest.mark.parametrize(
    "text, name, words",
    [
        (
            "Shares of Fenwick Motors Ltd fell on Tuesday.\n\nThe company said it would appeal the ruling.",
            "Fenwick Motors Ltd",
            "it would appeal the ruling",
        ),
        (
            "The Velmont Water Board opened an inquiry on Monday.\n\nThe board said the inquiry would take months.",
            "Velmont Water Board",
            "the inquiry would take months",
        ),
    ],
)
def test_the_company_or_the_board_is_the_organisation_named_before(text, name, words):
    claim = find_claim(analyse(text), words, name)
    assert claim.attribution == "organisation"
    assert claim.speaker.mention.lower().startswith("the ")


def test_a_relative_clause_speaker_is_mentioned_as_who_and_named_by_its_antecedent():
    text = "Harbour master Lena Vogt, who has said the ferry will run on Sundays, left early."
    claim = find_claim(analyse(text), "the ferry will run on Sundays", "Lena Vogt")
    assert claim.speaker.mention == "who"
    assert text_at(text, claim.speaker.span) == "who"


def test_an_appositive_set_off_by_dashes_leaves_the_speaker_named():
    find_claim(analyse("Teodor Lind — a farmer from the east bank — says the ferry is always late."), "the ferry is always late", "Teodor Lind")


@pytest.mark.parametrize(
    "text, name",
    [
        ("The State Department two weeks ago said the server held secrets.", "State Department"),
        ("The Finance Ministry said on Monday that the server held secrets.", "Finance Ministry"),
    ],
)
def test_organisations_named_by_their_kind_and_time_words_before_the_cue(text, name):
    claim = find_claim(analyse(text), "the server held secrets", name)
    assert claim.attribution == "organisation"


@pytest.mark.parametrize(
    "text, words, mention",
    [
        ("The vote split the council, with Ms Aldred saying the budget was reckless.", "the budget was reckless", "Ms Aldred"),
        ("Turnout was low, with 40 per cent of voters saying they had never heard of the poll.", "they had never heard", "40 per cent of voters"),
        ("The talks collapsed on Friday – the union saying the offer was an insult.", "the offer was an insult", "the union"),
        ("It was a tense evening, but Mr Okafor stayed calm, insisting the figures were correct.", "the figures were correct", "Mr Okafor"),
        ("Ms Patel met Mr Jones and Ms Lee on Monday, saying the meeting had gone well.", "the meeting had gone well", "Ms Patel"),
        ("Ms Patel apologised for the posts after they came to light, saying they were old.", "they were old", "Ms Patel"),
    ],
)
def test_a_participle_speaks_for_the_subject_of_its_own_clause(text, words, mention):
    claim = find_claim(analyse(text), words)
    assert mention_of(claim) == mention


@pytest.mark.parametrize(
    "text, words, mention",
    [
        ("The striker, who joined in May, said he was happy with the move.", "he was happy", "The striker"),
        ("The head coach, now in his third season, said the squad was thin.", "the squad was thin", "The head coach"),
        ("Residents interviewed by the council said the noise was unbearable.", "the noise was unbearable", "Residents"),
        ("Shopkeepers who spoke to the Gazette said trade had fallen by half.", "trade had fallen", "Shopkeepers"),
        ("Voters who backed Mr Corbyn said the result was a shock.", "the result was a shock", "Voters"),
        ("Republicans opposed to the plan said it would fail.", "it would fail", "Republicans"),
        ("The former governor of the state, now a lobbyist, said the law was flawed.", "the law was flawed", "The former governor of the state"),
        ('"We will appeal," said a lawyer who represents the families.', "We will appeal", "a lawyer"),
        ("Those surveyed say the tax is unfair.", "the tax is unfair", "Those surveyed"),
        ("Those close to the minister say she will resign.", "she will resign", "Those close to the minister"),
        ("Sen. Ann Hale (D-Ore.), a supporter of the harbour bill told host Priya Rao that the vote would be close.", "the vote would be close", "Sen. Ann Hale (D-Ore.)"),
        ("The pier was sold to Mr Lund, a senior official said.", "The pier was sold to Mr Lund", "a senior official"),
        ("Speaking in Hull, Ms Ines Ward, without naming him, accused Mr Ray of lying.", "of lying", "Ms Ines Ward"),
    ],
)
def test_the_speaker_is_the_head_that_a_clause_or_comment_describes(text, words, mention):
    claim = find_claim(analyse(text), words)
    assert mention_of(claim) == mention


@pytest.mark.parametrize(
    "text, words, mention",
    [
        ('"The wall is safe," Ms Ada Cole said.\n\nMr Tom Reyes had a blunt reply: "The wall is crumbling and everyone knows it."', "The wall is crumbling", "Mr Tom Reyes"),
        ('"Rates will hold," said Ivo Marsh. Nina Ford, an analyst at Corbel, was less sure: "They will hold until the spring at least."', "until the spring", "Nina Ford"),
        ('"We are done," said Ivo Marsh. The letter continues: "Please explain the difference between the two cases."', "Please explain", "The letter"),
    ],
)
def test_a_quotation_after_a_colon_belongs_to_the_subject_of_the_clause_before_it(text, words, mention):
    claim = find_claim(analyse(text), words)
    assert mention_of(claim) == mention
    assert claim.rule == "clause-colon-quote"


def test_a_colon_after_a_reporting_verb_is_left_to_that_verb():
    claim = find_claim(analyse('Nina Ford told the meeting: "Rates will hold until the spring."'), "Rates will hold", "Nina Ford")
    assert claim.rule != "clause-colon-quote"


@pytest.mark.parametrize(
    "text, name, title",
    [
        ('"The wall is safe," said the port manager, Ms Ada Cole.', "Ada Cole", "port manager"),
        ('"Rates will rise," said a spokesman for the Corbel Bank, Dr Peter Hall, on Monday.', "Peter Hall", "spokesman"),
    ],
)
def test_an_inverted_description_and_the_name_after_it_are_one_speaker(text, name, title):
    claim = find_claim(analyse(text), "", name)
    assert title in claim.speaker.title


@pytest.mark.parametrize(
    "text, words, antecedent",
    [
        ("Most back the plan, compared with the 30 per cent who say it is too costly.", "it is too costly", "the 30 per cent"),
        ("Fishermen who say the quota is unfair will march on Friday.", "the quota is unfair", "Fishermen"),
    ],
)
def test_a_restrictive_who_is_the_speaker_at_the_claim(text, words, antecedent):
    claim = find_claim(analyse(text), words)
    assert mention_of(claim) == "who"
    assert text_at(text, claim.speaker.span) == "who"


@pytest.mark.parametrize(
    "text, words, poll",
    [
        ("In a Harbour Gazette survey released on Monday, 51 percent of respondents said the pier should close.", "the pier should close", "a Harbour Gazette survey"),
        ("Six in 10 voters say the mayor is doing well, according to a Westbury poll.", "the mayor is doing well", "a Westbury poll"),
    ],
)
def test_a_share_of_those_polled_speaks_through_the_poll(text, words, poll):
    claim = find_claim(analyse(text), words, poll)
    assert claim.attribution == "anonymous"


def test_a_share_with_no_poll_in_its_sentence_speaks_for_itself():
    find_claim(analyse("Most people say the fares are too high."), "the fares are too high", "Most people")


@pytest.mark.parametrize(
    "text, words, name, attribution",
    [
        ("Ben Carson, the retired neurosurgeon, arrived late.\n\nThe retired neurosurgeon said the race was open.", "the race was open", "Ben Carson", "named"),
        (
            "Jeb Bush, the Republican presidential candidate, toured the plant with Ann Lee, the mayor of Akron.\n\n"
            "Later the candidate told workers that taxes would fall.",
            "taxes would fall",
            "Jeb Bush",
            "named",
        ),
        ("Maria Lopez, chief executive of Lopez Foods, spoke first.\n\nThe chief executive said prices would rise.", "prices would rise", "Maria Lopez", "named"),
        ("Acme Corp, the Ohio carmaker, reported a loss on Monday.\n\nThe carmaker said sales had slumped.", "sales had slumped", "Acme Corp", "organisation"),
    ],
)
def test_a_description_refers_back_to_whom_an_appositive_gave_it(text, words, name, attribution):
    claim = find_claim(analyse(text), words, name)
    assert claim.attribution == attribution


def test_a_description_nobody_was_given_stays_as_written():
    text = "Jeb Bush, the former Florida governor, toured the plant.\n\nThe candidate said taxes would fall."
    claim = find_claim(analyse(text), "taxes would fall")
    assert claim.speaker.name == "The candidate"


@pytest.mark.parametrize(
    "text, words, mention",
    [
        ("Both men issued statements – Mr Reyes saying he was encouraged and Ms Cole calling it a fine meeting.", "it a fine meeting", "Ms Cole"),
        ("The unions are divided, and an increasing number of members are warning that a strike would fail.", "a strike would fail", "an increasing number of members"),
        ("The mayor met Dale Marsh, who a week ago surprised the council by declaring he would stand.", "he would stand", "who"),
        ("His campaign sued the board in the High Court on Friday, claiming the count was flawed.", "the count was flawed", "His campaign"),
        ("The crowd cheered when Ms Cole spotted a banner and said it was the best sign of the night.", "it was the best sign", "Ms Cole"),
    ],
)
def test_a_participle_or_a_second_verb_finds_its_own_subject(text, words, mention):
    claim = find_claim(analyse(text), words)
    assert mention_of(claim) == mention


def test_a_pronoun_before_a_colon_takes_the_quotation_and_resolves_past_an_answer():
    text = '"The middle class is shrinking," Chelsea Nguyen said.\n\nMr Tom Hale disagreed strongly. She went on: "It is like a leaking house."'
    claim = find_claim(analyse(text), "It is like a leaking house.", "Chelsea Nguyen")
    assert mention_of(claim) == "She"


def test_a_definite_description_after_a_place_is_a_new_subject_not_an_appositive():
    text = 'At the town hall in Hudson, New Hampshire Monday, the Christie supporter retorted: "There is a place for them."'
    claim = find_claim(analyse(text), "There is a place for them.")
    assert mention_of(claim) == "the Christie supporter"


@pytest.mark.parametrize(
    "text, words, mention",
    [
        ("Some say the ferry timetable is a shambles.", "the ferry timetable is a shambles", "Some"),
        ("Others argued that the toll should be scrapped.", "the toll should be scrapped", "Others"),
        ("Several said they would rather walk than wait.", "they would rather walk", "Several"),
        ("Most said they were worried about the rise in fares.", "they were worried", "Most"),
        ("About four in 10 say the harbour should stay open.", "the harbour should stay open", "About four in 10"),
        ("A mere 9 per cent say they trust the council.", "they trust the council", "A mere 9 per cent"),
        ("One reader even noted that the bridge was built in 1938.", "the bridge was built in 1938", "One reader"),
        ("The toll will rise again next year, investigators said.", "The toll will rise again next year", "investigators"),
        ("If fares keep rising, forecasters say the ferry will lose half its passengers.", "the ferry will lose half its passengers", "forecasters"),
        ("Four in 10 backed the plan, but six in 10 said the toll was too high.", "the toll was too high", "six in 10"),
        ("Most of the crew were worried; most said they would leave in spring.", "they would leave in spring", "most"),
    ],
)
def test_an_unnamed_group_or_share_opening_the_clause_is_the_speaker(text, words, mention):
    assert mention_of(find_claim(analyse(text), words)) == mention


@pytest.mark.parametrize(
    "text, words, mention",
    [
        ("Cook said the pier was safe, but Cook did not say when it would reopen.", "the pier was safe", "Cook"),
        ("The skipper did say he found the new quay far too narrow.", "he found the new quay far too narrow", "The skipper"),
        ("Ms Hale does say she would back a lower toll.", "she would back a lower toll", "Ms Hale"),
        ("Asked about the fares, the mayor did say that the review was under way.", "the review was under way", "the mayor"),
        ("The ferry line didn't report that the pier was closed.", "the pier was closed", "The ferry line"),
        ("Reuters hasn’t said that the pier was closed.", "the pier was closed", "Reuters"),
    ],
)
def test_an_auxiliary_between_speaker_and_cue_keeps_the_speaker(text, words, mention):
    assert mention_of(find_claim(analyse(text), words)) == mention


NAMESAKES = (
    "Omar Reyes, the harbour master, opened the new quay on Monday. His sister, Lucia Reyes, runs the ferry company.\n\n"
    "Mr. Reyes said the quay had cost less than planned.\n\n"
    "Ms. Reyes said the ferries would use it from June.\n\n"
    "Lucia Reyes added that fares would not rise.\n\n"
    "Reyes said the council had backed the scheme from the start.\n"
)


@pytest.mark.parametrize(
    "words, name",
    [
        ("the quay had cost less than planned", "Omar Reyes"),
        ("the ferries would use it from June", "Lucia Reyes"),
        ("fares would not rise", "Lucia Reyes"),
        ("the council had backed the scheme", "Omar Reyes"),
    ],
)
def test_namesakes_are_told_apart_by_first_name_and_title(words, name):
    assert find_claim(analyse(NAMESAKES), words).speaker.name == name


def test_a_surname_alone_is_the_namesake_who_has_spoken():
    text = "The cook Paul Hart died in the storm.\n\nRuth Hart, a teacher, said the harbour had no lifeboat.\n\n" \
        '"Nobody listened to us," Hart said.'
    assert find_claim(analyse(text), "Nobody listened to us").speaker.name == "Ruth Hart"


@pytest.mark.parametrize(
    "text, words, mention",
    [
        ("Ruth Hart, mother of the cook Paul Hart, forcefully rejected the claim that he had been drinking.", "he had been drinking", "Ruth Hart"),
        ("The harbour master, Tom Reyes, flatly denied that the pier was closed.", "the pier was closed", "Tom Reyes"),
        ("Ruth Hart, mother of Dover trawlerman Paul Hart, angrily rejected the claim that he had been drinking.", "he had been drinking", "Ruth Hart"),
    ],
)
def test_an_adverb_before_the_cue_leaves_the_subject_of_the_appositive_the_speaker(text, words, mention):
    claim = find_claim(analyse(text), words, mention)
    assert claim.cue in ("rejected", "denied"), describe(analyse(text))


def test_a_weekday_after_a_place_makes_no_person_for_a_pronoun():
    text = "Dale Marsh won the seat on Monday.\n\nHis rival campaigned in North Dakota Tuesday. He said the count was fair."
    assert find_claim(analyse(text), "the count was fair").speaker.name == "Dale Marsh"


@pytest.mark.parametrize(
    "text, words, mention",
    [
        ("After saying the storm had damaged the pier, the mayor closed it.", "the storm had damaged the pier", "the mayor"),
        ("Since announcing in May that he would stand down, Tom Reed has kept a low profile.", "he would stand down", "Tom Reed"),
        ("While insisting that the fares were fair, she admitted the ferries were often late.", "the fares were fair", "she"),
    ],
)
def test_a_participle_opening_the_sentence_is_said_by_the_main_clause_subject(text, words, mention):
    claim = find_claim(analyse(text), words)
    assert mention_of(claim) == mention
    assert claim.content == words


def test_a_plural_noun_after_a_determiner_is_no_verb_of_the_subject():
    text = "The departments declined to release the files, saying they could not discuss the case."
    assert mention_of(find_claim(analyse(text), "they could not discuss the case")) == "The departments"


def test_a_one_word_name_never_given_a_first_name_or_title_is_no_antecedent_for_she():
    text = "Ada Novak runs the ferry company.\n\nOn Monday, Fenwick made an offer, and she said it was too low."
    assert find_claim(analyse(text), "it was too low").speaker.name == "Ada Novak"


def test_a_dash_after_a_quotation_inside_a_clause_names_no_speaker():
    text = 'The mayor dismissed the plan as a "toy railway" — a jibe at the council.'
    assert not analyse(text).claims


@pytest.mark.parametrize(
    "text, words, mention",
    [
        ("The host will ask Ada Novak about the mayor calling the ferry plan a sham.", "the ferry plan a sham", "the mayor"),
        ("The council has no record of Ms Hale suggesting the toll be doubled.", "the toll be doubled", "Ms Hale"),
    ],
)
def test_a_gerund_after_about_or_of_is_said_by_the_words_before_it(text, words, mention):
    assert mention_of(find_claim(analyse(text), words)) == mention


def test_a_party_label_before_a_first_name_is_no_part_of_the_name():
    text = "Labour Ruth Okonjo said the plant would stay open. Okonjo added that the vote was close."
    analysis = analyse(text)
    assert find_claim(analysis, "the plant would stay open").speaker.name == "Ruth Okonjo"
    assert find_claim(analysis, "the vote was close").speaker.name == "Ruth Okonjo"


def test_a_participle_clause_after_a_name_gives_it_no_title():
    analysis = analyse("The mayor said the pier would reopen in May.\n\nVogt hit back on Twitter, saying the mayor had misled voters.")
    assert find_claim(analysis, "the pier would reopen in May").speaker.name == "The mayor", describe(analysis)


@pytest.mark.parametrize(
    "text, words, mention",
    [
        ("The pier will reopen in May, the Harbour Gazette reported.", "The pier will reopen in May", "the Harbour Gazette"),
        ('"It was his life\'s work," his brother Tomas Reyes said.', "It was his life's work", "his brother Tomas Reyes"),
        ("The ferry will keep running, her deputy, Ana Lind, told the Gazette.", "The ferry will keep running", "her deputy, Ana Lind"),
        ('"The ferry will keep running," the club\'s captain, Ana Lind, said.', "The ferry will keep running", "captain, Ana Lind"),
    ],
)
def test_a_speaker_after_the_content_keeps_its_article_or_possessive(text, words, mention):
    assert mentions_word(mention_of(find_claim(analyse(text), words)), mention)


@pytest.mark.parametrize(
    "text, words, mention",
    [
        ("The ferry company raised fares.\n\nNearly a third say they will drive instead.", "they will drive instead", "Nearly a third"),
        ("The ferry company raised fares.\n\nA majority said the fares were too high.", "the fares were too high", "A majority"),
    ],
)
def test_a_share_of_people_is_the_speaker(text, words, mention):
    assert mention_of(find_claim(analyse(text), words)) == mention


@pytest.mark.parametrize(
    "text, words",
    [
        ("Ada Novak toured the pier.\n\nShe's predicting a busy summer for the ferries.", "a busy summer for the ferries"),
        ("Ada Novak toured the pier.\n\nShe'd said the ferries would run all winter.", "the ferries would run all winter"),
    ],
)
def test_a_pronoun_with_a_contracted_auxiliary_is_the_speaker(text, words):
    assert find_claim(analyse(text), words).speaker.name == "Ada Novak"


def test_an_impersonal_it_is_with_a_participle_names_no_speaker():
    analysis = analyse("Ada Novak toured the pier.\n\nIt's reported that the ferries will run all winter.")
    assert not [claim for claim in analysis.claims if mentions_word(mention_of(claim), "it")], describe(analysis)


@pytest.mark.parametrize(
    "text, words, mention",
    [
        ('"We are very disappointed," the Harbour Union said in a statement.', "We are very disappointed", "the Harbour Union"),
        ("Fares will rise again next year, current and former officials said.", "Fares will rise again next year", "current and former officials"),
    ],
)
def test_a_speaker_after_a_quotation_or_clause_keeps_the_words_before_its_name(text, words, mention):
    assert mention_of(find_claim(analyse(text), words)) == mention


@pytest.mark.parametrize("source", ["FiveThirtyEight", "the RealClear Tally polling average", "PolitiFact"])
def test_a_name_written_in_camel_case_is_a_source(source):
    text = f"In Ohio, Ada Novak leads by nine points, according to {source}."
    assert mention_of(find_claim(analyse(text), "Ada Novak leads by nine points")) == source


@pytest.mark.parametrize(
    "text, words, mention",
    [
        ("Supporters of the toll, however, say it would pay for the pier.", "it would pay for the pier", "Supporters of the toll"),
        ("Owners of the ferries, on the other hand, argued that fares must rise.", "fares must rise", "Owners of the ferries"),
    ],
)
def test_an_aside_between_commas_stands_between_the_subject_and_its_verb(text, words, mention):
    assert mention_of(find_claim(analyse(text), words)) == mention


def test_a_short_quoted_title_inside_an_appositive_keeps_the_speaker_before_it():
    text = 'Peter Mills, the author of "Falling Water," about the history of dams, said the era of big projects is over.'
    assert find_claim(analyse(text), "the era of big projects is over").speaker.name == "Peter Mills"


@pytest.mark.parametrize(
    "text, mention",
    [
        ("The complaint, which was filed in federal court, alleged that the council broke the law.", "The complaint"),
        ("Local newspapers, including the Harbour Gazette, said the mayor should resign.", "Local newspapers"),
    ],
)
def test_a_which_or_including_clause_between_subject_and_cue_is_passed_over(text, mention):
    analysis = analyse(text)
    claim = find_claim(analysis, "the ")
    assert claim.speaker.mention == mention, describe(analysis)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('As Professor Vogt put it: "The pier is safer than ever."', "Vogt"),
        ('Lena Vogt said it best: "The pier is safer than ever."', "Lena Vogt"),
    ],
)
def test_it_before_a_colon_is_the_object_of_the_speakers_verb(text, speaker):
    assert find_claim(analyse(text), "The pier is safer than ever", speaker)


@pytest.mark.parametrize(
    "text, words",
    [
        ("The plan was welcomed by a councillor close to the talks, who added that the board seemed ready.", "the board seemed ready"),
        ("Some traders backed the toll, including some who warned it could drive visitors away.", "it could drive visitors away"),
        ("Those around the mayor acknowledge that a third term seems improbable.", "a third term seems improbable"),
    ],
)
def test_an_unnamed_group_before_who_or_around_someone_speaks(text, words):
    analysis = analyse(text)
    claim = find_claim(analysis, words)
    assert claim.attribution != "unattributed" and claim.speaker.mention in ("who", "Those around the mayor"), describe(analysis)


def test_a_relative_clause_after_an_inverted_speaker_describes_them_and_leaves_the_words_before():
    text = "The ferry will never pay its way, said a handful of councillors who point to its debts."
    analysis = analyse(text)
    claim = find_claim(analysis, "The ferry will never pay its way")
    assert claim.speaker.mention == "a handful of councillors", describe(analysis)
    assert not [c for c in analysis.claims if "point to its debts" in c.content], describe(analysis)
