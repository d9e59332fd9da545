Feature: Denials in tribunal, market, retraction and count-night copy
  As a journalist checking reports of tribunals, short sellers, retracted papers and election counts
  I want rejections, rebuttals and the accused's own answers read as denials of the claims they answer
  So that the right claims show as disputed

  Scenario: Rejecting "that conclusion" disputes the conclusion just reported
    Given the article:
      """
      In a notice, the journal's editors said the soil samples had been mislabelled.

      The lead author, Dr Ilse Varga, rejected that conclusion.
      """
    When I break the article into claims
    Then "Ilse Varga" is reported as saying "that conclusion"
    And the claim is a denial
    And "the journal's editors" is reported as saying "the soil samples had been mislabelled"
    And the claim is disputed by "Varga"

  Scenario: A business that rejects an account, named again as "the company", gives its grounds
    Given the article:
      """
      Orla Penn drove for the courier firm Delmont for six years. Ms Penn told the hearing that her supervisor had locked the fire door.

      Delmont rejects her account. The company says the door was open all day.
      """
    When I break the article into claims
    Then "The company" is reported as saying "the door was open all day"
    And the claim is a denial
    And "Delmont" is reported as saying "her account"
    And the claim is a denial

  Scenario: No report of what another party asserted disputes it
    Given the article:
      """
      Vera Lusk, the candidate's agent, says two ballot boxes reached the count with damaged seals.

      Police at the count say they have received no report of damaged seals.
      """
    When I break the article into claims
    Then "Police at the count" is reported as saying "they have received no report of damaged seals"
    And the claim is a denial
    And "Vera Lusk" is reported as saying "two ballot boxes reached the count with damaged seals"
    And the claim is disputed by "Police"

  Scenario: Calling a report misleading disputes everything its author alleged in it
    Given the article:
      """
      In a 40-page report, Fenwick Analytics alleged that half of the miller's exports went to one buyer. Fenwick said the miller's auditors had missed the pattern.

      The miller, Oakhurst Grain, called the report misleading.
      """
    When I break the article into claims
    Then "Fenwick Analytics" is reported as saying "half of the miller's exports went to one buyer"
    And the claim is disputed by "Oakhurst"
    And "Fenwick" is reported as saying "the miller's auditors had missed the pattern"
    And the claim is disputed by "Oakhurst"

  Scenario: The accused insisting answers the case against them
    Given the article:
      """
      The rowing board on Tuesday suspended coxswain Pia Lindqvist for two years after a failed test.

      Lindqvist has insisted the tablets were prescribed by her doctor.
      """
    When I break the article into claims
    Then "Pia Lindqvist" is reported as saying "the tablets were prescribed by her doctor"
    And the claim is a denial

  Scenario: Insisting with no case against the speaker is no denial
    Given the article:
      """
      The developer, Castlegate Homes, insists the estate will include a new bus route.
      """
    When I break the article into claims
    Then "Castlegate Homes" is reported as saying "the estate will include a new bus route"
    And the claim is not a denial

  Scenario: A critic rejecting a paper's findings disputes what it reported
    Given the article:
      """
      The paper reported that memory scores fell sharply.

      Dr Naomi Feld, a statistician, rejected the findings.
      """
    When I break the article into claims
    Then "The paper" is reported as saying "memory scores fell sharply"
    And the claim is disputed by "Feld"

  Scenario: Someone dismissed from a job is not denying what they had warned
    Given the article:
      """
      Ms Orla Penn was dismissed weeks after warning managers that the fire doors were locked.
      """
    When I break the article into claims
    Then no claim is a denial
