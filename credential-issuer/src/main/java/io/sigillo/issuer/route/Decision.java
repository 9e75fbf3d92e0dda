package io.sigillo.issuer.route;

/** The technical committee's decision on an application. */
public enum Decision {
  /** The holder meets the profile: a credential may be issued. */
  POSITIVE,
  /** The holder does not (yet) meet it: the application is refused. */
  NEGATIVE
}
