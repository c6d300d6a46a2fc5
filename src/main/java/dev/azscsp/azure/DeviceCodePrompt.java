package dev.azscsp.azure;

/**
 * What the user must do to finish a device-code sign-in: open {@code verificationUrl} on any device and enter
 * {@code userCode}. {@code message} is Microsoft Entra's own sentence saying the same.
 */
public record DeviceCodePrompt(String userCode, String verificationUrl, String message) {}
