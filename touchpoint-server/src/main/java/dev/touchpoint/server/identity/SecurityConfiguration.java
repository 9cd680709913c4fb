package dev.touchpoint.server.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * Two filter chains. {@code /api/**} and {@code /actuator/**}: HTTP Basic or
 * {@code Authorization: Bearer <token>}, problem details for 401/403/429, CSRF required only for
 * cookie-authenticated calls (from the web UI). Everything else: form login with CSRF on every form
 * and a nonce-based Content-Security-Policy.
 *
 * <p>In both: sign-ins are throttled per address ({@link SignInThrottleFilter}) and locked per user and
 * address; every refusal of a password sign-in looks the same; the caller's rights are re-read on
 * every request ({@link CurrentRightsFilter}); the role rules of administrative endpoints are checked
 * on the URL, before a request body is read — the services check them again.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm id stored beside each hash so it can be upgraded later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Password sign-in. The password is checked before the account's state, so a locked or disabled
     * account answers exactly like a wrong password, in the same time.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(IdentityApi identity, PasswordEncoder passwords) {
        UserDetailsService users = username -> identity.principalForSignIn(username, callerAddress())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("locked");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
            if (!user.isAccountNonExpired()) {
                throw new AccountExpiredException("expired");
            }
        });
        return provider;
    }

    @Bean
    ProblemResponses problemResponses(ObjectMapper json, MessageSource messages) {
        return new ProblemResponses(json, messages);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http, IdentityApi identity, ProblemResponses problems, SignInThrottle throttle)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> administrativeRules(
                                auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                                        .permitAll()
                                        .requestMatchers("/actuator/**")
                                        .hasRole("ADMIN"))
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
                .addFilterBefore(new SignInThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(identity, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(
                        new CurrentRightsFilter(
                                identity, (request, response) -> problems.unauthorized(request, response, null)),
                        AuthorizationFilter.class)
                .securityContext(ctx -> ctx.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .exceptionHandling(ex ->
                        ex.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden));
        return http.build();
    }

    /**
     * Endpoints for administrators (and managers) only, by URL, so that a refused caller's body is
     * never parsed. The services enforce the same rules, and finer ones (a manager's own teams).
     */
    private static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
            administrativeRules(
                    AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        String admin = "ADMIN";
        String manager = "MANAGER";
        return auth.requestMatchers(HttpMethod.GET, "/api/v1/users", "/api/v1/users/**")
                .hasAnyRole(admin, manager)
                .requestMatchers("/api/v1/users", "/api/v1/users/**", "/api/v1/audit")
                .hasRole(admin)
                .requestMatchers("/api/v1/webhooks", "/api/v1/webhooks/**")
                .hasRole(admin)
                .requestMatchers(HttpMethod.POST, "/api/v1/teams")
                .hasRole(admin)
                .requestMatchers(HttpMethod.POST, "/api/v1/customer-tiers")
                .hasRole(admin)
                .requestMatchers(HttpMethod.PUT, "/api/v1/customer-tiers/**")
                .hasRole(admin)
                .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/touchpoints",
                        "/api/v1/touchpoints/import",
                        "/api/v1/touchpoints/templates/**",
                        "/api/v1/audit-templates",
                        "/api/v1/surveys",
                        "/api/v1/products",
                        "/api/v1/products/import",
                        "/api/v1/product-categories")
                .hasAnyRole(admin, manager)
                .requestMatchers(
                        HttpMethod.PUT,
                        "/api/v1/touchpoints/**",
                        "/api/v1/products/**",
                        "/api/v1/customers/*/plans",
                        "/api/v1/customers/*/expense-budget",
                        "/api/v1/customers/*/credit-limit",
                        "/api/v1/sales/cadences/**",
                        "/api/v1/sales/web-forms/**",
                        "/api/v1/sales/pool/policies/**")
                .hasAnyRole(admin, manager)
                .requestMatchers(HttpMethod.POST, "/api/v1/sales/web-forms/*/rotate")
                .hasAnyRole(admin, manager)
                .requestMatchers(HttpMethod.POST, "/api/v1/sales/pool/run")
                .hasRole(admin)
                .requestMatchers(
                        HttpMethod.PUT,
                        "/api/v1/service/calendars/**",
                        "/api/v1/service/care/rules/**",
                        "/api/v1/service/guard",
                        "/api/v1/service/sla/policies/**")
                .hasRole(admin)
                .requestMatchers(HttpMethod.POST, "/api/v1/service/sla/policies")
                .hasRole(admin)
                .requestMatchers(HttpMethod.POST, "/api/v1/service/care/run", "/api/v1/service/proactive")
                .hasAnyRole(admin, manager);
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(
            HttpSecurity http, IdentityApi identity, SignInThrottle throttle, ProblemResponses problems)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/error",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/public/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler((request, response, e) ->
                                // one answer for every refusal: unknown user, wrong password, locked, disabled
                                response.sendRedirect(request.getContextPath() + "/login?error"))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterBefore(new ContentSecurityPolicy.NonceFilter(), HeaderWriterFilter.class)
                .addFilterBefore(
                        new SignInThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new CurrentRightsFilter(
                                identity,
                                (request, response) ->
                                        response.sendRedirect(request.getContextPath() + "/login?ended")),
                        AuthorizationFilter.class)
                .headers(headers -> headers.addHeaderWriter(ContentSecurityPolicy.headerWriter())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static String callerAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : "unknown";
    }

    static void writeProblem(
            HttpServletResponse response, ObjectMapper json, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", "https://touchpoint.dev/problems/" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
