package dev.azscsp;
public final class Main { public static void main(String[] a) {} }
