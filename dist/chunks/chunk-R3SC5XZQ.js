import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/commands/plan-table.ts
function planTables(plan) {
  if (!plan) return [];
  return [
    {
      title: "Planned GitHub calls (none made)",
      header: ["#", "Call", "Kind", "For", "Body"],
      rows: plan.map((c, i) => [
        i + 1,
        `${c.method} ${c.path}`,
        c.read ? "read" : "write",
        c.purpose,
        c.body ? JSON.stringify(c.body) : ""
      ])
    }
  ];
}

export {
  planTables
};
