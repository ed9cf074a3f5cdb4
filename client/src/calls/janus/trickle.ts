/** A gathered candidate as Janus's `trickle` takes it; null (Janus: `{completed: true}`) at the end, which is null or "" in browsers. */
export function candidateOf(candidate: RTCIceCandidate | null): RTCIceCandidateInit | null {
  if (!candidate?.candidate) return null;
  const { sdpMid, sdpMLineIndex } = candidate;
  return { candidate: candidate.candidate, sdpMid, sdpMLineIndex };
}

/** Janus's own candidates, when it trickles them (`full_trickle`); most come in its SDP. */
export function addJanusCandidate(pc: RTCPeerConnection, candidate: RTCIceCandidateInit | { completed: true } | undefined): void {
  if (!candidate || "completed" in candidate) return;
  pc.addIceCandidate(candidate).catch(() => undefined);
}
