Feature: Who said what in match reports, council stories and press conferences
  As a journalist checking a story from a publisher the tool has not seen
  I want each remark given to the one who made it, once, with only their words
  So that I do not chase claims nobody made

  Scenario: A group that agreed records a decision, one person who agreed grants a point
    Given the article:
      """
      Ministers agreed that the rail subsidy would be cut by a fifth.

      Under questioning, Harris agreed that the figures had been rounded up.
      """
    When I break the article into claims
    Then nobody is reported as saying "the rail subsidy would be cut by a fifth"
    And "Harris" is reported as saying "the figures had been rounded up"

  Scenario: What the speaker later did with the words is not part of them
    Given the article:
      """
      Councillor Dana Whitlow said the depot had been sold at a loss, and withdrew it later that evening.
      """
    When I break the article into claims
    Then "Dana Whitlow" is reported as saying "the depot had been sold at a loss"
    And no claim contains "withdrew"

  Scenario: "Per" stands for "according to"
    Given the article:
      """
      Per the health board, waiting lists have grown by 12 per cent since March.

      Two wards will close over the summer, per Northgate Council.
      """
    When I break the article into claims
    Then "the health board" is reported as saying "waiting lists have grown by 12 per cent since March"
    And the speaker is an organisation
    And "Northgate Council" is reported as saying "Two wards will close over the summer"

  Scenario: A post-match line gives the speaker, the topic after "on", then the quotation
    Given the article:
      """
      Rovers manager Rory Tait was unhappy at the final whistle.

      Tait on the referee: "He had a poor afternoon and everyone in the ground saw it."
      """
    When I break the article into claims
    Then "Rory Tait" is reported as saying "He had a poor afternoon and everyone in the ground saw it."
    And the claim is a direct quote
    And nobody is reported as saying "the referee"

  Scenario: A question put to reporters is one claim of its asker
    Given the article:
      """
      The mayor asked reporters: "Where were you when the budget passed?"
      """
    When I break the article into claims
    Then "The mayor" is reported as saying "Where were you when the budget passed?"
    And the article has exactly 1 claim
    And no claim contains "reporters"

  Scenario: A pronoun speaker is not someone the same sentence names after it
    Given the article:
      """
      Rain delayed the start by an hour.

      "We will keep going," he said, as coach Peter Jones said the board would meet on Monday.
      """
    When I break the article into claims
    Then "Peter Jones" is reported as saying "the board would meet on Monday"
    And "Peter Jones" is reported as saying nothing about "We will keep going"

  Scenario: Reports a speaker is asked about are nobody's claim here
    Given the article:
      """
      Asked about reports that the plant would close, the chief executive, Anna Reid, said the company had no such plans.
      """
    When I break the article into claims
    Then "Anna Reid" is reported as saying "the company had no such plans"
    And nobody is reported as saying "the plant would close"
