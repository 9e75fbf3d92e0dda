package io.sigillo.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A JSON object read by {@link StrictJson#parseObjectWithBytes(byte[], String)}: the object, and
 * the value of one of its top-level string members as UTF-8 bytes rather than as a text node.
 *
 * <p>A parse result, not a value type: the tree is Jackson's (mutable) tree, and the byte array is
 * created for this result only and handed to the caller without a copy.
 */
public final class ObjectWithBytes {
  private final ObjectNode object;
  private final byte[] memberBytes;

  ObjectWithBytes(ObjectNode object, byte[] memberBytes) {
    this.object = Objects.requireNonNull(object, "object");
    this.memberBytes = memberBytes;
  }

  /**
   * The object: every member, except the one whose value is given by {@link #memberBytes()} when
   * that is not null.
   *
   * @return the object
   */
  public ObjectNode object() {
    return object;
  }

  /**
   * The UTF-8 encoding of the member's string value, escapes resolved: exactly
   * {@code object.get(name).asText().getBytes(UTF_8)} for the tree {@link StrictJson#parseObject}
   * would have built. Null if the object has no such member, if its value is not a string, or if
   * the string holds an unpaired surrogate escape (which has no UTF-8 encoding): the member is then
   * in {@link #object()} like any other.
   *
   * @return the bytes (the caller's own array), or null
   */
  public byte[] memberBytes() {
    return memberBytes;
  }
}
