package io.newsmon.model;

/** What an aggregate or digest is about: one country, or an ordered pair of countries. */
public enum Scope { COUNTRY, PAIR }
