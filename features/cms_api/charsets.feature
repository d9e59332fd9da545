Feature: Send stories in the character set our CMS uses
  As the developer of an older CMS that stores stories in Latin-1 or Windows code pages
  I want the API to read the character set we declare, or that our HTML pages declare
  So that names with accents and curly quotes arrive as written, and quotes are found

  Background:
    Given our CMS has an API key

  Scenario: Plain text declared as ISO-8859-1
    When the CMS sends “The harbour stays open,” said Zoé Lefèvre, the mayor of Sète. in "windows-1252" as "text/plain; charset=iso-8859-1"
    Then the API answers 201 Created
    And the story's text contains "Zoé Lefèvre"
    And the story has a claim by "Zoé Lefèvre"

  Scenario: An HTML page that declares its own character set
    When the CMS uploads the page "bulletin.html" in "windows-1251" declaring it in a meta tag:
      """
      <html><head><meta charset="windows-1251"><title>Вести</title></head>
      <body><article><p>«Мост откроют в мае», — сказала Анна Смирнова, мэр города.</p></article></body></html>
      """
    Then the API answers 201 Created
    And the story's text contains "Анна Смирнова"

  Scenario: A character set nobody knows is refused
    When the CMS sends “Hello,” said Ann Berg. in "utf-8" as "text/plain; charset=klingon-8"
    Then the API answers 415 with a problem
