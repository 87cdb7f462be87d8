import type { ValidateFunction } from 'ajv';

/**
 * Validators compiled ahead of time. Running from source (tests, tsx) this is empty and schemas.ts
 * compiles at run time; the bundles in dist/ replace this module with Ajv's standalone code for every
 * schema (scripts/build.mjs), which saves compiling them on every command's start.
 */
export const PRECOMPILED: Record<string, ValidateFunction> | undefined = undefined;
