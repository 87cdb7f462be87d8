import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  COMMANDS,
  findCommand
} from "./chunk-RPJTFTGT.js";
import {
  allOptions,
  parseText,
  runInvocation
} from "./chunk-JW5GLBSH.js";
import {
  error,
  setOutput,
  setSecret
} from "./chunk-A3MVWPB4.js";
import {
  inputName
} from "./chunk-RQSBGP2X.js";

// src/action/main.ts
import path from "node:path";

// src/action/inputs.ts
function inputText(env, name) {
  const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  return trimmed === "" ? void 0 : value;
}
function readInputs(env, options) {
  const values = {};
  for (const o of options) {
    const name = inputName(o);
    if (name === void 0) continue;
    const text = inputText(env, name);
    if (text === void 0) continue;
    values[o.key] = o.kind === "secret" ? text.trim() : parseText(o, text, "action");
  }
  return values;
}

// src/action/main.ts
async function run(env = process.env, fixed) {
  const command = fixed ?? inputText(env, "command")?.trim() ?? "validate";
  const cwd = path.resolve(
    env.GITHUB_WORKSPACE ?? process.cwd(),
    inputText(env, "working-directory")?.trim() ?? "."
  );
  const decl = findCommand(command);
  if (!decl || decl.surfaces?.action === false) {
    const known = COMMANDS.filter((c) => c.surfaces?.action !== false).map((c) => c.name);
    error(
      `input "command" is "${command}", which this version does not run
Fix: Use one of: ${known.join(", ")}.`,
      {
        title: "dify-plugin-release"
      }
    );
    process.exitCode = 2;
    return 2;
  }
  const options = allOptions(decl);
  let values;
  try {
    values = readInputs(env, options);
  } catch (error2) {
    const e = error2;
    error(e.fix ? `${e.message}
Fix: ${e.fix}` : e.message, {
      title: `dify-plugin-release ${command}`
    });
    process.exitCode = 2;
    return 2;
  }
  for (const o of options) {
    const v = values[o.key];
    if (o.kind !== "secret" || typeof v !== "string") continue;
    setSecret(v);
    for (const line of v.split(/\r?\n/)) if (line.trim().length > 8) setSecret(line.trim());
  }
  const outcome = await runInvocation({ decl, values, surface: "action", cwd, env });
  for (const [name, value] of Object.entries(outcome.outputs)) setOutput(name, value);
  return outcome.exitCode;
}

// src/action/index.ts
function start(command) {
  run(process.env, command).then(
    (code) => {
      process.exitCode = code;
    },
    async (error2) => {
      const core = await import("./core-SHIH3FXN.js");
      core.setFailed(`internal error: ${error2 instanceof Error ? error2.message : String(error2)}`);
      process.exitCode = 2;
    }
  );
}

export {
  start
};
