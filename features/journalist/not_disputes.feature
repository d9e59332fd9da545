Feature: Tell a denial from words that only look like one
  As a journalist checking a story before it goes out
  I want questions, other senses of denying words and the next entry of a live blog kept apart from denials
  So that nobody is shown denying or disputing what they never contradicted

  Scenario: A question put to a speaker is no denial, even after a denying verb
    Given the article:
      """
      Silva was asked by the radio host Ivo Lang, who is backing Silva, but has previously dismissed the story about the shipyard, “Now, you called it a storm in a teacup. But that story has moved on, has it not?”
      """
    When I break the article into claims
    Then the article has a claim reading "But that story has moved on, has it not?"
    And the claim is not a denial

  Scenario: Words of denial in another sense deny nothing
    Given the article:
      """
      Anna Berg, a councillor, said the flood defences had been finished in March.

      "In the end the responsibility lies with the voters," said Piet Claes, the opposition leader. "The board is made up of nine members."
      """
    When I break the article into claims
    Then no claim is a denial
    And "Anna Berg" is reported as saying "the flood defences had been finished in March"
    And the claim is not disputed

  Scenario: A live blog's next entry does not answer the one before
    Given the article:
      """
      Mayor Tomas Berg said the ferry would stop running in winter.

      ___

      11:35 a.m.

      Karl Veit disagreed with the harbour board, saying the winter ferry contract had been signed.
      """
    When I break the article into claims
    Then "Tomas Berg" is reported as saying "the ferry would stop running in winter"
    And the claim is not disputed

  Scenario: The grounds given after "a charge that X denied" are X's, not the accuser's
    Given the article:
      """
      The mayor complained that the vote had been "rigged" against him, a charge that county officials strongly denied, noting that they had used the same system for twenty years.
      """
    When I break the article into claims
    Then "county officials" is reported as saying "they had used the same system for twenty years"
    And the claim is a denial
    And "The mayor" is reported as saying "the vote had been"
    And the claim is disputed by "county officials"

  Scenario: Other estimates on another matter, with no figure, dispute nothing
    Given the article:
      """
      The housing ministry said 4,000 homes would be built this year. Other estimates put the blame on the weather.
      """
    When I break the article into claims
    Then "The housing ministry" is reported as saying "4,000 homes would be built this year"
    And the claim is not disputed

  Scenario: "In fact" bearing a claim out is no dispute
    Given the article:
      """
      Ola Berg said the bridge was in bad shape. In fact, the bridge had been closed twice this year.
      """
    When I break the article into claims
    Then "Ola Berg" is reported as saying "the bridge was in bad shape"
    And the claim is not disputed

  Scenario: Correcting someone else takes nothing back
    Given the article:
      """
      Ola Berg said the bridge was safe. He corrected the reporter on the date.
      """
    When I break the article into claims
    Then "Ola Berg" is reported as saying "the bridge was safe"
    And the claim is not disputed

  Scenario: Denying bail, rejecting a bill and disputed territory contradict nobody
    Given the article:
      """
      Union leader Kai Brandt said the dock workers had done nothing wrong and would be cleared.

      A court in Kiel denied bail to two dock workers charged with stealing copper cable. The city council rejected a bill to raise harbour fees. The river bank has long been disputed territory between the council and a landowner, and the hospital trust denied a request for an interview.
      """
    When I break the article into claims
    Then "Kai Brandt" is reported as saying "the dock workers had done nothing wrong and would be cleared"
    And the claim is not disputed

  Scenario: Not denying something is no denial
    Given the article:
      """
      The Baltic Courier reported that officials had met the shipping group in January.

      Economy Minister Petra Lind did not deny that officials had met executives of the group, but said the meeting concerned rail freight.
      """
    When I break the article into claims
    Then "Petra Lind" is reported as saying "officials had met executives of the group"
    And the claim is not a denial
    And "Baltic Courier" is reported as saying "officials had met the shipping group in January"
    And the claim is not disputed

  Scenario: "No such" in a condition denies nothing
    Given the article:
      """
      Senator Ida Lund said the hospitals were short of nurses.

      The ministry said that if no such shortage was found, the wards would reopen in May.
      """
    When I break the article into claims
    Then no claim is a denial

  Scenario: Refusing to deny rumours disputes nothing
    Given the article:
      """
      Senator Ana Ruiz refused to deny rumours that she would run for governor.
      """
    When I break the article into claims
    Then no claim is a denial
    And nobody is reported as saying "she would run for governor"
