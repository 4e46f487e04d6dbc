package io.capitalist4j.adapter.cli;

/** {@code --verify}: how an upload is proven. */
enum VerifyMethod {
    SIGNATURE, PIN, SMS
}
