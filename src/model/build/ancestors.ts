/** Ancestors along `parent` links, for places, parks inside parks and the industry tree. */

export interface TreeNode {
  slug: string;
  parent?: string;
  ancestors: string[];
}

/**
 * Sets each node's ancestors (top first). A node on a parent cycle is reported once, with the
 * cycle, and loses its parent; nodes that merely lead into a cycle are not blamed.
 */
export function setAncestors<T extends TreeNode>(all: Iterable<T>, get: (slug: string) => T | undefined, report: (node: T, loop: string[]) => void): void {
  const nodes = [...all];
  const parentOf = (n: T) => (n.parent ? get(n.parent) : undefined);
  const onCycle: T[] = [];
  for (const n of nodes) {
    const path = [n.slug];
    for (let cur = parentOf(n); cur; cur = parentOf(cur)) {
      path.push(cur.slug);
      if (cur.slug === n.slug) {
        onCycle.push(n);
        report(n, path);
        break;
      }
      if (path.indexOf(cur.slug) < path.length - 1) break; // leads into a cycle elsewhere
    }
  }
  for (const n of onCycle) n.parent = undefined;
  for (const n of nodes) {
    n.ancestors = [];
    for (let cur = parentOf(n); cur; cur = parentOf(cur)) n.ancestors.unshift(cur.slug);
  }
}
