import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/manifest/go-glob.ts
function goMatch(pattern, name) {
  return compileGlob(pattern).test(name);
}
var globCache = /* @__PURE__ */ new Map();
function compileGlob(pattern) {
  let re = globCache.get(pattern);
  if (re) return re;
  let out = "^";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "\\" && i + 1 < pattern.length) out += escapeRegex(pattern[++i]);
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end === -1) {
        out += "(?!)";
        break;
      }
      let body = pattern.slice(i + 1, end);
      const negate = body.startsWith("^") || body.startsWith("!");
      if (negate) body = body.slice(1);
      out += `[${negate ? "^/" : ""}${body.replace(/\\/g, "\\\\").replace(/]/g, "\\]")}]`;
      i = end;
    } else out += escapeRegex(c);
  }
  re = new RegExp(`${out}$`, "u");
  globCache.set(pattern, re);
  return re;
}
function escapeRegex(c) {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

export {
  goMatch
};
