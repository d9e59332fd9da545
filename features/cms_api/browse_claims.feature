Feature: Page through stories and claims from our CMS
  As the developer of a newsroom CMS
  I want to list stories and claims a page at a time, filtered and searched
  So that our archive pages and editor dashboards stay fast however many stories we have

  Background:
    Given the API holds these claims:
      | story     | date       | speaker   | claim                        | disputed by |
      | Monday    | 2025-04-14 | Ann Lee   | the bridge is safe           | City Hall   |
      | Monday    | 2025-04-14 | Bo Chan   | the bridge needs repairs     |             |
      | Tuesday   | 2025-04-15 | Ann Lee   | the tunnel will open in May  |             |
      | Wednesday | 2025-04-16 | Cy Dunn   | the bridge is closed         | Ann Lee     |
      | Wednesday | 2025-04-16 | Ann Lee   | the bridge was never closed  |             |

  Scenario: Stories come newest first, a page at a time
    When the CMS lists stories with page_size 2
    Then it gets the stories "Wednesday, Tuesday"
    When the CMS follows the next link
    Then it gets the stories "Monday"
    And there is no next link

  Scenario: Older clients still ask for pages by number
    When the CMS lists stories with page_size 2 and page 2
    Then it gets the stories "Monday" of 3 in 2 pages

  Scenario: Stories oldest first
    When the CMS asks for stories with "sort=id"
    Then it gets the stories "Monday, Tuesday, Wednesday"

  Scenario: Only the disputed claims
    When the CMS asks for claims with "disputed=true"
    Then it gets the claims "the bridge is closed, the bridge is safe"

  Scenario: Claims by one speaker, found by part of the name
    When the CMS asks for claims with "speaker=lee"
    Then it gets the claims "the bridge was never closed, the tunnel will open in May, the bridge is safe"

  Scenario: Claims that mention words
    When the CMS asks for claims with "q=bridge closed"
    Then it gets the claims "the bridge is closed, the bridge was never closed"

  Scenario: Claims from a range of days
    When the CMS asks for claims with "since=2025-04-15&until=2025-04-15"
    Then it gets the claims "the tunnel will open in May"

  Scenario: Claims a page at a time
    When the CMS asks for claims with "page_size=2&page=3"
    Then it gets the claims "the bridge needs repairs"
    And the page says 5 claims in 3 pages

  Scenario: A page larger than 100 is refused
    When the CMS asks for claims with "page_size=500"
    Then the API answers 422 with a problem
    And the problem names the field "page_size"
