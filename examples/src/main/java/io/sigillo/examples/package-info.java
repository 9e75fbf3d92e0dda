/**
 * Runnable examples of the Sigillo API. {@link io.sigillo.examples.QuickStart} holds the README's
 * quick starts as compiled code; the {@code sigillo} command line lives in
 * {@link io.sigillo.examples.cli}.
 */
package io.sigillo.examples;
