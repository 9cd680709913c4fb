package dev.touchpoint.server.identity;

import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.VersionConflictException;
import java.util.Arrays;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration screens: users, teams and the audit log (ADMIN only, see the security chain). */
@Controller
@RequestMapping("/admin")
class AdminController {

    private final IdentityApi identity;
    private final AuditLog audit;

    AdminController(IdentityApi identity, AuditLog audit) {
        this.identity = identity;
        this.audit = audit;
    }

    @GetMapping("/users")
    String users(Model model) {
        model.addAttribute("users", identity.listUsers());
        model.addAttribute("teams", identity.listTeams());
        model.addAttribute("roles", Role.values());
        return "identity/users";
    }

    @PostMapping("/users")
    String createUser(
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam(required = false) String email,
            @RequestParam String password,
            @RequestParam Role role,
            @RequestParam(required = false) Long[] teamIds,
            Model model,
            RedirectAttributes redirect) {
        try {
            identity.createUser(new NewUser(username, displayName, blankToNull(email), password, role, teams(teamIds)));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            return users(model);
        }
    }

    @PostMapping("/users/{id}")
    String updateUser(
            @PathVariable long id,
            @RequestParam String displayName,
            @RequestParam(required = false) String email,
            @RequestParam Role role,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) Long[] teamIds,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        try {
            identity.updateUser(
                    id, new UserChange(displayName, blankToNull(email), role, enabled, teams(teamIds), version));
            redirect.addFlashAttribute("saved", true);
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/users/{id}/unlock")
    String unlock(@PathVariable long id) {
        identity.unlockUser(id);
        return "redirect:/admin/users";
    }

    @GetMapping("/teams")
    String teams(Model model) {
        model.addAttribute("teams", identity.listTeams());
        model.addAttribute("kinds", Team.Kind.values());
        return "identity/teams";
    }

    @PostMapping("/teams")
    String createTeam(@RequestParam String name, @RequestParam Team.Kind kind, Model model) {
        try {
            identity.createTeam(name, kind);
            return "redirect:/admin/teams";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            return teams(model);
        }
    }

    @GetMapping("/audit")
    String audit(
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("result", audit.search(entityType, actor, action, PageRequest.of(page, 50)));
        model.addAttribute("actions", AuditLog.Action.values());
        return "identity/audit";
    }

    private static Set<Long> teams(Long[] ids) {
        return ids == null ? Set.of() : Set.copyOf(Arrays.asList(ids));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
