package org.galen.app;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Makes every file and folder this process creates owner-only (umask 077), so the editorial
 * database, the library and the server's token file are never readable by other users of the
 * machine, whichever library creates them (H2, Lucene, the journal, ONNX's cache).
 */
public final class OwnerOnly {
  private OwnerOnly() {}

  /** Sets the process's umask to 077; false where there is no umask (not a POSIX system). */
  public static boolean forNewFiles() {
    try {
      Linker linker = Linker.nativeLinker();
      Optional<MemorySegment> umask = linker.defaultLookup().find("umask");
      if (umask.isEmpty()) {
        return false;
      }
      MethodHandle call =
          linker.downcallHandle(
              umask.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
      int previous = (int) call.invokeExact(0077);
      return previous >= 0;
    } catch (Throwable e) { // invokeExact declares Throwable; any failure means no umask here
      return false;
    }
  }
}
