import type { CallMedia } from "@chat-app/protocol";
import type { CallEnvironment } from "./call-environment";
import type { MediaProblem } from "./call-types";
import { mediaProblemOf } from "./media-problem";

export type TrackKind = "audio" | "video";

/**
 * This tab's own media in a call: the microphone and camera it captures, what it sends (the camera,
 * a shared screen, or nothing), and the toggles. It does not know the peers: `sendChanged` tells
 * whoever does that the outgoing track of a kind is now another one (`replaceTrack`, no renegotiation).
 */
export class MediaSession {
  /** What is captured; also the stream the senders are associated with (the far end's `event.streams[0]`). */
  readonly stream: MediaStream;
  private audio: MediaStreamTrack | null = null;
  private camera: MediaStreamTrack | null = null;
  private screen: MediaStreamTrack | null = null;
  private problem: MediaProblem | null = null;
  private isMuted = false;
  private isCameraOff = false;
  private cameras = 0;
  /** The camera last used, so turning it on again opens the same one (front or back). */
  private cameraDeviceId: string | undefined;
  private stopped = false;

  constructor(
    private readonly env: CallEnvironment,
    readonly media: CallMedia,
    private readonly sendChanged: (kind: TrackKind, track: MediaStreamTrack | null) => void,
    private readonly changed: () => void,
  ) {
    this.stream = env.createStream([]);
  }

  /**
   * Opens the microphone (and the camera for a video call). A refused or missing camera leaves an
   * audio-only call; a refused or missing microphone leaves the camera alone, or nothing (listen
   * only). Never rejects: what failed is in `mediaProblem`.
   */
  async acquire(): Promise<void> {
    const video = this.media === "video";
    const both = await this.open({ audio: true, video });
    if (both.stream) return this.adopt(both.stream);
    if (!video) return this.fail(mediaProblemOf("audio", both.error));
    const audioOnly = await this.open({ audio: true });
    if (audioOnly.stream) {
      this.problem = mediaProblemOf("video", both.error);
      return this.adopt(audioOnly.stream);
    }
    const videoOnly = await this.open({ video: true });
    this.problem = mediaProblemOf("audio", audioOnly.error);
    if (videoOnly.stream) return this.adopt(videoOnly.stream);
    this.changed();
  }

  get mediaProblem(): MediaProblem | null {
    return this.problem;
  }

  get listenOnly(): boolean {
    return this.audio === null;
  }

  get muted(): boolean {
    return this.isMuted;
  }

  get cameraOff(): boolean {
    return this.media === "video" && (this.isCameraOff || this.camera === null);
  }

  get sharing(): boolean {
    return this.screen !== null;
  }

  get canSwitchCamera(): boolean {
    return this.camera !== null && this.cameras > 1;
  }

  get canShareScreen(): boolean {
    return this.media === "video";
  }

  /** What a sender of this kind sends now: the shared screen over the camera; null when off. */
  outgoing(kind: TrackKind): MediaStreamTrack | null {
    if (kind === "audio") return this.isMuted ? null : this.audio;
    if (this.screen) return this.screen;
    return this.isCameraOff ? null : this.camera;
  }

  /**
   * Mute disables the microphone's track and takes it off the senders (`replaceTrack(null)`), so
   * nothing at all is sent — a disabled track alone still sends silent packets — and unmuting
   * puts it back without renegotiating. The far end cannot be told (no protocol field for it).
   */
  setMuted(muted: boolean): void {
    if (muted === this.isMuted) return;
    this.isMuted = muted;
    if (this.audio) {
      this.audio.enabled = !muted;
      this.sendChanged("audio", this.outgoing("audio"));
    }
    this.changed();
  }

  /** Off stops the camera (its light goes out); on opens it again. Rejects if it cannot be opened. */
  async setCameraOff(off: boolean): Promise<void> {
    if (this.media !== "video" || off === this.cameraOff) return;
    if (off) {
      this.isCameraOff = true;
      this.dropCamera();
      if (!this.screen) this.sendChanged("video", null);
      return this.changed();
    }
    const track = await this.openCamera(this.cameraDeviceId ? { deviceId: this.cameraDeviceId } : {});
    this.isCameraOff = false;
    this.useCamera(track);
  }

  /** The next camera (front/back); the old one is closed first, as phones cannot open two at once. */
  async switchCamera(): Promise<void> {
    const current = this.camera;
    if (!current) return;
    const inputs = (await this.env.mediaDevices.enumerateDevices()).filter((device) => device.kind === "videoinput");
    if (inputs.length < 2) return;
    const at = inputs.findIndex((device) => device.deviceId === current.getSettings().deviceId);
    const next = inputs[(at + 1) % inputs.length];
    if (!next) return;
    this.dropCamera();
    try {
      this.useCamera(await this.openCamera({ deviceId: { exact: next.deviceId } }));
    } catch (error) {
      this.useCamera(await this.openCamera({}));
      throw error;
    }
  }

  /**
   * Sends the screen instead of the camera until `stopScreenShare` or the browser's own "Stop
   * sharing" (the track ends), then the camera again. Rejects when the person cancels the picker.
   */
  async startScreenShare(): Promise<void> {
    if (!this.canShareScreen || this.screen) return;
    const [track] = (await this.env.mediaDevices.getDisplayMedia({ video: true })).getVideoTracks();
    if (!track) return;
    if (this.stopped) return track.stop();
    track.addEventListener("ended", () => {
      if (this.screen === track) this.stopScreenShare();
    });
    this.screen = track;
    this.sendChanged("video", track);
    this.changed();
  }

  stopScreenShare(): void {
    if (!this.screen) return;
    this.screen.stop();
    this.screen = null;
    this.sendChanged("video", this.outgoing("video"));
    this.changed();
  }

  /** Releases every device (the camera light and the recording dot go out). */
  stop(): void {
    this.stopped = true;
    for (const track of [this.audio, this.camera, this.screen]) track?.stop();
    for (const track of this.stream.getTracks()) this.stream.removeTrack(track);
    this.audio = this.camera = this.screen = null;
  }

  private async open(constraints: MediaStreamConstraints): Promise<{ stream?: MediaStream; error?: unknown }> {
    try {
      return { stream: await this.env.mediaDevices.getUserMedia(constraints) };
    } catch (error) {
      return { error };
    }
  }

  private async adopt(captured: MediaStream): Promise<void> {
    if (this.stopped) return captured.getTracks().forEach((track) => track.stop());
    this.audio = captured.getAudioTracks()[0] ?? null;
    this.camera = captured.getVideoTracks()[0] ?? null;
    for (const track of [this.audio, this.camera]) if (track) this.stream.addTrack(track);
    if (this.camera) await this.countCameras();
    this.changed();
  }

  private fail(problem: MediaProblem): void {
    this.problem = problem;
    this.changed();
  }

  private async openCamera(video: MediaTrackConstraints): Promise<MediaStreamTrack> {
    try {
      const [track] = (await this.env.mediaDevices.getUserMedia({ video })).getVideoTracks();
      if (!track) throw new DOMException("No video track", "NotFoundError");
      if (this.problem === "camera-blocked" || this.problem === "no-camera") this.problem = null;
      return track;
    } catch (error) {
      this.problem = mediaProblemOf("video", error);
      this.changed();
      throw error;
    }
  }

  private useCamera(track: MediaStreamTrack): void {
    if (this.stopped) return track.stop();
    this.camera = track;
    this.stream.addTrack(track);
    if (!this.screen && !this.isCameraOff) this.sendChanged("video", track);
    this.changed();
    void this.countCameras().then(() => this.changed());
  }

  private dropCamera(): void {
    if (!this.camera) return;
    this.cameraDeviceId = this.camera.getSettings().deviceId;
    this.camera.stop();
    this.stream.removeTrack(this.camera);
    this.camera = null;
  }

  private async countCameras(): Promise<void> {
    const devices = await this.env.mediaDevices.enumerateDevices().catch(() => []);
    this.cameras = devices.filter((device) => device.kind === "videoinput").length;
  }
}
