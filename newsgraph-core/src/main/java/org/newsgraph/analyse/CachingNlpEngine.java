package org.newsgraph.analyse;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.read.ArticleIds;

/**
 * An engine that keeps every analysis in a folder and reuses it for the same text, date and engine.
 *
 * <p>Re-running the later stages over an archive after a change to the rules (resolution, quotes,
 * facts) then costs seconds, not the hours the language analysis takes. The inner engine is built
 * only when a text is not in the cache. Files are written to a temporary name and moved into place,
 * so a killed run leaves no half-written entry. Thread-safe.
 */
public final class CachingNlpEngine implements NlpEngine {

  private static final int FORMAT = 1;
  private static final int MAX_STRING_BYTES = 64 << 20;

  private final Supplier<NlpEngine> delegate;
  private final String version;
  private final Path folder;

  /**
   * @param delegate builds the engine that does the work, when first needed
   * @param version the delegate's {@link NlpEngine#version()}, known without building it
   * @param folder where the analyses are kept
   */
  public CachingNlpEngine(Supplier<NlpEngine> delegate, String version, Path folder) {
    this.delegate = delegate;
    this.version = version;
    this.folder = folder;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public Analysis analyse(String text, Optional<LocalDate> documentDate) {
    String key = ArticleIds.sha256Hex(FORMAT + "\n" + version + "\n" + documentDate.map(LocalDate::toString).orElse("") + "\n" + text);
    Path file = folder.resolve(key.substring(0, 2)).resolve(key + ".bin.gz");
    if (Files.isRegularFile(file)) {
      try {
        return readFrom(file);
      } catch (IOException | RuntimeException e) {
        // a damaged entry is analysed again and overwritten
      }
    }
    Analysis analysis = delegate.get().analyse(text, documentDate);
    try {
      writeTo(file, analysis);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the analysis cache at " + folder + ": " + e.getMessage(), e);
    }
    return analysis;
  }

  private static void writeTo(Path file, Analysis a) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), "tmp", ".part");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(tmp))))) {
      out.writeInt(a.tokens().size());
      for (Token t : a.tokens()) {
        out.writeInt(t.start());
        out.writeInt(t.end());
        writeString(out, t.word());
        writeString(out, t.pos());
        writeString(out, t.lemma());
        writeString(out, t.ner());
        out.writeInt(t.sentence());
        out.writeInt(t.head());
        writeString(out, t.relation());
      }
      out.writeInt(a.sentences().size());
      for (Sentence s : a.sentences()) {
        out.writeInt(s.start());
        out.writeInt(s.end());
        out.writeInt(s.firstToken());
        out.writeInt(s.endToken());
      }
      out.writeInt(a.names().size());
      for (NamedSpan n : a.names()) {
        out.writeInt(n.start());
        out.writeInt(n.end());
        writeString(out, n.type());
        out.writeInt(n.firstToken());
        out.writeInt(n.endToken());
      }
      out.writeInt(a.times().size());
      for (TimeMention t : a.times()) {
        out.writeInt(t.start());
        out.writeInt(t.end());
        writeString(out, t.value());
        writeString(out, t.type());
        out.writeInt(t.firstToken());
        out.writeInt(t.endToken());
      }
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING_BYTES) {
      throw new IOException("damaged cache entry: a string of " + length + " bytes");
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  private static Analysis readFrom(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
      List<Token> tokens = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        tokens.add(new Token(in.readInt(), in.readInt(), readString(in), readString(in), readString(in), readString(in),
            in.readInt(), in.readInt(), readString(in)));
      }
      List<Sentence> sentences = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        sentences.add(new Sentence(in.readInt(), in.readInt(), in.readInt(), in.readInt()));
      }
      List<NamedSpan> names = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        names.add(new NamedSpan(in.readInt(), in.readInt(), readString(in), in.readInt(), in.readInt()));
      }
      List<TimeMention> times = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        times.add(new TimeMention(in.readInt(), in.readInt(), readString(in), readString(in), in.readInt(), in.readInt()));
      }
      return new Analysis(tokens, sentences, names, times);
    }
  }
}
