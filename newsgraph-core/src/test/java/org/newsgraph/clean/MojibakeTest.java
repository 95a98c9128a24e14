package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** UTF-8 read as Windows-1252 is mended for the analysis, in place, to the same length. */
class MojibakeTest {

  private static String mend(String s) {
    char[] chars = s.toCharArray();
    Mojibake.mend(chars);
    assertThat(chars).hasSize(s.length());
    return new String(chars).replace("\u00AD", "");
  }

  @Test
  void aCharacterEncodedOnceIsMended() {
    assertThat(mend("Mexican President Enrique PeÃ±a Nieto visited GuantÃ¡namo.")).isEqualTo(
        "Mexican President Enrique Peña Nieto visited Guantánamo.");
  }

  @Test
  void aCharacterEncodedTwiceIsMended() {
    assertThat(mend("What ObamaÃ¢â‚¬â„¢s plan means")).isEqualTo("What Obama’s plan means");
    assertThat(mend("President Enrique PeÃ\u0083Â±a Nieto")).isEqualTo("President Enrique Peña Nieto");
    assertThat(mend("the realâ€‘world concerns, â€œquotedâ€\u009d")).isEqualTo("the real‑world concerns, “quoted”");
  }

  @Test
  void misDecodedTextNormalisedToDecomposedFormIsMended() {
    // "Ã" written as "A" and a combining tilde
    assertThat(mend("President Enrique PeA\u0303\u00B1a Nieto")).isEqualTo("President Enrique Peña Nieto");
  }

  @Test
  void rightTextIsLeftAlone() {
    String right = "São Paulo’s “café” costs £3 — naïve Ã or â alone stay";
    char[] chars = right.toCharArray();
    assertThat(Mojibake.mend(chars)).isFalse();
    assertThat(new String(chars)).isEqualTo(right);
  }
}
