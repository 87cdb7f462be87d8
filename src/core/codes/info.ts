import type { Severity } from '../finding.js';

/**
 * Who enforces a code: the layer of Dify (or of its marketplace, or of this tool) that refuses what
 * the code reports. An `error` names the layer that refuses it on the path users take; a `warning`
 * or `notice` names the layer whose behaviour makes it worth saying (or `advice` when nothing
 * refuses it). `explain` prints it.
 */
export type Layer =
  /** Dify's CLI (`dify plugin package`) refuses to package it. */
  | 'cli'
  /** The plugin daemon refuses it at upload or install (the decoder, `ManifestValidate`). */
  | 'daemon'
  /** The Python SDK (`dify_plugin`) refuses it when the plugin starts. */
  | 'sdk'
  /** Dify's API server refuses it or breaks on it (install, plugin list). */
  | 'dify'
  /** Only remote debugging refuses it (the struct tags on provider declarations). */
  | 'remote-debug'
  /** Dify accepts it, and shows or does something other than intended at run time. */
  | 'runtime'
  /** The marketplace's pull-request checks (langgenius/dify-plugins) refuse it. */
  | 'marketplace'
  /** The official repository's CI (langgenius/dify-official-plugins) refuses it. */
  | 'official-ci'
  /** Coze Studio refuses it when it loads the plugin configuration. */
  | 'coze'
  /** This tool's own verdict: a test that failed, a signature, a release, a gate, a configuration. */
  | 'tool'
  /** Nothing refuses it: a likely mistake, or worth knowing. */
  | 'advice';

/** A registered finding code: its default severity, category, one-line title, enforcing layer and fix. */
export interface CodeInfo {
  severity: Severity;
  category: string;
  title: string;
  /** Who enforces it (see {@link Layer}); `explain` prints it. */
  layer?: Layer;
  /** The general remedy, when a finding carries none of its own. */
  fix?: string;
}
