package io.sigillo.issuer.batch;

/**
 * Follows a batch run, for a progress display. Called on the thread that runs the batch; a
 * listener must return quickly and must not throw. Every method does nothing by default.
 */
public interface BatchListener {
  /**
   * The input was checked and counted; processing starts.
   *
   * @param totalRows the number of data rows
   */
  default void started(int totalRows) {}

  /**
   * More rows were handled (issued, skipped or rejected).
   *
   * @param rowsDone rows handled so far
   * @param totalRows the number of data rows
   * @param credentialsDone credentials sealed and confirmed so far in this run
   */
  default void progress(int rowsDone, int totalRows, int credentialsDone) {}

  /**
   * A chunk's applications and credentials were recorded (committed), before any is sealed.
   *
   * @param credentials how many credentials of the chunk are to be sealed
   */
  default void chunkPrepared(int credentials) {}

  /**
   * A chunk's credentials were sealed and their files written, before delivery is confirmed.
   *
   * @param credentials how many
   */
  default void chunkWritten(int credentials) {}

  /**
   * A chunk's delivery was confirmed (committed).
   *
   * @param credentials how many
   */
  default void chunkConfirmed(int credentials) {}
}
