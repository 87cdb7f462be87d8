/** The reader's limits, shared by both paths (kept apart so the fast path never loads the slow one). */

/**
 * The most nodes a document's aliases may expand to (nodes written out once do not count). go-yaml
 * v3 refuses a document whose alias expansions dwarf its own nodes ("document contains excessive
 * aliasing"); a budget on expanded nodes stops an alias bomb at once instead of after gigabytes.
 */
export const ALIAS_BUDGET = { nodes: 10_000, perSourceByte: 2 };
/** Nesting deeper than this is refused (go-yaml v3 stops at 10,000; no declaration needs 64). */
export const MAX_DEPTH = 64;
