import type { Gate, GateStatus, GateTable } from '../core/report.js';

/** How each gate status is shown: a symbol and a word, the same in every rendering. */
export const GATE_MARK: Record<GateStatus, string> = {
  passed: '✔',
  failed: '✖',
  skipped: '–',
  pending: '…',
};

/** A gate table as rows of text: status, gate, required, the reason or evidence, the fix. */
export function gateRows(table: GateTable): string[][] {
  return table.gates.map((g) => [
    `${GATE_MARK[g.status]} ${g.status}`,
    g.id,
    g.required ? 'required' : 'optional',
    gateDetail(g),
  ]);
}

export const GATE_HEADER = ['Status', 'Gate', '', 'Evidence'];

/** The reason (for failed, skipped, pending) then the evidence, then the fix. */
export function gateDetail(g: Gate): string {
  return [g.reason, ...g.evidence, g.fix ? `fix: ${g.fix}` : undefined].filter(Boolean).join('; ');
}

/** A required gate that did not pass blocks; counts for headlines. */
export function gateCounts(table: GateTable): Record<GateStatus, number> {
  const out: Record<GateStatus, number> = { passed: 0, failed: 0, skipped: 0, pending: 0 };
  for (const g of table.gates) out[g.status]++;
  return out;
}
