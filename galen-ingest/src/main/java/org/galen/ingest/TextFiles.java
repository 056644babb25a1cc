package org.galen.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reading whole text files strictly: wrong encodings are errors that name the file, not mojibake.
 */
public final class TextFiles {
  private TextFiles() {}

  public static String readUtf8(Path file) throws IOException {
    return decodeUtf8(Files.readAllBytes(file), file.toString());
  }

  public static String decodeUtf8(byte[] bytes, String name) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedInputException(List.of(new Problem(name, 0, "not valid UTF-8 text")));
    }
  }

  /** The first bytes of a file, for readers to recognise their format. */
  public static byte[] head(Path file, int max) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(max);
    }
  }
}
