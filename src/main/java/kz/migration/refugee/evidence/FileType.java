package kz.migration.refugee.evidence;

import java.util.Arrays;
import java.util.Optional;

/**
 * The only kinds of file accepted, told by their first bytes (magic numbers), never by the name or the type the
 * client declares: a renamed executable or HTML page must not be stored and later served as a "PDF".
 */
enum FileType {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private final String mediaType;
  private final byte[] magic;

  FileType(String mediaType, byte[] magic) {
    this.mediaType = mediaType;
    this.magic = magic;
  }

  String mediaType() {
    return mediaType;
  }

  static Optional<FileType> detect(byte[] content) {
    return Arrays.stream(values()).filter(t -> startsWith(content, t.magic)).findFirst();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }
}
