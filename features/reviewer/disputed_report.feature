Feature: Review the claims that are disputed
  As a reviewer on the standards desk
  I want one report of every disputed claim across our articles, grouped by who made it
  So that I can follow each one up and correct the record

  Background:
    Given these articles have been checked:
      | title          | published  | speaker         | claim                               | disputed by        |
      | Rice tariffs   | 2025-04-10 | Donald Trump    | Japan charges a 700% tariff on rice | Tokyo              |
      | Currency talks | 2025-04-20 | Scott Bessent   | Japan weakens the yen on purpose    | Tokyo              |
      | Currency talks | 2025-04-20 | Donald Trump    | the talks went well                 |                    |
      | Harbour plan   | 2025-05-02 | Amara Lindqvist | the harbour will reopen in June     | the port authority |

  Scenario: See every disputed claim, grouped by who made it
    When I open the disputed claims report
    Then the report counts 3 disputed claims by 3 speakers
    And "Scott Bessent" is listed for "Japan weakens the yen on purpose", disputed by "Tokyo"
    And "Donald Trump" is listed for "Japan charges a 700% tariff on rice", disputed by "Tokyo"
    And the claim "the talks went well" is not in the report

  Scenario: Follow a claim from the report to its place in the article
    When I open the disputed claims report
    And I follow the claim "the harbour will reopen in June"
    Then I am reading the article "Harbour plan" at that claim

  Scenario: Narrow the report to one speaker
    When I filter the report by the speaker "bessent"
    Then the report lists only claims by "Scott Bessent"

  Scenario Outline: Narrow the report to a period
    When I filter the report from <from> to <to>
    Then the report counts <count> disputed claims by <speakers> speakers

    Examples:
      | from       | to         | count | speakers |
      | 2025-04-01 | 2025-04-30 | 2     | 2        |
      | 2025-04-15 | 2025-05-31 | 2     | 2        |
      | 2025-04-11 | 2025-04-19 | 0     | 0        |

  Scenario: Narrow the report to one article
    When I filter the report by the article "Currency talks"
    Then the report lists only claims by "Scott Bessent"

  Scenario: A period that ends before it starts is explained
    When I filter the report from 2025-05-01 to 2025-04-01
    Then I am told "The end date is before the start date."

  Scenario: Download the report I am looking at as CSV
    When I filter the report by the speaker "trump"
    And I download the report as CSV
    Then the CSV has 1 row
    And the CSV row says "Donald Trump" claimed "Japan charges a 700% tariff on rice", disputed by "Tokyo"
