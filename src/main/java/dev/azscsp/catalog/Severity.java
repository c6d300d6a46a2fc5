package dev.azscsp.catalog;

public enum Severity { ERROR, WARNING, INFO }
