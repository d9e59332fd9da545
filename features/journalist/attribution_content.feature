Feature: What an attribution reports, and where it ends
  As a journalist checking who promised, announced or called for what
  I want the thing promised or announced to be a claim even when it is not a that-clause
  So that pledges and announcements can be checked like any other statement

  Scenario: A promise or a vow with an infinitive is a claim
    Given the article:
      """
      The transport secretary, Priya Nandakumar, promised to halve rail fares within two years. Her shadow, Colm Reilly, vowed to fight on.
      """
    When I break the article into claims
    Then "Priya Nandakumar" is reported as saying "to halve rail fares within two years"
    And the claim is reported speech
    And the claim was read by the rule "speaker-verb-object"
    And "Colm Reilly" is reported as saying "to fight on"

  Scenario: What was announced, called for or predicted is a claim
    Given the article:
      """
      Harlow Foods announced 400 job cuts at its Leeds bakery on Tuesday. The union called for an independent review of the plan. Ms Okafor predicted a long strike.
      """
    When I break the article into claims
    Then "Harlow Foods" is reported as saying "400 job cuts at its Leeds bakery"
    And "Okafor" is reported as saying "a long strike"
    And the article has a claim reading "an independent review of the plan"

  Scenario: An urging names whom it urges
    Given the article:
      """
      Dana Whitfield, the head coach, urged her players to forget Saturday's defeat.
      """
    When I break the article into claims
    Then "Dana Whitfield" is reported as saying "her players to forget Saturday's defeat"

  Scenario: A pledged delegate, a promise as a noun or adding to a lead is not an attribution
    Given the article:
      """
      The senator won 14 pledged delegates in the state. Her firmest promise yet came on Friday. She won Ohio, adding to her lead in the race.
      """
    When I break the article into claims
    Then no claim contains "delegates"
    And no claim contains "came on Friday"
    And no claim contains "her lead"

  Scenario: A quotation opening the next paragraph goes on with the quote before it
    Given the article:
      """
      "The new stand will be ready by August," said club secretary Fiona Marsh.

      "After that, the only thing missing will be a team to fill it."
      """
    When I break the article into claims
    Then "Fiona Marsh" is reported as saying "The new stand will be ready by August, … After that, the only thing missing"
    And the claim is a direct quote

  Scenario: A quotation right after reported speech goes on with it
    Given the article:
      """
      Fiona Marsh said the stand would be ready by August.

      "After that, the only thing missing will be a team to fill it."
      """
    When I break the article into claims
    Then "Fiona Marsh" is reported as saying "the stand would be ready by August … After that, the only thing missing will be a team to fill it."
    And the claim was read by the rule "quote-after-report"

  Scenario: A quotation after other words of the reporter's is a claim of its own
    Given the article:
      """
      Fiona Marsh said the stand would be ready by August. The club has spent two years raising money for it.

      "After that, the only thing missing will be a team to fill it."
      """
    When I break the article into claims
    Then "Fiona Marsh" is reported as saying "the stand would be ready by August"
    And "Fiona Marsh" is reported as saying "After that, the only thing missing will be a team to fill it."
    And the claim is a direct quote

  Scenario: A question put to a speaker is the asker's, and the answer is the speaker's
    Given the article:
      """
      Asked whether she would stand for a third term, Mayor Ines Duarte said she had not decided. Her deputy, Tom Reyes, was asked by a reporter if the budget would balance. He said it would.
      """
    When I break the article into claims
    Then "unnamed questioner" is reported as saying "whether she would stand for a third term"
    And the speaker is an anonymous source
    And the claim was read by the rule "asked-question"
    And "Ines Duarte" is reported as saying "she had not decided"
    And "a reporter" is reported as saying "if the budget would balance"
    And "Tom Reyes" is reported as saying "it would"

  Scenario: The answer's words end where the question put to the speaker begins
    Given the article:
      """
      Mayor Ines Duarte said she had not decided when asked about a third term.
      """
    When I break the article into claims
    Then "Ines Duarte" is reported as saying "she had not decided"
    And the reported words leave out "asked"
    And "unnamed questioner" is reported as saying "a third term"

  Scenario: A headline in title case is read like any sentence
    Given the article:
      """
      Ferry Fares Will Rise, Karl Veit Tells The Harbour Board.

      Karl Veit, the ferry company's chief executive, said on Monday that fares would rise in the spring.
      """
    When I break the article into claims
    Then "Karl Veit" is reported as saying "Ferry Fares Will Rise"
    And the claim is reported speech

  Scenario: A source named mid-sentence reports the whole clause around it
    Given the article:
      """
      Since May, according to the harbour board, ferry fares have doubled.
      """
    When I break the article into claims
    Then "the harbour board" is reported as saying "Since May … ferry fares have doubled"

  Scenario: A newspaper that reports what someone said is the source of the whole report
    Given the article:
      """
      "The pier will close in May," Lena Vogt said, according to the Harbour Gazette. As first reported by Tide FM, the ferry will stop in June.
      """
    When I break the article into claims
    Then "the Harbour Gazette" is reported as saying "The pier will close in May," Lena Vogt said"
    And "Lena Vogt" is reported as saying "The pier will close in May"
    And "Tide FM" is reported as saying "the ferry will stop in June"

  Scenario: What is denied ends where the denier goes on to do something else
    Given the article:
      """
      The Republic of Ruritania denies that the election was rigged and goes to great lengths to silence its critics.

      At the forum Ann Lee called the mayor “reckless.” “He would not be a good governor,” she said.
      """
    When I break the article into claims
    Then "Republic of Ruritania" is reported as saying "the election was rigged"
    And the reported words leave out "silence its critics"
    And "Ann Lee" is reported as saying "the mayor “reckless.”"
    And the reported words leave out "good governor"

  Scenario: A one-word answer, a question wondered aloud and a call on someone are claims
    Given the article:
      """
      Asked if he would resign, Tom Reyes said no. "Will the pier ever reopen?" a harbour worker wondered. Mayor Ines Duarte called on the council to reopen the pier.
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "no"
    And "a harbour worker" is reported as saying "Will the pier ever reopen?"
    And "Ines Duarte" is reported as saying "the council to reopen the pier"

  Scenario: Words on when something happens stay with what was said, but not after a quotation ends it
    Given the article:
      """
      Mayor Ines Duarte said she would sign the order when she returns from Brussels. Tom Reyes said the plan was "a disaster" when he spoke to reporters on Friday.
      """
    When I break the article into claims
    Then "Ines Duarte" is reported as saying "she would sign the order when she returns from Brussels"
    And "Tom Reyes" is reported as saying "the plan was "a disaster""
    And the reported words leave out "spoke to reporters"

  Scenario: A reservation that goes on with the same subject is part of what was said
    Given the article:
      """
      Tom Reyes said he had read the report, but couldn't comment on its findings yet. Ines Duarte called the budget "tight, but fair to every ward."
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "he had read the report, but couldn't comment on its findings yet"
    And "Ines Duarte" is reported as saying "tight, but fair to every ward."

  Scenario: An attribution inside the clause leaves the words before it in what was said
    Given the article:
      """
      Ines Duarte has run the harbour board since 2019. At one point, she said, she had thought of selling the ferries.
      """
    When I break the article into claims
    Then "Ines Duarte" is reported as saying "At one point … she had thought of selling the ferries"
    And the claim was read by the rule "parenthetical-speaker-said"

  Scenario: A quotation opening the next paragraph goes on with a quote split by its attribution
    Given the article:
      """
      "The new stand will be ready by August," said Fiona Marsh. "The roof comes last."

      "After that, the only thing missing will be a team to fill it."
      """
    When I break the article into claims
    Then "Fiona Marsh" is reported as saying "The new stand will be ready by August, … The roof comes last. … After that, the only thing missing"
    And the claim is a direct quote

  Scenario: A quotation resumed after the speaker's description is one claim
    Given the article:
      """
      "The stand will be ready by August," said Fiona Marsh, the club's secretary, "and the roof will follow in the spring."
      """
    When I break the article into claims
    Then "Fiona Marsh" is reported as saying "The stand will be ready by August, … and the roof will follow in the spring."
    And the claim was read by the rule "split-quote"

  Scenario: A short quotation after the speaker's attribution is the rest of their quote
    Given the article:
      """
      "The new stand will be ready by August," said Fiona Marsh, the club secretary. "No doubt."
      """
    When I break the article into claims
    Then "Fiona Marsh" is reported as saying "The new stand will be ready by August, … No doubt."
    And the claim was read by the rule "split-quote"

  Scenario: A company or a group called by its name is not speaking
    Given the article:
      """
      The club bought its new seats from a company called Northern Stands. A supporters' group called Friends of the Ground raised the rest.
      """
    When I break the article into claims
    Then no claim contains "Northern Stands"
    And no claim contains "Friends of the Ground"

  Scenario: What a speaker goes on to add is part of what they said
    Given the article:
      """
      Fiona Marsh said the stand would be ready by August, adding that the roof would follow in the spring.
      """
    When I break the article into claims
    Then "Fiona Marsh" is reported as saying "the stand would be ready by August, adding that the roof would follow in the spring"
    And "Fiona Marsh" is reported as saying "the roof would follow in the spring"

  Scenario: A book written by someone, a task added to a job or a lead in pledged votes is not an attribution
    Given the article:
      """
      The club sells a history of the ground written by its oldest supporter. The secretary added another task to her job this year: running the shop. The chairman has a lead in pledged votes before the election.
      """
    When I break the article into claims
    Then no claim contains "oldest supporter"
    And no claim contains "running the shop"
    And no claim contains "votes"
