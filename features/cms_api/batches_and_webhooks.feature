Feature: Backfill our archive in batches, told by a signed webhook when it is done
  As the developer of a newsroom CMS
  I want to send hundreds of stories in one request and be called back when they are analysed
  So that a backfill is not one request per story, and our CMS learns of the results without polling

  Background:
    Given our CMS has an API key
    And the service's worker process is running, analysing each story for at most five seconds
    And our CMS receives "batch.done" webhooks on an endpoint of its own

  Scenario: A batch of 200 stories ends done, announced by a signed webhook
    When the CMS submits a batch of 200 stories as JSON Lines
    Then the API answers 202 at once with the batch of 200 stories, to be analysed later
    And the batch ends "done" with 200 stories stored and none failed
    And every stored story can be fetched from the batch's links
    And our endpoint receives a "batch.done" webhook for the batch that verifies with the webhook's secret
    And the webhook's delivery log shows it delivered at the first attempt

  Scenario: A story that cannot be analysed in time fails alone
    Given the service takes requests of up to 20 MB
    When the CMS submits a batch of 3 stories, the second of them too long to analyse in five seconds
    Then the batch ends "done" with 2 stories stored and 1 failed
    And the batch says the story at place 1 could not be analysed
