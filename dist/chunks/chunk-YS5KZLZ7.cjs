"use strict";
var __dprBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  DEFAULT_MAX_SIZE: () => DEFAULT_MAX_SIZE,
  DirSource: () => DirSource,
  changedPlugins: () => changedPlugins,
  defaultRules: () => defaultRules,
  parseIgnoreFile: () => parseIgnoreFile,
  patternMatcher: () => patternMatcher,
  readSelected: () => readSelected,
  selectFiles: () => selectFiles
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_SAEWK2QX = require("./chunk-SAEWK2QX.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_fs = require("node:fs");
var import_node_path2 = __dprBuiltin(require("node:path"));
var import_node_fs2 = require("node:fs");
var import_node_path3 = __dprBuiltin(require("node:path"));
var import_node_fs3 = require("node:fs");
var import_node_fs4 = require("node:fs");
var import_node_path4 = __dprBuiltin(require("node:path"));
var import_node_fs5 = require("node:fs");
var import_node_path5 = __dprBuiltin(require("node:path"));
var import_node_fs6 = require("node:fs");
var import_node_path6 = __dprBuiltin(require("node:path"));
var require_ignore = (0, import_chunk_KIZ6KU7F.__commonJS)({
  "node_modules/ignore/index.js"(exports2, module2) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path7) => {
      const end = path7.length - 1;
      const index = path7.lastIndexOf(
        SLASH,
        path7[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path7 : path7.slice(index + 1);
    };
    var parentOf = (path7) => {
      if (path7.charCodeAt(0) === SLASH_CODE || path7.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path7.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path7.length - 1;
      const cut = path7.lastIndexOf(
        SLASH,
        path7.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path7.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path7) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path7)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path7, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path7) : path7;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path7
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path7, originalPath, doThrow) => {
      if (!isString(path7)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path7) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path7)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path7) => {
      const first = path7.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path7.length === 1) {
        return true;
      }
      const second = path7.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path7.length === 2 || path7.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path7) {
        checkPath(
          path7,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path7 ? this._t(path7, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path7 = convertPath(target);
        if (!path7 || path7.charCodeAt(path7.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path7);
        }
        const dir = this._t(path7, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path7);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path7, cache) {
        if (path7 in cache) {
          return cache[path7];
        }
        const parentPath = parentOf(path7);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path7] = parent && parent.ignored ? parent : this._rules.test(path7, MODE_IGNORE);
      }
      ignores(path7) {
        return this._test(path7, this._ignoreCache, convertPath(path7)).ignored;
      }
      createFilter() {
        return (path7) => !this.ignores(path7);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path7) {
        return this._test(path7, this._testCache, convertPath(path7));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path7) => checkPath(convertPath(path7), path7, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path7) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path7) || isNotRelative(path7);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});
var import_ignore2 = (0, import_chunk_KIZ6KU7F.__toESM)(require_ignore(), 1);
var import_ignore = (0, import_chunk_KIZ6KU7F.__toESM)(require_ignore(), 1);
var INDEX_FROM = 64;
var MIN_KEY = 3;
var MAX_KEY = 12;
function compileRules(rules, stats) {
  if (rules.length < INDEX_FROM) {
    const ig = (0, import_ignore.default)({ ignorecase: false });
    for (const r of rules) ig.add({ pattern: r.pattern, mark: r.mark });
    return (subject) => {
      if (stats) stats.ruleTests += rules.length;
      const result = ig.test(subject);
      return result.ignored ? { ignored: true, mark: result.rule?.mark } : { ignored: false };
    };
  }
  const keyed = /* @__PURE__ */ new Map();
  const always = newGroup();
  for (const [rank, r] of rules.entries()) {
    const key = oneName(r.pattern) ? literalKey(r.pattern) : void 0;
    let group = always;
    if (key !== void 0) {
      group = keyed.get(key) ?? newGroup();
      keyed.set(key, group);
    }
    group.ig.add({ pattern: r.pattern, mark: r.mark });
    group.size++;
    group.rank.set(r.mark, rank);
  }
  return (subject) => {
    let best;
    const consider = (group) => {
      if (stats) stats.ruleTests += group.size;
      const result = group.ig.test(subject);
      if (!result.ignored) return;
      const mark = result.rule?.mark;
      const rank = mark === void 0 ? -1 : group.rank.get(mark) ?? -1;
      if (!best || rank > best.rank) best = { mark, rank };
    };
    if (always.size > 0) consider(always);
    const seen = /* @__PURE__ */ new Set();
    const trimmed = subject.endsWith("/") ? subject.slice(0, -1) : subject;
    const name = trimmed.slice(trimmed.lastIndexOf("/") + 1);
    for (let i = 0; i + MIN_KEY <= name.length; i++) {
      for (let n = MIN_KEY; n <= MAX_KEY && i + n <= name.length; n++) {
        const group = keyed.get(name.slice(i, i + n));
        if (group && !seen.has(group)) {
          seen.add(group);
          consider(group);
        }
      }
    }
    return best ? { ignored: true, mark: best.mark } : { ignored: false };
  };
}
function isGeneral(pattern) {
  return !oneName(pattern) || literalKey(pattern) === void 0;
}
function oneName(pattern) {
  const body = pattern.endsWith("/") ? pattern.slice(0, -1) : pattern;
  return !body.includes("/");
}
function newGroup() {
  return { ig: (0, import_ignore.default)({ ignorecase: false }), size: 0, rank: /* @__PURE__ */ new Map() };
}
function literalKey(pattern) {
  if (/^[#!]|\s$/.test(pattern)) return void 0;
  let best = "";
  const plain = pattern.replace(/\[[^\]]*\]?/g, "/");
  for (const run of plain.split(/[*?[\]\\/{}]+/)) if (run.length > best.length) best = run;
  if (best.length < MIN_KEY) return void 0;
  return best.slice(0, MAX_KEY);
}
var DEFAULT_EXCLUDES = [
  ".git",
  ".hg/",
  ".svn/",
  ".venv/",
  "venv/",
  ".env",
  "__pycache__/",
  "*.py[cod]",
  ".pytest_cache/",
  ".mypy_cache/",
  ".ruff_cache/",
  ".tox/",
  ".nox/",
  "node_modules/",
  ".idea/",
  ".vscode/",
  ".DS_Store",
  "Thumbs.db",
  "*.difypkg",
  "*.difybndl"
];
var GO_SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
var GO_TRIM = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, "g");
function goTrim(line) {
  return line.replace(GO_TRIM, "");
}
function loadIgnoreRules(root) {
  const refusals = [];
  for (const name of [".difyignore", ".gitignore"]) {
    let text;
    try {
      text = (0, import_chunk_C7Z2DSUT.readRegularText)(import_node_path.default.join(root, name), { maxBytes: import_chunk_ZFMTKNA4.LIMITS.maxIgnoreBytes, label: name });
    } catch (error) {
      if (error instanceof import_chunk_C7Z2DSUT.FileReadError && error.reason !== "missing")
        refusals.push(ignoreRefused(name, error));
      continue;
    }
    const rules2 = parseIgnoreFile(name, text);
    const { patternCount = 0, generalCount = 0 } = rules2;
    const over = patternCount > import_chunk_ZFMTKNA4.LIMITS.maxIgnorePatterns ? `${patternCount} patterns, more than the ${import_chunk_ZFMTKNA4.LIMITS.maxIgnorePatterns} this tool applies` : generalCount > import_chunk_ZFMTKNA4.LIMITS.maxGeneralIgnorePatterns ? `${generalCount} patterns that have a slash inside or no literal part of 3 characters, more than the ${import_chunk_ZFMTKNA4.LIMITS.maxGeneralIgnorePatterns} this tool applies (each is tested against every path)` : void 0;
    if (over) {
      refusals.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR417",
          `${name} has ${over}; it is not used (the largest published ignore file has 179 lines)`,
          {
            file: name,
            fix: `Shorten ${name}: a few patterns (directories, globs) exclude what a plugin should not ship.`
          }
        )
      );
      continue;
    }
    return refusals.length > 0 ? { ...rules2, findings: [...refusals, ...rules2.findings] } : rules2;
  }
  const rules = defaultRules();
  return refusals.length > 0 ? { ...rules, findings: refusals } : rules;
}
function ignoreRefused(name, error) {
  const why = error.reason === "not-a-file" ? `${error.message}: the Dify CLI would hang or fail reading it` : error.reason === "too-large" ? `${error.message} (this tool reads ignore files of at most ${import_chunk_ZFMTKNA4.LIMITS.maxIgnoreBytes} bytes; the largest published one is under 4 KB)` : error.message;
  return (0, import_chunk_AIBAUOYI.finding)("DPR417", `${why}; it is not used`, {
    file: name,
    fix: error.reason === "not-a-file" ? `Replace ${name} with a regular text file of patterns.` : error.reason === "too-large" ? `Shorten ${name}: a few patterns (directories, globs) exclude what a plugin should not ship.` : `Fix the permissions of ${name}.`
  });
}
function parseIgnoreFile(file, text) {
  const findings = [];
  const rules = [];
  const patterns = /* @__PURE__ */ new Map();
  for (const [i, raw] of text.split("\n").entries()) {
    const line = goTrim(raw);
    if (line === "" || line.startsWith("#")) continue;
    const lineNo = i + 1;
    if (line.startsWith("!")) {
      findings.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR403",
          `"${line}" has no effect: the Dify CLI ignores negated patterns, so what an earlier line excludes stays excluded`,
          {
            file,
            line: lineNo,
            fix: "Remove the line and narrow the pattern that excludes the file instead."
          }
        )
      );
      continue;
    }
    if (i === 0 && line.startsWith("\uFEFF")) {
      findings.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR403",
          `${file} starts with a byte-order mark: the Dify CLI reads it as part of the first pattern, which then matches nothing`,
          { file, line: 1, fix: `Save ${file} as UTF-8 without a byte-order mark.` }
        )
      );
      continue;
    }
    patterns.set(String(lineNo), line);
    rules.push({ pattern: line, mark: String(lineNo) });
  }
  return compiled(file, rules, findings, (mark) => ({ line: Number(mark), pattern: patterns.get(mark) }));
}
function defaultRules() {
  const rules = DEFAULT_EXCLUDES.map((pattern) => ({ pattern, mark: pattern }));
  return compiled(null, rules, [], (mark) => ({ pattern: mark }));
}
function compiled(file, rules, findings, describe) {
  const test = compileRules(rules);
  return {
    file,
    findings,
    patternCount: rules.length,
    generalCount: rules.filter((r) => isGeneral(r.pattern)).length,
    test(rel, isDir) {
      const result = test(isDir ? `${rel}/` : rel);
      if (!result.ignored) return { ignored: false };
      return { ignored: true, ...describe(result.mark ?? "") };
    }
  };
}
function patternMatcher(patterns) {
  if (patterns.length === 0) return () => false;
  const ig = (0, import_ignore2.default)({ ignorecase: false }).add(patterns.map((p) => p.replace(/^\.\//, "")));
  const exact = new Set(patterns.map((p) => p.replace(/^\.\//, "")));
  return (rel) => exact.has(rel) || ig.ignores(rel);
}
function gitFinding(ignoreFile, rel) {
  const fix = ignoreFile === ".difyignore" ? `Add ${rel}/ to .difyignore: the Dify CLI reads it too, so the package and its checksum stay identical to what Dify's CLI makes. To package it anyway: --allow-file ${rel}.` : ignoreFile === ".gitignore" ? `Add a .difyignore listing ${rel}/ (and what .gitignore lists: the Dify CLI then reads .difyignore instead); the Dify CLI reads it too, so the package and its checksum stay identical to what Dify's CLI makes. To package it anyway: --allow-file ${rel}.` : `Add a .difyignore listing ${rel}/. To package it anyway: --allow-file ${rel}.`;
  return (0, import_chunk_AIBAUOYI.finding)(
    "DPR401",
    `${rel}/ would be packaged (${ignoreFile ?? "no ignore file"} does not exclude it): it is ${import_chunk_SAEWK2QX.GIT_DIR_REASON}; refusing to package it`,
    { file: rel, fix }
  );
}
function defaultsFinding(defaultHits, repoHasGitignore) {
  const hits = [...defaultHits.entries()].map(([p, n]) => `${p} (${n})`);
  const repoIgnore = repoHasGitignore ? " The repository\u2019s own .gitignore is not read by the Dify CLI either." : "";
  if (hits.length === 0) {
    return (0, import_chunk_AIBAUOYI.finding)(
      "DPR405",
      `no .difyignore or .gitignore in the plugin root: every file is packaged, as the Dify CLI does.${repoIgnore}`,
      {
        severity: "notice",
        fix: "Add a .difyignore (the `dify plugin init` template) so the package never picks up leftovers."
      }
    );
  }
  return (0, import_chunk_AIBAUOYI.finding)(
    "DPR405",
    `no .difyignore or .gitignore in the plugin root: excluded by default ${hits.join(", ")}, which the Dify CLI would package, so its checksum would differ.${repoIgnore}`,
    { fix: "Add a .difyignore listing what to exclude, so both tools package the same files." }
  );
}
function flagFinding(f) {
  const what = f.rel.endsWith("/") ? `${f.rel} (${f.count} file${f.count === 1 ? "" : "s"})` : f.rel;
  if (f.code === "DPR406") {
    return (0, import_chunk_AIBAUOYI.finding)("DPR406", `${what} is packaged: it looks like ${f.reason}`, {
      file: f.rel.replace(/\/$/, ""),
      fix: `Add ${f.rel.endsWith("/") ? f.rel : f.rel.slice(f.rel.lastIndexOf("/") + 1)} to .difyignore.`
    });
  }
  return (0, import_chunk_AIBAUOYI.finding)("DPR404", `${what} is hidden but packaged: the Dify CLI packages hidden files`, {
    file: f.rel.replace(/\/$/, ""),
    fix: "Add it to .difyignore unless the plugin needs it at run time."
  });
}
function sizeFinding(files, total, max) {
  const top = [...files].sort((a, b) => b.size - a.size || (0, import_chunk_SAEB7QK7.byteOrder)(a.path, b.path)).slice(0, 5).map((f, i) => `${i + 1}. ${f.path} (${(0, import_chunk_CYKMR5N3.formatSize)(f.size)})`);
  return (0, import_chunk_AIBAUOYI.finding)(
    "DPR402",
    `the plugin's files add up to ${(0, import_chunk_CYKMR5N3.formatSize)(total)} uncompressed, over the ${(0, import_chunk_CYKMR5N3.formatSize)(max)} limit; the largest: ${top.join(", ")}`,
    {
      fix: "Exclude what the plugin does not need in .difyignore, or raise the limit with --max-size (the daemon must allow it too: MAX_PLUGIN_PACKAGE_SIZE)."
    }
  );
}
function devTargetReason(boundary, realRoot, target, isDir) {
  const parts = toSlash(import_node_path3.default.relative(boundary, target)).split("/").filter(Boolean);
  const rootParts = toSlash(import_node_path3.default.relative(boundary, realRoot)).split("/").filter(Boolean);
  let shared = 0;
  while (shared < parts.length && shared < rootParts.length && parts[shared] === rootParts[shared]) shared++;
  const dirs = isDir ? parts : parts.slice(0, -1);
  for (let i = shared; i < dirs.length; i++) {
    const dir = import_node_path3.default.join(boundary, ...dirs.slice(0, i + 1));
    const reason = (0, import_chunk_SAEWK2QX.devDirReason)(dirs[i], (0, import_node_fs2.existsSync)(import_node_path3.default.join(dir, "pyvenv.cfg")));
    if (reason) return { dir: `${dirs.slice(0, i + 1).join("/")}/`, reason };
  }
  return void 0;
}
function toSlash(p) {
  return p.split(import_node_path3.default.sep).join("/");
}
function cannotRead(rel, error, dir) {
  const code = error.code;
  const why = code === "EACCES" || code === "EPERM" ? "permission denied" : (0, import_chunk_NG6BV4S6.errorMessage)(error);
  return (0, import_chunk_AIBAUOYI.finding)("DPR407", `${dir ? "directory " : ""}${rel} cannot be read (${why})`, {
    file: rel === "." ? void 0 : rel,
    fix: "Fix its permissions, or exclude it in .difyignore."
  });
}
var DEFAULT_MAX_SIZE = import_chunk_ZFMTKNA4.LIMITS.maxPackageBytes;
var MAX_DEPTH = import_chunk_ZFMTKNA4.LIMITS.maxTreeDepth;
var MARKETPLACE_MAX_FILES = import_chunk_ZFMTKNA4.LIMITS.maxMarketplaceFiles;
function addFile(ctx, rel, name, full, stats, flag, linked) {
  if (rel.includes("\\")) {
    ctx.refuse(rel, "has a backslash in its name");
    ctx.findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR407", `${rel} has a backslash in its name; the Dify CLI would turn it into a folder`, {
        file: rel,
        fix: "Rename the file without a backslash."
      })
    );
    return;
  }
  let size;
  try {
    if (ctx.options.probeReadable !== false) {
      const opened = (0, import_chunk_C7Z2DSUT.openRegularFile)(full, { maxBytes: Number.POSITIVE_INFINITY, label: rel });
      (0, import_node_fs3.closeSync)(opened.fd);
      size = opened.size;
    } else {
      size = (stats ?? (0, import_node_fs3.statSync)(full)).size;
    }
  } catch (error) {
    if (error instanceof import_chunk_C7Z2DSUT.FileReadError) {
      ctx.refuse(rel, error.message.slice(rel.length + 1));
      ctx.findings.push((0, import_chunk_AIBAUOYI.finding)("DPR407", error.message, { file: rel, fix: (0, import_chunk_C7Z2DSUT.refusalFix)(error) }));
    } else {
      ctx.refuse(rel, "cannot be read");
      ctx.findings.push(cannotRead(rel, error, false));
    }
    return;
  }
  const secret = (0, import_chunk_SAEWK2QX.secretReason)(rel);
  if (secret) {
    if (!ctx.allowed(rel)) {
      ctx.refuse(rel, "looks like a secret");
      ctx.findings.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR401", `${rel} looks like a secret: ${secret}; refusing to package it`, {
          file: rel,
          fix: `Exclude it in .difyignore, or if it holds no secret, package it with --allow-file ${rel}.`
        })
      );
      return;
    }
    ctx.findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR408", `${rel} looks like a secret (${secret}) but is packaged: allowed by --allow-file`, {
        file: rel
      })
    );
  }
  ctx.files.push(linked ? { path: rel, size, source: full, linked } : { path: rel, size, source: full });
  if (flag) {
    flag.count++;
    return;
  }
  const dev = (0, import_chunk_SAEWK2QX.devFileReason)(name);
  if (dev) ctx.flag({ rel, count: 1, code: "DPR406", reason: dev });
  else if (name.startsWith(".") && !secret && !(0, import_chunk_SAEWK2QX.isExpectedHidden)(rel)) {
    ctx.flag({ rel, count: 1, code: "DPR404", reason: "" });
  }
}
function direntKind(entry) {
  if (entry.isFIFO()) return "a named pipe";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "a device";
  return "not a file";
}
function followable(ctx, full, rel, stats) {
  let target;
  try {
    if (!stats) throw new Error("broken");
    target = import_node_fs4.realpathSync.native(full);
  } catch {
    ctx.refuse(rel, "is a broken symlink");
    ctx.findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR303", `${rel} is a broken symlink`, {
        file: rel,
        fix: "Remove the link or point it at an existing file inside the repository."
      })
    );
    return void 0;
  }
  if (!(0, import_chunk_SAEB7QK7.isInside)(ctx.boundary, target)) {
    ctx.refuse(rel, `is a symlink to ${target}, outside the repository`);
    ctx.findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR303", `${rel} is a symlink to ${target}, outside the repository (${ctx.boundary})`, {
        file: rel,
        fix: "Copy the file into the plugin instead: a link out of the repository is not reproducible."
      })
    );
    return void 0;
  }
  if (!safeTarget(ctx, rel, target)) return void 0;
  const shown = toSlash(import_node_path4.default.relative(ctx.realRoot, target)) || ".";
  const dev = devTargetReason(ctx.boundary, ctx.realRoot, target, Boolean(stats?.isDirectory()));
  if (dev) {
    ctx.findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR406", `${rel} is a symlink to ${shown}, inside ${dev.dir}: it looks like ${dev.reason}`, {
        file: rel,
        fix: `Remove the link, or add ${rel} to .difyignore.`
      })
    );
  }
  ctx.findings.push(
    (0, import_chunk_AIBAUOYI.finding)("DPR311", `${rel} is a symlink to ${shown}; its content is packaged`, { file: rel })
  );
  return target;
}
function safeTarget(ctx, rel, target) {
  const targetRel = toSlash(import_node_path4.default.relative(ctx.boundary, target));
  const secret = (0, import_chunk_SAEWK2QX.inGitDir)(targetRel) ? import_chunk_SAEWK2QX.GIT_DIR_REASON : (0, import_chunk_SAEWK2QX.secretReason)(targetRel);
  if (!secret || (0, import_chunk_SAEWK2QX.secretReason)(rel) && !(0, import_chunk_SAEWK2QX.inGitDir)(targetRel)) return true;
  const shown = toSlash(import_node_path4.default.relative(ctx.realRoot, target)) || ".";
  if (ctx.allowed(rel)) {
    ctx.findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR408",
        `${rel} leads to ${shown}, which looks like a secret (${secret}), but is packaged: allowed by --allow-file`,
        {
          file: rel
        }
      )
    );
    return true;
  }
  ctx.refuse(rel, `leads to ${shown}, which looks like a secret`);
  ctx.findings.push(
    (0, import_chunk_AIBAUOYI.finding)(
      "DPR401",
      `${rel} is a symlink to ${shown}, ${(0, import_chunk_SAEWK2QX.inGitDir)(targetRel) ? "inside" : "which looks like a secret:"} ${secret}; refusing to package it`,
      {
        file: rel,
        fix: `Remove the link, or exclude it in .difyignore; if the target holds no secret, package it with --allow-file ${rel}.`
      }
    )
  );
  return false;
}
function safeRealpath(p) {
  try {
    return (0, import_node_fs4.realpathSync)(p);
  } catch {
    return import_node_path4.default.resolve(p);
  }
}
function selectFiles(root, options = {}) {
  const walker = new Walker(import_node_path2.default.resolve(root), options);
  walker.run();
  return walker.result();
}
var Walker = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.rules = loadIgnoreRules(root);
    this.boundary = safeRealpath(options.boundary ?? (0, import_chunk_SAEB7QK7.repositoryRoot)(root) ?? root);
    this.realRoot = safeRealpath(root);
    this.allowed = patternMatcher(options.allowFiles ?? []);
    this.exclude = /* @__PURE__ */ new Set();
    this.excludePatterns = [];
    for (const e of options.exclude ?? []) {
      if (typeof e === "string") this.exclude.add(e);
      else this.excludePatterns.push(e);
    }
    this.findings.push(...this.rules.findings);
  }
  root;
  options;
  rules;
  /** The repository (or the root), real path: link targets are compared with it. */
  boundary;
  realRoot;
  allowed;
  exclude;
  excludePatterns;
  files = [];
  findings = [];
  flagged = [];
  defaultHits = /* @__PURE__ */ new Map();
  refused = /* @__PURE__ */ new Map();
  /** Real paths of the directories being walked (the current chain): a link back to one is a loop. */
  walking = /* @__PURE__ */ new Set();
  run() {
    this.walking.add(this.realRoot);
    this.visit(this.root, "", this.realRoot, void 0, false, 0);
  }
  result() {
    this.files.sort((a, b) => (0, import_chunk_SAEB7QK7.byteOrder)(a.path, b.path));
    for (const f of this.flagged) if (f.count > 0) this.findings.push(flagFinding(f));
    if (this.rules.file === null)
      this.findings.push(
        defaultsFinding(
          this.defaultHits,
          this.boundary !== this.root && (0, import_node_fs.existsSync)(import_node_path2.default.join(this.boundary, ".gitignore"))
        )
      );
    const extra = this.options.extra ?? [];
    const all = [...this.files, ...extra];
    const totalSize = all.reduce((n, f) => n + f.size, 0);
    const maxSize = this.options.maxSize ?? DEFAULT_MAX_SIZE;
    if (totalSize > maxSize) this.findings.push(sizeFinding(all, totalSize, maxSize));
    if (all.length > MARKETPLACE_MAX_FILES) {
      this.findings.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR410",
          `${all.length} files would be packaged; the marketplace accepts at most ${MARKETPLACE_MAX_FILES}`,
          { fix: "Exclude generated or vendored files in .difyignore." }
        )
      );
    }
    return {
      files: this.files,
      ignoreFile: this.rules.file,
      findings: this.findings,
      totalSize,
      boundary: this.boundary,
      refused: this.refused
    };
  }
  /**
   * Walk one directory; `realDir` is its real path (symlinks resolved), `flag` the hidden or leftover
   * ancestor already reported, if any; `linked` when the directory was reached through a symlink (its
   * files' real paths are checked too). The real path of an entry that is not a link is its parent's
   * joined with its name, so no path is resolved again from the root: the walk stays linear in the
   * number of directories, however deep (resolving each one cost time cubic in the depth).
   */
  visit(dir, rel, realDir, flag, linked, depth) {
    let entries;
    try {
      entries = (0, import_node_fs.readdirSync)(dir, { withFileTypes: true });
    } catch (error) {
      this.findings.push(cannotRead(rel || ".", error, true));
      return;
    }
    entries.sort((a, b) => (0, import_chunk_SAEB7QK7.byteOrder)(a.name, b.name));
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const full = import_node_path2.default.join(dir, entry.name);
      if (this.exclude.has(childRel) || this.excludePatterns.some((p) => p.test(childRel))) continue;
      const link = entry.isSymbolicLink();
      let stats;
      if (link) {
        try {
          stats = (0, import_node_fs.statSync)(full);
        } catch {
          stats = void 0;
        }
      }
      const isDir = link ? Boolean(stats?.isDirectory()) : entry.isDirectory();
      const verdict = this.rules.test(childRel, isDir);
      if (verdict.ignored) {
        if (this.rules.file === null && verdict.pattern) {
          this.defaultHits.set(verdict.pattern, (this.defaultHits.get(verdict.pattern) ?? 0) + 1);
        }
        continue;
      }
      let real = import_node_path2.default.join(realDir, entry.name);
      if (link) {
        const target = followable(this, full, childRel, stats);
        if (target === void 0) continue;
        real = target;
      }
      let gitFlag;
      if (isDir && entry.name === ".git") {
        if (!this.allowedPath(childRel)) {
          this.findings.push(gitFinding(this.rules.file, childRel));
          continue;
        }
        this.findings.push(
          (0, import_chunk_AIBAUOYI.finding)("DPR408", `${childRel}/ is ${import_chunk_SAEWK2QX.GIT_DIR_REASON}; packaged: allowed by --allow-file`, {
            file: childRel
          })
        );
        gitFlag = { rel: `${childRel}/`, count: 0, code: "DPR406", reason: "" };
      }
      if (isDir) {
        if (this.walking.has(real)) {
          this.findings.push(
            (0, import_chunk_AIBAUOYI.finding)("DPR407", `${childRel} links back to a directory above it (a symlink loop)`, {
              file: childRel,
              fix: "Remove the link, or exclude it in .difyignore."
            })
          );
          continue;
        }
        if (depth + 1 > MAX_DEPTH) {
          this.refuse(childRel, `is nested more than ${MAX_DEPTH} directories deep`);
          this.findings.push(
            (0, import_chunk_AIBAUOYI.finding)(
              "DPR407",
              `${childRel}/ is nested more than ${MAX_DEPTH} directories below the plugin root; it is not walked, so its files would be missing from the package`,
              {
                file: childRel,
                fix: "Flatten the tree, or exclude it in .difyignore (no plugin needs this depth: the deepest published one nests 5)."
              }
            )
          );
          continue;
        }
        const childFlag = flag ?? gitFlag ?? this.flagDir(childRel, entry.name, full);
        this.walking.add(real);
        this.visit(full, childRel, real, childFlag, linked || link, depth + 1);
        this.walking.delete(real);
      } else if (entry.isFile() || stats?.isFile()) {
        if (linked && !link && !safeTarget(this, childRel, real)) continue;
        addFile(this, childRel, entry.name, full, stats, flag, linked || link);
      } else {
        const kind = stats ? (0, import_chunk_C7Z2DSUT.kindOf)(stats) : direntKind(entry);
        this.refuse(childRel, `is not a regular file (${kind})`);
        this.findings.push(
          (0, import_chunk_AIBAUOYI.finding)(
            "DPR407",
            `${childRel} is not a regular file (${kind}): a package holds only regular files, and reading it could hang or never end`,
            {
              file: childRel,
              fix: "Remove it from the plugin, or exclude it in .difyignore."
            }
          )
        );
      }
    }
  }
  /** Remember why an existing file is not selected (for "it exists, but …"). */
  refuse(rel, why) {
    this.refused.set(rel, why);
  }
  allowedPath(rel) {
    return this.allowed(rel) || this.allowed(`${rel}/`);
  }
  flagDir(rel, name, full) {
    const reason = (0, import_chunk_SAEWK2QX.devDirReason)(name, (0, import_node_fs.existsSync)(import_node_path2.default.join(full, "pyvenv.cfg")));
    if (reason) return this.flag({ rel: `${rel}/`, count: 0, code: "DPR406", reason });
    if (name.startsWith(".")) return this.flag({ rel: `${rel}/`, count: 0, code: "DPR404", reason: "" });
    return void 0;
  }
  flag(f) {
    this.flagged.push(f);
    return f;
  }
};
var LISTING_CODES = /* @__PURE__ */ new Set(["DPR303", "DPR311", "DPR407", "DPR417"]);
var DirSource = class {
  constructor(root, label = root, boundary) {
    this.root = root;
    this.label = label;
    this.boundary = boundary;
  }
  root;
  label;
  boundary;
  selection;
  names;
  byPath;
  async files() {
    return this.select().names;
  }
  async read(file) {
    const { byPath, selection } = this.select();
    const source = byPath.get(file);
    if (!source) return void 0;
    return readSelected(source, file, selection.boundary);
  }
  async listingFindings() {
    return this.select().selection.findings.filter((f) => LISTING_CODES.has(f.code));
  }
  whyMissing(file) {
    const full = import_node_path5.default.join(this.root, ...file.split("/"));
    if (!(0, import_chunk_SAEB7QK7.isInside)(this.root, full) || !(0, import_node_fs5.existsSync)(full)) return void 0;
    const refused = this.select().selection.refused.get(file);
    if (refused) return `it exists, but it ${refused}, so it is not in the package`;
    const ignore3 = this.select().selection.ignoreFile;
    return ignore3 ? `it exists, but ${ignore3} excludes it, so it is not in the package` : "it exists, but is excluded by default (no .difyignore), so it is not in the package";
  }
  select() {
    if (!this.selection) {
      this.selection = selectFiles(this.root, {
        maxSize: Number.POSITIVE_INFINITY,
        boundary: this.boundary,
        probeReadable: false
        // a declaration that cannot be read is reported when it is read
      });
      this.byPath = new Map(this.selection.files.map((f) => [f.path, f.source]));
      this.names = this.selection.files.map((f) => f.path);
    }
    return { selection: this.selection, names: this.names, byPath: this.byPath };
  }
};
function readSelected(source, label, boundary) {
  try {
    return (0, import_chunk_C7Z2DSUT.readRegularFile)(source, { maxBytes: import_chunk_ZFMTKNA4.LIMITS.maxPackageBytes, root: boundary, label });
  } catch (error) {
    if (error instanceof import_chunk_C7Z2DSUT.FileReadError && error.reason === "missing") return void 0;
    throw error;
  }
}
async function changedPlugins(scope, ref, git, markers = [import_chunk_RSCBOPBN.MANIFEST]) {
  const top = await git.topLevel();
  const base = await git.mergeBase(ref);
  const before = /* @__PURE__ */ new Set();
  for (const marker of markers) for (const f of await git.filesNamed(base, marker)) before.add(f);
  const changed = /* @__PURE__ */ new Set();
  const removed = /* @__PURE__ */ new Set();
  for (const rel of await git.changedPaths(base)) {
    const parts = rel.split("/");
    if (parts.some((p, i) => i < parts.length - 1 && p.startsWith("."))) continue;
    for (let i = parts.length - 1; i >= 0; i--) {
      const dirRel = parts.slice(0, i).join("/");
      const dir = import_node_path6.default.join(top, ...parts.slice(0, i));
      if (markers.some((m) => (0, import_node_fs6.existsSync)(import_node_path6.default.join(dir, m)))) {
        changed.add(dir);
        break;
      }
      if (markers.some((m) => before.has(dirRel ? `${dirRel}/${m}` : m))) {
        removed.add(dirRel || ".");
        break;
      }
    }
  }
  const inScope = (dir) => scope.some((s) => (0, import_chunk_SAEB7QK7.isInside)(s, dir));
  return {
    changed: [...changed].filter(inScope).sort(import_chunk_SAEB7QK7.byteOrder),
    removed: [...removed].filter((r) => inScope(import_node_path6.default.join(top, r))).sort(import_chunk_SAEB7QK7.byteOrder),
    base
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_MAX_SIZE,
  DirSource,
  changedPlugins,
  defaultRules,
  parseIgnoreFile,
  patternMatcher,
  readSelected,
  selectFiles
});
