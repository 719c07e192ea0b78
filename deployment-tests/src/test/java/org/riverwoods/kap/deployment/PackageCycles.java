package org.riverwoods.kap.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds cycles between the packages of a source tree, read from its import statements, so that a
 * service's clinical concepts keep one direction (e.g. a screening may tell its intake; the intake
 * never reaches back). Packages are compared by their first segment under the base package.
 */
final class PackageCycles {

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    private PackageCycles() {
    }

    /** Each cycle as the sorted set of packages in it; empty when the packages form a hierarchy. */
    static List<Set<String>> in(Path sourceRoot, String basePackage) {
        Map<String, Set<String>> uses = dependencies(sourceRoot, basePackage + ".");
        return new Tarjan(uses).cycles();
    }

    private static Map<String, Set<String>> dependencies(Path root, String base) {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(source);
                if (!pkg.find() || !pkg.group(1).startsWith(base)) {
                    continue;
                }
                String from = firstSegment(pkg.group(1), base);
                Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher imports = IMPORT.matcher(source);
                while (imports.find()) {
                    if (imports.group(1).startsWith(base)) {
                        String to = firstSegment(imports.group(1), base);
                        if (!to.equals(from)) {
                            targets.add(to);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    private static String firstSegment(String name, String base) {
        String rest = name.substring(base.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Strongly connected components of more than one package. */
    private static final class Tarjan {
        private final Map<String, Set<String>> uses;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final List<Set<String>> cycles = new ArrayList<>();

        Tarjan(Map<String, Set<String>> uses) {
            this.uses = uses;
        }

        List<Set<String>> cycles() {
            uses.keySet().forEach(p -> {
                if (!index.containsKey(p)) {
                    visit(p);
                }
            });
            return cycles;
        }

        private void visit(String p) {
            index.put(p, index.size());
            low.put(p, index.get(p));
            stack.push(p);
            for (String q : uses.getOrDefault(p, Set.of())) {
                if (!index.containsKey(q)) {
                    visit(q);
                    low.put(p, Math.min(low.get(p), low.get(q)));
                } else if (stack.contains(q)) {
                    low.put(p, Math.min(low.get(p), index.get(q)));
                }
            }
            if (low.get(p).equals(index.get(p))) {
                Set<String> component = new TreeSet<>();
                String q;
                do {
                    q = stack.pop();
                    component.add(q);
                } while (!q.equals(p));
                if (component.size() > 1) {
                    cycles.add(component);
                }
            }
        }
    }
}
