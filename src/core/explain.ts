import { type CodeInfo, codes, type Layer } from './codes.js';
import { UsageError } from './errors.js';
import { closest } from './nearest.js';

/** What each layer means, for `explain`. */
export const LAYER_TEXT: Record<Layer, string> = {
  cli: "Dify's CLI refuses to package it (`dify plugin package`)",
  daemon: 'the plugin daemon refuses it at upload or install',
  sdk: 'the Python SDK (dify_plugin) refuses it when the plugin starts',
  dify: "Dify's API server refuses it or breaks on it",
  'remote-debug': 'only remote debugging refuses it',
  runtime: 'Dify accepts it, and shows or does something other than intended',
  marketplace: "the marketplace's pull-request checks refuse it",
  'official-ci': "the official plugins repository's CI refuses it",
  coze: 'Coze Studio refuses or skips it when it loads its plugin configuration',
  tool: "dify-plugin-release's own verdict (tests, signatures, releases, gates, configuration)",
  advice: 'nothing refuses it: a likely mistake, or worth knowing',
};

export interface CodeEntry extends CodeInfo {
  code: string;
}

/** Every registered code, in order. */
export function allCodes(): CodeEntry[] {
  return Object.entries(codes() as Record<string, CodeInfo>)
    .map(([code, info]) => ({ code, ...info }))
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}

/** A code as the user typed it (any case, `212` or `DPR212`), or a usage error naming the nearest. */
export function lookupCode(text: string, surface = 'code'): CodeEntry {
  const code = canonicalCode(text);
  const info = (codes() as Record<string, CodeInfo>)[code];
  if (!info) {
    const near = nearestCode(code);
    throw new UsageError(
      `${surface} "${text}" is not a finding code`,
      near
        ? `Did you mean ${near}? \`explain --list\` lists every code.`
        : '`explain --list` lists every code.',
    );
  }
  return { code, ...info };
}

export function canonicalCode(text: string): string {
  const t = text.trim().toUpperCase();
  return /^\d+$/.test(t) ? `DPR${t}` : t;
}

/** The registered code closest to `code` (DPR213 for DPR231, DPR212 for DPR2121). */
export function nearestCode(code: string): string | undefined {
  return closest(code, Object.keys(codes()), 2);
}
