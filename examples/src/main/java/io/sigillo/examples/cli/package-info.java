/**
 * The {@code sigillo} command line: {@code keys} (a test PKI and {@code issuer.json}),
 * {@code issue} (seal a credential as JAdES and {@code vc+jwt}), {@code verify} (print reports,
 * exit 0/1/2) and {@code demo} (the whole story in a fresh folder).
 *
 * <pre>{@code
 * mvn -q -B -pl examples -am compile exec:java -Dexec.args="demo"
 * mvn -q -B -pl examples -am compile exec:java -Dexec.args="verify cred.jades.json --trust root-ca.pem"
 * }</pre>
 *
 * <p>This is the only code of Sigillo that prints. Input JSON files are read with
 * {@link io.sigillo.json.StrictJson}; every failure is one line on standard error with exit code
 * 2 (see {@link io.sigillo.examples.cli.ExitCodes}), never a stack trace. Text taken from input
 * files or credentials is stripped of control characters before it is printed.
 */
package io.sigillo.examples.cli;
