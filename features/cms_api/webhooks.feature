Feature: Webhooks our CMS registers, and only safe ones
  As the developer of a newsroom CMS
  I want to register, list and delete the endpoints the service calls back
  So that our CMS hears of analysed stories and reviews, and nobody can aim the service at our own network

  Background:
    Given our CMS has an API key

  Scenario: A webhook is registered with its secret, listed without it, then deleted
    When the CMS registers a webhook for "https://cms.example.org/hooks/factcheck"
    Then the API answers 201 with the webhook and its signing secret
    And the CMS's webhooks list it without its secret
    When the CMS deletes the webhook
    Then the CMS's webhooks list none

  Scenario Outline: A webhook aimed inside a network, or over plain http, is refused
    When the CMS registers a webhook for "<url>"
    Then the API answers 422 with a problem
    And the problem names the field "url"

    Examples:
      | url                                       |
      | https://10.0.0.5/hooks                    |
      | https://127.0.0.1:8443/hooks              |
      | https://169.254.169.254/latest/meta-data  |
      | https://localhost/hooks                   |
      | http://cms.example.org/hooks              |
