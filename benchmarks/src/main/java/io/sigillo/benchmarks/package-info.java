/** JMH benchmarks of Sigillo. */
package io.sigillo.benchmarks;
