package dev.azscsp.app;

/** What a user needs to finish a device-code sign-in in a browser, possibly on another machine. */
public record DeviceCode(String userCode, String verificationUrl, String message) {}
