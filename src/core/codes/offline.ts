import type { CodeInfo } from './info.js';

/**
 * DPR44x–45x: offline packages (`package --offline`, `verify --offline-install`). Codes are stable:
 * never renumber, only add.
 */
export const OFFLINE_CODES = () =>
  ({
    DPR440: {
      severity: 'error',
      category: 'offline',
      title: 'no wheel of a dependency installs on the target',
      layer: 'daemon',
      fix: 'Add a wheel built for the target to a --find-links folder (build it on that platform with `pip wheel`, then `auditwheel repair`), or pin a version that publishes one.',
    },
    DPR441: {
      severity: 'error',
      category: 'offline',
      title: 'the dependencies could not be resolved for the target',
      layer: 'tool',
      fix: 'Run the pip command shown with -v to see the conflict, and adjust the pins in requirements.txt.',
    },
    DPR442: {
      severity: 'error',
      category: 'offline',
      title: 'requirement that cannot be installed from wheels',
      layer: 'tool',
      fix: 'Replace the VCS link, URL, path or editable requirement with a released version (name==version), or build its wheel and add it to a --find-links folder.',
    },
    DPR443: {
      severity: 'notice',
      category: 'offline',
      title: 'requirement left out: its marker is false on the target',
      layer: 'advice',
      fix: 'Nothing to do when the requirement is for another platform; otherwise correct its marker (it is evaluated for the daemon image: Linux, CPython 3.12).',
    },
    DPR444: {
      severity: 'notice',
      category: 'offline',
      title: 'development dependencies not packaged',
      layer: 'advice',
      fix: 'Nothing to do: only [project].dependencies (or requirements.txt) run in the plugin; move a dependency there if the plugin imports it.',
    },
    DPR445: {
      severity: 'warning',
      category: 'offline',
      title: 'offline package larger than a default Dify upload limit',
      layer: 'daemon',
      fix: 'Raise the limits named in the message on the Dify installation before uploading, or leave heavy optional dependencies out.',
    },
    DPR446: {
      severity: 'warning',
      category: 'offline',
      title: 'target Python is not the one the daemon runs plugins on',
      layer: 'daemon',
      fix: 'Build for --python 3.12: the daemon creates every plugin environment with `uv venv --python 3.12`.',
    },
    DPR447: {
      severity: 'notice',
      category: 'offline',
      title: 'index option in requirements.txt not used',
      layer: 'advice',
      fix: 'Give the index with --index-url and wheel folders with --find-links; the offline requirements.txt names only ./wheels.',
    },
    DPR448: {
      severity: 'notice',
      category: 'offline',
      title: 'requirements.txt and pyproject.toml both present: requirements.txt installed',
      layer: 'advice',
      fix: 'Keep requirements.txt listing every runtime dependency (uv export --no-dev --no-hashes from uv.lock keeps them in step).',
    },
    DPR449: {
      severity: 'error',
      category: 'offline',
      title: 'wheel picked for the target does not match it',
      layer: 'daemon',
      fix: 'Remove the wheel from the wheelhouse and report the case: pip chose a wheel the daemon would refuse.',
    },
    DPR450: {
      severity: 'error',
      category: 'offline',
      title: 'offline package the daemon would not install from its wheels',
      layer: 'daemon',
      fix: 'Rebuild it with `dify-plugin-release package --offline`: requirements.txt with --no-index and --find-links ./wheels, and no pyproject.toml or uv.lock.',
    },
    DPR451: {
      severity: 'error',
      category: 'offline',
      title: 'packaged wheel does not install on the target',
      layer: 'daemon',
      fix: 'Rebuild the offline package for the daemon’s platform (--target linux/amd64 or linux/arm64).',
    },
    DPR452: {
      severity: 'error',
      category: 'offline',
      title: 'offline install from the package’s wheels failed',
      layer: 'daemon',
      fix: 'Rebuild the offline package so that wheels/ holds every dependency (a wheel is missing, damaged or conflicting).',
    },
    DPR453: {
      severity: 'error',
      category: 'offline',
      title: 'the plugin’s entrypoint does not import after the offline install',
      layer: 'sdk',
      fix: 'Run the import shown in a clean environment: a runtime dependency is missing from requirements, or the plugin’s code fails at import.',
    },
    DPR454: {
      severity: 'warning',
      category: 'offline',
      title: 'offline install not proven on this machine',
      layer: 'tool',
      fix: 'Run `verify --offline-install` on a Linux machine of the target architecture with the target Python (e.g. python3.12, or DPR_PYTHON).',
    },
    DPR455: {
      severity: 'notice',
      category: 'offline',
      title: 'install check ran without a network namespace',
      layer: 'tool',
      fix: 'Allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1, or on Ubuntu kernel.apparmor_restrict_unprivileged_userns=0) so `unshare -rn` can cut the network.',
    },
    DPR456: {
      severity: 'error',
      category: 'offline',
      title: 'wheel file damaged or misnamed',
      layer: 'daemon',
      fix: 'Rebuild the offline package from a clean wheelhouse.',
    },
  }) as const satisfies Record<string, CodeInfo>;
