package org.galen.app.web.security;

import org.galen.app.web.host.HostAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the stateless articles API (HTTP Basic; 401 for anonymous callers, 403 for a
 * missing role) and the pages (form login; anonymous visitors go to the login page). Every endpoint
 * is listed with the roles it needs; anything not listed needs a login.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {
  static final String[] READERS = {"READER", "EDITOR", "REVIEWER", "ADMIN"};
  static final String[] EDITORS = {"EDITOR", "ADMIN"};
  static final String[] REVIEWERS = {"REVIEWER", "ADMIN"};

  /** Pages and files anyone may GET. New public pages belong here. */
  static final String[] PUBLIC_PAGES = {
    "/",
    "/error",
    "/login",
    "/articles",
    "/articles/*",
    "/board",
    "/policy",
    "/disclaimer",
    "/sources/**",
    "/*.css",
    "/*.js",
    "/*.svg",
    "/*.ico",
    "/webjars/**",
    "/v3/api-docs/**",
    "/swagger-ui/**",
    "/swagger-ui.html",
    "/export/**",
    "/actuator/health",
    "/actuator/health/**",
    // scraped by Prometheus inside the hospital network; it holds counts and latencies, no content
    "/actuator/prometheus"
  };

  @Bean
  PasswordEncoder passwordEncoder() {
    return Passwords.encoder();
  }

  /**
   * The host channel ({@code /host/**}) of the command line on this machine: stateless, no login,
   * only loopback callers with the token of {@code server.json} ({@link HostAccess}).
   */
  @Bean
  @Order(0)
  SecurityFilterChain host(HttpSecurity http, HostAccess access) throws Exception {
    String refused =
        "the host channel answers only this machine's galen commands, with the token in"
            + " GALEN_HOME/server.json";
    http.securityMatcher("/host/**")
        .authorizeHttpRequests(
            a ->
                a.anyRequest()
                    .access(
                        (auth, ctx) -> new AuthorizationDecision(access.allows(ctx.getRequest()))))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint((req, res, x) -> JsonErrors.write(res, 403, refused))
                    .accessDeniedHandler((req, res, x) -> JsonErrors.write(res, 403, refused)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(c -> c.disable())
        .csrf(c -> c.disable());
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain articlesApi(HttpSecurity http, LoginThrottle throttle) throws Exception {
    JsonErrors errors = new JsonErrors();
    http.securityMatcher("/api/v1/articles", "/api/v1/articles/**")
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(HttpMethod.GET, "/api/v1/articles", "/api/v1/articles/**")
                    .hasAnyRole(READERS)
                    .requestMatchers(
                        HttpMethod.POST, "/api/v1/articles", "/api/v1/articles/*/versions")
                    .hasAnyRole(EDITORS)
                    .requestMatchers(HttpMethod.POST, "/api/v1/articles/*/versions/*/review")
                    .hasAnyRole(REVIEWERS)
                    .anyRequest()
                    .denyAll())
        .httpBasic(b -> b.authenticationEntryPoint(errors))
        .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
        // Stateless: credentials come with every request and no session is created or read, so a
        // browser's cookies can never authorise a call here; CSRF protection has nothing to guard.
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(c -> c.disable())
        .addFilterBefore(throttle.filter(), BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle, PasswordChangeFilter change)
      throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
                    .permitAll()
                    // any method: one that is not POST gets the API's 405, not the login page
                    .requestMatchers("/api/v1/answers")
                    .permitAll()
                    .requestMatchers("/admin/**", "/actuator/**")
                    .hasRole("ADMIN")
                    .requestMatchers(
                        HttpMethod.POST,
                        "/editorial/articles",
                        "/editorial/articles/*/versions",
                        "/editorial/articles/*/regenerate")
                    .hasAnyRole(EDITORS)
                    .requestMatchers(HttpMethod.POST, "/editorial/articles/*/versions/*/review")
                    .hasAnyRole(REVIEWERS)
                    .requestMatchers("/editorial/**", "/account/**")
                    .hasAnyRole(READERS)
                    .anyRequest()
                    .authenticated())
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/editorial").permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/"))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        // POST /api/v1/answers is a stateless JSON API for integrators: it reads no cookie and no
        // session, needs no login and changes nothing stored, so there is no forged-request risk
        // for CSRF tokens to stop. Every other state-changing request needs the token.
        .csrf(c -> c.ignoringRequestMatchers("/api/v1/answers"))
        .headers(
            h ->
                h.contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'"
                                    + " 'unsafe-inline'; script-src 'self'; object-src 'none';"
                                    + " frame-ancestors 'none'; base-uri 'self'; form-action"
                                    + " 'self'"))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(f -> f.deny()))
        .addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(change, UsernamePasswordAuthenticationFilter.class);
    return http.build();
  }
}
