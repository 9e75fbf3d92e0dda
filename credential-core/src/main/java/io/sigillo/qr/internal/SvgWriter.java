package io.sigillo.qr.internal;

/**
 * Writes a QR module grid as SVG: a light background and one path of dark runs, in module units
 * scaled by the width and height, with crisp edges.
 */
public final class SvgWriter {
  private SvgWriter() {}

  /**
   * Writes the SVG document.
   *
   * @param dark the modules, row-major, true for dark
   * @param size modules per side
   * @param moduleSize pixels (user units) per module
   * @param quietZone light modules around the code
   * @return the SVG text
   */
  public static String write(boolean[] dark, int size, int moduleSize, int quietZone) {
    int modules = size + 2 * quietZone;
    int px = modules * moduleSize;
    StringBuilder s = new StringBuilder(size * size / 2 + 300);
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(px)
        .append("\" height=\"").append(px).append("\" viewBox=\"0 0 ").append(modules).append(' ')
        .append(modules).append("\" shape-rendering=\"crispEdges\">\n")
        .append("<rect width=\"").append(modules).append("\" height=\"").append(modules)
        .append("\" fill=\"#ffffff\"/>\n<path fill=\"#000000\" d=\"");
    for (int y = 0; y < size; y++) {
      int x = 0;
      while (x < size) {
        if (!dark[y * size + x]) {
          x++;
          continue;
        }
        int start = x;
        while (x < size && dark[y * size + x]) {
          x++;
        }
        s.append('M').append(start + quietZone).append(' ').append(y + quietZone)
            .append('h').append(x - start).append("v1h-").append(x - start).append('z');
      }
    }
    return s.append("\"/>\n</svg>\n").toString();
  }
}
