/** Deployments and deployment statuses (see ../github-server.ts). */
import {
  denyWrite,
  findRepo,
  notFound,
  now,
  page,
  type Reply,
  type Repo,
  type Route,
  type RouteContext,
  resolveRef,
  type ServerDeployment,
  type ServerState,
  unprocessable,
  user,
} from './state.js';

const R = '^/repos/([^/]+)/([^/]+)';
const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];

export function deploymentRoutes(state: ServerState): Route[] {
  const base = (repo: Repo) => `${state.origin}/api/v3/repos/${repo.owner}/${repo.name}`;
  const json = (repo: Repo, d: ServerDeployment) => ({
    url: `${base(repo)}/deployments/${d.id}`,
    id: d.id,
    node_id: Buffer.from(`Deployment${d.id}`).toString('base64'),
    sha: d.sha,
    ref: d.ref,
    task: 'deploy',
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: user(state, d.creator),
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${base(repo)}/deployments/${d.id}/statuses`,
    repository_url: base(repo),
    transient_environment: d.transient,
    production_environment: d.production,
  });
  const statusJson = (repo: Repo, d: ServerDeployment, s: ServerDeployment['statuses'][number]) => ({
    url: `${base(repo)}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    state: s.state,
    description: s.description,
    environment: d.environment,
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${base(repo)}/deployments/${d.id}`,
    repository_url: base(repo),
  });
  const withRepo = (fn: (c: RouteContext, repo: Repo) => Reply) => (c: RouteContext) => {
    const repo = findRepo(state, c.params[0]!, c.params[1]!);
    return repo ? fn(c, repo) : notFound();
  };

  return [
    {
      method: 'POST',
      pattern: new RegExp(`${R}/deployments$`),
      handler: withRepo((c, repo) => {
        const denied = denyWrite(repo, c.login);
        if (denied) return denied;
        const b = c.body ?? {};
        const ref = String(b.ref ?? '');
        const sha = resolveRef(repo, ref);
        if (!sha) return unprocessable(`No ref found for: ${ref}`);
        const d: ServerDeployment = {
          id: state.nextId++,
          ref,
          sha,
          environment: String(b.environment ?? 'production'),
          description: String(b.description ?? ''),
          payload: b.payload ?? {},
          transient: b.transient_environment === true,
          production: b.production_environment === true,
          creator: c.login!,
          createdAt: now(),
          statuses: [],
        };
        repo.deployments.push(d);
        return { status: 201, body: json(repo, d) };
      }),
    },
    {
      method: 'GET',
      pattern: new RegExp(`${R}/deployments$`),
      handler: withRepo((c, repo) => {
        const q = c.url.searchParams;
        const all = repo.deployments
          .filter((d) => !q.get('environment') || d.environment === q.get('environment'))
          .filter((d) => !q.get('ref') || d.ref === q.get('ref'))
          .filter((d) => !q.get('sha') || d.sha === q.get('sha'))
          .sort((a, b) => b.id - a.id);
        const { items, headers } = page(c, all);
        return { status: 200, body: items.map((d) => json(repo, d)), headers };
      }),
    },
    {
      method: 'POST',
      pattern: new RegExp(`${R}/deployments/(\\d+)/statuses$`),
      handler: withRepo((c, repo) => {
        const denied = denyWrite(repo, c.login);
        if (denied) return denied;
        const d = repo.deployments.find((x) => String(x.id) === c.params[2]);
        if (!d) return notFound();
        const b = c.body ?? {};
        const s = String(b.state ?? '');
        if (!STATES.includes(s))
          return unprocessable('Validation Failed', [
            { resource: 'DeploymentStatus', field: 'state', code: 'invalid' },
          ]);
        const status = {
          id: state.nextId++,
          state: s,
          description: String(b.description ?? ''),
          environmentUrl: String(b.environment_url ?? ''),
          logUrl: String(b.log_url ?? ''),
          createdAt: now(),
        };
        d.statuses.push(status);
        // GitHub: a successful deployment marks the environment's earlier ones inactive (unless told not to).
        if (s === 'success' && b.auto_inactive !== false) {
          for (const other of repo.deployments) {
            if (other === d || other.environment !== d.environment || other.transient) continue;
            if (other.statuses.at(-1)?.state === 'success')
              other.statuses.push({
                ...status,
                id: state.nextId++,
                state: 'inactive',
                description: 'superseded',
              });
          }
        }
        return { status: 201, body: statusJson(repo, d, status) };
      }),
    },
    {
      method: 'GET',
      pattern: new RegExp(`${R}/deployments/(\\d+)/statuses$`),
      handler: withRepo((c, repo) => {
        const d = repo.deployments.find((x) => String(x.id) === c.params[2]);
        if (!d) return notFound();
        const { items, headers } = page(c, [...d.statuses].reverse());
        return { status: 200, body: items.map((s) => statusJson(repo, d, s)), headers };
      }),
    },
  ];
}
