package kz.migration.refugee.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of {@code /api/**} and of the login page. The API's own pages keep their script and style inline;
 * instead of allowing all inline code, the policy names each inline block by its SHA-256, computed from the
 * pages at start, so an edited page needs no edited policy. Scripts otherwise come only from this origin
 * (ECharts from /webjars); ECharts writes style attributes into its tooltips, hence {@code style-src-attr}.
 */
@Component
class PagePolicy {

  /** The pages with inline code: Thymeleaf templates (whose inline blocks it leaves as written), the login page. */
  static final List<String> PAGES = List.of("templates/audit/decisions.html", "templates/reporting/dashboard.html",
      LoginPage.RESOURCE);

  private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
  private static final Pattern INLINE_STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

  private final String directives;

  PagePolicy() {
    Set<String> scripts = new LinkedHashSet<>();
    Set<String> styles = new LinkedHashSet<>();
    for (String page : PAGES) {
      String html = read(page);
      hashes(INLINE_SCRIPT.matcher(html), scripts);
      hashes(INLINE_STYLE.matcher(html), styles);
    }
    directives = "default-src 'none'; script-src 'self'" + String.join("", scripts)
        + "; style-src 'self'" + String.join("", styles) + "; style-src-attr 'unsafe-inline'"
        + "; img-src 'self' data:; font-src 'self'; connect-src 'self'"
        + "; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  }

  String directives() {
    return directives;
  }

  /** The same, for pages this origin may frame (the case page in Tasklist's «Дело» tab). */
  String framedBySelf() {
    return directives.replace("frame-ancestors 'none'", "frame-ancestors 'self'");
  }

  private static void hashes(Matcher blocks, Set<String> into) {
    while (blocks.find()) {
      into.add(" 'sha256-" + sha256(blocks.group(1)) + "'");
    }
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(String page) {
    try (InputStream in = new ClassPathResource(page).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("page " + page, e);
    }
  }
}
