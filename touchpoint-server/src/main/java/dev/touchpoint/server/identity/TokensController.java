package dev.touchpoint.server.identity;

import dev.touchpoint.server.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Each user's personal API tokens: create (shown once), list, revoke. */
@Controller
@RequestMapping("/account/tokens")
class TokensController {

    private final IdentityApi identity;

    TokensController(IdentityApi identity) {
        this.identity = identity;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokens", identity.myTokens());
        model.addAttribute("scopes", TokenScope.values());
        return "identity/tokens";
    }

    @PostMapping
    String create(
            @RequestParam String name,
            @RequestParam(required = false) LocalDate expires,
            @RequestParam(required = false) TokenScope scope,
            Model model) {
        try {
            var expiresAt = expires == null
                    ? null
                    : expires.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
            model.addAttribute("created", identity.createToken(name, expiresAt, scope));
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        return list(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id) {
        identity.revokeToken(id);
        return "redirect:/account/tokens";
    }
}
