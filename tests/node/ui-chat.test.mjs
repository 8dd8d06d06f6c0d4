// The Chatbot's pure logic (js/components/chat/model.ts): reading messages, where they go, and
// which custom tags are shown as text.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { parseMessages, planLayout, lastUserIndex, messageText, messageValue, eventContents, escapeCustomTags } = await loadUi(
  "components/chat/model",
);

const msg = (role, text, metadata = null) => ({ role, metadata, content: [{ type: "text", text }], options: null });

test("messages parse into typed records; malformed entries keep their index as null", () => {
  const parsed = parseMessages([
    msg("user", "Hi"),
    { role: 7, content: [] },
    {
      role: "assistant",
      metadata: { title: "Tool", id: 7, status: "pending", duration: 2 },
      content: [{ type: "file", file: { path: "a.png", url: "https://x/a.png", mime_type: "image/png" }, alt_text: "A" }, "plain"],
      options: [{ value: "y", label: "Yes" }, { value: 2 }, { nope: 1 }],
    },
  ]);
  assert.equal(parsed.length, 3);
  assert.equal(parsed[1], null);
  const [user, , tool] = parsed;
  assert.deepEqual(user.items, [{ kind: "text", text: "Hi" }]);
  assert.deepEqual(tool.meta, { title: "Tool", id: "7", parentId: null, log: null, duration: 2, status: "pending" });
  assert.deepEqual(tool.items[0], { kind: "file", file: { url: "https://x/a.png", name: "a.png", mime: "image/png" }, alt: "A" });
  assert.deepEqual(tool.options, [{ value: "y", label: "Yes" }, { value: "2", label: "2" }]);
  assert.equal(messageText(tool), "A\nplain");
  assert.deepEqual(parseMessages(null), []);
});

test("any string role parses: roles other than user and system are drawn on the assistant side", () => {
  const [tool, system, user] = parseMessages([msg("tool", "42"), msg("system", "be nice"), msg("user", "q")]);
  assert.equal(tool.role, "assistant");
  assert.equal(tool.name, "tool");
  assert.deepEqual(tool.items, [{ kind: "text", text: "42" }]);
  assert.equal(system.role, "system");
  assert.equal(user.name, "user");
  // a tool message between assistant messages is a row of its own (rows group by the given role)
  const rows = planLayout(parseMessages([msg("assistant", "a"), msg("tool", "t"), msg("assistant", "b")]), true).rows;
  assert.deepEqual(rows.map((r) => [r.role, r.name, r.indices]), [["assistant", "assistant", [0]], ["assistant", "tool", [1]], ["assistant", "assistant", [2]]]);
});

test("keys change with the content only where it changed", () => {
  const [a] = parseMessages([msg("assistant", "Hel")]);
  const [b] = parseMessages([msg("assistant", "Hello")]);
  const [c] = parseMessages([msg("assistant", "Hello")]);
  assert.notEqual(a.key, b.key);
  assert.equal(b.key, c.key);
  assert.deepEqual(b.itemKeys, c.itemKeys);
});

test("rows group consecutive roles; thoughts nest under their parent_id", () => {
  const messages = parseMessages([
    msg("user", "q"),
    msg("assistant", "thinking", { title: "Plan", id: "p" }),
    msg("assistant", "step", { title: "Step", parent_id: "p" }),
    msg("assistant", "answer"),
    msg("user", "thanks"),
  ]);
  const plan = planLayout(messages, true);
  assert.deepEqual(plan.rows, [
    { role: "user", name: "user", indices: [0] },
    { role: "assistant", name: "assistant", indices: [1, 3] },
    { role: "user", name: "user", indices: [4] },
  ]);
  assert.deepEqual([...plan.children], [[1, [2]]]);
  assert.deepEqual(
    planLayout(messages, false).rows.map((r) => r.indices),
    [[0], [1], [3], [4]],
  );
  assert.equal(lastUserIndex(messages), 4);
  assert.equal(lastUserIndex(parseMessages([msg("assistant", "hi")])), null);
});

test("event values: text for text messages, the content otherwise", () => {
  const raw = { role: "assistant", content: [{ type: "text", text: "a" }, { type: "component", component: "json", value: 1 }] };
  const [m] = parseMessages([raw]);
  assert.deepEqual(messageValue(m, raw), raw.content);
  const [t] = parseMessages([msg("user", "hello")]);
  assert.equal(messageValue(t, msg("user", "hello")), "hello");
});

test("event contents are shaped as Gradio's page reports them", () => {
  const image = { path: "a.png", url: "https://x/a.png", mime_type: "image/png" };
  const doc = { path: "b.pdf", mime_type: "application/pdf" };
  const component = { type: "component", component: "json", value: 1, constructor_args: {}, props: {} };
  const raw = {
    role: "assistant",
    content: [{ type: "text", text: "a" }, { type: "file", file: image, alt_text: "A" }, { type: "file", file: doc }, component],
  };
  assert.deepEqual(eventContents(raw), [
    "a",
    { component: "image", value: image, alt_text: "A", constructor_args: {}, props: {} },
    { component: "file", value: [doc], alt_text: null, constructor_args: {}, props: {} },
    component,
  ]);
  assert.deepEqual(eventContents(null), []);
});

test("retry and undo report the last message whose role is not assistant", () => {
  assert.equal(lastUserIndex(parseMessages([msg("user", "q"), msg("tool", "t"), msg("assistant", "a")])), 1);
  assert.equal(lastUserIndex(parseMessages([msg("user", "q"), msg("assistant", "a"), msg("assistant", "b")])), 0);
});

test("the markup tag list knows HTML, SVG and MathML, not custom tags", async () => {
  const { isMarkupTag } = await loadUi("components/html-tags");
  for (const name of ["div", "B", "svg", "path", "circle", "g", "foreignObject", "math", "mi", "annotation-xml"]) {
    assert.equal(isMarkupTag(name), true, name);
  }
  for (const name of ["thinking", "answer", "my-tag", "tool_call"]) assert.equal(isMarkupTag(name), false, name);
  const text = "<svg><circle/></svg><thinking>x</thinking>";
  assert.equal(escapeCustomTags(text, true, isMarkupTag), "<svg><circle/></svg>&lt;thinking&gt;x&lt;/thinking&gt;");
});

test("custom tags are escaped (shown as text) when allowed; HTML and code are left alone", () => {
  const isHtml = (name) => ["b", "script", "img", "p"].includes(name);
  const text = "<thinking>x</thinking> <b>bold</b> `<thinking>` <script>";
  assert.equal(escapeCustomTags(text, true, isHtml), "&lt;thinking&gt;x&lt;/thinking&gt; <b>bold</b> `<thinking>` <script>");
  assert.equal(escapeCustomTags(text, false, isHtml), text);
  assert.equal(escapeCustomTags("<a-b>y</a-b><c>z</c>", ["c"], isHtml), "<a-b>y</a-b>&lt;c&gt;z&lt;/c&gt;");
  assert.equal(escapeCustomTags("```\n<thinking>\n```", true, isHtml), "```\n<thinking>\n```");
  // Autolinks are Markdown, not tags.
  assert.equal(escapeCustomTags("<https://x.test> <a@b.test>", true, isHtml), "<https://x.test> <a@b.test>");
  assert.equal(escapeCustomTags('<tool name="x"/>', true, isHtml), '&lt;tool name="x"/&gt;');
});
