import type { DataTable } from '../core/report.js';
import type { PlannedCall } from '../github/api.js';

/** A dry run's GitHub calls as a table (release, submit): what would be called, and why. */
export function planTables(plan: readonly PlannedCall[] | undefined): DataTable[] {
  if (!plan) return [];
  return [
    {
      title: 'Planned GitHub calls (none made)',
      header: ['#', 'Call', 'Kind', 'For', 'Body'],
      rows: plan.map((c, i) => [
        i + 1,
        `${c.method} ${c.path}`,
        c.read ? 'read' : 'write',
        c.purpose,
        c.body ? JSON.stringify(c.body) : '',
      ]),
    },
  ];
}
