/**
 * Reading news: {@link io.newsmon.producer.input.NewsReader} turns files, directories, stdin ("-")
 * and feed URLs into {@link io.newsmon.producer.input.NewsItem}s.
 *
 * <p>Formats, by extension first, else by content:
 * <ul>
 *   <li>{@code .txt}: the first non-empty line is the title when it is at most 160 characters and does
 *       not end with a full stop; the rest is the text.</li>
 *   <li>{@code .md}, {@code .markdown}: the same after Markdown is reduced to text; front matter
 *       ({@code title:}, {@code date:}, {@code url:}) wins when present.</li>
 *   <li>{@code .html}, {@code .htm}: the story's paragraphs from {@code [itemprop=articleBody]},
 *       {@code article}, {@code main} or the body, without navigation, headers, footers, asides,
 *       scripts, styles, forms and figures; title from og:title, {@code <title>}, h1; date from
 *       article:published_time, og:published_time, {@code <time datetime>}, JSON-LD datePublished,
 *       itemprop=datePublished, meta name=date; URL from the canonical link or og:url.</li>
 *   <li>RSS and Atom ({@code .xml}, {@code .rss}, {@code .atom}, {@code .rdf}, or a URL): one article
 *       per item; a headline-only item takes its headline as text.</li>
 *   <li>JSON lines ({@code .jsonl}, {@code .ndjson}): {@code id}, {@code url}, {@code title},
 *       {@code text} (required), {@code published}; other fields go to {@code extra}.</li>
 *   <li>GDELT 2.0 event exports ({@code *.export.CSV}, {@code *.export.CSV.zip}, or 61 tab-separated
 *       columns): rows pairing two different countries become events. Actor codes are CAMEO country
 *       codes; ISO 3166-1 alpha-3 codes are kept, the old CAMEO codes ROM, ZAR and TMP become ROU, COD
 *       and TLS, and regions and blocs (EUR, AFR, SAF, WAF, ...) are skipped and counted in
 *       {@link io.newsmon.producer.input.GdeltStats}, as are rows without two different countries.</li>
 * </ul>
 *
 * <p>Publication time: what the item states, else {@link io.newsmon.producer.input.ReadOptions#defaultPublished()},
 * else the file's modification time (stdin and URLs: the time they were read). Ids: what the item
 * states, else a hash of its URL, else of its content, so that re-reading gives the same id.
 * Text is UTF-8 (UTF-16 with a byte order mark); other bytes are refused, not guessed at.
 */
package io.newsmon.producer.input;
