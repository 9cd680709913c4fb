package dev.touchpoint.server.sales.shared;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.sales.IntentClass;
import dev.touchpoint.server.sales.LeadSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every sales screen shows besides its own content: display names, the caller, the lead vocabularies. */
@Component
public class SalesPages {

    private final SalesNames names;

    SalesPages(SalesNames names) {
        this.names = names;
    }

    public void addCommon(Model model) {
        model.addAttribute("names", names.lookup());
        model.addAttribute("me", CurrentUsers.require());
        model.addAttribute("intentClasses", IntentClass.values());
        model.addAttribute("sources", LeadSource.values());
    }

    /** The teams, for the settings page's picker. */
    public java.util.List<?> teams() {
        return names.teams();
    }
}
