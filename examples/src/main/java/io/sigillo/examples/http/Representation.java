package io.sigillo.examples.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The forms a credential is served in, chosen from the request's {@code Accept} header (q-values
 * honoured, ties in header order); no header or {@code *}{@code /*} gives the JAdES form.
 *
 * @param kind the form
 * @param mediaType the response's content type
 */
record Representation(Kind kind, String mediaType) {
  /** The forms. */
  enum Kind {
    /** JAdES baseline B, JSON serialization. */
    JADES,
    /** Compact vc+jwt. */
    VC_JWT,
    /** The credential document itself: the exact sealed bytes. */
    JSON_LD,
    /** The offline QR code (needs an issuer that seals for QR codes). */
    QR_PNG
  }

  static final Representation JADES = new Representation(Kind.JADES, "application/jose+json");
  static final String SUPPORTED = "application/jose+json, application/json, application/vc+jwt, application/vc,"
      + " application/ld+json, image/png";

  private record Range(String type, double q, int order) {}

  /**
   * The best form for an Accept header.
   *
   * @param accept the header, or null
   * @param qr whether QR codes can be made
   * @return the form
   * @throws Problem 406 if nothing acceptable is offered
   */
  static Representation negotiate(String accept, boolean qr) throws Problem {
    if (accept == null || accept.isBlank()) {
      return JADES;
    }
    List<Range> ranges = new ArrayList<>();
    String[] parts = accept.split(",", 64);
    for (int i = 0; i < parts.length; i++) {
      String[] params = parts[i].split(";");
      String type = params[0].strip().toLowerCase(Locale.ROOT);
      double q = 1.0;
      for (int p = 1; p < params.length; p++) {
        String param = params[p].strip().toLowerCase(Locale.ROOT);
        if (param.startsWith("q=")) {
          try {
            q = Double.parseDouble(param.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (q > 0 && !type.isEmpty()) {
        ranges.add(new Range(type, q, i));
      }
    }
    ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::order));
    for (Range r : ranges) {
      Representation rep = of(r.type(), qr);
      if (rep != null) {
        return rep;
      }
    }
    throw new Problem(406, "NOT_ACCEPTABLE", "Not acceptable", "none of the media types in Accept is offered;"
        + " offered: " + SUPPORTED + (qr ? "" : " (image/png only when the issuer seals for QR codes)"));
  }

  private static Representation of(String type, boolean qr) {
    switch (type) {
      case "*/*":
      case "application/*":
      case "application/jose+json":
      case "application/json":
        return JADES;
      case "application/vc+jwt":
        return new Representation(Kind.VC_JWT, "application/vc+jwt");
      case "application/vc":
        return new Representation(Kind.JSON_LD, "application/vc");
      case "application/ld+json":
        return new Representation(Kind.JSON_LD, "application/ld+json");
      case "image/*":
      case "image/png":
        return qr ? new Representation(Kind.QR_PNG, "image/png") : null;
      default:
        return null;
    }
  }
}
