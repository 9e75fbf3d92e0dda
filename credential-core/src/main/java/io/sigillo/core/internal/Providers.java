package io.sigillo.core.internal;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The JCA providers Sigillo uses, held as instances and passed explicitly: nothing is ever
 * installed with {@code Security.addProvider}. Not part of the public API.
 */
public final class Providers {
  private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

  private Providers() {}

  /**
   * A BouncyCastle provider instance shared by the library (not registered globally).
   *
   * @return the provider
   */
  public static Provider bouncyCastle() {
    return BOUNCY_CASTLE;
  }
}
