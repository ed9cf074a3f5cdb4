import type { MediaProblem } from "./call-types";

/** What a failed getUserMedia means for the person: no such device, or not allowed to use it. */
export function mediaProblemOf(kind: "audio" | "video", error: unknown): MediaProblem {
  const name = error instanceof Error || isDomException(error) ? error.name : "";
  const missing = name === "NotFoundError" || name === "OverconstrainedError";
  if (kind === "video") return missing ? "no-camera" : "camera-blocked";
  return missing ? "no-microphone" : "microphone-blocked";
}

function isDomException(error: unknown): error is { name: string } {
  return typeof error === "object" && error !== null && typeof (error as { name?: unknown }).name === "string";
}
