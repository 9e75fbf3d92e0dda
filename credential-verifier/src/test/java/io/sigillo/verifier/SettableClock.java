package io.sigillo.verifier;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock fixed at an instant the test moves explicitly, for scenarios that span time with one
 * verifier or one test PKI (a CRL made a month after the seal certificate, a cache entry reused
 * later). Never moves on its own.
 */
final class SettableClock extends Clock {
  private volatile Instant instant;

  SettableClock(Instant start) {
    this.instant = start;
  }

  void set(Instant at) {
    this.instant = at;
  }

  @Override
  public Instant instant() {
    return instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("UTC only");
  }

  @Override
  public String toString() {
    return "SettableClock[" + instant + "]";
  }
}
