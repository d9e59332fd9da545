Feature: Know who is speaking
  As a journalist checking who said what
  I want the speakers of an article matched to the people and organisations in our source registry
  So that each claim is tied to a known source, and I am told when a name could be more than one person

  Scenario: Register a source with aliases and a role, then find it by alias and by role
    Given an empty source registry
    When I register the person "Shigeru Ishiba" as "shigeru-ishiba", also known as "Ishiba", with the role "Prime Minister;Japan;2024-10-01"
    And one claim is attributed to "Japan's prime minister" and another to "Ishiba"
    Then both speakers are the source "shigeru-ishiba"

  Scenario Outline: Titles, roles and organisations lead to the same source
    Given the demo registry
    When a claim is attributed to "<speaker>"
    Then the speaker is the source "<source>", matched through "<matched>"

    Examples:
      | speaker                     | source                   | matched                 |
      | Ishiba                      | shigeru-ishiba           | Ishiba                  |
      | the Japanese prime minister | shigeru-ishiba           | Japanese Prime Minister |
      | Prime Minister of Japan     | shigeru-ishiba           | Prime Minister of Japan |
      | Tokyo                       | government-of-japan      | Tokyo                   |
      | the Trump administration    | united-states-government | Trump administration    |
      | Washington                  | united-states-government | Washington              |
      | Howard Lutnick              | howard-lutnick           | Howard Lutnick          |

  Scenario: A surname two registered people share returns both as candidates, not a guess
    Given the demo registry
    When a claim is attributed to "Harris"
    Then the speaker is not identified
    And the candidates are "kamala-harris" and "tobias-harris"

  Scenario: The article's first name tells the namesakes apart
    Given the demo registry
    When a claim is attributed to "Tobias Harris"
    Then the speaker is the source "tobias-harris", matched through "Tobias Harris"

  Scenario: The article's affiliation tells the namesakes apart
    Given the demo registry
    When a claim is attributed to "Harris" of "Japan Foresight"
    Then the speaker is the source "tobias-harris", matched through "Harris"

  Scenario: Someone the registry does not know is not matched to someone it does
    Given the demo registry
    When a claim is attributed to "Fumio Kishida", mentioned as "Japan's prime minister"
    Then the speaker is not identified
    And there are no candidates
