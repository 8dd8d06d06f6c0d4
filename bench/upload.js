// One upload + download round trip of `size` bytes against the app at `root` (bench/upload.py).
// The same code runs on blocklite's page (root = the app's virtual root, through the shim) and on
// real Gradio's page (root = its own URL). Returns the times and whether the bytes came back equal.
async ({ root, size, name }) => {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 4096) bytes[i] = (i >> 12) & 255;
  const form = new FormData();
  form.append("files", new File([bytes], name));
  const t0 = performance.now();
  const answer = await fetch(`${root}gradio_api/upload`, { method: "POST", body: form });
  if (!answer.ok) throw new Error(`upload answered ${answer.status}: ${await answer.text()}`);
  const [path] = await answer.json();
  const t1 = performance.now();
  const back = new Uint8Array(await (await fetch(`${root}gradio_api/file=${path}`)).arrayBuffer());
  const t2 = performance.now();
  let same = back.length === size;
  for (let i = 0; same && i < size; i += 4096) same = back[i] === bytes[i];
  return { upload_ms: t1 - t0, download_ms: t2 - t1, round_trip_ms: t2 - t0, same };
}
