package dev.touchpoint.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Touchpoint: a touchpoint-centred CRM with customer-experience analytics. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TouchpointApplication {

    public static void main(String[] args) {
        SpringApplication.run(TouchpointApplication.class, args);
    }
}
