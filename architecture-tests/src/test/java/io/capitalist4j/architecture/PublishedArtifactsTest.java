package io.capitalist4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What is published and what the BOM promises stay the same list: every module that is installed (so deployed) is
 * in bom/pom.xml, and the BOM names nothing else. Read from the POM files as written, with a plain XML parser.
 */
class PublishedArtifactsTest {

    private static final String GROUP = "io.capitalist4j";
    private static final String BOM = "capitalist4j-bom";
    /** What a module that is not published sets, all four or none. */
    private static final List<String> NOT_PUBLISHED = List.of(
            "maven.install.skip", "maven.deploy.skip", "maven.source.skip", "maven.javadoc.skip");

    /** The reactor's root: this module's parent folder (Surefire runs tests in the module's folder). */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void theBomListsEveryInstalledModuleAndNothingElse() {
        Set<String> installed = modules().values().stream()
                .filter(pom -> !skips(pom, "maven.install.skip"))
                .map(pom -> text(pom, "artifactId"))
                .filter(artifactId -> !artifactId.equals(BOM))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(managed(pom(ROOT.resolve("bom/pom.xml"))).keySet())
                .as("artifacts of bom/pom.xml against the modules that are installed")
                .containsExactlyInAnyOrderElementsOf(installed);
    }

    @Test
    void everyBomEntryIsOurGroupAtTheProjectVersionAndNothingMore() {
        for (Element dependency : managed(pom(ROOT.resolve("bom/pom.xml"))).values()) {
            String artifactId = text(dependency, "artifactId");
            assertThat(text(dependency, "groupId")).as(artifactId).isEqualTo(GROUP);
            assertThat(text(dependency, "version")).as(artifactId).isEqualTo("${project.version}");
            assertThat(child(dependency, "scope")).as("scope of %s", artifactId).isEmpty();
            assertThat(child(dependency, "type")).as("type of %s", artifactId).isEmpty();
        }
    }

    @Test
    void theBomIsBuiltByTheReactorAtItsVersionWithoutInheritingTheParent() {
        Element root = pom(ROOT.resolve("pom.xml"));
        Element bom = pom(ROOT.resolve("bom/pom.xml"));

        assertThat(modules()).containsKey("bom");
        // an imported BOM brings its parent's dependencyManagement along: the parent's would pin Vert.x, Jackson...
        assertThat(child(bom, "parent")).as("parent of the BOM").isEmpty();
        assertThat(text(bom, "packaging")).isEqualTo("pom");
        assertThat(text(bom, "groupId")).isEqualTo(text(root, "groupId"));
        assertThat(text(bom, "version")).as("the BOM's version follows the reactor's").isEqualTo(text(root, "version"));
    }

    @Test
    void theParentManagesEveryPublishedArtifactAtTheProjectVersion() {
        Map<String, Element> parent = managed(pom(ROOT.resolve("pom.xml")));
        Set<String> ours = parent.entrySet().stream()
                .filter(entry -> GROUP.equals(text(entry.getValue(), "groupId")))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(ours).containsExactlyInAnyOrderElementsOf(managed(pom(ROOT.resolve("bom/pom.xml"))).keySet());
        ours.forEach(artifactId ->
                assertThat(text(parent.get(artifactId), "version")).as(artifactId).isEqualTo("${project.version}"));
    }

    @Test
    void aModuleThatIsNotInstalledIsNotDeployedAndShipsNoSourcesOrJavadoc() {
        List<String> notPublished = new ArrayList<>();
        modules().forEach((folder, pom) -> {
            List<Boolean> set = NOT_PUBLISHED.stream().map(property -> skips(pom, property)).collect(Collectors.toList());
            assertThat(set).as("%s sets all or none of %s", folder, NOT_PUBLISHED).containsOnly(set.get(0));
            if (set.get(0)) {
                notPublished.add(folder);
            }
        });
        // the test suites, the benchmarks and the JPMS smoke test; a new one joins the list here on purpose
        assertThat(notPublished)
                .containsExactlyInAnyOrder("architecture-tests", "reliability-tests", "benchmarks", "jpms-smoke");
    }

    /** Each module of the root POM, by folder, as its parsed POM. */
    private static Map<String, Element> modules() {
        Element modules = child(pom(ROOT.resolve("pom.xml")), "modules").orElseThrow();
        Map<String, Element> byFolder = new TreeMap<>();
        for (Element module : children(modules, "module")) {
            String folder = module.getTextContent().strip();
            byFolder.put(folder, pom(ROOT.resolve(folder).resolve("pom.xml")));
        }
        return byFolder;
    }

    /** The dependencyManagement entries of a POM, by artifactId. */
    private static Map<String, Element> managed(Element pom) {
        Element dependencies = child(pom, "dependencyManagement").flatMap(m -> child(m, "dependencies")).orElseThrow();
        Map<String, Element> byArtifact = new TreeMap<>();
        for (Element dependency : children(dependencies, "dependency")) {
            Element previous = byArtifact.put(text(dependency, "artifactId"), dependency);
            assertThat(previous).as("%s listed twice", text(dependency, "artifactId")).isNull();
        }
        return byArtifact;
    }

    private static boolean skips(Element pom, String property) {
        return child(pom, "properties").flatMap(p -> child(p, property))
                .map(value -> value.getTextContent().strip().equals("true"))
                .orElse(false);
    }

    private static Element pom(Path file) {
        assertThat(file).as("POM file").isRegularFile();
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static String text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip())
                .orElseThrow(() -> new AssertionError("<" + parent.getTagName() + "> has no <" + name + ">"));
    }

    private static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> elements in <%s>", name, parent.getTagName()).hasSizeLessThanOrEqualTo(1);
        return found.stream().findFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
                found.add((Element) node);
            }
        }
        return found;
    }
}
