Feature: Import the registry from a file
  As the editor who keeps the source registry
  I want to import sources, statements and disputes from JSON or CSV files
  So that the registry is filled in bulk, and a bad file never leaves it half imported

  Scenario: Importing the same file twice changes nothing
    Given an empty source registry
    When I import the file "sources.csv":
      """
      id,name,kind,aliases
      ada-novak,Ada Novak,person,Novak|Mayor Novak
      velmont-council,Velmont Council,organisation,
      """
    And I import the file "sources.csv" again
    Then the registry holds the sources "ada-novak" and "velmont-council"
    And "ada-novak" is also known as "Novak" and "Mayor Novak"

  Scenario Outline: A bad JSON file is refused with the record and field at fault, and the registry is unchanged
    Given the demo registry
    When I import the file "bad.json":
      """
      <content>
      """
    Then the import fails, saying "<problem>"
    And the registry is unchanged

    Examples:
      | content                                                                                                | problem                                                      |
      | {"sources": [{"id": "x", "name": "X", "kind": "person"},]}                                             | not valid JSON                                               |
      | {"sources": [{"id": "x", "name": "X", "kind": "person"}, {"id": "x", "name": "Y", "kind": "person"}]}  | sources #2, field 'id': duplicate id 'x' (first at sources #1) |
      | {"sources": [{"id": "x", "name": "  ", "kind": "person"}]}                                             | sources #1, field 'name': must not be blank                  |
      | {"sources": [{"id": "x", "name": "X", "kind": "person", "roles": [{"title": "Mayor", "start": "May"}]}]} | sources #1, field 'roles[1].start': not an ISO 8601 date     |
      | {"statements": [{"id": "s", "text": "Hi.", "source_id": "nobody"}]}                                    | statements #1, field 'source_id': no source with id 'nobody' |
      | {"sources": [{"id": "x", "name": "X", "kind": "person", "shoe_size": 9}]}                              | sources #1, field 'shoe_size': Unknown field.                |

  Scenario: A CSV row without a name is refused, naming its line
    Given the demo registry
    When I import the file "sources.csv":
      """
      id,name,kind
      ada-novak,Ada Novak,person
      velmont-council,,organisation
      """
    Then the import fails, saying "line 3, field 'name': must not be blank"
    And the registry is unchanged

  Scenario: A CSV with an id twice is refused, naming both lines
    Given the demo registry
    When I import the file "sources.csv":
      """
      id,name,kind
      ada-novak,Ada Novak,person
      ada-novak,Ada Novak-Smith,person
      """
    Then the import fails, saying "line 3, field 'id': duplicate id 'ada-novak' (first at line 2)"
    And the registry is unchanged

  Scenario: A CSV row with more cells than the header is refused
    Given the demo registry
    When I import the file "sources.csv":
      """
      id,name,kind
      ada-novak,Ada Novak,person,mayor
      """
    Then the import fails, saying "line 2: more fields than the header has columns"
    And the registry is unchanged

  Scenario: A field far too long is refused
    Given the demo registry
    When I import a source whose name is 100000 characters long
    Then the import fails, saying "sources #1, field 'name': Longer than maximum length 300."
    And the registry is unchanged
