package com.algotrading.dashboard.pages;

import com.algotrading.common.settings.PlatformSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every page's layout shows: the mode (paper or live, in every page's banner), the environment, who is logged in
 * and with which role, so a page shows only the actions its user may take (the API refuses the others anyway).
 */
@ControllerAdvice(assignableTypes = PagesController.class)
class PageModel {

    private static final List<String> ROLES = List.of("ADMIN", "TRADER", "VIEWER");

    private final PlatformSettings settings;

    PageModel(PlatformSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute
    void layout(Authentication caller, org.springframework.ui.Model model) {
        Set<String> granted = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        String role = ROLES.stream().filter(name -> granted.contains("ROLE_" + name)).findFirst().orElse("VIEWER");
        model.addAttribute("username", caller.getName());
        model.addAttribute("role", role);
        model.addAttribute("trader", !role.equals("VIEWER"));
        model.addAttribute("admin", role.equals("ADMIN"));
        model.addAttribute("paper", settings.paperTrading());
        model.addAttribute("environment", settings.environment().profile());
    }
}
