package dev.azscsp.cli;

/** Output formats of the commands. */
public enum Format { text, markdown, json }
