/**
 * A Video value as the page holds it: Gradio 6's FileData, or the `{video, subtitles}` form a
 * handler's `(video, subtitles)` tuple becomes (py/blocklite/components/video.py).
 *
 * Why it exists: the player, the download link and the event input all need "the video file" and
 * "its subtitles, if any" from either form, and nothing else may be trusted in the value.
 */

import { isRecord } from "../../lib/guards";
import { asFileData, type FileData } from "../../net/app-files";

export interface VideoValue {
  video: FileData;
  subtitles: FileData | null;
}

/** The value as a VideoValue (null: no video). */
export function videoValue(raw: unknown): VideoValue | null {
  if (isRecord(raw) && "video" in raw) {
    const video = asFileData(raw.video);
    return video ? { video, subtitles: asFileData(raw.subtitles) } : null;
  }
  const video = asFileData(raw);
  return video ? { video, subtitles: null } : null;
}

/** The value stored: the FileData itself when there are no subtitles (what Gradio 6 sends). */
export function storedValue(value: VideoValue | null): FileData | VideoValue | null {
  if (value === null) return null;
  return value.subtitles ? value : value.video;
}
