Feature: Who said what in defence briefings, Irish parliamentary copy, appeal court rulings and travel features
  As a journalist checking a Pentagon briefing story, a report from the Dáil, an appeals court ruling with a
  dissent and a travel feature quoting the people on a train
  I want each speaker's statements kept apart, every judge's finding claimed, and every "she" traced to the
  member of parliament the story just named
  So that a warning is not shown as part of an earlier claim, and no club or plan is taken for a speaker

  Scenario: A second verb of the speaker's with "that" is a statement of its own
    Given the article:
      """
      The Construction Industry Federation said builders were ready to increase output but warned that high interest rates were making many projects unviable.
      """
    When I break the article into claims
    Then "Construction Industry Federation" is reported as saying "builders were ready to increase output"
    And "Construction Industry Federation" is reported as saying "high interest rates were making many projects unviable"
    And nobody is reported as saying "output but warned that"

  Scenario: A public meeting told is not part of what it was told
    Given the article:
      """
      The local MP, Helen Cardew, has backed the campaign to save the line. She told a public meeting in Harrowby last month that the figures left out the money visitors spend in the valley.
      """
    When I break the article into claims
    Then "Helen Cardew" is reported as saying "the figures left out the money visitors spend in the valley"
    And nobody is reported as saying "meeting in Harrowby last month that"

  Scenario: What a board was told keeps its own subject when a "that" comes later
    Given the article:
      """
      Ms Reed told the board the chief executive knew that the accounts were wrong.
      """
    When I break the article into claims
    Then "Reed" is reported as saying "the chief executive knew that the accounts were wrong"

  Scenario: A "she" after a member named behind a title in capitals is that member
    Given the article:
      """
      His wife, Jo, said the cafe would probably close without the line.

      The local MP, Helen Cardew, has backed the campaign to save the line. She said the figures were wrong.
      """
    When I break the article into claims
    Then "Jo" is reported as saying "the cafe would probably close without the line"
    And "Helen Cardew" is reported as saying "the figures were wrong"

  Scenario: What a judge found is the judge's claim
    Given the article:
      """
      The ruling reverses a lower court decision from last year. U.S. District Judge Carla Benning had found that the law was likely unconstitutional.
      """
    When I break the article into claims
    Then "Carla Benning" is reported as saying "the law was likely unconstitutional"

  Scenario: A plan announced earlier says nothing
    Given the article:
      """
      The Navy will keep a second carrier in the gulf until April, two officials said, a move that reverses a plan announced only last month to bring the ships home before the holidays.
      """
    When I break the article into claims
    Then "two officials" is reported as saying "The Navy will keep a second carrier in the gulf until April"
    And "a plan" is reported as saying nothing

  Scenario: A club named like a woman is not the "she" of a quotation
    Given the article:
      """
      Emma Hayes praised her squad after the win. Chelsea, the London club, confirmed the signing on Monday. "She is a great player," she said.
      """
    When I break the article into claims
    Then "Emma Hayes" is reported as saying "She is a great player"
