package org.newsgraph.output;

import java.util.Optional;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;

/**
 * A fact as an English sentence a person can check against the article ("Jeff Sessions resigned as
 * Attorney General (2018-11)."), followed by its status, confidence and evidence. Issue 7.
 */
public final class FactSentence {

  private static final int MAX_EVIDENCE_CHARS = 160;

  private FactSentence() {}

  /** The sentence for {@code f}, with names taken from {@code a}'s entities. */
  public static String of(Fact f, Article a) {
    String who = name(f.subject(), a).orElse("someone");
    String other = name(f.object(), a).orElse("someone");
    String role = f.role().orElse("an unnamed office");
    String value = f.value().orElse("?");
    String status = f.status().orElse("");
    String core = switch (f.type()) {
      case OFFICE -> who + (status.equals("former") ? " was " : " is ") + role;
      case CANDIDACY -> who + candidacy(status) + role;
      case ENDORSEMENT -> who + " endorsed " + other;
      case RESIGNATION -> who + " resigned" + f.role().map(r -> " as " + r).orElse("");
      case SUCCESSION -> who + " succeeded " + other + f.role().map(r -> " as " + r).orElse("");
      case PARTY -> who + " belongs to the " + value + " party";
      case AGE -> who + " is " + value + " years old";
      case AFFILIATION -> who + (status.equals("former") ? " was " : " is ") + role + " with " + other;
      case ELECTION_RESULT -> who + f.object().map(o -> " defeated " + other).orElse(" won")
          + f.role().map(r -> " (" + r + ")").orElse("");
      case FUNDS -> who + (status.equals("raised") ? " raised " : " has ") + value;
      case DEADLINE -> f.subject().map(s -> who + ": ").orElse("") + "deadline to " + value;
    };
    StringBuilder s = new StringBuilder(f.type().name()).append(": ").append(core).append(period(f)).append('.');
    s.append("  [").append(status.isEmpty() ? "stated" : status).append(", confidence ")
        .append(String.format("%.2f", f.confidence())).append("]  «").append(shorten(f.evidence().text())).append('»');
    return s.toString();
  }

  private static String candidacy(String status) {
    return switch (status) {
      case "considering" -> " is considering running for ";
      case "declined" -> " declined to run for ";
      case "withdrawn" -> " withdrew from the race for ";
      case "former" -> " ran for ";
      default -> " is running for ";
    };
  }

  private static String period(Fact f) {
    if (f.start().isPresent() && f.end().isPresent()) {
      return " (" + f.start().get() + " to " + f.end().get() + ")";
    }
    if (f.end().isPresent()) {
      return " (until " + f.end().get() + ")";
    }
    return f.start().map(s -> " (" + (f.type().name().equals("DEADLINE") ? "by " : "") + s + ")").orElse("");
  }

  private static Optional<String> name(Optional<String> entityId, Article a) {
    return entityId.flatMap(id -> a.entities().stream().filter(e -> e.id().equals(id)).findFirst()).map(Entity::name);
  }

  private static String shorten(String s) {
    String oneLine = s.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_EVIDENCE_CHARS ? oneLine : oneLine.substring(0, MAX_EVIDENCE_CHARS - 1) + "…";
  }
}
