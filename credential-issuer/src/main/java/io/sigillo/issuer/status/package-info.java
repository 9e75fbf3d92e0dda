/**
 * The issuer's status store: every issued credential, every revocation, suspension and
 * reinstatement (who, when, why), and the status lists they are published in.
 *
 * <p>{@link io.sigillo.issuer.status.StatusStore} is the contract;
 * {@link io.sigillo.issuer.status.JdbcStatusStore} implements it on PostgreSQL (shared by any
 * number of issuer instances) and on an embedded H2 file, with versioned schema migrations. Give
 * an {@link io.sigillo.issuer.Issuer} a {@link io.sigillo.issuer.status.StatusListConfig} and every
 * credential it issues gets a revocation and a suspension entry; publish the lists with
 * {@link io.sigillo.issuer.Issuer#publishStatusLists()}.
 *
 * <pre>{@code
 * PooledConnections db = PooledConnections.of(
 *     ConnectionSource.url(JdbcStatusStore.h2FileUrl(Path.of("sigillo-status")), "sa", ""), 8);
 * StatusStore store = JdbcStatusStore.newBuilder().connections(db).build();
 * Issuer issuer = Issuer.newBuilder().seal(seal).organisation(org)
 *     .status(StatusListConfig.newBuilder().store(store)
 *         .baseUrl(URI.create("https://aipia.example/status/")).build())
 *     .build();
 * SealedCredential sealed = issuer.issue(request);         // with credentialStatus entries
 * store.revoke(sealed.credential().id(), "registrar", "withdrawn by the committee");
 * for (SealedStatusList list : issuer.publishStatusLists()) { ... serve list.vcJwt() ... }
 * }</pre>
 */
package io.sigillo.issuer.status;
