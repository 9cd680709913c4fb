package dev.touchpoint.server.sales.followup;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.UserAccount;
import dev.touchpoint.server.sales.lead.LeadRepository;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The opening line of a follow-up (seed 001's four topics: a question left open, help, news, everyday
 * chat), for a car dealership: addressed to the lead or customer by their own name (a polite form
 * already in the name is kept, never one guessed), speaking of the model they asked about and signed by
 * the salesperson who owns the follow-up. Templates call it as {@code @followUpScripts}.
 */
@Component("followUpScripts")
public class FollowUpScripts {

    private final MessageSource messages;
    private final LeadRepository leads;
    private final IdentityApi identity;

    FollowUpScripts(MessageSource messages, LeadRepository leads, IdentityApi identity) {
        this.messages = messages;
        this.leads = leads;
        this.identity = identity;
    }

    /** The script of the task in the reader's language. */
    public String script(Task task, Locale locale) {
        String model = task.leadId() == null
                ? null
                : leads.find(task.leadId())
                        .map(l -> l.productInterest() == null
                                        || l.productInterest().isBlank()
                                ? null
                                : l.productInterest().strip())
                        .orElse(null);
        if (model == null) {
            model = messages.getMessage("sales.script.anyModel", null, locale);
        }
        String salesperson = (task.ownerId() == null
                        ? java.util.Optional.<UserAccount>empty()
                        : identity.findUser(task.ownerId()))
                .map(UserAccount::displayName)
                .orElseGet(CurrentUsers::actorName);
        String subject = task.subject() == null ? "" : task.subject().strip();
        return messages.getMessage(
                "sales.script." + task.topic().name(), new Object[] {subject, model, salesperson}, locale);
    }
}
