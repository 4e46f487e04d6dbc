package io.capitalist4j.adapter.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, when the CLI runs from its jar. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"capitalist " + (version != null ? version : "(development build)")};
    }
}
