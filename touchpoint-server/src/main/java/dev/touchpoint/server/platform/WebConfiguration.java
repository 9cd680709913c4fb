package dev.touchpoint.server.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: zh-CN and English. The default comes from the browser's {@code Accept-Language}; the
 * switcher ({@code ?lang=zh-CN} / {@code ?lang=en}) stores the choice in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    /**
     * The language of a request: the {@code lang} parameter or cookie, else the browser's
     * {@code Accept-Language} (Chinese or English); a public page (survey, lead form) opened without
     * one — an SMS link in an app's web view — is in the business's language,
     * {@code touchpoint.default-locale} (zh-CN by default), and everything else in English.
     */
    @Bean
    LocaleResolver localeResolver(@Value("${touchpoint.default-locale:zh-CN}") String businessLocale) {
        var business = "zh".equals(Locale.forLanguageTag(businessLocale).getLanguage())
                ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH;
        var resolver = new CookieLocaleResolver("touchpoint-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            if (request.getHeader("Accept-Language") == null) {
                var path = request.getRequestURI();
                return path != null && path.startsWith(request.getContextPath() + "/public/")
                        ? business
                        : Locale.ENGLISH;
            }
            var requested = request.getLocale();
            if (requested != null && "zh".equals(requested.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            return Locale.ENGLISH;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }

    /** The clock every time-dependent rule reads, so tests can control time. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
