package io.sigillo.issuer.batch;

import io.sigillo.credential.EdcCredential;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.batch.BatchException.Reason;
import io.sigillo.issuer.internal.batch.OutputFiles;
import io.sigillo.issuer.route.CertificationRoute;
import io.sigillo.issuer.route.HrKey;
import io.sigillo.issuer.route.Reservation;
import io.sigillo.issuer.route.RouteException;
import io.sigillo.issuer.route.RouteInput;
import io.sigillo.qr.OfflineQr;
import io.sigillo.qr.QrCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The sealing stage of a batch: the credentials of one chunk are sealed and written on the pool
 * while the next chunk is read and recorded; a chunk's delivery is confirmed once all its files
 * are written.
 */
final class Chunks {
  private final CertificationRoute route;
  private final OutputFiles files;
  private final ExecutorService pool;
  private final String actor;
  private final boolean qr;
  private final int moduleSize;
  private final BatchListener listener;
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();
  private InFlight pending;

  /** What a confirmed chunk adds to the run's reports. */
  record Done(int issued, int resumed, int already, List<List<String>> index, List<RowProblem> problems) {}

  /** A credential sealed and written. */
  private record Written(String applicationId, URI credentialId, Reservation.Kind kind, HrKey key, String folder,
      EdcCredential credential) {}

  /** A chunk whose credentials are being sealed. */
  private record InFlight(List<Future<Written>> sealing, List<List<String>> index, List<RowProblem> problems,
      int already) {}

  Chunks(CertificationRoute route, OutputFiles files, ExecutorService pool, String actor, boolean qr, int moduleSize,
      BatchListener listener) {
    this.route = route;
    this.files = files;
    this.pool = pool;
    this.actor = actor;
    this.qr = qr;
    this.moduleSize = moduleSize;
    this.listener = listener;
  }

  /**
   * Starts sealing a recorded chunk, then waits for the previous chunk and confirms it.
   *
   * @return what the previous chunk added, or null if there was none
   */
  Done submit(List<RowParser.Parsed> rows, List<Reservation> reservations) throws BatchException {
    List<Future<Written>> sealing = new ArrayList<>();
    List<List<String>> index = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    int already = 0;
    for (int i = 0; i < rows.size(); i++) {
      RowParser.Parsed row = rows.get(i);
      RouteInput in = row.input().orElseThrow();
      Reservation r = reservations.get(i);
      switch (r.kind()) {
        case NEW:
        case RESUMED:
          sealing.add(pool.submit(() -> sealAndWrite(in.key(), r)));
          break;
        case ALREADY_ISSUED:
          already++;
          index.add(line(in.key(), r.credentialId().map(URI::toString).orElse(""), "already-issued", folder(in.key()),
              null));
          if (!r.sameInput()) {
            problems.add(new RowProblem(row.row(), row.line(), "", "ALREADY_ISSUED_WITH_OTHER_DATA", "HR key "
                + in.key() + " was issued before (" + r.credentialId().map(URI::toString).orElse("") + ") from other"
                + " data; not issued again: revoke it and use a new cycle to correct it"));
          }
          break;
        case KEY_IN_USE:
          problems.add(new RowProblem(row.row(), row.line(), "", "KEY_IN_USE", "HR key " + in.key()
              + " belongs to application " + r.applicationId().orElse("") + ", opened by hand and not issued yet"));
          break;
        default:
          problems.add(new RowProblem(row.row(), row.line(), "", "DUPLICATE_IN_INPUT", "HR key " + in.key()
              + " appears earlier in this input"));
      }
    }
    listener.chunkPrepared(sealing.size());
    InFlight previous = pending;
    pending = new InFlight(sealing, index, problems, already);
    return previous == null ? null : confirm(previous);
  }

  /** Waits for the last chunk and confirms it. */
  Done finish() throws BatchException {
    InFlight last = pending;
    pending = null;
    return last == null ? null : confirm(last);
  }

  private Done confirm(InFlight chunk) throws BatchException {
    List<Written> written = new ArrayList<>(chunk.sealing().size());
    for (Future<Written> f : chunk.sealing()) {
      try {
        written.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BatchException(Reason.ISSUANCE_FAILED, "interrupted while sealing", e);
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof UncheckedIOException || c instanceof IOException) {
          throw new BatchException(Reason.OUTPUT_FAILED, "cannot write a credential's files: " + c.getMessage(), c);
        }
        throw new BatchException(Reason.ISSUANCE_FAILED, "sealing failed: " + c.getMessage(), c);
      }
    }
    listener.chunkWritten(written.size());
    Map<String, URI> delivered = new LinkedHashMap<>();
    written.forEach(w -> delivered.put(w.applicationId(), w.credentialId()));
    try {
      route.delivered(delivered, actor);
    } catch (RouteException e) {
      throw new BatchException(Reason.ISSUANCE_FAILED, "confirming delivery failed: " + e.getMessage(), e);
    }
    listener.chunkConfirmed(written.size());
    int issued = 0;
    int resumed = 0;
    List<List<String>> index = new ArrayList<>(chunk.index());
    for (Written w : written) {
      if (w.kind() == Reservation.Kind.NEW) {
        issued++;
      } else {
        resumed++;
      }
      index.add(line(w.key(), w.credentialId().toString(), w.kind() == Reservation.Kind.NEW ? "issued" : "resumed",
          w.folder(), w.credential()));
    }
    return new Done(issued, resumed, chunk.already(), index, chunk.problems());
  }

  private Written sealAndWrite(HrKey key, Reservation r) throws RouteException, IOException {
    EdcCredential credential = r.credential().orElseThrow();
    SealedCredential sealed = route.seal(credential);
    Path dir = files.holderFolder(key.hrId());
    if (folders.add(dir)) {
      Files.createDirectories(dir);
    }
    String base = OutputFiles.baseName(credential.id().toString());
    OutputFiles.write(dir.resolve(base + ".jsonld"), sealed.document());
    OutputFiles.writeText(dir.resolve(base + ".jades.json"), sealed.jades());
    OutputFiles.writeText(dir.resolve(base + ".jwt"), sealed.vcJwt());
    if (qr) {
      String forQr = sealed.jadesQr().orElseThrow(() -> new IllegalStateException(
          "QR codes need an issuer built with qrSeal(true)"));
      QrCode code = QrCode.encode(OfflineQr.encode(forQr));
      OutputFiles.write(dir.resolve(base + ".qr.png"), code.toPng(moduleSize, 4));
      OutputFiles.writeText(dir.resolve(base + ".qr.svg"), code.toSvg(moduleSize, 4));
    }
    return new Written(r.applicationId().orElseThrow(), credential.id(), r.kind(), key, folder(key), credential);
  }

  private static String folder(HrKey key) {
    return "credentials/" + OutputFiles.safeName(key.hrId());
  }

  private static List<String> line(HrKey key, String credentialId, String outcome, String folder, EdcCredential c) {
    return List.of(key.hrId(), key.profile(), key.cycle(), credentialId, outcome, folder,
        c == null ? "" : c.validFrom().toString(), c == null ? "" : c.validUntil().toString());
  }
}
