Feature: Filter and sort the disputed claims report, page through it, and take it to a spreadsheet
  As a reviewer on the standards desk
  I want the report narrowed to what is still open, or to one verdict, in the order I work in, and a CSV that says where
  each claim stands
  So that the weekly corrections meeting works from one list

  Background:
    Given I am logged in as a reviewer
    And these disputed claims have been checked:
      | title            | published  | speaker      | claim                                      |
      | Ferry fares      | 2025-06-02 | Marta Quist  | ferry fares have fallen for three years    |
      | Library hours    | 2025-06-05 | Oskar Lind   | every library now opens on Sundays         |
    And I have resolved the claim in "Ferry fares" as "false"

  Scenario: Only the claims still open
    When I filter the disputed claims report by the status "open"
    Then the report lists "every library now opens on Sundays" only

  Scenario: Only the claims with one verdict, found by their words
    When I filter the disputed claims report by the verdict "false" and the words "ferry fares"
    Then the report lists "ferry fares have fallen for three years" only

  Scenario: The spreadsheet says where each claim stands and where to review it
    When I download the disputed claims report as CSV for Excel
    Then the file starts with a byte order mark
    And the row for "ferry fares have fallen for three years" says it is resolved as "false"
    And the row for "every library now opens on Sundays" says it is open, with a link to its review page

  Scenario: Oldest claims first, on the page and in the spreadsheet
    When I sort the disputed claims report by "Oldest first"
    Then the report lists "ferry fares have fallen for three years" before "every library now opens on Sundays"
    And its CSV lists "ferry fares have fallen for three years" before "every library now opens on Sundays"

  Scenario: A long report comes in pages, and its spreadsheet holds every claim
    Given 50 more disputed claims have been checked
    When I open the next page of the disputed claims report
    Then the page lists 2 claims and leads back to the previous page
    And its CSV holds all 52 claims
