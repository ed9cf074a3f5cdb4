/** What a call's media did so far over one link: enough to tell "it flows" from "it is stuck". */
export interface CallStats {
  audioBytesReceived: number;
  videoBytesReceived: number;
  framesDecoded: number;
  /** Of the candidate pair in use; null before one was chosen. */
  roundTripTimeMs: number | null;
}

type StatsEntry = Record<string, unknown> & { type: string; id: string };

/** Sums the inbound-rtp reports and reads the round trip of the nominated candidate pair. */
export async function callStats(pc: Pick<RTCPeerConnection, "getStats">): Promise<CallStats> {
  const stats: CallStats = { audioBytesReceived: 0, videoBytesReceived: 0, framesDecoded: 0, roundTripTimeMs: null };
  const entries: StatsEntry[] = [];
  (await pc.getStats()).forEach((entry: StatsEntry) => entries.push(entry));
  const selectedPairIds = new Set(entries.filter((entry) => entry.type === "transport").map((entry) => entry.selectedCandidatePairId));
  for (const entry of entries) {
    if (entry.type === "inbound-rtp") {
      const bytes = numberOr0(entry.bytesReceived);
      if (entry.kind === "audio") stats.audioBytesReceived += bytes;
      if (entry.kind === "video") {
        stats.videoBytesReceived += bytes;
        stats.framesDecoded += numberOr0(entry.framesDecoded);
      }
    }
    const inUse = selectedPairIds.has(entry.id) || (entry.nominated === true && entry.state === "succeeded");
    if (entry.type === "candidate-pair" && inUse && typeof entry.currentRoundTripTime === "number") {
      stats.roundTripTimeMs = entry.currentRoundTripTime * 1000;
    }
  }
  return stats;
}

function numberOr0(value: unknown): number {
  return typeof value === "number" ? value : 0;
}
