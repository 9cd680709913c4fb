package dev.touchpoint.server.service.care;

import dev.touchpoint.server.service.shared.ServiceProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends {@code EMAIL} messages over SMTP when a mail server and a sender address are configured. */
@Component
class SmtpCareChannel implements CareChannel {

    private final ObjectProvider<JavaMailSender> mail;
    private final ServiceProperties properties;

    SmtpCareChannel(ObjectProvider<JavaMailSender> mail, ServiceProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public boolean supports(String channel) {
        return "EMAIL".equals(channel) && properties.mailFrom() != null && mail.getIfAvailable() != null;
    }

    @Override
    public void send(Delivery d) {
        if (d.address() == null || d.address().isBlank()) {
            throw new IllegalStateException("customer " + d.customerId() + " has no e-mail address");
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(d.address());
        message.setSubject(d.subject());
        message.setText(d.body());
        mail.getObject().send(message);
    }
}
