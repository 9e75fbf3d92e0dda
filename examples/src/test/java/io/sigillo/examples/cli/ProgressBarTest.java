package io.sigillo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void line_halfWay_showsRowsPercentRateAndEta() {
    assertThat(ProgressBar.line(5_000, 10_000, 4_000, 10.0))
        .isEqualTo("[###############---------------] 5000/10000 rows  50% 400 cred/s ETA 0:10");
  }

  @Test
  void line_atTheEnd_saysDone() {
    assertThat(ProgressBar.line(10, 10, 10, 2.0)).isEqualTo("[##############################] 10/10 rows 100% 5 cred/s done");
  }

  @Test
  void line_beforeAnyRow_hasNoEta() {
    assertThat(ProgressBar.line(0, 100, 0, 0)).endsWith("0/100 rows   0% 0 cred/s ETA --:--");
  }

  @Test
  void line_longBatch_etaInHours() {
    assertThat(ProgressBar.line(1, 10_000, 1, 1.0)).endsWith("ETA 2:46:39");
  }

  @Test
  void progress_redrawsAtMostEvery100msAndAlwaysAtTheEnd() {
    StringWriter s = new StringWriter();
    long[] now = {0};
    ProgressBar bar = new ProgressBar(new PrintWriter(s), () -> now[0]);
    bar.started(100);
    now[0] = 50_000_000L;
    bar.progress(10, 100, 10);
    now[0] = 150_000_000L;
    bar.progress(20, 100, 20);
    now[0] = 160_000_000L;
    bar.progress(100, 100, 100);
    bar.finish();
    String out = s.toString();
    assertThat(out.split("\r", -1)).hasSize(4);
    assertThat(out).doesNotContain("10/100").contains("0/100", "20/100", "100/100 rows 100%").endsWith(
        System.lineSeparator());
  }
}
