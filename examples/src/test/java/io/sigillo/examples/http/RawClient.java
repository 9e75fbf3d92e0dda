package io.sigillo.examples.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain socket client for what HttpClient will not do: headers without the body, a body that stalls. */
final class RawClient implements AutoCloseable {
  private final Socket socket;

  RawClient(URI server) throws IOException {
    socket = new Socket(server.getHost(), server.getPort());
    socket.setSoTimeout(10_000);
  }

  void send(String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  /** The response's status line. */
  String statusLine() throws IOException {
    InputStream in = socket.getInputStream();
    StringBuilder b = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  /**
   * Whether the server has already answered or closed the connection; reads (and drops) one byte when it
   * has, so call it only on a connection that is given up once answered.
   */
  boolean answered() throws IOException {
    socket.setSoTimeout(1);
    try {
      socket.getInputStream().read();
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } finally {
      socket.setSoTimeout(10_000);
    }
  }

  /** Everything until the server closes the connection; fails if it does not within the time. */
  String readToEnd(Duration within) throws IOException {
    socket.setSoTimeout((int) within.toMillis());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    try {
      int n;
      while ((n = socket.getInputStream().read(buf)) >= 0) {
        out.write(buf, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server did not close the connection within " + within, e);
    } catch (IOException e) {
      // reset by the server: closed too
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
