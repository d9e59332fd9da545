Feature: Whose account a denial answers, who speaks for the denier, and which accusations deny
  As a journalist checking regional, metro-desk and environment copy
  I want "disputed her account" tied only to a woman's claim, a company's lenders or rivals kept off its side, and an
  accusation that answers nothing not counted as a denial
  So that the report shows the disputes the article tells and no others

  Scenario: "Disputed his account" does not answer a woman's claim
    Given the article:
      """
      Nurse Maria Lopez said the ward had been left without a doctor for six hours. Hospital director Paul Grant disputed his account.
      """
    When I break the article into claims
    Then "Nurse Maria Lopez" is reported as saying "the ward had been left without a doctor for six hours"
    And the claim is not disputed

  Scenario: "Disputed her figures" answers the woman who gave the figures
    Given the article:
      """
      Residents said mould had spread through at least 40 flats. Spokeswoman Dana Keyes said the firm had received complaints from seven flats. The tenants' union disputed her figures.
      """
    When I break the article into claims
    Then "Dana Keyes" is reported as saying "the firm had received complaints from seven flats"
    And the claim is disputed by "union"

  Scenario: An accusation that contradicts nothing reported is not a denial
    Given the article:
      """
      Swiftair said all refunds had been paid within a week. Consumer groups accused the airline of misleading passengers.
      """
    When I break the article into claims
    Then "Consumer groups" is reported as saying "the airline of misleading passengers"
    And the claim is not a denial

  Scenario: An analyst for the company's lenders does not speak for the company
    Given the article:
      """
      Commuter Helen Park said the 07:10 service had been cancelled on 40 days this year. Northgate Rail disputed that account. Ian Shaw, an analyst for Northgate Rail's lenders, said the trains had run late all winter.
      """
    When I break the article into claims
    Then "Ian Shaw" is reported as saying "the trains had run late all winter"
    And the claim is not a denial

  Scenario: Calling a claim false, then saying why
    Given the article:
      """
      Council member Grace Whitfield said Brightwell had raised rents by 18 percent in two years. Dana Keyes called that claim false. She said average rents had risen by 9 percent since 2022.
      """
    When I break the article into claims
    Then "Grace Whitfield" is reported as saying "Brightwell had raised rents by 18 percent in two years"
    And the claim is disputed by "Keyes"
    And "Dana Keyes" is reported as saying "average rents had risen by 9 percent since 2022"
    And the claim is a denial
