Feature: Doubts, challenges and accusations of lying read as disputes
  As a journalist checking consumer complaints, strikes and sports rows
  I want a party that questions, challenges or casts doubt on what was just said read as disputing it
  So that the right claims show as disputed, and a question about what will happen does not

  Scenario: Questioning "the findings" disputes what was just reported
    Given the article:
      """
      Harbour master Tom Reyes said the ferry had carried 2,000 passengers a day in August.

      Dr Ama Osei, a transport economist, questioned the findings.
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "the ferry had carried 2,000 passengers a day in August"
    And the claim is disputed by "Osei"

  Scenario: Questioning whether something will happen disputes nothing
    Given the article:
      """
      Harbour master Tom Reyes said the ferry had carried 2,000 passengers a day in August.

      Dr Ama Osei, a transport economist, questioned whether the service would survive the winter.
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "the ferry had carried 2,000 passengers a day in August"
    And the claim is not disputed

  Scenario: A spokesman's words after a business disputes an account are its denial
    Given the article:
      """
      A retired nurse says the ferry firm Nordvik Lines ignored nine letters about her lost luggage.

      Nordvik Lines disputes her account. A spokesman for the company said every letter about the luggage had been answered within a week.
      """
    When I break the article into claims
    Then "A spokesman for the company" is reported as saying "every letter about the luggage had been answered within a week"
    And the claim is a denial

  Scenario: Challenging the union's figures disputes the union's claim, and the operator's next words give its side
    Given the article:
      """
      The drivers' union said the pay offer was worth 2 per cent a year. Ola Berg, a passenger, said the buses were always late.

      The bus operator Velmont Coaches challenged the union's figures. The company said its offer was worth 6 per cent over two years.
      """
    When I break the article into claims
    Then "The drivers' union" is reported as saying "the pay offer was worth 2 per cent a year"
    And the claim is disputed by "company"
    And "The company" is reported as saying "its offer was worth 6 per cent over two years"
    And the claim is a denial

  Scenario: Accusing someone of lying disputes what they say about it, even when they say it after
    Given the article:
      """
      Castleford manager Danny Rourke accused referee Neil Hart of lying about the late penalty.

      Hart told the match delegate that he had a clear view of the incident.
      """
    When I break the article into claims
    Then "Neil Hart" is reported as saying "he had a clear view of the incident"
    And the claim is disputed by "Rourke"

  Scenario: Disputing her account disputes what she said, not the words she relays
    Given the article:
      """
      Ada Lund said the harbour staff had told her the ferry would sail on Monday.

      The harbour board disputes her account.
      """
    When I break the article into claims
    Then "Ada Lund" is reported as saying "the harbour staff had told her the ferry would sail on Monday"
    And the claim is disputed by "harbour board"

  Scenario: Denying ever saying what one was reported to have said disputes the report
    Given the article:
      """
      Castleford manager Danny Rourke said Leon Ferris had admitted the penalty was wrong.

      Ferris denied ever saying that. "I never spoke to him after the game," he said.
      """
    When I break the article into claims
    Then "Danny Rourke" is reported as saying "Leon Ferris had admitted the penalty was wrong"
    And the claim is disputed by "Ferris"
    And "Leon Ferris" is reported as saying "I never spoke to him after the game,"
    And the claim is a denial

  Scenario: A bare accusation of lying does not dispute the reply that follows it
    Given the article:
      """
      Councillor Amy Platt accused Mayor Tom Reyes of lying.

      Reyes said he would ask the standards board to look at the complaint.
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "he would ask the standards board to look at the complaint"
    And the claim is not disputed

  Scenario: Challenging someone's results disputes nothing when they gave no results
    Given the article:
      """
      Harbour master Tom Reyes said ticket prices would fall next spring.

      Lena Vogt challenged Reyes's results.
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "ticket prices would fall next spring"
    And the claim is not disputed

  Scenario: Questioning "its figures" is read as a party's own figures, not another's
    Given the article:
      """
      "The figures are correct," the harbour union said.

      The ferry company questioned its figures.
      """
    When I break the article into claims
    Then "the harbour union" is reported as saying "The figures are correct,"
    And the claim is not disputed
