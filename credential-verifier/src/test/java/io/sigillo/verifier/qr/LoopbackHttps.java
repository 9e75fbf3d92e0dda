package io.sigillo.verifier.qr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A minimal HTTPS/1.1 server on the loopback interface (one request per connection), with a
 * certificate for {@code localhost} made in code.
 */
final class LoopbackHttps implements AutoCloseable {
  /** A response: status, headers, body, and a delay before it is sent. */
  record Response(int status, Map<String, String> headers, byte[] body, long delayMillis) {}

  /** Answers one request. */
  interface Handler {
    Response handle(String path, Map<String, String> headers);
  }

  private final SSLServerSocket socket;
  private final SSLContext clientTls;
  private final Thread acceptor;

  LoopbackHttps(Handler handler) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom(new byte[] {1}));
    KeyPair kp = g.generateKeyPair();
    Instant now = Instant.now();
    X500Name name = new X500Name("CN=localhost");
    JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.TEN,
        Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1, ChronoUnit.DAYS)), name, kp.getPublic());
    b.addExtension(Extension.subjectAlternativeName, false,
        new GeneralNames(new GeneralName(GeneralName.dNSName, "localhost")));
    X509Certificate cert = new JcaX509CertificateConverter()
        .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())));
    char[] pw = "loopback".toCharArray();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry("server", kp.getPrivate(), pw, new X509Certificate[] {cert});
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, pw);
    SSLContext serverTls = SSLContext.getInstance("TLS");
    serverTls.init(kmf.getKeyManagers(), null, null);
    KeyStore ts = KeyStore.getInstance("PKCS12");
    ts.load(null, null);
    ts.setCertificateEntry("server", cert);
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ts);
    clientTls = SSLContext.getInstance("TLS");
    clientTls.init(null, tmf.getTrustManagers(), null);
    socket = (SSLServerSocket) serverTls.getServerSocketFactory().createServerSocket(0, 16, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!socket.isClosed()) {
        try {
          Socket s = socket.accept();
          Thread t = new Thread(() -> serve(s, handler));
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return;
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private static void serve(Socket s, Handler handler) {
    try (s) {
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
      String requestLine = in.readLine();
      if (requestLine == null) {
        return;
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        int colon = line.indexOf(':');
        headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
      }
      String target = requestLine.split(" ")[1];
      String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
      Response r = handler.handle(path, headers);
      if (r.delayMillis() > 0) {
        Thread.sleep(r.delayMillis());
      }
      StringBuilder head = new StringBuilder("HTTP/1.1 " + r.status() + " X\r\n");
      r.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
      head.append("Content-Length: ").append(r.body().length).append("\r\nConnection: close\r\n\r\n");
      OutputStream out = s.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(r.body());
      out.flush();
    } catch (IOException | InterruptedException | RuntimeException e) {
      // the client hung up (size or time bound) or the test is over
    }
  }

  int port() {
    return socket.getLocalPort();
  }

  SSLContext clientTls() {
    return clientTls;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
