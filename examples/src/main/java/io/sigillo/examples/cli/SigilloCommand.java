package io.sigillo.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code sigillo} command: {@code keys}, {@code issue}, {@code verify}, {@code revoke},
 * {@code suspend}, {@code reinstate}, {@code status publish}, {@code batch issue}, {@code renew},
 * {@code attest}, {@code route ...}, {@code serve issuance}, {@code serve api-key} and {@code demo}.
 *
 * <p>Run it with {@code mvn -q -B -pl examples -am compile exec:java -Dexec.args="demo"}, or
 * in-process with {@link #newCommandLine(Clock)}. Exit codes are those of {@link ExitCodes}; every
 * failure prints one line {@code error: <reason>} to standard error, never a stack trace.
 */
@Command(name = "sigillo", mixinStandardHelpOptions = true, versionProvider = SigilloCommand.Version.class,
    description = "Issue and verify sealed European-Digital-Credential-style credentials "
        + "(UNI 11621-8:2026 AI Security Specialist).",
    subcommands = {KeysCommand.class, IssueCommand.class, VerifyCommand.class, StatusChangeCommand.Revoke.class,
        StatusChangeCommand.Suspend.class, StatusChangeCommand.Reinstate.class, StatusCommand.class,
        ServeCommand.class,
        BatchCommand.class, RenewCommand.class, AttestCommand.class, RouteCommand.class, DemoCommand.class},
    footer = {"", "Exit codes: 0 success; 1 a credential did not verify (or a demo step failed); "
        + "2 bad arguments or unusable input."})
public final class SigilloCommand implements Callable<Integer> {
  private final Clock clock;

  @Spec private CommandSpec spec;

  /**
   * A command on the system clock.
   */
  public SigilloCommand() {
    this(Clock.systemUTC());
  }

  /**
   * A command on a given clock: issuance, certificates and verification all take their time from
   * it.
   *
   * @param clock the clock
   */
  public SigilloCommand(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(newCommandLine(Clock.systemUTC()).execute(args));
  }

  /**
   * A configured command line: exit code 2 and a one-line error for bad arguments, a one-line
   * error (never a stack trace) for failures. Set its output and error writers with
   * {@link CommandLine#setOut} and {@link CommandLine#setErr}.
   *
   * @param clock the clock for issuance and verification
   * @return the command line
   */
  public static CommandLine newCommandLine(Clock clock) {
    CommandLine cl = new CommandLine(new SigilloCommand(clock));
    cl.setParameterExceptionHandler(PARAMETER_ERRORS);
    cl.setExecutionExceptionHandler(EXECUTION_ERRORS);
    return cl;
  }

  private static final IParameterExceptionHandler PARAMETER_ERRORS = (ex, args) -> {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("error: " + Text.oneLine(ex.getMessage()));
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  };

  private static final IExecutionExceptionHandler EXECUTION_ERRORS = (ex, cmd, parseResult) -> {
    PrintWriter err = cmd.getErr();
    int code;
    if (ex instanceof CliException) {
      err.println("error: " + ex.getMessage());
      code = ((CliException) ex).exitCode();
    } else {
      err.println("error: unexpected " + ex.getClass().getSimpleName() + ": " + Text.oneLine(ex.getMessage()));
      code = ExitCodes.USAGE;
    }
    err.flush();
    cmd.getOut().flush();
    return code;
  };

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "missing a command: keys, issue, verify, revoke, suspend, reinstate, status, batch, renew, attest, route, serve or demo");
  }

  Clock clock() {
    return clock;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Reads the project version from the filtered {@code version.properties} resource. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = SigilloCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        // fall through to "unknown"
      }
      return new String[] {"sigillo " + p.getProperty("version", "unknown"),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
  }
}
