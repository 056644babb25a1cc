package org.galen.app.web.host;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.galen.app.GalenHome;
import org.galen.app.host.ServerFile;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who may use the host channel: a caller on this machine (loopback) that sends the random token
 * this server wrote to {@code $GALEN_HOME/server.json}, a file only the owner can read. The file is
 * written once the server is ready and removed when the server stops.
 */
@Component
public class HostAccess implements ApplicationListener<WebServerInitializedEvent>, DisposableBean {
  private final String token;
  private final Path file;
  private volatile boolean written;

  HostAccess() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    this.file = GalenHome.fromEnvironment(System.getenv()).serverFile();
  }

  private volatile int port = -1;

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    port = event.getWebServer().getPort();
  }

  /**
   * The file is written once the server is ready, after the first start's runners (the first
   * account): a command that finds it finds a server that holds everything it will be asked for.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void ready() {
    if (port < 0) {
      return;
    }
    try {
      new ServerFile(ProcessHandle.current().pid(), port, token).write(file);
      written = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Whether {@code request} comes from this machine with this server's token. */
  public boolean allows(HttpServletRequest request) {
    String sent = request.getHeader(ServerFile.HEADER);
    return sent != null
        && loopback(request.getRemoteAddr())
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean loopback(@Nullable String address) {
    if (address == null) {
      return false;
    }
    try {
      // an IP literal (the servlet's remote address): no name lookup happens
      return InetAddress.ofLiteral(address).isLoopbackAddress();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public void destroy() throws IOException {
    if (written && ServerFile.live(file).map(f -> f.token().equals(token)).orElse(true)) {
      Files.deleteIfExists(file);
    }
  }
}
