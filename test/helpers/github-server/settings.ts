/** Repository settings doctor reads: Actions' workflow permissions and environments (see ../github-server.ts). */
import { findRepo, notFound, type Route, type ServerState } from './state.js';

const R = '^/repos/([^/]+)/([^/]+)';

export function settingsRoutes(state: ServerState): Route[] {
  return [
    {
      method: 'GET',
      pattern: new RegExp(`${R}/actions/permissions/workflow$`),
      handler: (c) => {
        const repo = findRepo(state, c.params[0]!, c.params[1]!);
        if (!repo) return notFound();
        // Reading it needs admin on the repository (the owner here).
        if (c.login !== repo.owner)
          return { status: 403, body: { message: 'Must have admin rights to Repository.' } };
        return {
          status: 200,
          body: {
            default_workflow_permissions: 'read',
            can_approve_pull_request_reviews: repo.actionsMayOpenPulls === true,
          },
        };
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`${R}/environments/([^/]+)$`),
      handler: (c) => {
        const repo = findRepo(state, c.params[0]!, c.params[1]!);
        const rules = repo?.environments?.get(c.params[2]!);
        if (!repo || !rules) return notFound();
        return {
          status: 200,
          body: {
            id: 1,
            name: c.params[2],
            protection_rules: rules.map((type, i) => ({
              id: i + 1,
              type,
              ...(type === 'wait_timer' ? { wait_timer: 30 } : {}),
              ...(type === 'required_reviewers'
                ? { reviewers: [{ type: 'User', reviewer: { login: repo.owner } }] }
                : {}),
            })),
            deployment_branch_policy: null,
          },
        };
      },
    },
  ];
}
