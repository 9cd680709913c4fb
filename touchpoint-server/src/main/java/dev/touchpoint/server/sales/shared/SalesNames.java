package dev.touchpoint.server.sales.shared;

import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.identity.UserAccount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Display names of users and teams for the sales screens (one lookup per id and request). */
@Component
public class SalesNames {

    private final IdentityApi identity;

    SalesNames(IdentityApi identity) {
        this.identity = identity;
    }

    public Lookup lookup() {
        return new Lookup();
    }

    List<Team> teams() {
        return identity.listTeams();
    }

    /** Used from templates as {@code names.user(id)} and {@code names.team(id)}. */
    final class Lookup {

        private final Map<Long, Optional<UserAccount>> users = new HashMap<>();
        private Map<Long, String> teams;

        public String user(Long id) {
            if (id == null) {
                return "—";
            }
            return users.computeIfAbsent(id, identity::findUser)
                    .map(UserAccount::displayName)
                    .orElse("#" + id);
        }

        public String team(Long id) {
            if (id == null) {
                return "—";
            }
            if (teams == null) {
                teams = new HashMap<>();
                identity.listTeams().forEach(t -> teams.put(t.id(), t.name()));
            }
            return teams.getOrDefault(id, "#" + id);
        }
    }
}
