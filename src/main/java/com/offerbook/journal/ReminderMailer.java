package com.offerbook.journal;

import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends mail through the SMTP server named by Spring Boot's standard {@code spring.mail.*} properties, read when the
 * application starts. Boot makes its own mail sender only when {@code spring.mail.host} is set while the context is
 * prepared, and the production jar's context is prepared when the jar is built (Spring AOT, decision record 019),
 * where no host is set; so the sender is made here, from the same properties, and without a host there is none and
 * nothing is sent. Connection, read and write time-outs default to 10 seconds, so a hanging server holds up only the
 * reminder job, and only that long.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
class ReminderMailer {

    static final String FROM_PROPERTY = "offerbook.reminders.from";
    static final String DEFAULT_FROM = "offerbook@localhost";
    private static final String TIMEOUT_MILLIS = "10000";

    private final MailProperties properties;
    private final String from;
    private volatile @Nullable JavaMailSenderImpl sender;

    ReminderMailer(MailProperties properties, Environment environment) {
        this.properties = properties;
        this.from = environment.getProperty(FROM_PROPERTY, DEFAULT_FROM);
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}); without one no reminder is sent. */
    boolean isConfigured() {
        var host = properties.getHost();
        return host != null && !host.isBlank();
    }

    /**
     * Sends one plain-text mail; a {@link org.springframework.mail.MailException} when the server refuses or is down.
     * A recipient or subject with a line break (a header injection) is refused before anything is sent.
     *
     * @throws IllegalArgumentException when {@code to} or {@code subject} holds CR or LF
     */
    void send(String to, String subject, String body) {
        if (hasLineBreak(to) || hasLineBreak(subject)) {
            throw new IllegalArgumentException("A mail header cannot contain a line break");
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender().send(message);
    }

    private static boolean hasLineBreak(String header) {
        return header.indexOf('\r') >= 0 || header.indexOf('\n') >= 0;
    }

    private JavaMailSenderImpl sender() {
        var made = sender;
        if (made == null) {
            made = make(properties);
            sender = made;
        }
        return made;
    }

    /** What Boot's own configuration would make of the same properties (MailSenderPropertiesConfiguration). */
    static JavaMailSenderImpl make(MailProperties p) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(p.getHost());
        if (p.getPort() != null) {
            sender.setPort(p.getPort());
        }
        sender.setUsername(p.getUsername());
        sender.setPassword(p.getPassword());
        sender.setProtocol(p.getProtocol());
        if (p.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(p.getDefaultEncoding().name());
        }
        var javaMail = new Properties();
        javaMail.putAll(p.getProperties());
        var protocol = p.getProtocol() == null ? "smtp" : p.getProtocol();
        for (var timeout : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
            javaMail.putIfAbsent("mail." + protocol + "." + timeout, TIMEOUT_MILLIS);
        }
        if (p.getSsl().isEnabled()) {
            javaMail.setProperty("mail." + protocol + ".ssl.enable", "true");
        }
        sender.setJavaMailProperties(javaMail);
        return sender;
    }
}
