Feature: The right speaker, however the sentence names them
  As a journalist checking copy from desks and publishers the extractor has never seen
  I want each claim given to the person or group the sentence says is speaking
  So that a clause about someone else never puts words in their mouth

  Scenario: A participle after a clause of its own speaks for that clause's subject
    Given the article:
      """
      The vote split the council, with Cllr Ruth Aldred saying the budget was reckless.

      Turnout was low, with 40 per cent of voters saying they had never heard of the election.

      It was a tense evening at the town hall, but the treasurer, Mr Sam Okafor, stayed calm, insisting the figures were correct.
      """
    When I break the article into claims
    Then "Ruth Aldred" is reported as saying "the budget was reckless"
    And the article has a claim reading "they had never heard of the election"
    And the speaker is mentioned as "40 per cent of voters"
    And "Sam Okafor" is reported as saying "the figures were correct"
