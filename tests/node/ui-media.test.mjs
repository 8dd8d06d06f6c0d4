// The pure logic behind gr.Audio and gr.Video (js/components/media/, js/components/video/value.ts):
// the WAV bytes the page sends to Python, the waveform's bar heights, trimming by seconds, the
// gapless schedule of streamed chunks and the two forms of a Video value.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const wav = await loadUi("components/media/wav");
const schedule = await loadUi("components/media/schedule");
const value = await loadUi("components/video/value");

const text = (bytes, from, to) => String.fromCharCode(...bytes.slice(from, to));

test("encodeWav writes a 16-bit PCM RIFF header and interleaved samples", () => {
  const left = new Float32Array([0, 1, -1, 0.5]);
  const right = new Float32Array([0.25, -0.25, 2, Number.NaN]);
  const bytes = wav.encodeWav([left, right], 22050);
  const view = new DataView(bytes.buffer);
  assert.equal(text(bytes, 0, 4), "RIFF");
  assert.equal(text(bytes, 8, 16), "WAVEfmt ");
  assert.equal(view.getUint32(4, true), bytes.length - 8);
  assert.equal(view.getUint16(20, true), 1, "PCM");
  assert.equal(view.getUint16(22, true), 2, "channels");
  assert.equal(view.getUint32(24, true), 22050);
  assert.equal(view.getUint32(28, true), 22050 * 4, "byte rate");
  assert.equal(view.getUint16(32, true), 4, "block align");
  assert.equal(view.getUint16(34, true), 16);
  assert.equal(text(bytes, 36, 40), "data");
  assert.equal(view.getUint32(40, true), 4 * 2 * 2);
  const samples = [];
  for (let at = 44; at < bytes.length; at += 2) samples.push(view.getInt16(at, true));
  // interleaved L R; 1 → 32767, -1 → -32768, 2 clips, NaN is silence
  assert.deepEqual(samples, [0, 8192, 32767, -8192, -32768, 32767, 16384, 0]);
});

test("encodeWav of nothing is a valid empty file", () => {
  const bytes = wav.encodeWav([], 8000);
  assert.equal(bytes.length, 44);
  assert.equal(new DataView(bytes.buffer).getUint16(22, true), 1);
});

test("sliceSeconds cuts every channel at the same samples, either order, clamped", () => {
  const c = Float32Array.from({ length: 10 }, (_, i) => i);
  const [cut] = wav.sliceSeconds([c], 10, 0.2, 0.5);
  assert.deepEqual([...cut], [2, 3, 4]);
  const [reversed] = wav.sliceSeconds([c], 10, 0.5, 0.2);
  assert.deepEqual([...reversed], [2, 3, 4]);
  const [tail] = wav.sliceSeconds([c], 10, 0.8, 99);
  assert.deepEqual([...tail], [8, 9]);
});

test("peaks are the loudest sample of each slice across channels", () => {
  const a = new Float32Array([0.1, -0.9, 0.2, 0.3]);
  const b = new Float32Array([0.5, 0, 0, -0.4]);
  assert.deepEqual(wav.peaks([a, b], 2).map((x) => Math.round(x * 10) / 10), [0.9, 0.4]);
  assert.deepEqual(wav.peaks([], 3), [0, 0, 0]);
});

test("streamed chunks are scheduled back to back, whatever their arrival time", () => {
  const t = new schedule.ChunkTimeline(0.05);
  const first = t.add(0.5, 1.0);
  assert.deepEqual(first, { start: 1.05, end: 1.55, fresh: true });
  // the next chunks arrive while the first still plays, at irregular times
  const second = t.add(0.5, 1.1);
  const third = t.add(0.25, 1.5);
  assert.equal(second.start, first.end);
  assert.equal(third.start, second.end);
  assert.equal(second.fresh || third.fresh, false);
  assert.equal(t.runs.length, 3);
  // after the audio ran out, a late chunk starts a new run a little after now
  const late = t.add(0.5, 10);
  assert.deepEqual(late, { start: 10.05, end: 10.55, fresh: true });
  assert.equal(t.runs.length, 1);
  t.reset();
  assert.equal(t.end, 0);
});

test("a Video value is a FileData or {video, subtitles}; anything else is no video", () => {
  const file = { path: "/c/a.webm", url: "/f/a.webm", meta: { _type: "gradio.FileData" } };
  const subs = { path: "/c/a.vtt", url: "/f/a.vtt", meta: { _type: "gradio.FileData" } };
  assert.equal(value.videoValue(file).video.path, "/c/a.webm");
  assert.equal(value.videoValue(file).subtitles, null);
  const both = value.videoValue({ video: file, subtitles: subs });
  assert.equal(both.subtitles.path, "/c/a.vtt");
  assert.equal(value.videoValue({ video: "nope" }), null);
  assert.equal(value.videoValue(42), null);
  assert.equal(value.storedValue(value.videoValue(file)).path, "/c/a.webm");
  assert.equal(value.storedValue(both), both);
});

test("streamed media chunks never fold over each other in an output frame", async () => {
  const { FrameBatcher, isStreamChunk } = await loadUi("engine/outputs");
  const applied = [];
  const b = new FrameBatcher((patches) => applied.push([...patches.values()]), 10_000);
  const chunk = (n) => ({ path: `/c/${n}.wav`, is_stream: true, meta: { _type: "gradio.FileData" } });
  assert.equal(isStreamChunk(chunk(0)), true);
  assert.equal(isStreamChunk({ __type__: "update", value: chunk(0) }), true);
  assert.equal(isStreamChunk({ path: "/c/a.wav", is_stream: false }), false);
  for (let n = 0; n < 5; n++) b.push([chunk(n)]);
  b.flush();
  assert.deepEqual(applied.map(([v]) => v.path), ["/c/0.wav", "/c/1.wav", "/c/2.wav", "/c/3.wav", "/c/4.wav"]);
  // plain values still fold: only the last is applied
  applied.length = 0;
  for (const v of ["a", "b", "c"]) b.push([v]);
  b.flush();
  assert.deepEqual(applied, [["c"]]);
});

test("Audio subtitles: Gradio's cue list, WebVTT and SRT text, and the line at a time", async () => {
  const c = await loadUi("components/media/captions");
  assert.deepEqual(c.cuesFromList([{ start: 0, end: 1.5, text: "hi" }, { start: "x" }, 3]), [{ start: 0, end: 1.5, text: "hi" }]);
  assert.equal(c.parseTimestamp("00:01:02.500"), 62.5);
  assert.equal(c.parseTimestamp("01:02,25"), 62.25);
  assert.ok(Number.isNaN(c.parseTimestamp("soon")));
  const vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:01.000 align:start\nHello\n\n00:00:01.000 --> 00:00:02.500\nTwo\nlines\n";
  const srt = "1\r\n00:00:00,000 --> 00:00:01,000\r\nHello\r\n\r\n2\r\n00:00:01,000 --> 00:00:02,500\r\nTwo\r\nlines\r\n";
  for (const text of [vtt, srt]) {
    const cues = c.parseCues(text);
    assert.deepEqual(cues, [{ start: 0, end: 1, text: "Hello" }, { start: 1, end: 2.5, text: "Two\nlines" }]);
    assert.equal(c.cueAt(cues, 0.5), "Hello");
    assert.equal(c.cueAt(cues, 1), "Two\nlines", "a cue starts at its start");
    assert.equal(c.cueAt(cues, 3), "");
  }
});

test("a streaming input's pace comes from its listeners' stream_every and time_limit", async () => {
  const { EventRunner } = await loadUi("engine/scheduler");
  const { parseConfig } = await loadUi("engine/config");
  const dep = (id, extra) => ({ id, targets: [[1, "stream"]], inputs: [1], outputs: [], ...extra });
  const config = parseConfig(
    {
      layout: { id: 0, children: [] },
      dependencies: [dep(0, { stream_every: 1.5, time_limit: 30 }), dep(1, { stream_every: 0.25, time_limit: null }), { id: 2, targets: [[2, "stream"]], inputs: [], outputs: [] }],
    },
    "http://x/",
  );
  const runner = new EventRunner(config, new Map(), { submit() {}, cancel() {} }, { show() {}, error() {} });
  assert.deepEqual(runner.listenerPace(1, "stream"), { streamEvery: 0.25, timeLimit: 30 });
  assert.deepEqual(runner.listenerPace(2, "stream"), { streamEvery: 0.5, timeLimit: null }, "Gradio's default 0.5 s");
  assert.equal(runner.listenerPace(1, "change"), null);
});
