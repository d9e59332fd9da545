Feature: Flat denials and the claims they answer, in styles the dispute set lacks
  As a journalist checking a health scare, a police account, a diplomatic row or an election claim
  I want "there is no evidence", "there is no deal", "called the remarks false" and their like read as denials
  So that the claim each one answers shows who disputes it

  Scenario: "There is no deal and there has never been a deal" is a denial
    Given the article:
      """
      Harbour Athletic have been linked with a move for the goalkeeper Ivo Brandt.

      "There is no deal and there has never been a deal," a Harbour Athletic spokesman said.
      """
    When I break the article into claims
    Then "a Harbour Athletic spokesman" is reported as saying "There is no deal"
    And the claim is a denial

  Scenario: Experts saying there is no evidence dispute the claim they answer
    Given the article:
      """
      A wellness blogger claimed that cold showers cure seasonal flu in two days.

      Doctors said there was no evidence that cold showers cure flu.
      """
    When I break the article into claims
    Then "Doctors" is reported as saying "there was no evidence that cold showers cure flu"
    And the claim is a denial
    And "A wellness blogger" is reported as saying "cold showers cure seasonal flu in two days"
    And the claim is disputed by "Doctors"

  Scenario: "No sign of a recovery" reports; it denies nothing
    Given the article:
      """
      The port's director said there was no sign of a recovery in cargo volumes this spring.
      """
    When I break the article into claims
    Then no claim is a denial

  Scenario: Dismissing the suggestion that P disputes the claim that made it
    Given the article:
      """
      Sasha Lind said the hospital was hiding the cheap treatment from patients.

      Hospital leaders dismissed the suggestion that they were hiding the cheap treatment.
      """
    When I break the article into claims
    Then "Sasha Lind" is reported as saying "the hospital was hiding the cheap treatment from patients"
    And the claim is disputed by "Hospital leaders"
    And "the suggestion" is reported as saying "they were hiding the cheap treatment"
    And the claim is not a denial

  Scenario: A capital calling the remarks false disputes what was just said
    Given the article:
      """
      The foreign ministry spokesman said the detained researcher had been visited by diplomats every week.

      Canberra called the remarks false.
      """
    When I break the article into claims
    Then "The foreign ministry spokesman" is reported as saying "the detained researcher had been visited by diplomats every week"
    And the claim is disputed by "Canberra"

  Scenario: The official's own quotation after "rejected his claims" is the denial's grounds
    Given the article:
      """
      Dale Reyes said voting machines in two precincts had switched votes.

      The secretary of state, Joan Marsh, rejected his claims. "Our count was checked by hand and it is accurate," she said.
      """
    When I break the article into claims
    Then "Joan Marsh" is reported as saying "Our count was checked by hand and it is accurate"
    And the claim is a denial

  Scenario: Footage that casts doubt on a police account disputes it for the publication
    Given the article:
      """
      Police said the cyclist had ridden through a red light, but dashcam footage and two witnesses have cast doubt on that account.
      """
    When I break the article into claims
    Then "Police" is reported as saying "the cyclist had ridden through a red light"
    And the claim is disputed by "publication"

  Scenario: Footage that appears to contradict the police statement disputes what the police said
    Given the article:
      """
      Police said the driver had swerved into the cyclist on purpose.

      Footage filmed by a passer-by appears to contradict the police statement.
      """
    When I break the article into claims
    Then "Police" is reported as saying "the driver had swerved into the cyclist on purpose"
    And the claim is disputed by "publication"

  Scenario: A witness's quotation after "Two witnesses disputed that account" is one of them denying it
    Given the article:
      """
      Police said the cyclist had struck the van's mirror. Two witnesses disputed that account. "He never went near the van," said Ida Lund, who was waiting at the bus stop.
      """
    When I break the article into claims
    Then "Ida Lund" is reported as saying "He never went near the van"
    And the claim is a denial

  Scenario: A claim repeated "with an allegation officials say has no basis" is the claim, disputed by the officials
    Given the article:
      """
      Tom Reyes claimed that the harbour vote had been rigged, repeating an allegation that election officials say has no basis.
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "the harbour vote had been rigged"
    And the claim is not a denial
    And the claim is disputed by "election officials"

  Scenario: "There is no agreement" after a report of an agreement denies it
    Given the article:
      """
      The Gazette reported a secret agreement with the developer.

      "There is no agreement," the mayor said.
      """
    When I break the article into claims
    Then "the mayor" is reported as saying "There is no agreement"
    And the claim is a denial
    And "Gazette" is reported as saying "a secret agreement with the developer"
    And the claim is disputed by "mayor"
