Feature: One verdict for the same claim across articles
  As a reviewer on the standards desk
  I want the same claim by the same person in several articles to be reviewed once
  So that a verdict reaches every article that repeats it, and no article keeps an open copy

  Background:
    Given I am logged in as a reviewer
    And these disputed claims have been checked:
      | title               | published  | speaker     | claim                                        |
      | Bus lanes, March    | 2025-03-02 | Lena Ortiz  | the new bus lanes had halved commute times   |
      | Bus lanes, April    | 2025-04-11 | Lena Ortiz  | the bus lanes had halved commute times       |
      | Bus lanes, May      | 2025-05-20 | Lena Ortiz  | the bus lanes had not halved commute times   |
      | Council budget      | 2025-05-21 | Tomas Greer | the new bus lanes had halved commute times   |

  Scenario: The claim's page says where else the same claim was seen
    When I open the review page of the claim in "Bus lanes, April"
    Then it says the claim was seen in 2 articles
    And it lists "Bus lanes, March" as another appearance

  Scenario: A verdict on one appearance reaches every appearance
    When I resolve the claim in "Bus lanes, April" as "false"
    Then the claim in "Bus lanes, March" is resolved as "false"
    And the claim in "Bus lanes, May" is still open
    And the claim in "Council budget" is still open
    And the ClaimReview of the claim in "Bus lanes, April" names both articles, "Bus lanes, March" first
