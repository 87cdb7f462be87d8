/** Defaults the CLI shows in its help, kept apart from the stages so showing them loads no stage. */

/** The time limit of a pytest run when none is given, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 600;

/** The base name of keygen's files, as Dify's CLI names them. */
export const DEFAULT_KEY_NAME = 'dify_plugin_signing_key';
