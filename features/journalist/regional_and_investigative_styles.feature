Feature: Who said what in disaster updates, investigations, science rows and regional papers
  As a journalist checking disaster updates, Australian and Scottish political copy, investigations and science rows
  I want hedged words left unclaimed and every "she" traced to the person the story was just about
  So that nobody is shown saying what they stopped short of saying, or what someone else said

  Scenario: What researchers stop short of saying is not their claim
    Given the article:
      """
      The authors say screen use after midnight is linked to poorer recall. They stop short of saying the phones cause the decline.
      """
    When I break the article into claims
    Then "The authors" is reported as saying "screen use after midnight is linked to poorer recall"
    And nobody is reported as saying "the phones cause the decline"

  Scenario: A "she" after a sentence about a person named with "herself" is that person
    Given the article:
      """
      Head teacher Ann Munro said two more families would leave the island this summer.

      Ishbel Reid herself is less sure. "My daughter wants to stay," she said.
      """
    When I break the article into claims
    Then "Ishbel Reid" is reported as saying "My daughter wants to stay"

  Scenario: A "she" after a short sentence about a relative is the relative
    Given the article:
      """
      For Ishbel Reid, whose family has farmed the island for four generations, the news came as no surprise.

      Her mother smiles. She says the island has survived worse winters than this.
      """
    When I break the article into claims
    Then "Her mother" is reported as saying "the island has survived worse winters than this"

  Scenario: A source's reason, with what another promised in it, is part of what the source said
    Given the article:
      """
      A person who was not authorized to speak publicly said managers had kept the monitors because the maker had promised a software fix within weeks.
      """
    When I break the article into claims
    Then "A person" is reported as saying "managers had kept the monitors because the maker had promised a software fix within weeks"

  Scenario: Whom a letter went to is not what it said
    Given the article:
      """
      Senator Gary Pruitt said local councils had written to the minister three times and had not received a reply.
      """
    When I break the article into claims
    Then "Gary Pruitt" is reported as saying "local councils had written to the minister three times and had not received a reply"
    And "local councils" is reported as saying nothing

  Scenario: Whom a source warned is not part of the warning
    Given the article:
      """
      In one message, a biomedical engineer at the hospital warned his supervisors that at least 14 of the monitors had gone silent.
      """
    When I break the article into claims
    Then "a biomedical engineer at the hospital" is reported as saying "at least 14 of the monitors had gone silent"
    And nobody is reported as saying "his supervisors that at least 14 of the monitors had gone silent"
