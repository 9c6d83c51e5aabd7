package org.enchufe.lessons;

import org.enchufe.kernel.net.Topology;
import org.enchufe.lessons.YamlNode.Mapping;
import org.enchufe.lessons.YamlNode.Scalar;

/**
 * Reads lesson.yaml's {@code topology}: a shipped topology's name, or one written in place in
 * the kernel's format (docs/kernel.md), handed to {@link Topology#parse}, whose reason for
 * refusing it is reported at the key's line. Absent: the single default host.
 */
final class TopologyReader {

    /** The topology read, and whether it was refused (then the default stands in for it). */
    record Read(Topology topology, boolean broken) {
    }

    private TopologyReader() {
    }

    static Read read(YamlReader y, Mapping m) {
        int before = y.problems().size();
        Topology topology = readTopology(y, m);
        return new Read(topology, y.problems().size() > before);
    }

    private static Topology readTopology(YamlReader y, Mapping m) {
        YamlNode node = m.get("topology");
        if (node == null) {
            return Topology.DEFAULT;
        }
        try {
            if (node instanceof Scalar s && s.value() instanceof String name) {
                Topology builtin = Topology.builtin(name);
                if (builtin == null) {
                    y.problem(node.line(), "there is no shipped topology named '" + name + "' (there are laboratorio, "
                            + "red-inestable, or write one here in Topology's format)");
                    return Topology.DEFAULT;
                }
                return builtin;
            }
            if (node instanceof Mapping) {
                return Topology.parse(YamlNode.MAPPER.writeValueAsString(YamlNode.plain(node)));
            }
        } catch (IllegalArgumentException e) {
            y.problem(node.line(), "the topology: " + e.getMessage());
            return Topology.DEFAULT;
        }
        y.problem(node.line(), "topology is a shipped topology's name or a topology (hosts, networks…)");
        return Topology.DEFAULT;
    }
}
