Feature: Log in to check articles, with a role that says what I may change
  As a journalist in a newsroom that shares one service
  I want to log in before I submit anything, and only admins to delete articles or edit the registry
  So that no one who merely reaches the service can change what the newsroom has checked

  Background:
    Given the newsroom has the journalist "mira" with the password "tide tables at dawn"

  Scenario: Log in and check an article
    When I log in as "mira" with the password "tide tables at dawn"
    Then the pages say I am logged in as "mira", a journalist
    And I can check the article "The ferry timetable will change in spring, the operator said."

  Scenario: Without logging in, nothing can be submitted
    When I submit the article "The ferry timetable will change in spring, the operator said." without logging in
    Then I am sent to the login page
    And no article has been stored

  Scenario: A wrong password is refused
    When I log in as "mira" with the password "tide tables at dusk"
    Then I am told the name or the password is wrong
    And the pages say no one is logged in

  Scenario Outline: Only an admin deletes articles and edits the registry
    Given I am logged in as a <role>
    And an article has been checked
    When I try to delete it
    Then the deletion is <outcome>

    Examples:
      | role       | outcome |
      | journalist | refused |
      | reviewer   | refused |
      | admin      | done    |

  Scenario: A disabled journalist can no longer log in
    Given an admin has disabled "mira"
    When I log in as "mira" with the password "tide tables at dawn"
    Then I am told the name or the password is wrong

  Scenario: Log out
    Given I log in as "mira" with the password "tide tables at dawn"
    When I log out
    Then the pages say no one is logged in
    And I cannot submit an article
