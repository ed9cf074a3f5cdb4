/** A gathered candidate as Janus's `trickle` takes it; null (Janus: `{completed: true}`) at the end, which is null or "" in browsers. */
export function candidateOf(candidate: RTCIceCandidate | null): RTCIceCandidateInit | null {
  if (!candidate?.candidate) return null;
  const { sdpMid, sdpMLineIndex } = candidate;
  return { candidate: candidate.candidate, sdpMid, sdpMLineIndex };
}
