Feature: Who said what in crime reports, relayed state media, polls and local-office copy
  As a journalist checking police reports, wire copy relaying state media, campaign trails and economic forecasts
  I want each claim given to the person the copy says spoke, however it was relayed
  So that an agency, a survey's publisher or a group named after someone never takes their words

  Scenario: A quotation relayed by an agency is the words of the one it quotes
    Given the article:
      """
      The state news agency quoted the foreign ministry as saying the border would reopen on Monday.

      "Trade must not be held hostage again," Foreign Minister Radek Horvat was quoted as saying by the agency.
      """
    When I break the article into claims
    Then the article has a claim reading "the border would reopen on Monday"
    And the speaker is mentioned as "the foreign ministry"
    And "Radek Horvat" is reported as saying "Trade must not be held hostage again"
    And the claim is a direct quote
    And nobody is reported as saying "as saying"

  Scenario: A witness who asked not to be named speaks, and goes on speaking as "she"
    Given the article:
      """
      Her lawyer, Beth Sandoval, said her client would plead not guilty.

      A witness who asked not to be named said she saw two men waiting in a car. "They were just sitting there," she said.
      """
    When I break the article into claims
    Then the article has a claim reading "she saw two men waiting in a car"
    And the speaker is mentioned as "A witness"
    And "A witness" is reported as saying "They were just sitting there"

  Scenario: A poll, a study or a report tells what it found or showed
    Given the article:
      """
      A survey by the Norland Housing Council found that 18% of households spend a third of their income on rent.

      A poll by the Norland Herald showed that Rosa Delgado leads by six points. Mr Fortin's report said the fleet was short of 11 planes.

      Police found a replica handgun in the car.
      """
    When I break the article into claims
    Then "Norland Housing Council" is reported as saying "18% of households spend a third of their income on rent"
    And the article has a claim reading "Rosa Delgado leads by six points"
    And the speaker is mentioned as "Norland Herald"
    And the article has a claim reading "the fleet was short of 11 planes"
    And the speaker is mentioned as "report"
    And nobody is reported as saying "a replica handgun in the car"

  Scenario: A local office before a name is a title, and a group named after someone is not that person
    Given the article:
      """
      County Auditor Jane Roe said the levy had been miscounted.

      The Coalition Against Reyes said the levy was unfair. Reyes said it would pass.
      """
    When I break the article into claims
    Then "Jane Roe" is reported as saying "the levy had been miscounted"
    And "Reyes" is reported as saying "it would pass"
    And "Coalition Against Reyes" is reported as saying "the levy was unfair"
    And the speaker is an organisation

  Scenario: A headline that names its speaker before a colon gives their claim
    Given the article:
      """
      Tremblay: "We did everything humanly possible"

      By Nicole Arsenault

      Premier Louise Tremblay defended the wildfire response on Wednesday, saying crews had protected every town.
      """
    When I break the article into claims
    Then "Louise Tremblay" is reported as saying "We did everything humanly possible"
    And the claim is a direct quote
    And the claim was read by the rule "headline-speaker"
