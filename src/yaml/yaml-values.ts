/**
 * Value helpers for `YamlFile`'s conversion: prototype-safe assignment, and
 * the copy with plain scalars' source texts that Go's yaml.v3 would see.
 */

import { escapePointer } from './pointer.js';

/** Assign without tripping over `__proto__` (a plain assignment would set the prototype). */
export function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

export function clone(value: unknown, pointer: string, texts: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v, i) => clone(v, `${pointer}/${i}`, texts));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      define(out, k, clone(v, `${pointer}/${escapePointer(k)}`, texts));
    return out;
  }
  if (typeof value === 'number') return texts.get(pointer) ?? value;
  return value;
}
