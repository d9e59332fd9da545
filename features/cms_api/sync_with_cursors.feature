Feature: Walk every claim with cursors to keep our copy in sync
  As the developer of a newsroom CMS
  I want to walk the claims list page by page, following its next link, while reporters keep filing stories
  So that our copy gets every claim once: none skipped, none twice, however many stories arrive meanwhile

  Scenario: Walking all claims while other stories arrive misses nothing and repeats nothing
    Given a database file holding 40 stories of 3 to 6 claims each, dated over a month
    When the CMS walks all claims 7 at a time by their next links while another connection files a story dated within that month after every page
    Then every claim stored before the walk began came exactly once
    And no claim came twice
    And stories were filed while the walk went on

  Scenario: Walking oldest story first also picks up the stories filed during the walk
    Given a database file holding 40 stories of 3 to 6 claims each, dated over a month
    When the CMS walks all claims 7 at a time sorted by "article_id" while another connection files a story dated within that month after every page
    Then every claim stored before the walk began came exactly once
    And no claim came twice
    And every claim of the stories filed during the walk came too

  Scenario: The next page is linked in the body and the Link header, at the public address
    Given the API holds these claims:
      | story     | date       | speaker   | claim                        | disputed by |
      | Monday    | 2025-04-14 | Ann Lee   | the bridge is safe           | City Hall   |
      | Tuesday   | 2025-04-15 | Ann Lee   | the tunnel will open in May  |             |
      | Wednesday | 2025-04-16 | Cy Dunn   | the bridge is closed         | Ann Lee     |
    When the CMS asks for claims with "page_size=1&speaker=ann"
    Then it gets the claims "the tunnel will open in May"
    And the next link is in the body and the Link header, under the public address, keeping "speaker=ann"
    When the CMS follows the next link
    Then it gets the claims "the bridge is safe"
    And there is no next link

  Scenario Outline: A query the list does not understand is refused, never ignored
    When the CMS fetches <path>
    Then the API answers <status> with a problem
    And the problem says "<words>"

    Examples:
      | path                                    | status | words                                    |
      | /api/v1/claims?speakr=lee               | 400    | Unknown query parameter: speakr          |
      | /api/v1/articles?q=tariffs&limit=5      | 400    | Unknown query parameter: limit           |
      | /api/v1/reports/disputed?pgae=2         | 400    | Unknown query parameter: pgae            |
      | /api/v1/sources?order=name              | 400    | Unknown query parameter: order           |
      | /api/v1/claims?cursor=not-a-cursor      | 400    | not one this list gave out               |
