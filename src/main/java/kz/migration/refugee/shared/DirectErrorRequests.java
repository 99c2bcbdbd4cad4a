package kz.migration.refugee.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error page answers the container's error dispatches only; a request for {@code /error} itself has no
 * error to show (Spring Boot would answer it 500), so it is not found.
 */
class DirectErrorRequests extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Problems.write(response, 404, "urn:problem:not-found", "Not found", "No such resource.", null);
  }
}
