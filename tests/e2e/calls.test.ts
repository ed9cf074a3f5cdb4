/**
 * Calls end to end (issue 17): people in Debian's Chromium with its fake camera and microphone (a
 * test pattern and a beep), against the built app and the compiled server, every process inside a
 * private network namespace holding only loopback (see tests/helpers/private-network.ts). Media is
 * checked with getStats on the pages' own RTCPeerConnections (recorded by an init script, not by
 * the app): video frames decoded and audio bytes received must keep growing.
 */
import type { BrowserContext, Page } from "playwright-core";
import { Coturn } from "../helpers/coturn";
import { Janus } from "../helpers/janus";
import { IN_PRIVATE_NETWORK, privateNetworkAvailable, reportFromPrivateNetwork, VETH_PAIR } from "../helpers/private-network";
import {
  e2eAvailability,
  type E2eStack,
  launchChromium,
  openPage,
  registerThroughUi as register,
  restFromPage,
  screenshot,
  startE2eStack,
  stopE2eStack,
} from "./browser";

const CALLS = {
  video: "a 1:1 video call rings every tab of the callee, stops ringing in the other once answered, and both sides decode video and receive audio",
  mute: "muting stops the other side's audio bytes from growing; hanging up ends it on both sides with its row",
  rows: "a declined call and a missed call leave their rows on both sides; Call back on the missed row rings again",
  relay: "a call forced through coturn (relay only) carries its media over relay candidates",
  mesh: "a group call of three without an SFU is a mesh: each page decodes two remote videos",
  sfu: "a group call of three through Janus: each page publishes once and decodes the two others' videos and audio",
  cameraRefused: "with the camera refused, a video call goes on with sound from that side and says why",
} as const;

jest.setTimeout(180_000);
const availability = e2eAvailability();

if (!IN_PRIVATE_NETWORK) {
  const run = availability.run && privateNetworkAvailable("the call tests");
  (run ? describe : describe.skip)("calls in Chromium with fake devices, inside a private network", () => {
    // Janus gathers no candidates on loopback: a veth pair gives it (and the pages) addresses
    // that still lead nowhere but this namespace.
    reportFromPrivateNetwork({ file: __filename, names: Object.values(CALLS), setup: VETH_PAIR, timeoutMs: 360_000 });
  });
} else {
  describe("calls (inside the private network)", () => {
    // Short, so the missed call below ends without a long wait.
    const RING_MS = 4000;
    let stack: E2eStack;
    const problems: string[][] = [];

    beforeAll(async () => {
      stack = await startE2eStack(
        "e2e-calls",
        { CALL_RING_TIMEOUT_MS: String(RING_MS), REQUESTS_PER_USER_PER_SECOND: "1000" },
        { fakeMedia: true, loopbackPeers: true },
      );
    });
    afterAll(async () => {
      await stopE2eStack(stack);
    });
    afterEach(() => expect(problems.flat()).toEqual([]));

    let people = 0;
    /** A person registered in a context of their own (camera and microphone granted), on a first tab. */
    async function person(baseURL = stack.baseURL, browser = stack.browser, permissions = ["camera", "microphone"]) {
      const opened = await openPage(browser, baseURL, { permissions });
      problems.push(opened.problems);
      await recordPeerConnections(opened.context);
      people += 1;
      const name = `caller${people}`;
      await register(opened.page, name);
      const id = await opened.page.evaluate(() => (JSON.parse(localStorage.getItem("chat.session")!) as { user: { id: number } }).user.id);
      return { ...opened, name, id };
    }
    type Person = Awaited<ReturnType<typeof person>>;

    async function anotherTab(someone: Person): Promise<Page> {
      const page = await someone.context.newPage();
      await page.goto("/");
      await page.getByRole("button", { name: "Log out" }).waitFor();
      return page;
    }

    const callScreen = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true });
    const incoming = (page: Page) => page.getByRole("alertdialog");

    /** Opens the conversation with someone this person has written to (over REST: the call is what is tested). */
    async function openChat(page: Page, partnerId: number, partner: string) {
      await restFromPage(page, "POST", "/api/messages/send", { receiver_id: partnerId, message_content: "hi, a call?" });
      await page.goto(`/chat/${partnerId}`);
      await page.getByRole("log", { name: partner }).waitFor();
    }

    async function ringAndAnswer(caller: Person, callee: Person, calleePage: Page = callee.page) {
      await openChat(caller.page, callee.id, callee.name);
      await caller.page.getByRole("button", { name: "Start video call" }).click();
      await incoming(calleePage).getByText(`${caller.name} is video calling`).waitFor();
      await incoming(calleePage).getByRole("button", { name: "Accept" }).click();
      await callScreen(calleePage, caller.name).getByRole("status").getByText("Connected").waitFor();
      await callScreen(caller.page, callee.name).getByRole("status").getByText("Connected").waitFor();
    }

    it(CALLS.video, async () => {
      const alice = await person();
      const bob = await person();
      const bobSecondTab = await anotherTab(bob);
      await openChat(alice.page, bob.id, bob.name);
      await alice.page.getByRole("button", { name: "Start video call" }).click();
      await callScreen(alice.page, bob.name).getByRole("status").getByText("Ringing…").waitFor();
      // Both of Bob's tabs ring; answering in the first stops the second.
      await incoming(bobSecondTab).getByText(`${alice.name} is video calling`).waitFor();
      await incoming(bob.page).getByRole("button", { name: "Accept" }).click();
      await incoming(bobSecondTab).waitFor({ state: "detached" });
      expect(await callScreen(bobSecondTab, alice.name).count()).toBe(0);

      for (const [page, other] of [
        [alice.page, bob.name],
        [bob.page, alice.name],
      ] as const) {
        await callScreen(page, other).getByRole("status").getByText("Connected").waitFor();
        const media = await mediaFlowing(page, 1, { video: true, audio: true });
        expect(media).toEqual([expect.objectContaining({ state: "connected", videoGrowing: true, audioGrowing: true })]);
      }
      // Chromium's fake camera: a test pattern with a moving frame counter.
      await callScreen(alice.page, bob.name).getByRole("timer").waitFor();
      expect(await screenshot(alice.page, "call-video")).toBeGreaterThan(0);
      await callScreen(alice.page, bob.name).getByRole("button", { name: "Hang up" }).click();
      await callScreen(bob.page, alice.name).waitFor({ state: "detached" });
      await bobSecondTab.close();
    });

    it(CALLS.mute, async () => {
      const alice = await person();
      const bob = await person();
      await ringAndAnswer(alice, bob);
      expect(await mediaFlowing(bob.page, 1, { audio: true })).toEqual([expect.objectContaining({ audioGrowing: true })]);

      await callScreen(alice.page, bob.name).getByRole("button", { name: "Mute" }).click();
      await callScreen(alice.page, bob.name).getByRole("button", { name: "Unmute" }).waitFor();
      // Muted, nothing is sent (the track is off the sender): the audio bytes Bob receives stop
      // growing once what was in flight arrived, while Alice's video still comes through.
      const muted = await mediaFlowing(bob.page, 1, { video: true, audio: false });
      expect(muted).toEqual([expect.objectContaining({ videoGrowing: true, audioGrowing: false })]);
      await callScreen(alice.page, bob.name).getByRole("button", { name: "Unmute" }).click();
      expect(await mediaFlowing(bob.page, 1, { audio: true })).toEqual([expect.objectContaining({ audioGrowing: true })]);

      await callScreen(bob.page, alice.name).getByRole("button", { name: "Hang up" }).click();
      await callScreen(alice.page, bob.name).waitFor({ state: "detached" });
      await bob.page.goto(`/chat/${alice.id}`);
      await alice.page.getByRole("status").getByText("Call ended").waitFor();
      expect(await alice.page.evaluate(() => window.__peerConnections.every((pc) => pc.connectionState === "closed"))).toBe(true);
      // The row, live on both sides: "Video call, 0:0x".
      for (const [page, other] of [
        [alice.page, bob.name],
        [bob.page, alice.name],
      ] as const) {
        await page
          .getByRole("log", { name: other })
          .getByText(/^Video call, \d+:\d\d$/)
          .waitFor();
      }
    });

    it(CALLS.rows, async () => {
      const alice = await person();
      const bob = await person();
      await openChat(alice.page, bob.id, bob.name);
      await openChat(bob.page, alice.id, alice.name);

      await alice.page.getByRole("button", { name: "Start audio call" }).click();
      await incoming(bob.page).getByText(`${alice.name} is calling`).waitFor();
      await incoming(bob.page).getByRole("button", { name: "Decline" }).click();
      await callScreen(alice.page, bob.name).waitFor({ state: "detached" });
      await alice.page.getByRole("status").getByText("Call declined").waitFor();
      await alice.page.getByRole("log", { name: bob.name }).getByText("Audio call declined").waitFor();
      await bob.page.getByRole("log", { name: alice.name }).getByText("You declined an audio call").waitFor();

      await bob.page.getByRole("button", { name: "Start video call" }).click();
      await incoming(alice.page).getByText(`${bob.name} is video calling`).waitFor();
      // Nobody answers: after the ring timeout it is missed on both sides.
      await incoming(alice.page).waitFor({ state: "detached", timeout: RING_MS + 10_000 });
      await bob.page.getByRole("status").getByText("No answer").waitFor();
      await alice.page.getByRole("log", { name: bob.name }).getByText("Missed video call").waitFor();
      await bob.page.getByRole("log", { name: alice.name }).getByText("Video call, no answer").waitFor();

      // "Call back" on the missed row rings the caller with the same kind of call.
      await alice.page.getByRole("log", { name: bob.name }).getByRole("button", { name: "Call back" }).last().click();
      await incoming(bob.page).getByText(`${alice.name} is video calling`).waitFor();
      await incoming(bob.page).getByRole("button", { name: "Decline" }).click();
      await alice.page.getByRole("log", { name: bob.name }).getByText("Video call declined").waitFor();
    });

    it(CALLS.relay, async () => {
      const coturn = await Coturn.start();
      const relayed = await startE2eStack(
        "e2e-calls-relay",
        { TURN_URLS: coturn.urls.join(","), TURN_SECRET: coturn.secret, CALL_ICE_TRANSPORT_POLICY: "relay" },
        { fakeMedia: true, loopbackPeers: true },
      );
      try {
        const alice = await person(relayed.baseURL, relayed.browser);
        const bob = await person(relayed.baseURL, relayed.browser);
        await ringAndAnswer(alice, bob);
        for (const page of [alice.page, bob.page]) {
          expect(await mediaFlowing(page, 1, { video: true, audio: true })).toEqual([
            expect.objectContaining({
              state: "connected",
              videoGrowing: true,
              audioGrowing: true,
              localCandidate: "relay",
              remoteCandidate: "relay",
            }),
          ]);
        }
        expect(coturn.allocations()).toBeGreaterThanOrEqual(2);
        await callScreen(alice.page, bob.name).getByRole("button", { name: "Hang up" }).click();
      } finally {
        await stopE2eStack(relayed);
        await coturn.stop();
      }
    });

    it(CALLS.cameraRefused, async () => {
      // A browser without the prompt that says yes to everything: Bob allowed his microphone only.
      const refusing = await launchChromium({ fakeMedia: true, fakeMediaPrompt: false, loopbackPeers: true });
      try {
        const alice = await person();
        const bob = await person(stack.baseURL, refusing, ["microphone"]);
        await openChat(alice.page, bob.id, bob.name);
        await alice.page.getByRole("button", { name: "Start video call" }).click();
        await incoming(bob.page).getByRole("button", { name: "Accept" }).click();
        const bobsScreen = callScreen(bob.page, alice.name);
        await bobsScreen.getByRole("alert").getByText("Your camera is blocked: the others hear you but can't see you").waitFor();
        await bobsScreen.getByRole("status").getByText("Connected").waitFor();
        expect(await bobsScreen.getByRole("button", { name: "Turn camera off" }).count()).toBe(0);
        // Bob sees and hears Alice; Alice hears Bob, who sends no video.
        expect(await mediaFlowing(bob.page, 1, { video: true, audio: true })).toEqual([
          expect.objectContaining({ videoGrowing: true, audioGrowing: true }),
        ]);
        expect(await mediaFlowing(alice.page, 1, { video: false, audio: true })).toEqual([
          expect.objectContaining({ videoGrowing: false, audioGrowing: true }),
        ]);
        await bobsScreen.getByRole("button", { name: "Hang up" }).click();
        await callScreen(alice.page, bob.name).waitFor({ state: "detached" });
      } finally {
        await refusing.close();
      }
    });

    it(CALLS.mesh, async () => {
      const [alice, bob, carol] = [await person(), await person(), await person()];
      const { group: created } = await restFromPage<{ group: { id: number } }>(alice.page, "POST", "/api/groups", {
        name: "Standup",
        member_ids: [bob.id, carol.id],
      });
      const group = created.id;
      for (const someone of [alice, bob, carol]) {
        await someone.page.goto(`/group/${group}`);
        await someone.page.getByRole("log", { name: "Standup" }).waitFor();
      }
      await alice.page.getByRole("button", { name: "Start video call" }).click();
      // Carol declines the ring (it stops ringing for her only), Bob accepts, then Carol joins from the group's banner.
      await incoming(carol.page).getByText(`${alice.name} is video calling`).waitFor();
      await incoming(carol.page).getByRole("button", { name: "Decline" }).click();
      await incoming(bob.page).getByRole("button", { name: "Accept" }).click();
      await callScreen(bob.page, "Standup").getByRole("status").getByText("Connected").waitFor();
      await carol.page.getByRole("region", { name: "Call in progress" }).getByRole("button", { name: "Join call" }).click();
      for (const someone of [alice, bob, carol]) {
        const media = await mediaFlowing(someone.page, 2, { video: true, audio: true });
        expect(media).toEqual([
          expect.objectContaining({ state: "connected", videoGrowing: true, audioGrowing: true }),
          expect.objectContaining({ state: "connected", videoGrowing: true, audioGrowing: true }),
        ]);
      }
      expect(await screenshot(carol.page, "call-group")).toBeGreaterThan(0);
      await callScreen(carol.page, "Standup").getByRole("button", { name: "Hang up" }).click();
      // Carol left; Alice and Bob go on, each with one link.
      await alice.page.waitForFunction(() => window.__peerConnections.filter((pc) => pc.connectionState !== "closed").length === 1);
      await callScreen(alice.page, "Standup").getByRole("button", { name: "Hang up" }).click();
      await callScreen(bob.page, "Standup").getByRole("button", { name: "Hang up" }).click();
      await bob.page
        .getByRole("log", { name: "Standup" })
        .getByText(/^Video call, \d+:\d\d$/)
        .waitFor();
    });

    it(CALLS.sfu, async () => {
      const janus = await Janus.start();
      const sfuStack = await startE2eStack("e2e-calls-sfu", janus.serverEnv({ REQUESTS_PER_USER_PER_SECOND: "1000" }), {
        fakeMedia: true,
        loopbackPeers: true,
      });
      try {
        const [alice, bob, carol] = [
          await person(sfuStack.baseURL, sfuStack.browser),
          await person(sfuStack.baseURL, sfuStack.browser),
          await person(sfuStack.baseURL, sfuStack.browser),
        ];
        const { group: created } = await restFromPage<{ group: { id: number } }>(alice.page, "POST", "/api/groups", {
          name: "Town hall",
          member_ids: [bob.id, carol.id],
        });
        for (const someone of [alice, bob, carol]) {
          await someone.page.goto(`/group/${created.id}`);
          await someone.page.getByRole("log", { name: "Town hall" }).waitFor();
        }
        await alice.page.getByRole("button", { name: "Start video call" }).click();
        // Bob answers the ring; once the call is on, Carol joins it from the group's banner.
        await incoming(bob.page).getByRole("button", { name: "Accept" }).click();
        await callScreen(bob.page, "Town hall").getByRole("status").getByText("Connected").waitFor();
        await carol.page.getByRole("region", { name: "Call in progress" }).getByRole("button", { name: "Join call" }).click();
        for (const someone of [alice, bob, carol]) {
          const media = await sfuMediaFlowing(someone.page, 2);
          expect({ who: someone.name, ...media }).toEqual({ who: someone.name, connections: 2, videosDecoding: 2, audiosReceiving: 2 });
        }
        // Carol leaves: the others go on, each now receiving one person.
        await callScreen(carol.page, "Town hall").getByRole("button", { name: "Hang up" }).click();
        for (const someone of [alice, bob]) {
          expect(await sfuMediaFlowing(someone.page, 1)).toEqual(expect.objectContaining({ videosDecoding: 1, audiosReceiving: 1 }));
        }
        await callScreen(alice.page, "Town hall").getByRole("button", { name: "Hang up" }).click();
        await callScreen(bob.page, "Town hall").getByRole("button", { name: "Hang up" }).click();
        await bob.page
          .getByRole("log", { name: "Town hall" })
          .getByText(/^Video call, \d+:\d\d$/)
          .waitFor();
      } catch (error) {
        throw new Error(`${String(error)}\n--- Janus's log (end) ---\n${janus.log.slice(-4000)}`);
      } finally {
        await stopE2eStack(sfuStack);
        await janus.stop();
      }
    });
  });
}

declare global {
  interface Window {
    __peerConnections: RTCPeerConnection[];
  }
}

/** Keeps every RTCPeerConnection the app makes, for getStats from the test. */
async function recordPeerConnections(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    window.__peerConnections = [];
    window.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        super(config);
        window.__peerConnections.push(this);
      }
    };
  });
}

interface LinkMedia {
  state: RTCPeerConnectionState;
  videoGrowing: boolean;
  audioGrowing: boolean;
  localCandidate?: string;
  remoteCandidate?: string;
}

/**
 * For each open link of the page (waiting until there are `links` connected), whether the remote
 * video's decoded frames and the remote audio's received bytes grew over one second, and the
 * candidate types of the pair in use. Media takes a moment to start (and to stop, after a mute) on
 * a loaded machine: one-second windows are sampled until every link shows what `expected` says,
 * for up to 20 s; the last sample is returned for the test to assert on.
 */
async function mediaFlowing(page: Page, links: number, expected: { video?: boolean; audio?: boolean }): Promise<LinkMedia[]> {
  await page.waitForFunction((n) => window.__peerConnections.filter((pc) => pc.connectionState === "connected").length >= n, links, {
    timeout: 20_000,
  });
  const matches = (link: LinkMedia) =>
    (expected.video === undefined || link.videoGrowing === expected.video) && (expected.audio === undefined || link.audioGrowing === expected.audio);
  const deadline = Date.now() + 20_000;
  let sample = await oneSecondOfMedia(page);
  while (!(sample.length >= links && sample.every(matches)) && Date.now() < deadline) sample = await oneSecondOfMedia(page);
  return sample;
}

function oneSecondOfMedia(page: Page): Promise<LinkMedia[]> {
  return page.evaluate(async () => {
    type Sample = { frames: number; audioBytes: number; local?: string; remote?: string };
    const sample = async (pc: RTCPeerConnection): Promise<Sample> => {
      const out: Sample = { frames: 0, audioBytes: 0 };
      const reports = await pc.getStats();
      const byId = new Map<string, Record<string, unknown>>();
      reports.forEach((report: Record<string, unknown>) => byId.set(report.id as string, report));
      for (const report of byId.values()) {
        if (report.type === "inbound-rtp" && report.kind === "video") out.frames += Number(report.framesDecoded ?? 0);
        if (report.type === "inbound-rtp" && report.kind === "audio") out.audioBytes += Number(report.bytesReceived ?? 0);
        if (report.type === "transport" && typeof report.selectedCandidatePairId === "string") {
          const pair = byId.get(report.selectedCandidatePairId);
          out.local = byId.get(String(pair?.localCandidateId))?.candidateType as string | undefined;
          out.remote = byId.get(String(pair?.remoteCandidateId))?.candidateType as string | undefined;
        }
      }
      return out;
    };
    const open = window.__peerConnections.filter((pc) => pc.connectionState !== "closed");
    const before = await Promise.all(open.map(sample));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = await Promise.all(open.map(sample));
    return open.map((pc, i) => ({
      state: pc.connectionState,
      videoGrowing: after[i]!.frames > before[i]!.frames,
      audioGrowing: after[i]!.audioBytes > before[i]!.audioBytes,
      localCandidate: after[i]!.local,
      remoteCandidate: after[i]!.remote,
    }));
  });
}

interface SfuMedia {
  /** The page's connections that are up (through Janus: one to publish, one to receive everyone). */
  connections: number;
  /** Remote video streams whose decoded frames grew over one second. */
  videosDecoding: number;
  /** Remote audio streams whose received bytes grew over one second. */
  audiosReceiving: number;
}

/**
 * Through an SFU a page holds two connections whatever the call's size, and the one receiving
 * carries a stream per other person: the remote streams, counted one by one (each its own
 * inbound-rtp), sampled a second apart until `others` of each kind flow and no more (up to 20 s).
 */
async function sfuMediaFlowing(page: Page, others: number): Promise<SfuMedia> {
  const deadline = Date.now() + 20_000;
  const want = (media: SfuMedia) => media.connections === 2 && media.videosDecoding === others && media.audiosReceiving === others;
  let media = await oneSecondOfStreams(page);
  while (!want(media) && Date.now() < deadline) media = await oneSecondOfStreams(page);
  return media;
}

function oneSecondOfStreams(page: Page): Promise<SfuMedia> {
  return page.evaluate(async () => {
    const open = window.__peerConnections.filter((pc) => pc.connectionState === "connected");
    const sample = async () => {
      const counters = new Map<string, { kind: string; value: number }>();
      for (const [i, pc] of open.entries()) {
        (await pc.getStats()).forEach((report: Record<string, unknown>) => {
          if (report.type !== "inbound-rtp") return;
          const value = report.kind === "video" ? Number(report.framesDecoded ?? 0) : Number(report.bytesReceived ?? 0);
          counters.set(`${i}:${String(report.id)}`, { kind: String(report.kind), value });
        });
      }
      return counters;
    };
    const before = await sample();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = await sample();
    const growing = (kind: string) =>
      [...after].filter(([id, counter]) => counter.kind === kind && counter.value > (before.get(id)?.value ?? 0)).length;
    return { connections: open.length, videosDecoding: growing("video"), audiosReceiving: growing("audio") };
  });
}
