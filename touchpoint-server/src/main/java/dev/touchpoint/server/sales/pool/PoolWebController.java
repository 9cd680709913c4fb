package dev.touchpoint.server.sales.pool;

import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.sales.shared.SalesPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public pool (公海) screen: the team's unowned leads and customers, claiming and releasing them. */
@Controller
@RequestMapping("/sales")
class PoolWebController {

    static final String POOL = "sales/pool/pool";

    private final PoolService pool;
    private final SalesPages pages;

    PoolWebController(PoolService pool, SalesPages pages) {
        this.pool = pool;
        this.pages = pages;
    }

    @GetMapping("/pool")
    String pool(Model model) {
        model.addAttribute("items", pool.items());
        pages.addCommon(model);
        return POOL;
    }

    @PostMapping("/pool/{type}/{id}/claim")
    String claim(@PathVariable String type, @PathVariable long id, RedirectAttributes redirect) {
        try {
            pool.claim(type, id);
            redirect.addFlashAttribute("message", "sales.pool.claimed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", "sales.pool.limitReached");
        }
        return "redirect:/sales/pool";
    }

    @PostMapping("/pool/{type}/{id}/release")
    String release(@PathVariable String type, @PathVariable long id, @RequestParam(required = false) String reason) {
        pool.release(type, id, reason);
        return "redirect:/sales/pool";
    }
}
