package io.sigillo.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CRL;
import java.security.cert.CRLException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads the CLI's input files, turning every failure into a one-line {@link CliException}. */
final class Inputs {
  /** Certificate and CRL files larger than this are refused. */
  static final int MAX_PKI_FILE = 1 << 20;

  private Inputs() {}

  /**
   * Reads at most {@code limit + 1} bytes of a file: enough for a reader to see it is too large
   * without loading a huge file into memory.
   *
   * @param path the file
   * @param limit the largest size the caller accepts
   * @param what the start of the error message, e.g. "cannot read holder.json"
   * @return the bytes
   * @throws CliException if the file is missing, a folder or unreadable
   */
  static byte[] readBounded(Path path, int limit, String what) throws CliException {
    if (Files.isDirectory(path)) {
      throw CliException.usage(what + ": it is a folder, not a file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(limit + 1);
    } catch (NoSuchFileException e) {
      throw CliException.usage(what + ": no such file");
    } catch (AccessDeniedException e) {
      throw CliException.usage(what + ": permission denied");
    } catch (IOException e) {
      throw CliException.usage(what + ": " + e.getMessage());
    }
  }

  /**
   * Checks that a path names a readable regular file.
   *
   * @param path the file
   * @throws CliException naming the file and the problem
   */
  static void requireFile(Path path) throws CliException {
    if (!Files.exists(path)) {
      throw CliException.usage("cannot read " + path + ": no such file");
    }
    if (!Files.isRegularFile(path)) {
      throw CliException.usage("cannot read " + path + ": not a regular file");
    }
    if (!Files.isReadable(path)) {
      throw CliException.usage("cannot read " + path + ": permission denied");
    }
  }

  /**
   * Reads every X.509 certificate of a PEM (or DER) file.
   *
   * @param path the file
   * @return at least one certificate
   * @throws CliException if the file is unreadable or holds no certificate
   */
  static List<X509Certificate> certificates(Path path) throws CliException {
    byte[] bytes = readBounded(path, MAX_PKI_FILE, "cannot read certificate file " + path);
    if (bytes.length > MAX_PKI_FILE) {
      throw CliException.usage("certificate file " + path + " is larger than " + MAX_PKI_FILE + " bytes");
    }
    try {
      Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
          .generateCertificates(new ByteArrayInputStream(bytes));
      List<X509Certificate> out = new ArrayList<>();
      for (Certificate c : certs) {
        out.add((X509Certificate) c);
      }
      if (out.isEmpty()) {
        throw CliException.usage("certificate file " + path + " holds no certificate");
      }
      return out;
    } catch (CertificateException e) {
      throw CliException.usage("certificate file " + path + " is not a PEM or DER X.509 certificate");
    }
  }

  /**
   * Reads the X.509 CRLs of a DER or PEM file.
   *
   * @param path the file
   * @return at least one CRL
   * @throws CliException if the file is unreadable or holds no CRL
   */
  static List<X509CRL> crls(Path path) throws CliException {
    byte[] bytes = readBounded(path, MAX_PKI_FILE, "cannot read CRL file " + path);
    if (bytes.length > MAX_PKI_FILE) {
      throw CliException.usage("CRL file " + path + " is larger than " + MAX_PKI_FILE + " bytes");
    }
    try {
      Collection<? extends CRL> crls = CertificateFactory.getInstance("X.509")
          .generateCRLs(new ByteArrayInputStream(bytes));
      List<X509CRL> out = new ArrayList<>();
      for (CRL c : crls) {
        out.add((X509CRL) c);
      }
      if (out.isEmpty()) {
        throw CliException.usage("CRL file " + path + " holds no CRL");
      }
      return out;
    } catch (CertificateException | CRLException e) {
      throw CliException.usage("CRL file " + path + " is not a DER or PEM X.509 CRL");
    }
  }
}
