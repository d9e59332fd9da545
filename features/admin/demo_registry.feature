Feature: A newsroom's own database starts without the demo registry
  As an admin setting the service up for my newsroom
  I want our database to hold only the sources we register
  So that a local story's "the minister" is never offered the demo's foreign ministers

  Background:
    Given a newsroom database with no registry
    And I am logged in as an admin

  Scenario: The empty registry page says how to load the demo
    When I open the registry page
    Then the registry page tells me how to load the demo into our database

  Scenario: Loading the demo as the registry page says fills the registry
    When I run the command the registry page gives
    And I open the registry page
    Then the registry lists "Shigeru Ishiba"
    And the registry page no longer offers the demo
