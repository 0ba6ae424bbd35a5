package org.ariadne;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Ariadne: case management and National Referral Mechanism for anti-trafficking work. */
@SpringBootApplication
@EnableScheduling
public class AriadneApplication {

    public static void main(String[] args) {
        SpringApplication.run(AriadneApplication.class, args);
    }
}
