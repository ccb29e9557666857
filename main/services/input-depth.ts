/** The deepest input a procedure takes: a document's text with lists six deep is about 40 levels. */
export const MAX_INPUT_DEPTH = 64;

/**
 * Whether a value (arrays and objects) nests deeper than `max`, found without recursion: the
 * contract's schemas recurse through a document's blocks, and an input of 50,000 nested quotes
 * overflowed their stack, which no carrier turned into a refusal.
 */
export function nestsDeeperThan(value: unknown, max = MAX_INPUT_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(node))
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}
