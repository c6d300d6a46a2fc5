package dev.azscsp.catalog;

/** A command with placeholders, shared by every language (commands are not translated). */
public record CommandTemplate(String id, Shell shell, String template) {}
