// The Gradio protocol is typed once per side: protocol/gradio.ts (page) and
// py/blocklite/server/messages.py (server). This test reads both, the TypeScript with the
// compiler API and the Python through its TypedDicts, and fails when a message or a field exists
// on one side only, or is optional on one side and required on the other.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import ts from "typescript";
import { ROOT } from "./harness.mjs";

/** Interfaces of a TS file: name -> {fields: {name: optional}, msg: literal | null}. */
export function tsInterfaces(source, fileName = "protocol.ts") {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const found = {};
  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node)) {
      const fields = {};
      let msg = null;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.name) continue;
        const name = member.name.getText(file).replace(/^["']|["']$/g, "");
        fields[name] = Boolean(member.questionToken);
        const type = member.type;
        if (name === "msg" && type && ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) {
          msg = type.literal.text;
        }
      }
      if (node.heritageClauses?.length) {
        throw new Error(`${node.name.text}: write the fields out (no extends), so this test sees them`);
      }
      found[node.name.text] = { fields, msg };
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The Python side: msg -> fields and payload name -> fields ({field: optional}). */
function pythonShapes() {
  const script = `
import json
from blocklite.server import messages as m
def shape(td):
    return {k: k in td.__optional_keys__ for k in td.__annotations__}
print(json.dumps({
    "messages": {msg: shape(td) for msg, td in m.QUEUE_MESSAGES.items()},
    "payloads": {name: shape(td) for name, td in m.PAYLOADS.items()},
}))
`;
  const out = execFileSync("python3", ["-c", script], {
    env: { ...process.env, PYTHONPATH: join(ROOT, "py") },
    encoding: "utf8",
  });
  return JSON.parse(out);
}

const gradioTs = tsInterfaces(readFileSync(join(ROOT, "protocol", "gradio.ts"), "utf8"), "gradio.ts");
const python = pythonShapes();
const tsMessages = Object.fromEntries(
  Object.values(gradioTs)
    .filter((i) => i.msg !== null)
    .map((i) => [i.msg, i.fields]),
);

test("the same queue messages on both sides", () => {
  assert.deepEqual(Object.keys(tsMessages).sort(), Object.keys(python.messages).sort());
});

test("each queue message has the same fields, optional on both sides or on neither", () => {
  for (const [msg, fields] of Object.entries(python.messages)) {
    assert.deepEqual(tsMessages[msg], fields, `message "${msg}"`);
  }
});

test("the payloads inside messages and route answers match too", () => {
  for (const [name, fields] of Object.entries(python.payloads)) {
    assert.ok(gradioTs[name], `protocol/gradio.ts has no interface ${name}`);
    assert.deepEqual(gradioTs[name].fields, fields, `interface ${name}`);
  }
});

test("the TS union names every message interface", () => {
  const source = readFileSync(join(ROOT, "protocol", "gradio.ts"), "utf8");
  const union = /export type QueueMessage\s*=([^;]+);/.exec(source);
  assert.ok(union, "protocol/gradio.ts exports type QueueMessage");
  const members = union[1].split("|").map((s) => s.trim()).filter(Boolean).sort();
  const named = Object.entries(gradioTs)
    .filter(([, i]) => i.msg !== null)
    .map(([name]) => name)
    .sort();
  assert.deepEqual(members, named);
});

test("the reader itself: a field added on one side only is seen", () => {
  const a = tsInterfaces('interface A { msg: "a"; x: number; y?: string }');
  assert.deepEqual(a.A, { fields: { msg: false, x: false, y: true }, msg: "a" });
  const b = tsInterfaces('interface A { msg: "a"; x: number; y?: string; z: 1 }');
  assert.notDeepEqual(a.A.fields, b.A.fields);
});
