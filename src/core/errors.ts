/**
 * Errors that stop a command before it can produce findings. They carry the exit code and a fix,
 * and the adapters print them as one clear line: never a stack trace.
 */
export class DprError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    readonly fix?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad command line or configuration: exit 2. */
export class UsageError extends DprError {
  constructor(message: string, fix?: string) {
    super(message, 2, fix);
  }
}

/** Something outside the plugin is missing or broken (a tool, a directory, git): exit 2. */
export class EnvironmentError extends DprError {
  constructor(message: string, fix?: string, options?: { cause?: unknown }) {
    super(message, 2, fix, options);
  }
}

/** The thing checked failed in a way that is not a list of findings: exit 1. */
export class CheckFailedError extends DprError {
  constructor(message: string, fix?: string) {
    super(message, 1, fix);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
