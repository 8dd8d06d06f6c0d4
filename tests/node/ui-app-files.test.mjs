// The page's side of an app's files (js/net/app-files.ts) against a recording fake fetch: the size
// check happens before any request, the upload body is Gradio's form, its answer becomes FileData,
// and app file URLs (absolute or Gradio's root-relative forms) become blob: URLs fetched once.
// tests/browser/test_file_plumbing.py runs the same code against the real worker.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const files = await loadUi("net/app-files");
const ROOT = "http://page.test/__blocklite__/app-1/";

/** Replace globalThis.fetch with `answer(url, init)`; returns the calls made. */
function fakeFetch(answer) {
  const calls = [];
  globalThis.fetch = async (url, init = {}) => {
    calls.push({ url: String(url), init });
    return answer(String(url), init);
  };
  return calls;
}

test("a file over max_file_size is refused before a byte is sent", async () => {
  const calls = fakeFetch(() => new Response("[]"));
  const app = files.createAppFiles(ROOT, 10);
  await assert.rejects(app.upload([new File(["x".repeat(11)], "big.txt")]), /maximum allowed size of 10.0 B: big\.txt/);
  assert.equal(calls.length, 0);
});

test("an upload posts every file as `files` and answers FileData with the route URL", async () => {
  const calls = fakeFetch(() => Response.json(["/tmp/gradio/app-x/1/a.txt", "/tmp/gradio/app-x/2/b.png"]));
  const app = files.createAppFiles(ROOT, null);
  const out = await app.upload([new File(["hello"], "a.txt", { type: "text/plain" }), new File(["png"], "b.png")]);
  assert.equal(calls.length, 1);
  assert.equal(calls[0].url, `${ROOT}gradio_api/upload`);
  const sent = calls[0].init.body;
  assert.deepEqual(sent.getAll("files").map((f) => f.name), ["a.txt", "b.png"]);
  assert.deepEqual(out[0], {
    path: "/tmp/gradio/app-x/1/a.txt",
    url: `${ROOT}gradio_api/file=/tmp/gradio/app-x/1/a.txt`,
    size: 5,
    orig_name: "a.txt",
    mime_type: "text/plain",
    is_stream: false,
    meta: { _type: "gradio.FileData" },
  });
  assert.equal(out[1].mime_type, null);
});

test("a refused upload rejects with the server's reason, JSON or plain text", async () => {
  fakeFetch(() => new Response("File size exceeded maximum allowed size of 1024 bytes.", { status: 413 }));
  const app = files.createAppFiles(ROOT, null);
  await assert.rejects(app.upload([new File(["x"], "x")]), /File size exceeded maximum allowed size of 1024 bytes\./);
  fakeFetch(() => Response.json({ detail: "Invalid content type." }, { status: 400 }));
  await assert.rejects(app.upload([new File(["x"], "x")]), /^Error: Invalid content type\.$/);
  fakeFetch(() => Response.json({ not: "a list" }));
  await assert.rejects(app.upload([new File(["x"], "x")]), /not a list of paths/);
});

test("app file URLs become blob: URLs, fetched once each; other URLs pass", async () => {
  const calls = fakeFetch(() => new Response(new Blob(["img"], { type: "image/png" })));
  const app = files.createAppFiles(ROOT, null);
  const fd = { path: "/tmp/x.png", url: `${ROOT}gradio_api/file=/tmp/x.png`, is_stream: false };
  const first = await app.src(fd);
  const again = await app.src(`${ROOT}gradio_api/file=/tmp/x.png`);
  const relative = await app.src("/gradio_api/file=/tmp/x.png");
  const bare = await app.src("file=/tmp/x.png");
  assert.match(first, /^blob:/);
  assert.equal(again, first);
  assert.equal(relative, first);
  assert.equal(bare, first);
  assert.equal(calls.length, 1);
  assert.equal(await app.src("https://example.com/cat.png"), "https://example.com/cat.png");
  assert.equal(await app.src("data:image/png;base64,AA=="), "data:image/png;base64,AA==");
  assert.equal(await app.src(null), null);
  app.dispose();
});

test("a FileData without a url is loaded from its path", async () => {
  const calls = fakeFetch(() => new Response("x"));
  const app = files.createAppFiles(ROOT, null);
  await app.src({ path: "/tmp/y.txt", is_stream: false });
  assert.equal(calls[0].url, `${ROOT}gradio_api/file=/tmp/y.txt`);
});

test("css url()s of app files are blank first, then blob: URLs", async () => {
  fakeFetch(() => new Response("bg"));
  const app = files.createAppFiles(ROOT, null);
  const applied = [];
  const done = new Promise((resolve) => {
    app.adoptCss("#a { background: url('/gradio_api/file=/tmp/t.png') } #b { background: url(https://x.test/y.png) }", (css) => {
      applied.push(css);
      if (applied.length === 2) resolve();
    });
  });
  await done;
  assert.match(applied[0], /url\("data:,"\)/);
  assert.doesNotMatch(applied[0], /gradio_api/);
  assert.match(applied[1], /url\("blob:[^"]+"\)/);
  assert.match(applied[1], /url\(https:\/\/x\.test\/y\.png\)/);
});

test("asFileData reads a wire FileData and refuses anything else", () => {
  assert.equal(files.asFileData(null), null);
  assert.equal(files.asFileData({ url: "x" }), null);
  const fd = files.asFileData({ path: "/a", size: "big", orig_name: 3 });
  assert.deepEqual(fd, { path: "/a", url: null, size: null, orig_name: null, mime_type: null, is_stream: false, meta: { _type: "gradio.FileData" } });
  assert.equal(files.fileName({ path: "/tmp/dir/name.txt", orig_name: null }), "name.txt");
  assert.equal(files.formatBytes(1536), "1.5 KB");
  assert.equal(files.formatBytes(12), "12.0 B");
});
