package io.newsmon.producer.input;

/** The input formats newsmon reads. */
enum InputFormat {
    TEXT, MARKDOWN, HTML, FEED, JSON_LINES, GDELT_EXPORT, GDELT_EXPORT_ZIP
}
