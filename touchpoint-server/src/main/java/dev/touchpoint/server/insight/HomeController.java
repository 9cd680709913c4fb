package dev.touchpoint.server.insight;

import dev.touchpoint.server.identity.CurrentUsers;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final DashboardService dashboard;
    private final MessageSource messages;

    HomeController(DashboardService dashboard, MessageSource messages) {
        this.dashboard = dashboard;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        var scopeKey = CurrentUsers.require().seesAll() ? "insight.home.scope.all" : "insight.home.scope.teams";
        model.addAttribute("scopeLabel", messages.getMessage(scopeKey, null, locale));
        model.addAttribute("kpis", dashboard.kpis(locale));
        return "insight/home";
    }
}
