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

  Scenario: A pledged delegate or a promise as a noun is not an attribution
    Given the article:
      """
      The senator won 14 pledged delegates in the state. Her firmest promise yet came on Friday.
      """
    When I break the article into claims
    Then no claim contains "delegates"
    And no claim contains "came on Friday"

  Scenario: A quotation opening the next paragraph goes on with the quote before it
    Given the article:
      """
      "The new stand will be ready by August," said club secretary Fiona Marsh.

      "After that, the only thing missing will be a team to fill it."
      """
    When I break the article into claims
    Then "Fiona Marsh" is reported as saying "The new stand will be ready by August, … After that, the only thing missing"
    And the claim is a direct quote

  Scenario: Reported speech and the quotation after it stay two claims
    Given the article:
      """
      Fiona Marsh said the stand would be ready by August.

      "After that, the only thing missing will be a team to fill it."
      """
    When I break the article into claims
    Then "Fiona Marsh" is reported as saying "the stand would be ready by August"
    And "Fiona Marsh" is reported as saying "After that, the only thing missing will be a team to fill it."
    And the claim is a direct quote

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
