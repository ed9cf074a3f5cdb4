import { wav } from "../helpers/media";
import { type TestUser, useTestServer } from "../helpers/test-server";

/** Audio uploads carry `duration_ms` when their format states it; test files are generated here, byte by byte. */
const { server, users } = useTestServer(["alice", "bob"]);
const { alice, bob } = users;

const upload = async (as: TestUser, data: Buffer, name: string) => {
  const response = await server.upload(as.token, data, name);
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${response.bytes.toString()}`);
  return response.body.attachment;
};

/** `seconds` of 16-bit mono PCM silence at 8 kHz. */
const wav16 = (seconds: number) => wav({ seconds, bits: 16 });

/** MPEG-1 Layer III at a constant 128 kbit/s, 44.1 kHz: `frames` frames of 1152 samples each (no Xing header). */
function mp3(frames: number): Buffer {
  const frame = Buffer.alloc(417); // 144 × 128000 / 44100, no padding
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  return Buffer.concat(Array.from({ length: frames }, () => frame));
}

/** Ogg's CRC-32 (polynomial 0x04c11db7, not reflected). */
function oggCrc(data: Buffer): number {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte << 24;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 0x80000000 ? (crc << 1) ^ 0x04c11db7 : crc << 1;
  }
  return crc >>> 0;
}

function oggPage(sequence: number, granule: bigint, packet: Buffer, flags: number): Buffer {
  const segments: number[] = [];
  for (let left = packet.length; ; left -= 255) {
    segments.push(Math.min(left, 255));
    if (left < 255) break;
  }
  const header = Buffer.alloc(27 + segments.length);
  header.write("OggS", 0, "latin1");
  header[5] = flags;
  header.writeBigInt64LE(granule, 6);
  header.writeUInt32LE(0x5eed, 14); // stream serial
  header.writeUInt32LE(sequence, 18);
  header[26] = segments.length;
  header.set(segments, 27);
  const page = Buffer.concat([header, packet]);
  page.writeUInt32LE(oggCrc(page), 22);
  return page;
}

/** Ogg Opus whose last page says `seconds` of 48 kHz audio (after a pre-skip of 312 samples). */
function oggOpus(seconds: number): Buffer {
  const head = Buffer.alloc(19);
  head.write("OpusHead", 0, "latin1");
  head[8] = 1; // version
  head[9] = 1; // channels
  head.writeUInt16LE(312, 10); // pre-skip
  head.writeUInt32LE(48000, 12);
  const vendor = "test";
  const tags = Buffer.alloc(8 + 4 + vendor.length + 4);
  tags.write("OpusTags", 0, "latin1");
  tags.writeUInt32LE(vendor.length, 8);
  tags.write(vendor, 12, "latin1");
  // A 20 ms silent Opus frame (TOC 0xf8: CELT fullband 20 ms, one frame).
  const silence = Buffer.from([0xf8, 0xff, 0xfe]);
  const total = BigInt(Math.round(seconds * 48000) + 312);
  const pages = [oggPage(0, 0n, head, 0x02), oggPage(1, 0n, tags, 0)];
  const audioPages = 20;
  for (let i = 1; i <= audioPages; i += 1) {
    const granule = i === audioPages ? total : (total * BigInt(i)) / BigInt(audioPages);
    pages.push(oggPage(i + 1, granule, silence, i === audioPages ? 0x04 : 0));
  }
  return Buffer.concat(pages);
}

/** An EBML element: id bytes, an 8-byte size, the body. */
const ebml = (id: number[], body: Buffer) => {
  const size = Buffer.alloc(8);
  size.writeBigUInt64BE(BigInt(body.length) | 0x01000000_00000000n);
  return Buffer.concat([Buffer.from(id), size, body]);
};
const uint = (value: number) => Buffer.from([value]);

const rate48k = Buffer.alloc(8);
rate48k.writeDoubleBE(48000);

/** WebM as Chrome's MediaRecorder writes it: a Segment of unknown size whose Info has no Duration. */
function mediaRecorderWebm(): Buffer {
  const header = ebml(
    [0x1a, 0x45, 0xdf, 0xa3],
    Buffer.concat([ebml([0x42, 0x82], Buffer.from("webm")), ebml([0x42, 0x87], uint(4)), ebml([0x42, 0x85], uint(2))]),
  );
  const info = ebml(
    [0x15, 0x49, 0xa9, 0x66],
    Buffer.concat([ebml([0x2a, 0xd7, 0xb1], Buffer.from([0x0f, 0x42, 0x40])), ebml([0x4d, 0x80], Buffer.from("Chrome"))]),
  );
  const track = ebml(
    [0xae],
    Buffer.concat([
      ebml([0xd7], uint(1)),
      ebml([0x83], uint(2)),
      ebml([0x86], Buffer.from("A_OPUS")),
      ebml([0xe1], Buffer.concat([ebml([0xb5], rate48k), ebml([0x9f], uint(1))])),
    ]),
  );
  const tracks = ebml([0x16, 0x54, 0xae, 0x6b], track);
  const block = Buffer.concat([Buffer.from([0x81, 0x00, 0x00, 0x80]), Buffer.from([0xf8, 0xff, 0xfe])]);
  const cluster = ebml([0x1f, 0x43, 0xb6, 0x75], Buffer.concat([ebml([0xe7], uint(0)), ebml([0xa3], block)]));
  const unknownSize = Buffer.from([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
  return Buffer.concat([header, Buffer.from([0x18, 0x53, 0x80, 0x67]), unknownSize, info, tracks, cluster]);
}

describe("audio uploads: duration_ms from the stored bytes", () => {
  it("reads a WAV's duration from its header", async () => {
    const attachment = await upload(alice, wav16(1.5), "note.wav");
    expect(attachment).toMatchObject({ kind: "audio", content_type: "audio/wav", duration_ms: 1500 });
  });

  it("works out a constant-bit-rate MP3's duration from its frames and size", async () => {
    const frames = 100;
    const attachment = await upload(alice, mp3(frames), "song.mp3");
    expect(attachment).toMatchObject({ kind: "audio", content_type: "audio/mpeg" });
    // 100 frames × 1152 samples / 44.1 kHz ≈ 2612 ms; from the size, to within a frame.
    expect(Math.abs(attachment.duration_ms - (frames * 1152 * 1000) / 44100)).toBeLessThan(30);
  });

  it("reads an Ogg Opus duration from its last page", async () => {
    const attachment = await upload(alice, oggOpus(3.25), "voice.opus");
    expect(attachment).toMatchObject({ kind: "audio", content_type: "audio/ogg", duration_ms: 3250 });
  });

  it("leaves duration_ms out for MediaRecorder's WebM, which states none", async () => {
    const attachment = await upload(alice, mediaRecorderWebm(), "voice.webm");
    expect(attachment).toMatchObject({ kind: "audio", content_type: "audio/webm" });
    expect(attachment).not.toHaveProperty("duration_ms");
  });

  it("keeps duration_ms when the upload is sent and fetched again", async () => {
    const attachment = await upload(alice, wav16(2), "two-seconds.wav");
    const sent = await server.request("POST", "/api/messages/send", {
      token: alice.token,
      body: { receiver_id: bob.id, attachment_ids: [attachment.id] },
    });
    expect(sent.status).toBe(201);
    expect(sent.body.message.attachments).toEqual([expect.objectContaining({ id: attachment.id, duration_ms: 2000 })]);
    const fresh = await server.request("GET", `/api/attachments/${attachment.id}`, { token: bob.token });
    expect(fresh.body.attachment).toMatchObject({ duration_ms: 2000 });
  });

  it("stores an audio file whose body is not readable past its signature, without a duration", async () => {
    const broken = Buffer.concat([wav16(1).subarray(0, 12), Buffer.from("not a chunk")]);
    const attachment = await upload(alice, broken, "broken.wav");
    expect(attachment).toMatchObject({ kind: "audio" });
    expect(attachment).not.toHaveProperty("duration_ms");
  });
});
