import type { PeerTimings } from "../PeerLink";

export interface IceWatchOptions {
  timings: PeerTimings;
  /** ICE failed, or stayed disconnected past the grace: start a fresh round. */
  restart(): void;
  /** Not connected (at first, or after a restart) within the deadline. */
  gaveUp(): void;
  changed(): void;
}

/**
 * The mesh's rules for one connection to Janus (see PeerLink): a grace for "disconnected", an ICE
 * restart on "failed", and a deadline to connect, armed at the start and after each restart.
 */
export class IceWatch {
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  private connectedOnce = false;

  constructor(
    private readonly pc: RTCPeerConnection,
    private readonly options: IceWatchOptions,
  ) {
    pc.oniceconnectionstatechange = () => this.iceChanged();
    this.armDeadline();
  }

  get connected(): boolean {
    return this.pc.iceConnectionState === "connected" || this.pc.iceConnectionState === "completed";
  }

  get everConnected(): boolean {
    return this.connectedOnce;
  }

  stop(): void {
    this.pc.oniceconnectionstatechange = null;
    clearTimeout(this.graceTimer);
    clearTimeout(this.deadlineTimer);
    this.graceTimer = this.deadlineTimer = undefined;
  }

  private iceChanged(): void {
    this.options.changed();
    switch (this.pc.iceConnectionState) {
      case "connected":
      case "completed":
        this.connectedOnce = true;
        clearTimeout(this.graceTimer);
        clearTimeout(this.deadlineTimer);
        this.graceTimer = this.deadlineTimer = undefined;
        return;
      case "disconnected":
        this.graceTimer ??= setTimeout(() => {
          this.graceTimer = undefined;
          if (this.pc.iceConnectionState === "disconnected") this.restartNow();
        }, this.options.timings.disconnectedGraceMs);
        return;
      case "failed":
        return this.restartNow();
      default:
        return;
    }
  }

  private restartNow(): void {
    this.options.restart();
    this.armDeadline();
  }

  private armDeadline(): void {
    this.deadlineTimer ??= setTimeout(() => {
      this.deadlineTimer = undefined;
      if (!this.connected) this.options.gaveUp();
    }, this.options.timings.connectDeadlineMs);
  }
}
