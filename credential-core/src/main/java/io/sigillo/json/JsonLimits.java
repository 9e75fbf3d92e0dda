package io.sigillo.json;

/**
 * Size and nesting bounds applied while parsing JSON. Immutable.
 *
 * @param maxBytes largest accepted input, in bytes (UTF-8)
 * @param maxDepth deepest accepted nesting of objects and arrays
 * @param maxStringLength longest accepted string value, in characters
 * @param maxNameLength longest accepted member name, in characters
 * @param maxNumberLength longest accepted number literal, in characters
 */
public record JsonLimits(
    int maxBytes, int maxDepth, int maxStringLength, int maxNameLength, int maxNumberLength) {

  /**
   * Defaults suited to credentials, including the European Commission's samples with embedded
   * page images: 4 MiB, depth 64, strings up to 2 Mi characters, names up to 256, numbers up to 64.
   */
  public static final JsonLimits DEFAULT = new JsonLimits(4 << 20, 64, 2 << 20, 256, 64);

  /**
   * Validates the bounds.
   *
   * @throws IllegalArgumentException if any bound is not positive
   */
  public JsonLimits {
    if (maxBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0 || maxNameLength <= 0
        || maxNumberLength <= 0) {
      throw new IllegalArgumentException("every JSON limit must be positive");
    }
  }

  /**
   * Returns a copy with another byte limit.
   *
   * @param bytes the new limit
   * @return new limits
   */
  public JsonLimits withMaxBytes(int bytes) {
    return new JsonLimits(bytes, maxDepth, maxStringLength, maxNameLength, maxNumberLength);
  }

  /**
   * Returns a copy with another depth limit.
   *
   * @param depth the new limit
   * @return new limits
   */
  public JsonLimits withMaxDepth(int depth) {
    return new JsonLimits(maxBytes, depth, maxStringLength, maxNameLength, maxNumberLength);
  }
}
