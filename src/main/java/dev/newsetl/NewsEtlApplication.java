package dev.newsetl;
public class NewsEtlApplication { public static void main(String[] a) {} }
