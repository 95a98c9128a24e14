package org.newsgraph.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A folder of every kind of bad input issue 11 lists, beside a few good ones, for the tests of every
 * command that reads inputs: an empty file, binary bytes, NUL bytes in text, invalid UTF-8, UTF-16
 * with a byte-order mark (both orders), a 20 MB article, a 200,000-character line with no sentence
 * end, deeply nested and unclosed HTML, a JSON Lines file with wrong types and a truncated last
 * line, a truncated WARC, a truncated gzipped WARC and web page, a directory loop through a
 * symbolic link, a link to nothing and an unreadable file.
 */
public final class BadInputs {

  /** Sentences of the good inputs: each must come out as (part of) an article. */
  public static final List<String> GOOD_TEXTS = List.of("The mayor spoke.", "The governor answered.",
      "The senator replied.", "Good line.", "Bad date type.", "The council voted on Tuesday to rebuild the old bridge",
      "The deep page says the vote was close");

  /** Inputs that must each be named in a problem, relative to the folder ({@code #n}: a line or record). */
  public static final List<String> NAMED_BAD = List.of("empty.txt", "binary.txt", "nul.txt", "latin1.txt",
      "mixed.jsonl#2", "mixed.jsonl#4", "cut.warc#2", "cut.warc.gz#2", "cut.html.gz", "loop", "gone.txt");

  /** The unreadable file; root reads it anyway, so it is named only when {@link #unreadableIsUnreadable}. */
  public static final String UNREADABLE = "locked.txt";

  /** Characters in the 20 MB article. */
  public static final int BIG_CHARS = 20 << 20;

  /** Characters in the line with no sentence end. */
  public static final int LONG_LINE_CHARS = 200_000;

  private BadInputs() {}

  /** Writes the folder {@code dir/corpus} and returns it. */
  public static Path write(Path dir) throws IOException {
    Path bad = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(bad.resolve("good.txt"), "date 2019-10-29 The mayor spoke.");
    Files.write(bad.resolve("empty.txt"), new byte[0]);
    Files.write(bad.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xFF});
    Files.write(bad.resolve("nul.txt"), "The mayor\0 spoke.".getBytes(StandardCharsets.UTF_8));
    Files.write(bad.resolve("latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(bad.resolve("utf16be.txt"), "\uFEFFThe governor answered.".getBytes(StandardCharsets.UTF_16BE));
    Files.write(bad.resolve("utf16le.txt"), "\uFEFFThe senator replied.".getBytes(StandardCharsets.UTF_16LE));
    Files.writeString(bad.resolve("long-line.txt"), "word ".repeat(LONG_LINE_CHARS / 5));
    String sentence = "The council met again and the mayor said the budget would pass. ";
    Files.writeString(bad.resolve("big.txt"), sentence.repeat(BIG_CHARS / sentence.length() + 1));
    String paragraph = "<p>The deep page says the vote was close, and the council will meet again next week to"
        + " settle the budget for the coming year, the mayor said on Tuesday evening.";
    Files.writeString(bad.resolve("nested.html"), "<html><body>" + "<div><span><b>".repeat(20_000)
        + paragraph + paragraph);
    Files.writeString(bad.resolve("mixed.jsonl"),
        "{\"text\":\"Good line.\"}\n{\"text\":[1,2]}\n{\"date\":5,\"text\":\"Bad date type.\"}\n{\"text\":\"trunc");
    byte[] first = warcRecord("https://news.example/bridge", page());
    byte[] second = warcRecord("https://news.example/storm", page());
    byte[] cut = Arrays.copyOf(second, second.length / 2);
    Files.write(bad.resolve("cut.warc"), concat(first, cut));
    byte[] gzSecond = gzip(second);
    Files.write(bad.resolve("cut.warc.gz"), concat(gzip(first), Arrays.copyOf(gzSecond, gzSecond.length / 2)));
    byte[] gzPage = gzip(page().getBytes(StandardCharsets.UTF_8));
    Files.write(bad.resolve("cut.html.gz"), Arrays.copyOf(gzPage, gzPage.length / 2));
    Files.createSymbolicLink(bad.resolve("loop"), bad);
    Files.createSymbolicLink(bad.resolve("gone.txt"), bad.resolve("no-such-file.txt"));
    Path locked = bad.resolve(UNREADABLE);
    Files.writeString(locked, "Secret.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    return bad;
  }

  /** Whether the unreadable file really is (root reads any file). */
  public static boolean unreadableIsUnreadable(Path corpus) {
    return !Files.isReadable(corpus.resolve(UNREADABLE));
  }

  private static String page() {
    return "<html><head><title>Bridge to be rebuilt</title></head><body><article><h1>Bridge</h1>"
        + "<p>The council voted on Tuesday to rebuild the old bridge over the river, ending a debate that had run"
        + " for more than ten years in the town.</p><p>Work will start in the spring, the mayor said, and the"
        + " bridge should open again by the end of next year.</p></article></body></html>";
  }

  private static byte[] warcRecord(String uri, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
    String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2021-03-04T09:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
        + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
    return concat(header.getBytes(StandardCharsets.US_ASCII), http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
