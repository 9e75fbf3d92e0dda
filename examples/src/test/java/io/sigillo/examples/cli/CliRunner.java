package io.sigillo.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import picocli.CommandLine;

/** Runs {@code sigillo} in-process with captured output. */
final class CliRunner {
  private final Clock clock;

  CliRunner(Clock clock) {
    this.clock = clock;
  }

  /** The outcome of one run. */
  record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  Run run(Object... args) {
    String[] a = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      a[i] = String.valueOf(args[i]);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SigilloCommand.newCommandLine(clock);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(a);
    return new Run(code, out.toString(), err.toString());
  }
}
