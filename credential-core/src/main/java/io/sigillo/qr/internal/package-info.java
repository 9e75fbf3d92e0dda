/** Implementation of the QR package: Base45, the offline container, dictionaries and image I/O. Not exported. */
package io.sigillo.qr.internal;
