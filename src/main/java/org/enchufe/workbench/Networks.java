package org.enchufe.workbench;

import java.util.List;

import org.enchufe.kernel.net.Topology;

/** The virtual networks the free sandbox page offers: one host, or a topology shipped with Enchufe. */
public final class Networks {

    static final String DEFAULT = "default";

    /** In the order the page lists them; each but the first is {@code topologies/NAME.yaml}. */
    public static final List<String> OFFERED = List.of(DEFAULT, "laboratorio", "red-inestable");

    private Networks() {
    }

    static Topology topology(String name) {
        Topology t = name.equals(DEFAULT) ? null : Topology.builtin(name);
        return t == null ? Topology.DEFAULT : t;
    }
}
