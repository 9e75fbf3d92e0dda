package io.sigillo.credential;

import java.util.Objects;

/**
 * An identifier issued under a named scheme, such as a membership number in the issuing
 * association's register (European Learning Model {@code Identifier}). Immutable.
 */
public final class Identifier {
  private final String notation;
  private final String schemeName;

  private Identifier(String notation, String schemeName) {
    this.notation = Checks.requireText(notation, "notation");
    this.schemeName = Checks.requireText(schemeName, "schemeName");
  }

  /**
   * Creates an identifier.
   *
   * @param notation the identifier text
   * @param schemeName the scheme that issued it
   * @return the identifier
   */
  public static Identifier of(String notation, String schemeName) {
    return new Identifier(notation, schemeName);
  }

  /**
   * The identifier text.
   *
   * @return the notation
   */
  public String notation() {
    return notation;
  }

  /**
   * The scheme that issued the identifier.
   *
   * @return the scheme name
   */
  public String schemeName() {
    return schemeName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Identifier
        && ((Identifier) o).notation.equals(notation)
        && ((Identifier) o).schemeName.equals(schemeName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(notation, schemeName);
  }

  @Override
  public String toString() {
    return schemeName + ":" + notation;
  }
}
