package io.capitalist4j.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The users of the sandbox bank and who is calling: logins, get_token, the password check and API access. */
final class Sessions {

    private final Map<String, SandboxUser> users = new LinkedHashMap<>();
    private final Logins logins;

    Sessions(SandboxConfig config) {
        this.logins = new Logins(config, ServerKey.shared());
    }

    void requireNew(SandboxUser user) {
        if (users.containsKey(user.login())) {
            throw new IllegalArgumentException("a user with login " + user.login() + " already exists");
        }
    }

    void add(SandboxUser user) {
        requireNew(user);
        users.put(user.login(), user);
    }

    Optional<SandboxUser> find(String login) {
        return Optional.ofNullable(login == null ? null : users.get(login));
    }

    Logins.TokenGrant getToken(String login) {
        return logins.issue(user(login));
    }

    /** The caller, after checking login, password (plain or encrypted with a token), lock and API access. */
    SandboxUser authenticate(String login, Logins.Credentials credentials) {
        SandboxUser u = user(login);
        logins.check(u, credentials);
        if (!u.apiEnabled()) {
            throw new ApiFailure(152, "API unavailable for the user");
        }
        return u;
    }

    private SandboxUser user(String login) {
        return find(login).orElseThrow(() -> new ApiFailure(5, "User not found"));
    }
}
