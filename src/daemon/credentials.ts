/**
 * Console accounts as they come from an environment variable (a CI secret): `EMAIL:PASSWORD`, or
 * JSON `{"email": …, "password": …}` (an array of them for the embedded console, with an optional
 * `role`). Never echoed: messages name the variable, not its value.
 */
import { UsageError } from '../core/errors.js';
import type { ConsoleAccount } from './console-session.js';

export interface AccountWithRole extends ConsoleAccount {
  role?: 'owner' | 'admin' | 'editor' | 'normal';
  name?: string;
}

const ROLES = ['owner', 'admin', 'editor', 'normal'];

export function parseAccounts(text: string, origin: string): AccountWithRole[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      throw new UsageError(
        `${origin} starts like JSON but does not parse as JSON`,
        'Write {"email": "…", "password": "…"} or EMAIL:PASSWORD.',
      );
    }
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0)
      throw new UsageError(`${origin} holds no account`, 'Write {"email": "…", "password": "…"}.');
    return list.map((v, i) => account(v, list.length > 1 ? `${origin}[${i}]` : origin));
  }
  const colon = trimmed.indexOf(':');
  if (colon <= 0 || colon === trimmed.length - 1) {
    throw new UsageError(
      `${origin} is not an account: write EMAIL:PASSWORD, or JSON {"email": "…", "password": "…"}`,
      'Store the console account as one secret and name it with --account-env (or account-env in .dify-release.yml).',
    );
  }
  return [{ email: trimmed.slice(0, colon).trim(), password: trimmed.slice(colon + 1) }];
}

export function parseAccount(text: string, origin: string): ConsoleAccount {
  const [first] = parseAccounts(text, origin);
  return { email: first!.email, password: first!.password };
}

function account(value: unknown, origin: string): AccountWithRole {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new UsageError(`${origin} is not an account object`, 'Write {"email": "…", "password": "…"}.');
  const v = value as Record<string, unknown>;
  if (typeof v.email !== 'string' || !v.email.includes('@'))
    throw new UsageError(`${origin} has no "email" address`, 'Write {"email": "…", "password": "…"}.');
  if (typeof v.password !== 'string' || v.password === '')
    throw new UsageError(`${origin} has no "password"`, 'Write {"email": "…", "password": "…"}.');
  if (v.role !== undefined && !ROLES.includes(String(v.role)))
    throw new UsageError(`${origin}: "role" must be one of ${ROLES.join(', ')}`);
  return {
    email: v.email,
    password: v.password,
    ...(v.role ? { role: v.role as AccountWithRole['role'] } : {}),
    ...(typeof v.name === 'string' ? { name: v.name } : {}),
  };
}
