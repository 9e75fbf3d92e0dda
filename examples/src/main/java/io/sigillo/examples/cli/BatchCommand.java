package io.sigillo.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.issuer.batch.BatchException;
import io.sigillo.issuer.batch.BatchIssuer;
import io.sigillo.issuer.batch.BatchListener;
import io.sigillo.issuer.batch.BatchSummary;
import io.sigillo.issuer.batch.ColumnMapping;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sigillo batch issue}: batch issuance from an HR export. */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Batch issuance from HR exports (CSV or JSON Lines) through a declarative column mapping.",
    subcommands = BatchCommand.Issue.class)
final class BatchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParentCommand SigilloCommand parent;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing a command: issue");
  }

  /** When the progress bar is drawn. */
  enum Progress {
    /** When standard error is a terminal. */
    AUTO,
    /** Always. */
    ALWAYS,
    /** Never. */
    NEVER
  }

  /** {@code sigillo batch issue}. */
  @Command(name = "issue", mixinStandardHelpOptions = true,
      description = {"Validates every row of FILE against the mapping and the route's rules, issues the good rows "
          + "(sealed in parallel, JSON-LD, JAdES, vc+jwt and QR per holder) and reports the bad ones in "
          + "OUT/rejects.csv (row, line, column, reason code, message). Idempotent on HR id + profile + cycle: "
          + "running the same or an overlapping file again, also after a crash, issues only what is new.",
          "Prints a progress bar on standard error (when it is a terminal) and one line of JSON on standard "
              + "output at the end: the counts, the rejects file, the duration and the rate.",
          "Exit code 0 every row issued now or before; 1 some rows were rejected (see the rejects file); 2 the "
              + "input, the mapping or the store is unusable, or the batch stopped (run it again to finish)."})
  static final class Issue implements Callable<Integer> {
    @ParentCommand BatchCommand batch;

    @Mixin RouteOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "The HR export: CSV, or JSON Lines (.jsonl).")
    Path input;

    @Option(names = "--mapping", required = true, paramLabel = "MAPPING", description = "The column mapping (JSON).")
    Path mapping;

    @Option(names = "--out", paramLabel = "DIR",
        description = "Output folder (default: <FILE name without extension>-out in the current folder).")
    Path out;

    @Option(names = "--no-qr", description = "Do not write QR codes (faster).")
    boolean noQr;

    @Option(names = "--qr-module-size", paramLabel = "PX", defaultValue = "4",
        description = "Pixels per QR module, 1 to 32 (default: ${DEFAULT-VALUE}).")
    int moduleSize;

    @Option(names = "--chunk-size", paramLabel = "ROWS", defaultValue = "500",
        description = "Rows per transaction, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int chunkSize;

    @Option(names = "--threads", paramLabel = "N", description = "Sealing threads (default: the processors).")
    Integer threads;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
        description = "Progress bar on standard error: auto (when it is a terminal), always or never "
            + "(default: ${DEFAULT-VALUE}).")
    String progress;

    @Override
    public Integer call() throws CliException {
      Progress when = progress(progress);
      Inputs.requireFile(input);
      byte[] mappingBytes = Inputs.readBounded(mapping, 1 << 20, "cannot read mapping " + mapping);
      if (mappingBytes.length > 1 << 20) {
        throw CliException.usage("mapping " + mapping + " is larger than 1 MiB");
      }
      String name = input.getFileName().toString();
      ColumnMapping columns;
      try {
        columns = ColumnMapping.read(mappingBytes, name.toLowerCase(Locale.ROOT).endsWith(".jsonl")
            ? ColumnMapping.Format.JSONL : ColumnMapping.Format.CSV);
      } catch (BatchException e) {
        throw CliException.usage("mapping " + mapping + ": " + e.reason() + " " + e.getMessage());
      }
      Path folder = out != null ? out : Path.of((name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name)
          + "-out");
      PrintWriter err = batch.spec.commandLine().getErr();
      boolean bar = when == Progress.ALWAYS || when == Progress.AUTO && System.console() != null;
      ProgressBar progressBar = bar ? new ProgressBar(err) : null;
      BatchSummary summary;
      try (RouteOptions.Opened opened = options.open(batch.parent.clock(), !noQr, 4, UnaryOperator.identity())) {
        BatchIssuer.Builder b;
        try {
          b = BatchIssuer.newBuilder().route(opened.route()).output(folder).actor(options.actor)
              .qr(!noQr, moduleSize).chunkSize(chunkSize)
              .listener(progressBar != null ? progressBar : new BatchListener() {});
          if (threads != null) {
            b.threads(threads);
          }
        } catch (IllegalArgumentException e) {
          throw CliException.usage(e.getMessage());
        }
        try {
          summary = b.build().run(input, columns);
        } finally {
          if (progressBar != null) {
            progressBar.finish();
          }
        }
      } catch (BatchException e) {
        throw CliException.usage("batch " + e.reason() + ": " + e.getMessage());
      }
      PrintWriter w = batch.parent.out();
      w.println(json(summary, folder));
      w.flush();
      return summary.complete() ? ExitCodes.OK : ExitCodes.NOT_PASSED;
    }

    private static Progress progress(String value) throws CliException {
      try {
        return Progress.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw CliException.usage("--progress must be auto, always or never");
      }
    }
  }

  /** The summary as one line of JSON, with the paths of the reports. */
  static String json(BatchSummary summary, Path folder) {
    try {
      ObjectNode n = (ObjectNode) JSON.readTree(summary.toJson());
      n.put("rejects", folder.resolve("rejects.csv").toString());
      n.put("index", folder.resolve("issued.csv").toString());
      n.put("summary", folder.resolve("summary.json").toString());
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the summary is JSON", e);
    }
  }
}
