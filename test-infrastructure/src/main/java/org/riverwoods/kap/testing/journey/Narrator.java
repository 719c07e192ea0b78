package org.riverwoods.kap.testing.journey;

/** Tells what a journey just did: the demo prints it, tests keep it in their output. */
@FunctionalInterface
public interface Narrator {

    void say(String line);

    static Narrator printing(String indent) {
        return line -> System.out.println(indent + line);
    }
}
