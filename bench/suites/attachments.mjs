// Attachments: upload MB/s (one file, then N at once) over real HTTP to a real server process with
// local disk storage; the server's RSS sampled while the N uploads stream (it must stay flat: the
// bytes are streamed to disk, never held); thumbnail time for a 12 MP photo (the server's own
// media code, in this process, and a whole image upload over HTTP).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { startServer } from '../lib/procs.mjs';
import { requireServer, round, SERVER_DIST, sleep, summarize, tmpDir } from '../lib/util.mjs';

const MB = 1024 * 1024;

/** A multipart body for one file, as a stream of the same bytes each time (the client holds one copy). */
function multipart(data, name) {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { contentType: `multipart/form-data; boundary=${boundary}`, length: head.length + data.length + tail.length, parts: [head, data, tail] };
}

async function upload(url, token, data, name) {
  const body = multipart(data, name);
  const response = await fetch(`${url}/api/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': body.contentType, 'content-length': String(body.length) },
    body: Readable.toWeb(Readable.from(body.parts)),
    duplex: 'half',
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`upload ${name}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text).attachment;
}

async function register(url) {
  const name = `bench${randomBytes(4).toString('hex')}`;
  const response = await fetch(`${url}/api/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: name, email: `${name}@example.test`, password: `pw-${randomBytes(8).toString('hex')}` }),
  });
  if (response.status !== 201) throw new Error(`register: ${response.status} ${await response.text()}`);
  return (await response.json()).token;
}

/** Samples the process's RSS (kernel's VmRSS, no forced GC) every `everyMs` until `until` settles. */
async function sampleRss(proc, until, everyMs = 10) {
  const samples = [];
  let done = false;
  const settled = until.finally(() => {
    done = true;
  });
  while (!done) {
    samples.push(proc.rssNow());
    await Promise.race([sleep(everyMs), settled.catch(() => undefined)]);
  }
  await settled;
  return samples;
}

async function thumbnailMs(photo, runs) {
  const { thumbnail, normalizedImage } = requireServer(path.join(SERVER_DIST, 'media', 'images.js'));
  const drain = async (output) => {
    for await (const chunk of output.stream) void chunk;
    return output.info;
  };
  const thumbs = [];
  const normals = [];
  for (let i = 0; i < runs + 1; i++) {
    let t0 = performance.now();
    await drain(thumbnail(Readable.from([photo]), 64_000_000));
    const thumb = performance.now() - t0;
    t0 = performance.now();
    await drain(normalizedImage(Readable.from([photo]), 'jpeg', 64_000_000));
    const normal = performance.now() - t0;
    // The first run pays for loading libvips' codecs.
    if (i > 0) {
      thumbs.push(thumb);
      normals.push(normal);
    }
  }
  return { thumbnail: summarize(thumbs), reencode: summarize(normals) };
}

export async function attachments(cfg) {
  const dataDir = tmpDir('attachments');
  const out = {
    file_mb: cfg.fileMb,
    concurrent: cfg.concurrent,
    storage: 'local disk (DATA_DIR/attachments)',
    photo: `${cfg.photo[0]}×${cfg.photo[1]} JPEG`,
  };
  const quotaMb = cfg.fileMb * (cfg.concurrent + 1) * (cfg.rounds + 1) + 100;
  const server = await startServer({
    dbFile: path.join(dataDir, 'chat.sqlite'),
    dataDir,
    jwtSecret: randomBytes(32).toString('hex'),
    env: { UPLOAD_MAX_MB: String(Math.max(25, cfg.fileMb)), UPLOAD_QUOTA_MB: String(quotaMb) },
  });
  try {
    const token = await register(server.url);
    const data = randomBytes(cfg.fileMb * MB);
    await upload(server.url, token, data.subarray(0, MB), 'warmup.bin');

    const single = [];
    for (let i = 0; i < cfg.rounds; i++) {
      const t0 = performance.now();
      await upload(server.url, token, data, `one-${i}.bin`);
      single.push(performance.now() - t0);
    }
    out.upload_1_ms = summarize(single);
    out.upload_1_mb_per_s = round(cfg.fileMb / (Math.min(...single) / 1000), 1);

    // RSS before (after a full GC, so the baseline is not inflated by garbage) and during the uploads.
    const before = await server.mem();
    await sleep(200);
    const baseline = server.rssNow();
    const rounds = [];
    let peak = baseline;
    for (let r = 0; r < cfg.rounds; r++) {
      const t0 = performance.now();
      const all = Promise.all(Array.from({ length: cfg.concurrent }, (_, i) => upload(server.url, token, data, `many-${r}-${i}.bin`)));
      const samples = await sampleRss(server, all);
      rounds.push(performance.now() - t0);
      peak = Math.max(peak, ...samples);
      out.rss_samples = (out.rss_samples ?? 0) + samples.length;
    }
    const after = await server.mem();
    out.upload_concurrent_ms = summarize(rounds);
    out.upload_concurrent_mb_per_s = round((cfg.fileMb * cfg.concurrent) / (Math.min(...rounds) / 1000), 1);
    out.rss_baseline_mb = round(baseline / MB, 1);
    out.rss_peak_mb = round(peak / MB, 1);
    out.rss_growth_mb = round((peak - baseline) / MB, 1);
    out.rss_after_gc_before_mb = round(before.rss / MB, 1);
    out.rss_after_gc_after_mb = round(after.rss / MB, 1);
    out.streamed_mb = cfg.fileMb * cfg.concurrent * cfg.rounds;

    const sharp = requireServer('sharp');
    const [width, height] = cfg.photo;
    const photo = await sharp({ create: { width, height, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
      .jpeg({ quality: 85 })
      .toBuffer();
    out.photo_mb = round(photo.length / MB, 2);
    const times = await thumbnailMs(photo, cfg.thumbRuns);
    out.thumbnail_ms = times.thumbnail;
    out.reencode_ms = times.reencode;
    const uploads = [];
    for (let i = 0; i < cfg.thumbRuns; i++) {
      const t0 = performance.now();
      const image = await upload(server.url, token, photo, `photo-${i}.jpg`);
      uploads.push(performance.now() - t0);
      if (image.kind !== 'image' || image.width !== width) throw new Error(`photo stored as ${JSON.stringify(image)}`);
    }
    out.photo_upload_ms = summarize(uploads);
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return out;
}
