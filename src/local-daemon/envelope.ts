/**
 * The daemon's answers (pkg/entities/response.go, internal/types/exception): every JSON answer is
 * `{code, message, data}`; success is `code: 0, message: "success"`; an error has `data: null` and
 * `message` holding a JSON string `{"message", "error_type", "args"}`.
 */

export interface Envelope {
  code: number;
  message: string;
  data: unknown;
}

export function success(data: unknown): Envelope {
  return { code: 0, message: 'success', data };
}

/** An error the daemon answers with: its code, type and text, and the HTTP status it is sent with. */
export class DaemonFailure extends Error {
  constructor(
    readonly code: number,
    readonly errorType: string,
    message: string,
    /** Most management errors are sent as HTTP 200 (the code is in the body). */
    readonly httpStatus = 200,
  ) {
    super(message);
  }

  envelope(): Envelope {
    return {
      code: this.code,
      message: JSON.stringify({ message: this.message, error_type: this.errorType, args: null }),
      data: null,
    };
  }
}

export const badRequest = (message: string, httpStatus = 200) =>
  new DaemonFailure(-400, 'PluginDaemonBadRequestError', message, httpStatus);
export const notFound = (message: string) => new DaemonFailure(-404, 'PluginDaemonNotFoundError', message);
export const internalError = (message: string, httpStatus = 200) =>
  new DaemonFailure(-500, 'PluginDaemonInternalServerError', message, httpStatus);
export const identifierError = (message: string, httpStatus = 200) =>
  new DaemonFailure(-400, 'PluginUniqueIdentifierError', message, httpStatus);
export const pluginNotFound = () => new DaemonFailure(-404, 'PluginNotFoundError', 'plugin not found');
export const unauthorized = () =>
  new DaemonFailure(-401, 'PluginDaemonUnauthorizedError', 'unauthorized', 401);

/** Go's `errors.Join`: the messages on separate lines. */
export function joined(...messages: string[]): string {
  return messages.filter(Boolean).join('\n');
}
