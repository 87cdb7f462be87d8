/**
 * How big an offline package is against every limit on the way to the daemon, and the settings that
 * raise each (src/core/limits.ts has the values and where they are read from).
 */
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { formatSize } from '../core/format.js';
import { LIMITS } from '../core/limits.js';

const MiB = 1024 * 1024;

export interface SizeLimit {
  /** Who refuses it. */
  layer: string;
  /** What is measured: the file uploaded, or what it unpacks to. */
  measure: 'compressed' | 'uncompressed';
  bytes: number;
  /** The setting that raises it. */
  setting: string;
  exceeded: boolean;
  /** Only where nothing sets it (Dify's API server run from source): worth knowing, not a default deployment. */
  fallback?: boolean;
}

export interface SizeReport {
  /** The `.difypkg` file. */
  compressed: number;
  /** The sum of the entries' sizes (what the daemon's decoder checks). */
  uncompressed: number;
  /** Of that, the wheels. */
  wheels: number;
  /** The largest wheels, largest first. */
  largest: { path: string; size: number }[];
  limits: SizeLimit[];
}

export function sizeReport(compressed: number, files: readonly { path: string; size: number }[]): SizeReport {
  const uncompressed = files.reduce((n, f) => n + f.size, 0);
  const wheelFiles = files.filter((f) => f.path.startsWith('wheels/'));
  const wheels = wheelFiles.reduce((n, f) => n + f.size, 0);
  const largest = [...wheelFiles]
    .sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1))
    .slice(0, 5)
    .map((f) => ({ path: f.path, size: f.size }));
  const daemon = 'MAX_PLUGIN_PACKAGE_SIZE (docker/.env: PLUGIN_MAX_PACKAGE_SIZE)';
  const limits: SizeLimit[] = (
    [
      {
        layer: 'plugin daemon, upload',
        measure: 'compressed',
        bytes: LIMITS.maxPackageBytes,
        setting: daemon,
      },
      {
        layer: 'plugin daemon, decoder',
        measure: 'uncompressed',
        bytes: LIMITS.maxPackageBytes,
        setting: daemon,
      },
      {
        layer: 'Dify API server, upload',
        measure: 'compressed',
        bytes: LIMITS.maxUploadBytes,
        setting: 'PLUGIN_MAX_PACKAGE_SIZE (docker/.env)',
      },
      {
        layer: 'Dify API server run without docker/.env',
        measure: 'compressed',
        bytes: LIMITS.maxUploadBytesCodeDefault,
        setting: 'PLUGIN_MAX_PACKAGE_SIZE (environment of the API server)',
        fallback: true,
      },
      {
        layer: 'nginx in front of Dify',
        measure: 'compressed',
        bytes: LIMITS.maxRequestBodyBytes,
        setting: 'NGINX_CLIENT_MAX_BODY_SIZE (docker/.env)',
      },
    ] satisfies Omit<SizeLimit, 'exceeded'>[]
  ).map((l) => ({ ...l, exceeded: (l.measure === 'compressed' ? compressed : uncompressed) > l.bytes }));
  return { compressed, uncompressed, wheels, largest, limits };
}

/** A value for a size setting that leaves room: the size rounded up to the next 10 MiB. */
export function roomFor(bytes: number): number {
  return Math.ceil(bytes / (10 * MiB) + 0.01) * 10 * MiB;
}

/** DPR445 when a default deployment's limit is exceeded, naming the settings and values to set. */
export function sizeFindings(report: SizeReport, file: string): Finding[] {
  const over = report.limits.filter((l) => l.exceeded && !l.fallback);
  if (over.length === 0) return [];
  const needed = Math.max(report.compressed, report.uncompressed);
  const settings: string[] = [];
  if (over.some((l) => l.setting.includes('PLUGIN_MAX_PACKAGE_SIZE'))) {
    settings.push(
      `PLUGIN_MAX_PACKAGE_SIZE=${roomFor(needed)} in Dify's docker/.env (docker-compose gives it to the API server and, as MAX_PLUGIN_PACKAGE_SIZE, to the plugin daemon; set MAX_PLUGIN_PACKAGE_SIZE directly where the daemon runs on its own)`,
    );
  }
  if (over.some((l) => l.setting.startsWith('NGINX_'))) {
    settings.push(`NGINX_CLIENT_MAX_BODY_SIZE=${roomFor(report.compressed) / MiB}M`);
  }
  const what = over.map((l) => `${l.layer} (${formatSize(l.bytes)} ${l.measure})`).join(', ');
  return [
    finding(
      'DPR445',
      `${file} is ${formatSize(report.compressed)} (${formatSize(report.uncompressed)} unpacked, ${formatSize(report.wheels)} of wheels): above the default limit of ${what}`,
      {
        fix: `Before uploading, set ${settings.join(', and ')}; then restart the services (docker compose up -d).`,
      },
    ),
  ];
}

/** The most an input or output package may unpack to: `--max-size`, and never less than the default. */
export function unpackLimit(maxSizeMiB: number | undefined): number {
  return Math.max(LIMITS.maxPackageBytes, (maxSizeMiB ?? 0) * MiB);
}
