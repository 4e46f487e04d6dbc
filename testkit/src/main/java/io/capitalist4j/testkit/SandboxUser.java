package io.capitalist4j.testkit;

import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.VerificationMethod;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A user of the sandbox bank: credentials, the verification methods enabled in their security settings, the
 * certificate public key (for SIGNATURE), accounts, and whether they are a verified holder. Secrets never
 * appear in {@code toString}.
 */
public final class SandboxUser {

    private final String login;
    private final Secret password;
    private final Optional<Secret> pin;
    private final Optional<Secret> smsCode;
    private final Optional<RSAPublicKey> certificate;
    private final Set<VerificationMethod> methods;
    private final List<SandboxAccount> accounts;
    private final boolean verified;
    private final boolean apiEnabled;

    private SandboxUser(Builder b) {
        this.login = b.login;
        this.password = Objects.requireNonNull(b.password, "password");
        this.pin = Optional.ofNullable(b.pin);
        this.smsCode = Optional.ofNullable(b.smsCode);
        this.certificate = Optional.ofNullable(b.certificate);
        this.methods = b.methods.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(b.methods));
        this.accounts = List.copyOf(b.accounts);
        this.verified = b.verified;
        this.apiEnabled = b.apiEnabled;
        requireFor(VerificationMethod.SIGNATURE, certificate.isPresent(), "a certificate public key");
        requireFor(VerificationMethod.PIN, pin.isPresent(), "a PIN");
        requireFor(VerificationMethod.MOBILE, smsCode.isPresent(), "an SMS code");
    }

    private void requireFor(VerificationMethod method, boolean present, String what) {
        if (methods.contains(method) && !present) {
            throw new IllegalArgumentException("user " + login + " has " + method + " enabled but no " + what);
        }
    }

    public static Builder builder(String login, String password) {
        return new Builder(login, password);
    }

    public String login() {
        return login;
    }

    public Secret password() {
        return password;
    }

    public Optional<Secret> pin() {
        return pin;
    }

    public Optional<Secret> smsCode() {
        return smsCode;
    }

    public Optional<RSAPublicKey> certificate() {
        return certificate;
    }

    public Set<VerificationMethod> methods() {
        return methods;
    }

    public List<SandboxAccount> accounts() {
        return accounts;
    }

    public boolean verified() {
        return verified;
    }

    /** When false every authorized call answers 152 (API unavailable for the user). */
    public boolean apiEnabled() {
        return apiEnabled;
    }

    @Override
    public String toString() {
        return "SandboxUser[" + login + ", methods " + methods + ", " + accounts.size() + " accounts]";
    }

    /** Builds a user; verification methods are enabled by giving their secret or key. */
    public static final class Builder {
        private final String login;
        private final Secret password;
        private Secret pin;
        private Secret smsCode;
        private RSAPublicKey certificate;
        private final Set<VerificationMethod> methods = EnumSet.noneOf(VerificationMethod.class);
        private final List<SandboxAccount> accounts = new ArrayList<>();
        private boolean verified = true;
        private boolean apiEnabled = true;

        private Builder(String login, String password) {
            Objects.requireNonNull(login, "login");
            if (login.isBlank()) {
                throw new IllegalArgumentException("login must not be blank");
            }
            this.login = login;
            this.password = Secret.of(Objects.requireNonNull(password, "password"));
        }

        /** Enables PIN verification with this PIN. */
        public Builder pin(String value) {
            this.pin = Secret.of(value);
            methods.add(VerificationMethod.PIN);
            return this;
        }

        /** Enables MOBILE verification; process_batch accepts this code. */
        public Builder smsCode(String value) {
            this.smsCode = Secret.of(value);
            methods.add(VerificationMethod.MOBILE);
            return this;
        }

        /** Enables SIGNATURE verification with this certificate public key. */
        public Builder certificate(RSAPublicKey key) {
            this.certificate = Objects.requireNonNull(key, "key");
            methods.add(VerificationMethod.SIGNATURE);
            return this;
        }

        /** Switches a method off again (the secret stays, the method answers 181). */
        public Builder disable(VerificationMethod method) {
            methods.remove(method);
            return this;
        }

        public Builder account(SandboxAccount account) {
            accounts.add(Objects.requireNonNull(account, "account"));
            return this;
        }

        public Builder verified(boolean value) {
            this.verified = value;
            return this;
        }

        public Builder apiEnabled(boolean value) {
            this.apiEnabled = value;
            return this;
        }

        public SandboxUser build() {
            return new SandboxUser(this);
        }
    }
}
