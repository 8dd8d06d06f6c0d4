// The contained-content policy (js/components/contain-policy.ts) and the network switch
// (js/page/network.ts): pure rules, so they are checked here without a DOM; the browser test
// tests/browser/test_containment.py runs them through DOMPurify on real pages.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const policy = await loadUi("components/contain-policy");
const network = await loadUi("page/network");

test("inline styles that style their own element pass", () => {
  for (const [prop, value] of [
    ["text-align", "center"], ["color", "rgb(204, 0, 0)"], ["background-color", "#eef"], ["font-family", "serif"],
    ["font-size", "18px"], ["font-weight", "bold"], ["margin-top", "8px"], ["margin-left", "auto"],
    ["padding-left", "1em"], ["border-top-style", "solid"], ["border-top-width", "1px"], ["display", "flex"],
    ["width", "50%"], ["overflow-x", "auto"],
  ]) assert.ok(policy.allowedDeclaration(prop, value), `${prop}: ${value}`);
});

test("positioning, transforms, loads and negative margins do not", () => {
  for (const [prop, value] of [
    ["position", "fixed"], ["position", "sticky"], ["inset", "0"], ["top", "0"], ["z-index", "2147483647"],
    ["transform", "scale(50)"], ["translate", "-10px"], ["filter", "blur(1px)"], ["clip-path", "inset(-1px)"],
    ["background-image", "url(http://evil.example/x.png)"], ["color", "url(x)"], ["font-family", "a;b"],
    ["margin-top", "-10000px"], ["margin-left", "calc(-1 * 9999px)"], ["text-indent", "-99999px"],
    ["display", "-webkit-box"], ["overflow-x", "visible"], ["cursor", "url(x), auto"], ["content", "'x'"],
    ["width", "expression(alert(1))"], ["animation-name", "spin"], ["outline-width", "100000px"],
    ["box-shadow", "0 0 0 100000px red"],
  ]) assert.equal(policy.allowedDeclaration(prop, value), false, `${prop}: ${value}`);
});

test("filterStyle keeps the allowed declarations and drops !important and the rest", () => {
  assert.equal(
    policy.filterStyle([["position", "fixed"], ["color", "red"], ["margin-top", "-5px"], ["text-align", "center"]]),
    "color: red; text-align: center",
  );
  assert.equal(policy.filterStyle([["position", "fixed"]]), "");
});

test("only language-* class tokens survive", () => {
  assert.equal(policy.filterClass("language-python blocklite-toast hljs"), "language-python");
  assert.equal(policy.filterClass("blocklite-app"), "");
});

test("remote URLs: another origin; data:, blob: and same-origin are local", () => {
  const base = "http://127.0.0.1:8000/app/index.html";
  const origin = "http://127.0.0.1:8000";
  assert.ok(policy.isRemoteUrl("http://evil.example/x.png", base, origin));
  assert.ok(policy.isRemoteUrl("//evil.example/x.png", base, origin));
  assert.ok(policy.isRemoteUrl("https://127.0.0.1:8000/x.png", base, origin), "another scheme is another origin");
  assert.equal(policy.isRemoteUrl("img/x.png", base, origin), false);
  assert.equal(policy.isRemoteUrl("/x.png", base, origin), false);
  assert.equal(policy.isRemoteUrl("data:image/png;base64,AAAA", base, origin), false);
  assert.equal(policy.isRemoteUrl("", base, origin), false);
  assert.ok(policy.isRemoteSrcset("a.png 1x, http://evil.example/b.png 2x", base, origin));
  assert.equal(policy.isRemoteSrcset("a.png 1x, b.png 2x", base, origin), false);
});

test("SVG references stay inside the markup", () => {
  assert.ok(policy.allowedSvgRef("use", "#icon"));
  assert.equal(policy.allowedSvgRef("use", "http://evil.example/s.svg#a"), false);
  assert.ok(policy.allowedSvgRef("image", "data:image/png;base64,AAAA"));
  assert.equal(policy.allowedSvgRef("image", "data:image/svg+xml,<svg onload=x>"), false);
  assert.ok(policy.allowedSvgPaint("url(#grad)"));
  assert.ok(policy.allowedSvgPaint("red"));
  assert.equal(policy.allowedSvgPaint("url(http://evil.example/f.svg#g)"), false);
});

test("the tag and attribute allowlists leave out everything that acts on the page", () => {
  const tags = new Set([...policy.CONTAINED_HTML_TAGS, ...policy.CONTAINED_SVG_TAGS, ...policy.CONTAINED_MATH_TAGS]);
  for (const tag of ["style", "link", "form", "button", "select", "textarea", "base", "meta", "iframe", "object",
    "embed", "script", "foreignobject", "frame", "dialog", "template", "track", "animate", "set", "feimage",
    "annotation-xml", "mpadded"])
    assert.equal(tags.has(tag), false, tag);
  const attrs = new Set(policy.CONTAINED_ATTRS);
  for (const attr of ["formaction", "form", "action", "srcdoc", "ping", "background", "autofocus", "popover", "onerror"])
    assert.equal(attrs.has(attr), false, attr);
});

test("data-offline: present means offline, false/off/no/0 mean online; never switched back", () => {
  assert.equal(network.OFFLINE_KEY, "offline");
  assert.equal(network.parseOffline(undefined), false);
  assert.equal(network.parseOffline(""), true);
  assert.equal(network.parseOffline("true"), true);
  for (const off of ["false", "OFF", " no ", "0"]) assert.equal(network.parseOffline(off), false, off);
  assert.equal(network.isOffline(), false);
  network.setOffline(true);
  network.setOffline(false);
  assert.equal(network.isOffline(), true);
});
