Feature: Stored articles are matched again when the registry changes
  As an admin keeping the source registry
  I want the articles we checked before a person was registered to be matched to them once I add them
  So that their page lists every claim we hold by them, not only the ones checked after today

  Background:
    Given these articles were checked before "Ines Moreau" was in the registry:
      | title          | text                                                                 |
      | Harbour fees   | "Harbour fees will rise by 4% in spring," said Ines Moreau.          |
      | Dredging plans | Ines Moreau said the dredging would start after the summer season.   |
    And I am logged in as an admin

  Scenario: Adding a person re-matches the articles that quote them
    When I add "Ines Moreau" to the registry
    And the stored articles have been matched again
    Then the source page of "Ines Moreau" lists 2 claims
    And the registry page says 2 of 2 stored articles were matched again
