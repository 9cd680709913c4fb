package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.identity.UserAccount;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Names of owners and teams for screens and exports, looked up through the identity API. */
@Component
class PeopleDirectory {

    private final IdentityApi identity;

    PeopleDirectory(IdentityApi identity) {
        this.identity = identity;
    }

    /** A lookup that remembers what it found; use one per request or export. */
    Names names() {
        return new Names();
    }

    Optional<UserAccount> userByName(String username) {
        return identity.findUser(username);
    }

    Optional<Team> teamByName(String name) {
        return identity.listTeams().stream()
                .filter(t -> t.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    Map<Long, String> teamNames() {
        return identity.listTeams().stream().collect(Collectors.toMap(Team::id, Team::name));
    }

    final class Names {

        private final Map<Long, Optional<UserAccount>> users = new HashMap<>();
        private Map<Long, String> teams;

        public String username(Long id) {
            return user(id).map(UserAccount::username).orElse(null);
        }

        public String displayName(Long id) {
            return user(id).map(UserAccount::displayName).orElse(null);
        }

        public String team(Long id) {
            if (id == null) {
                return null;
            }
            if (teams == null) {
                teams = teamNames();
            }
            return teams.get(id);
        }

        private Optional<UserAccount> user(Long id) {
            return id == null ? Optional.empty() : users.computeIfAbsent(id, identity::findUser);
        }
    }
}
