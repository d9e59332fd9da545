Feature: Submit an article and read who said what
  As a journalist checking a story before it goes out
  I want to paste or upload my article and see every claim in it, coloured by who made it
  So that I can check each claim with the person or body it came from

  Background:
    Given I am logged in as a journalist

  Scenario: Paste an article and read its claims
    Given I paste this article:
      """
      "We will not raise taxes this year," said Amara Lindqvist, the finance minister.

      Opposition leader Piet Brandt said the budget was built on wishful thinking.
      """
    When I submit it for checking
    Then the article text shows the claim "We will not raise taxes this year" by "Amara Lindqvist"
    And the article text shows the claim "the budget was built on wishful thinking" by "Piet Brandt"
    And the claims of "Amara Lindqvist" and "Piet Brandt" have different colours
    And the claims table lists "We will not raise taxes this year" by "Amara Lindqvist" as a direct claim
    And the claims table lists "the budget was built on wishful thinking" by "Piet Brandt" as an indirect claim

  Scenario: Every claim in the table leads to its words in the text
    Given I paste this article:
      """
      "Prices will fall next year," said Amara Lindqvist, the finance minister.

      Piet Brandt said prices would keep rising. He added that wages had stalled.
      """
    When I submit it for checking
    Then the claims table has 3 claims
    And each claim in the table links to its highlighted words in the article text

  Scenario: A claim the article disputes is marked
    Given I paste this article:
      """
      Mayor Tomas Ferreira said the city had cut crime by 40% since 2020, a figure the police union disputes.
      """
    When I submit it for checking
    Then the claim "the city had cut crime by 40% since 2020" is marked as disputed
    And its dispute evidence names "the police union"
    And the article counts 1 disputed claim

  Scenario: Upload the article as a text file
    Given I have the file "budget.txt" holding:
      """
      Piet Brandt said the budget was built on wishful thinking.
      """
    When I upload it for checking
    Then the article text shows the claim "the budget was built on wishful thinking" by "Piet Brandt"

  Scenario: Upload the article as a web page
    Given I have the file "budget.html" holding:
      """
      <html><head><title>Budget</title><script>var tracking = 1;</script></head>
      <body><nav>Home | World | Business</nav>
      <article><p>Piet Brandt said the budget was built on wishful thinking.</p></article>
      </body></html>
      """
    When I upload it for checking
    Then the article text holds "Piet Brandt said the budget was built on wishful thinking."
    And the article text leaves out "var tracking"

  Scenario: Markup in an article is shown as text, never run
    Given I paste this article:
      """
      Piet Brandt said the <script>alert("gotcha")</script> budget was <b>fine</b>.
      """
    When I submit it for checking
    Then the article text reads "<script>alert("gotcha")</script>" as written
    And the page runs no script that came from the article

  Scenario: An empty article is refused with an explanation
    Given I paste this article:
      """
      """
    When I submit it for checking
    Then I am asked to "Paste the article's text or upload a file."

  Scenario: Find an article I checked earlier
    Given I have checked the article "Budget day" reading "Piet Brandt said the budget was built on wishful thinking."
    And I have checked the article "Harbour news" reading "The harbour reopened on Monday."
    When I search my articles for "wishful"
    Then I find only the article "Budget day"

  Scenario: Ask why a claim was given to its speaker
    Given I paste this article:
      """
      "The bridge will reopen in May," said Hana Okafor, the transport secretary.

      Council leader Ruth Mbeki said the repairs were running late.
      """
    When I submit it for checking
    Then the claims table says "The bridge will reopen in May" was read by the rule "quote-said-speaker"
    And the claims table says "the repairs were running late" was read by the rule "speaker-said-that"

  Scenario: A mistyped address shows a page I can read
    When I open the address "/artciles/7"
    Then I see a page saying the address was not found, with a way back to my articles
