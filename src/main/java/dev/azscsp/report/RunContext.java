package dev.azscsp.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where and when a diagnosis ran, for the head of a ticket: support asks for these first.
 *
 * @param appVersion  this app's version
 * @param cloud       the cloud's name ("AzureCloud", "Custom", "demo")
 * @param armEndpoint the Azure Resource Manager address called; null for the demo
 * @param apiVersion  the Microsoft.AzureStack api-version used
 * @param at          when the run ended
 */
public record RunContext(String appVersion, String cloud, String armEndpoint, String apiVersion, Instant at) {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** The time as support reads it, in UTC whatever the user's zone. */
    public String utc() { return UTC.format(at); }
}
