package io.sigillo.issuer.batch;

import io.sigillo.issuer.batch.BatchException.Reason;
import io.sigillo.issuer.internal.batch.CsvReader;
import io.sigillo.issuer.internal.batch.OutputFiles;
import io.sigillo.issuer.internal.batch.RecordSource;
import io.sigillo.issuer.internal.batch.SafeCsv;
import io.sigillo.issuer.route.CertificationRoute;
import io.sigillo.issuer.route.HrKey;
import io.sigillo.issuer.route.RouteException;
import io.sigillo.issuer.route.RouteInput;
import io.sigillo.profile.ProfileCatalogue;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Batch issuance from an HR export (CSV or JSON Lines) through a {@link ColumnMapping}: every row
 * is validated against the mapping and the route's rules; bad rows go to {@code rejects.csv}
 * (row, line, column, reason code, message), good rows are issued, sealed in parallel and written
 * per holder, and {@code issued.csv} indexes what was issued. Both CSV files are safe against
 * formula injection.
 *
 * <h2>Nothing lost, nothing issued twice</h2>
 *
 * <p>Rows are handled in chunks. For each chunk, one transaction records the applications with
 * every step, registers the credentials in the status store and stores their documents
 * ({@link CertificationRoute#prepareAll}); then the credentials are sealed and their files written
 * (atomically); then a second transaction confirms delivery. A row whose HR key (HR id, profile,
 * cycle) was issued and confirmed before is skipped; a row an interrupted run prepared but never
 * confirmed is sealed again from the stored document: same credential id, content and status
 * entries. Running the same or an overlapping file again, also after a crash at any point, so
 * issues only what is new.
 *
 * <h2>Output</h2>
 *
 * <pre>
 * OUT/credentials/&lt;hr id&gt;/&lt;uuid&gt;.jsonld      the credential: the exact sealed bytes
 * OUT/credentials/&lt;hr id&gt;/&lt;uuid&gt;.jades.json  JAdES baseline-B
 * OUT/credentials/&lt;hr id&gt;/&lt;uuid&gt;.jwt         vc+jwt
 * OUT/credentials/&lt;hr id&gt;/&lt;uuid&gt;.qr.png      offline QR code (with QR on), and .qr.svg
 * OUT/rejects.csv, OUT/issued.csv, OUT/summary.json
 * </pre>
 *
 * <p>Holder folders come from the HR id reduced to {@code [A-Za-z0-9._-]}; nothing from the data
 * can name a path outside the output folder. Not thread-safe: one run at a time per instance;
 * several processes may run batches on the same store.
 */
public final class BatchIssuer {
  private static final List<String> REJECT_HEADER = List.of("row", "line", "column", "code", "message");
  private static final List<String> INDEX_HEADER = List.of("hr_id", "profile", "cycle", "credential_id", "outcome",
      "folder", "valid_from", "valid_until");

  private final CertificationRoute route;
  private final ProfileCatalogue catalogue;
  private final Path out;
  private final boolean qr;
  private final int qrModuleSize;
  private final int chunkSize;
  private final int threads;
  private final String actor;
  private final BatchListener listener;
  private final Supplier<UUID> holderIds;

  private BatchIssuer(Builder b) {
    this.route = Objects.requireNonNull(b.route, "route");
    this.out = Objects.requireNonNull(b.out, "output");
    this.actor = Objects.requireNonNull(b.actor, "actor");
    this.catalogue = b.catalogue;
    this.qr = b.qr;
    this.qrModuleSize = b.qrModuleSize;
    this.chunkSize = b.chunkSize;
    this.threads = b.threads;
    this.listener = b.listener;
    this.holderIds = b.holderIds;
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Runs a batch.
   *
   * @param input the HR export
   * @param mapping how its columns fill the route input
   * @return the summary, also written to {@code summary.json}
   * @throws BatchException {@code INPUT_INVALID} or {@code COLUMN_MISSING} before anything is
   *     issued; {@code OUTPUT_FAILED} or {@code ISSUANCE_FAILED} when a chunk fails (chunks
   *     confirmed before stay issued; run again to finish)
   */
  public BatchSummary run(Path input, ColumnMapping mapping) throws BatchException {
    long start = System.nanoTime();
    boolean csv = mapping.format() == ColumnMapping.Format.CSV;
    int total;
    try {
      total = RecordSource.count(input, csv, mapping.delimiter(), mapping.header(), mapping.charset());
    } catch (CharacterCodingException e) {
      throw new BatchException(Reason.INPUT_INVALID, input.getFileName() + " is not " + mapping.charset()
          + " text", e);
    } catch (CsvReader.CsvException e) {
      throw new BatchException(Reason.INPUT_INVALID, input.getFileName() + " is not well-formed CSV: "
          + e.getMessage(), e);
    } catch (RecordSource.HeaderException e) {
      throw new BatchException(Reason.INPUT_INVALID, input.getFileName() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new BatchException(Reason.INPUT_INVALID, "cannot read " + input.getFileName() + ": " + e.getMessage(), e);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sigillo-batch-seal");
      t.setDaemon(true);
      return t;
    });
    Run run;
    try (RecordSource source = RecordSource.open(input, csv, mapping.delimiter(), mapping.header(), mapping.charset())) {
      List<String> missing = source.missing(mapping.columns());
      if (!missing.isEmpty()) {
        throw new BatchException(Reason.COLUMN_MISSING, input.getFileName() + " has no column " + missing
            + " (columns: " + source.header() + ")", null);
      }
      Files.createDirectories(out);
      try (SafeCsv rejects = csv(out.resolve("rejects.csv")); SafeCsv index = csv(out.resolve("issued.csv"))) {
        rejects.row(REJECT_HEADER);
        index.row(INDEX_HEADER);
        run = new Run(source, rejects, index, pool, mapping, input.getFileName().toString(), total);
        listener.started(total);
        run.all();
      }
    } catch (CsvReader.CsvException | RecordSource.HeaderException | CharacterCodingException e) {
      throw new BatchException(Reason.INPUT_INVALID, input.getFileName() + " changed while it was read: "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw new BatchException(Reason.OUTPUT_FAILED, "cannot write to " + out + ": " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    BatchSummary summary = new BatchSummary(input.getFileName().toString(), mapping.format(), run.rows, run.issued,
        run.resumed, run.already, run.rejectedRows, run.problems, (System.nanoTime() - start) / 1e9, qr, threads,
        chunkSize, out.toString());
    try {
      OutputFiles.writeText(out.resolve("summary.json"), summary.toJson() + "\n");
    } catch (IOException e) {
      throw new BatchException(Reason.OUTPUT_FAILED, "cannot write the summary: " + e.getMessage(), e);
    }
    return summary;
  }

  private static SafeCsv csv(Path file) throws IOException {
    return new SafeCsv(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)));
  }

  /** One run: reads rows, validates, fills chunks and drives them through the pipeline. */
  private final class Run {
    final RecordSource source;
    final SafeCsv rejects;
    final SafeCsv index;
    final RowParser parser;
    final ColumnMapping mapping;
    final String fileName;
    final int total;
    final Chunks chunks;
    final Set<HrKey> seen = new HashSet<>();
    int rows;
    int issued;
    int resumed;
    int already;
    int rejectedRows;
    int problems;

    Run(RecordSource source, SafeCsv rejects, SafeCsv index, ExecutorService pool, ColumnMapping mapping,
        String fileName, int total) {
      this.source = source;
      this.rejects = rejects;
      this.index = index;
      this.mapping = mapping;
      this.fileName = fileName;
      this.total = total;
      this.parser = new RowParser(mapping, route, catalogue, holderIds);
      this.chunks = new Chunks(route, new OutputFiles(out.resolve("credentials")), pool, actor, qr, qrModuleSize,
          listener);
    }

    void all() throws IOException, CsvReader.CsvException, BatchException {
      List<RowParser.Parsed> chunk = new ArrayList<>(chunkSize);
      RecordSource.Item item;
      while ((item = source.next()) != null) {
        rows++;
        if (item.code() != null) {
          reject(List.of(new RowProblem(item.row(), item.line(), "", item.code(), item.error())));
        } else {
          RowParser.Parsed p = parser.parse(item.row(), item.line(), item.values());
          if (!p.problems().isEmpty()) {
            reject(p.problems());
          } else if (!seen.add(p.input().orElseThrow().key())) {
            reject(List.of(new RowProblem(p.row(), p.line(), mapping.columnOf("hrId").orElse(""),
                "DUPLICATE_IN_INPUT", "HR key " + p.input().get().key() + " appears on an earlier row of this input;"
                    + " not issued twice")));
          } else {
            chunk.add(p);
          }
        }
        if (chunk.size() == chunkSize) {
          submit(chunk);
          chunk = new ArrayList<>(chunkSize);
        }
      }
      if (!chunk.isEmpty()) {
        submit(chunk);
      }
      record(chunks.finish());
      progress();
    }

    private void submit(List<RowParser.Parsed> chunk) throws BatchException, IOException {
      List<RouteInput> inputs = new ArrayList<>(chunk.size());
      List<String> sources = new ArrayList<>(chunk.size());
      for (RowParser.Parsed p : chunk) {
        inputs.add(p.input().orElseThrow());
        sources.add(fileName + " row " + p.row() + " (line " + p.line() + ")");
      }
      try {
        record(chunks.submit(chunk, route.prepareAll(inputs, sources, actor)));
      } catch (RouteException e) {
        throw new BatchException(Reason.ISSUANCE_FAILED, "recording rows " + chunk.get(0).row() + " to "
            + chunk.get(chunk.size() - 1).row() + " failed: " + e.reason() + " " + e.getMessage(), e);
      }
      progress();
    }

    private void record(Chunks.Done done) throws IOException {
      if (done == null) {
        return;
      }
      issued += done.issued();
      resumed += done.resumed();
      already += done.already();
      for (List<String> line : done.index()) {
        index.row(line);
      }
      for (RowProblem p : done.problems()) {
        reject(List.of(p));
      }
    }

    private void reject(List<RowProblem> list) throws IOException {
      rejectedRows++;
      for (RowProblem p : list) {
        problems++;
        rejects.row(List.of(Integer.toString(p.row()), Integer.toString(p.line()), p.column(), p.code(),
            p.message()));
      }
    }

    private void progress() {
      listener.progress(rows, total, issued + resumed);
    }
  }

  /** Builds a {@link BatchIssuer}; the route, the output folder and the actor are required. */
  public static final class Builder {
    private CertificationRoute route;
    private ProfileCatalogue catalogue = ProfileCatalogue.bundled();
    private Path out;
    private boolean qr;
    private int qrModuleSize = 4;
    private int chunkSize = 500;
    private int threads = Runtime.getRuntime().availableProcessors();
    private String actor;
    private BatchListener listener = new BatchListener() {};
    private Supplier<UUID> holderIds = UUID::randomUUID;

    private Builder() {}

    /**
     * Sets the route (its issuer seals; with QR codes it must be built with {@code qrSeal(true)}).
     *
     * @param route the route
     * @return this builder
     */
    public Builder route(CertificationRoute route) {
      this.route = route;
      return this;
    }

    /**
     * Sets the profile catalogue (the route's); the bundled one by default.
     *
     * @param catalogue the catalogue
     * @return this builder
     */
    public Builder catalogue(ProfileCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Sets the output folder (created if missing).
     *
     * @param out the folder
     * @return this builder
     */
    public Builder output(Path out) {
      this.out = out;
      return this;
    }

    /**
     * Also writes each credential's offline QR code, PNG and SVG.
     *
     * @param qr whether to write QR codes
     * @param moduleSize pixels per module, 1 to 32
     * @return this builder
     */
    public Builder qr(boolean qr, int moduleSize) {
      if (moduleSize < 1 || moduleSize > 32) {
        throw new IllegalArgumentException("QR module size must be 1 to 32");
      }
      this.qr = qr;
      this.qrModuleSize = moduleSize;
      return this;
    }

    /**
     * Sets the rows per transaction; 500 by default.
     *
     * @param chunkSize 1 to 10,000
     * @return this builder
     */
    public Builder chunkSize(int chunkSize) {
      if (chunkSize < 1 || chunkSize > 10_000) {
        throw new IllegalArgumentException("chunk size must be 1 to 10000");
      }
      this.chunkSize = chunkSize;
      return this;
    }

    /**
     * Sets the sealing threads; the available processors by default.
     *
     * @param threads 1 to 64
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 64) {
        throw new IllegalArgumentException("threads must be 1 to 64");
      }
      this.threads = threads;
      return this;
    }

    /**
     * Sets who runs the batch, recorded with every step.
     *
     * @param actor 1 to 200 characters
     * @return this builder
     */
    public Builder actor(String actor) {
      this.actor = actor;
      return this;
    }

    /**
     * Sets the listener; none by default.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(BatchListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the ids of holders the export gives none; random UUIDs by default.
     *
     * @param holderIds a supplier of unique UUIDs
     * @return this builder
     */
    public Builder holderIds(Supplier<UUID> holderIds) {
      this.holderIds = Objects.requireNonNull(holderIds, "holderIds");
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the batch issuer
     */
    public BatchIssuer build() {
      return new BatchIssuer(this);
    }
  }
}
