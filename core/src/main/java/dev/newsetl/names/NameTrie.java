package dev.newsetl.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dictionary's keys as a frozen trie over folded chars, in flat arrays (a node's children are a sorted slice of
 * {@code edgeChar}/{@code edgeNode}). The root has a direct table because every word start looks there.
 */
final class NameTrie {

    /** What the matcher may report when a walk ends on a node: one per key, merged over the aliases sharing it. */
    static final class Target {
        final Entity entity;
        String canonicalForm;
        int rank; // 0 full name, 1 short form, 2 derived surname: the lowest supplies canonicalForm
        /** A case-insensitive alias has this key. */
        boolean anyCase;
        /** ... and all such aliases start with a capital, so the text must too. */
        boolean wantsCapital = true;
        /** Case-sensitive spellings, chars aligned with the key. */
        char[][] exact = new char[0][];
        /** Every alias with this key is flagged ambiguous ({@code ?}): the article must support the match. */
        boolean ambiguous = true;

        Target(Entity entity) {
            this.entity = entity;
        }
    }

    private final int[] root = new int[0x10000];
    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeNode;
    private final Target[] targets;
    /** Per depth-1 node: some alias under it may start with a lower-case letter or a digit. */
    private final boolean[] lowerStart;

    private final int maxDepth;

    NameTrie(List<Alias> aliases) {
        Builder b = new Builder();
        for (Alias a : aliases) {
            b.add(a);
        }
        int count = b.nodes.size();
        targets = new Target[count];
        lowerStart = new boolean[count];
        edgeStart = new int[count + 1];
        int edges = 0;
        for (BuildNode n : b.nodes) {
            edges += n.size;
        }
        edgeChar = new char[edges];
        edgeNode = new int[edges];
        int e = 0;
        for (int id = 0; id < count; id++) {
            BuildNode n = b.nodes.get(id);
            targets[id] = n.target;
            lowerStart[id] = n.lowerStart;
            edgeStart[id] = e;
            for (int k = 0; k < n.size; k++) {
                edgeChar[e] = n.keys[k];
                edgeNode[e] = n.kids[k].id;
                e++;
            }
        }
        edgeStart[count] = e;
        BuildNode r = b.nodes.get(0);
        for (int k = 0; k < r.size; k++) {
            root[r.keys[k]] = r.kids[k].id;
        }
        maxDepth = b.maxDepth;
    }

    /** The child of the root for folded char {@code c}, or 0 for none. */
    int rootChild(char c) {
        return root[c];
    }

    /** The child of {@code node} for folded char {@code c}, or 0 for none (the root is never a child). */
    int child(int node, char c) {
        int lo = edgeStart[node];
        int hi = edgeStart[node + 1] - 1;
        if (hi - lo < 8) {
            for (int i = lo; i <= hi; i++) {
                if (edgeChar[i] == c) {
                    return edgeNode[i];
                }
            }
            return 0;
        }
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = edgeChar[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return edgeNode[mid];
            }
        }
        return 0;
    }

    Target target(int node) {
        return targets[node];
    }

    boolean lowerStart(int node) {
        return lowerStart[node];
    }

    int maxDepth() {
        return maxDepth;
    }

    int nodeCount() {
        return targets.length;
    }

    private static final class BuildNode {
        final int id;
        char[] keys = new char[0];
        BuildNode[] kids = new BuildNode[0];
        int size;
        Target target;
        boolean lowerStart;

        BuildNode(int id) {
            this.id = id;
        }
    }

    private static final class Builder {
        final List<BuildNode> nodes = new ArrayList<>();
        int maxDepth;

        Builder() {
            nodes.add(new BuildNode(0));
        }

        void add(Alias a) {
            String key = a.key();
            BuildNode node = nodes.get(0);
            for (int i = 0; i < key.length(); i++) {
                node = childOrNew(node, key.charAt(i));
                if (i == 0
                        && (a.caseSensitive()
                                ? !TurkishFolding.isCapital(a.text().charAt(0))
                                : !a.wantsCapital())) {
                    node.lowerStart = true;
                }
            }
            maxDepth = Math.max(maxDepth, key.length());
            Target t = node.target;
            if (t == null) {
                t = node.target = new Target(a.entity());
                t.rank = Integer.MAX_VALUE;
            } else if (!t.entity.equals(a.entity())) {
                // the parser rejects such clashes; reaching here is a bug, not bad input
                throw new IllegalStateException("key \"" + key + "\" claimed by " + t.entity.id() + " and "
                        + a.entity().id());
            }
            t.ambiguous &= a.ambiguous();
            int rank = a.derived() ? 2 : a.shortForm() ? 1 : 0;
            if (rank < t.rank) {
                t.rank = rank;
                t.canonicalForm = a.canonicalForm();
            }
            if (a.caseSensitive()) {
                char[] form = TurkishFolding.unfoldedKey(a.text()).toCharArray();
                t.exact = Arrays.copyOf(t.exact, t.exact.length + 1);
                t.exact[t.exact.length - 1] = form;
            } else {
                t.anyCase = true;
                t.wantsCapital &= a.wantsCapital();
            }
        }

        private BuildNode childOrNew(BuildNode node, char c) {
            int pos = Arrays.binarySearch(node.keys, 0, node.size, c);
            if (pos >= 0) {
                return node.kids[pos];
            }
            int at = -pos - 1;
            if (node.size == node.keys.length) {
                int cap = Math.max(2, node.size * 2);
                node.keys = Arrays.copyOf(node.keys, cap);
                node.kids = Arrays.copyOf(node.kids, cap);
            }
            System.arraycopy(node.keys, at, node.keys, at + 1, node.size - at);
            System.arraycopy(node.kids, at, node.kids, at + 1, node.size - at);
            BuildNode child = new BuildNode(nodes.size());
            nodes.add(child);
            node.keys[at] = c;
            node.kids[at] = child;
            node.size++;
            return child;
        }
    }
}
