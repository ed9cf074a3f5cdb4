/** The browser APIs a call uses, as an object so tests (and other platforms) can pass their own. */
export interface CallMediaDevices {
  getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>;
  getDisplayMedia(options: DisplayMediaStreamOptions): Promise<MediaStream>;
  enumerateDevices(): Promise<MediaDeviceInfo[]>;
}

export interface CallEnvironment {
  mediaDevices: CallMediaDevices;
  createPeerConnection(config: RTCConfiguration): RTCPeerConnection;
  /** A stream of these tracks (remote tracks that came without one, the local preview). */
  createStream(tracks: MediaStreamTrack[]): MediaStream;
  /** Janus's HTTP API in an SFU call (the global `fetch` when absent). */
  fetch?(url: string, init: RequestInit): Promise<Response>;
}

/** The browser's own: `navigator.mediaDevices`, `RTCPeerConnection`, `MediaStream` (read when first used). */
export function browserCallEnvironment(): CallEnvironment {
  const devices = (): MediaDevices => {
    const found = globalThis.navigator?.mediaDevices;
    if (!found) throw new Error("Calls need navigator.mediaDevices (a secure context: https or localhost)");
    return found;
  };
  return {
    mediaDevices: {
      getUserMedia: (constraints) => devices().getUserMedia(constraints),
      getDisplayMedia: (options) => devices().getDisplayMedia(options),
      enumerateDevices: () => devices().enumerateDevices(),
    },
    createPeerConnection: (config) => new globalThis.RTCPeerConnection(config),
    createStream: (tracks) => new globalThis.MediaStream(tracks),
    fetch: (url, init) => globalThis.fetch(url, init),
  };
}
