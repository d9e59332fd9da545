Feature: The service puts every core of its machine to work
  As an admin running the service for our newsroom's CMS
  I want the server's processes to share the CMS's connections evenly
  So that a machine with two cores answers about twice as many stories as one core

  Scenario: Two CMS connections opened at the same moment are served by both server processes
    Given the service runs with 2 server processes
    When the CMS opens 2 connections at the same moment and sends 5 requests on each
    Then the last requests of the 2 connections are answered by different server processes
