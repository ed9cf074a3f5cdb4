// Turns one bench run into docs/benchmarks.json (flat numbers) and docs/benchmarks.md (tables).
import fs from 'node:fs';
import path from 'node:path';
import { round } from './lib/util.mjs';

const TARGETS = {
  latency_p99_ratio: { max: 1.5, text: 'p99 latency at 1,000 clients ≤ 1.5× the bare relay' },
  throughput_msgs_per_s: { min: 10000, text: '≥ 10,000 messages/s persisted and delivered' },
  throughput_ratio: { min: 0.5, text: '≥ 0.5× the bare relay throughput' },
  memory_per_connection_kb: { max: 50, text: '≤ 50 KB per idle connection' },
  history_page_p99_ms: { max: 5, text: 'history page ≤ 5 ms p99 at 1,000,000 messages' },
  message_list_mount_ms: { max: 120, text: 'MessageList mounts 10,000 messages in ≤ 120 ms' },
  chat_list_mount_ms: { max: 120, text: 'ChatList mounts 5,000 conversations in ≤ 120 ms' },
  ui_kit_gzip_kb: { max: 62, text: 'ui-kit ≤ 62 KB gzip without peers' },
  ui_kit_emoji_picker_gzip_kb: { max: 50, text: 'ui-kit emoji picker (loaded on demand) ≤ 50 KB gzip' },
  app_js_gzip_kb: { max: 218, text: 'app JS ≤ 218 KB gzip' },
  app_login_js_gzip_kb: { max: 101, text: 'log-in page JS ≤ 101 KB gzip' },
  app_service_worker_gzip_kb: { max: 8, text: 'service worker ≤ 8 KB gzip' },
  mobile_first_load_js_gzip_kb: { max: 420, text: "Ionic app's first screen JS ≤ 420 KB gzip" },
};

const ratio = (a, b) => (a == null || b == null || b === 0 ? null : round(a / b, 2));
const v = (x, unit = '') => (x === null || x === undefined ? '—' : `${x}${unit}`);

export function flatten(r) {
  const lat = r.latency?.latency ?? [];
  const at = (n) => lat.find((row) => row.clients === n) ?? lat.at(-1);
  const big = at(1000);
  const small = lat.find((row) => row.clients === 100);
  const tp = r.latency?.throughput?.[0];
  const memRows = r.memory?.rows ?? [];
  const memAt = (n) => memRows.find((row) => row.sockets === n)?.per_connection_kb ?? null;
  const h = r.history;
  const ui = r.ui;
  const flat = {
    quick: r.mode !== 'full',
    mode: r.mode,
    clients: big?.clients ?? null,
    latency_p50_ms: big?.chat.latency_ms.p50 ?? null,
    latency_p99_ms: big?.chat.latency_ms.p99 ?? null,
    relay_latency_p50_ms: big?.relay.latency_ms.p50 ?? null,
    relay_latency_p99_ms: big?.relay.latency_ms.p99 ?? null,
    latency_p99_ratio: ratio(big?.chat.latency_ms.p99, big?.relay.latency_ms.p99),
    latency_100_clients_p99_ms: small?.chat.latency_ms.p99 ?? null,
    relay_latency_100_clients_p99_ms: small?.relay.latency_ms.p99 ?? null,
    latency_lost: lat.reduce((s, row) => s + row.chat.lost, 0) || (lat.length ? 0 : null),
    throughput_msgs_per_s: tp?.chat.lost === 0 && tp?.chat.ack_errors === 0 && tp?.chat.persisted_matches_acked ? tp.chat.rate : null,
    relay_throughput_msgs_per_s: tp?.relay.lost === 0 ? tp.relay.rate : null,
    throughput_ratio: null,
    throughput_lost: tp ? tp.chat.lost : null,
    memory_per_connection_kb: memRows.at(-1)?.per_connection_kb ?? null,
    memory_per_connection_kb_1000: memAt(1000),
    memory_per_connection_kb_10000: memAt(10000),
    memory_sockets: memRows.at(-1)?.sockets ?? null,
    history_messages: h?.messages ?? null,
    history_page_p99_ms: h ? Math.max(h.newest_page_ms.p99, h.deep_page_ms.p99) : null,
    history_newest_page_p99_ms: h?.newest_page_ms.p99 ?? null,
    history_deep_page_p99_ms: h?.deep_page_ms.p99 ?? null,
    history_page_sql_p99_ms: h ? Math.max(h.raw_sql_ms.newest.p99, h.raw_sql_ms.deep.p99) : null,
    conversations_list_ms: h?.conversations_list_ms.p50 ?? null,
    conversations_list_p99_ms: h?.conversations_list_ms.p99 ?? null,
    writes_orm_per_s: r.writes?.orm_per_s ?? null,
    writes_raw_per_s: r.writes?.raw_with_receiver_check_per_s ?? null,
    writes_orm_vs_raw_ratio: r.writes?.orm_vs_raw_ratio ?? null,
    writes_raw_group_commit_per_s: r.writes?.raw_group_commit_100_per_s ?? null,
    writes_reply_mention_cost_ratio: r.writes?.reply_mention_cost_ratio ?? null,
    send_path_reply_mention_cost_ratio: r.send_path?.cost_ratio ?? null,
    send_path_plain_server_cpu_us: r.send_path?.plain_server_cpu_us ?? null,
    session_check_us: r.sessions?.session_lookup_us ?? null,
    session_check_added_us: r.sessions?.added_us ?? null,
    block_check_direct_send_us: r.blocks?.direct_send_check_us ?? null,
    block_check_group_send_us: r.blocks?.group_send_check_us ?? null,
    export_messages: r.export?.messages ?? null,
    export_total_ms: r.export?.total_ms ?? null,
    export_server_rss_peak_mb: r.export?.server_rss_peak_mb ?? null,
    export_server_rss_growth_mb: r.export?.server_rss_growth_mb ?? null,
    call_setup_p50_ms: r.calls?.call_setup_p50_ms ?? null,
    call_setup_p95_ms: r.calls?.call_setup_p95_ms ?? null,
    upload_1_mb_per_s: r.attachments?.upload_1_mb_per_s ?? null,
    upload_10_concurrent_mb_per_s: r.attachments?.upload_concurrent_mb_per_s ?? null,
    upload_concurrent: r.attachments?.concurrent ?? null,
    upload_file_mb: r.attachments?.file_mb ?? null,
    thumbnail_12mp_ms: round(r.attachments?.thumbnail_ms.p50, 1),
    photo_12mp_upload_ms: round(r.attachments?.photo_upload_ms.p50, 1),
    upload_rss_baseline_mb: r.attachments?.rss_baseline_mb ?? null,
    upload_rss_peak_mb: r.attachments?.rss_peak_mb ?? null,
    upload_rss_growth_mb: r.attachments?.rss_growth_mb ?? null,
    message_list_mount_ms: ui?.message_list_mount_ms ?? null,
    message_list_long_frames: ui?.message_list_long_frames ?? null,
    chat_list_mount_ms: ui?.chat_list_mount_ms ?? null,
    chat_list_long_frames: ui?.chat_list_long_frames ?? null,
    app_first_render_ms: ui?.app_first_render_ms ?? null,
    ...Object.fromEntries(Object.entries(ui ?? {}).filter(([k]) => /^message_list_\d+_/.test(k))),
    lighthouse_login_score: r.lighthouse?.lighthouse_login_score ?? null,
    lighthouse_conversation_score: r.lighthouse?.lighthouse_conversation_score ?? null,
    lighthouse_login_js_transfer_kb: r.lighthouse?.lighthouse_login_js_transfer_kb ?? null,
    ui_kit_gzip_kb: r.sizes?.ui_kit_gzip_kb ?? null,
    ui_kit_emoji_picker_gzip_kb: r.sizes?.ui_kit_emoji_picker_gzip_kb ?? null,
    app_js_gzip_kb: r.sizes?.app_js_gzip_kb ?? null,
    app_login_js_gzip_kb: r.sizes?.app_login_js_gzip_kb ?? null,
    app_login_chat_chunks: r.sizes?.app_login_chat_chunks ?? null,
    app_service_worker_gzip_kb: r.sizes?.app_service_worker_gzip_kb ?? null,
    mobile_js_gzip_kb: r.sizes?.mobile_js_gzip_kb ?? null,
    mobile_first_load_js_gzip_kb: r.sizes?.mobile_first_load_js_gzip_kb ?? null,
    total_s: r.total_s,
  };
  flat.throughput_ratio = ratio(flat.throughput_msgs_per_s, flat.relay_throughput_msgs_per_s);
  flat.server_event_loop_p99_ms = big?.chat.event_loop_ms?.p99 ?? null;
  flat.server_event_loop_max_ms = big?.chat.event_loop_ms?.max ?? null;
  return flat;
}

function verdict(flat, key) {
  const t = TARGETS[key];
  const x = flat[key];
  if (x === null || x === undefined) return 'not measured';
  if (t.max !== undefined) return x <= t.max ? `met (${x} ≤ ${t.max})` : `**missed** by ${round(x / t.max, 2)}× (${x} > ${t.max})`;
  return x >= t.min ? `met (${x} ≥ ${t.min})` : `**missed**: ${round((100 * x) / t.min, 0)}% of target (${x} < ${t.min})`;
}

const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map((c) => v(c)).join(' | ')} |`)].join('\n');

export function writeReport(r, cfg, outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const flat = flatten(r);
  const m = r.machine;
  const L = [];
  L.push('# Benchmarks', '');
  L.push(
    `Written by \`${r.command}\` (bench/run.mjs) on ${r.date.slice(0, 10)} (${r.date}); mode **${r.mode}**; code at commit ${r.commit ?? 'unknown'}; whole run ${r.total_s} s.`,
    '',
  );
  L.push(
    table(
      ['machine', 'value'],
      [
        ['CPU', m.cpu],
        ['cores', m.cores],
        ['RAM', `${m.ram_gb} GiB`],
        ['Node.js', m.node],
        ['OS', m.os],
        ['open files (soft/hard)', `${m.nofile_soft}/${m.nofile_hard}`],
        ['load average (1/5/15 min) at start → end', `${(r.loadavg_start ?? []).join(' / ')} → ${(r.loadavg_end ?? []).join(' / ')}`],
      ],
    ),
    '',
  );
  L.push(
    'The machine is shared: a load average above the 2 cores at start or end means other work (e.g. other test suites) competed with this run for CPU, which inflates tail latencies and lowers throughput for the server and the relay alike (ratios are less affected than absolute numbers, but not immune).',
    '',
  );
  L.push(
    'Timings vary with the machine and what else runs on it: ratios are measured side by side in the same run. The server, the bare relay and each load generator run in separate processes (`node server/dist/index.js` with SQLite in WAL mode, `synchronous=NORMAL`, real JWT auth). Per-step wall time (s): ' +
      Object.entries(r.timings_s)
        .map(([k, s]) => `${k} ${s}`)
        .join(', ') +
      '.',
    '',
  );
  const builds = Object.entries(r.builds ?? {}).map(
    ([k, b]) =>
      `${k} ${b.ok ? `built (${b.ms} ms)` : `**build failed**: measured whatever dist it had (\`${b.error.split('\n').slice(-1)[0].slice(0, 160)}\`)`}`,
  );
  if (r.note) L.push(r.note, '');
  if (builds.length) L.push(`Builds before measuring: ${builds.join('; ')}.`, '');
  if (Object.keys(r.errors).length) {
    L.push('## Errors in this run', '');
    for (const [k, e] of Object.entries(r.errors)) L.push(`- **${k}**: \`${e.split('\n')[0]}\``);
    L.push('');
  }

  L.push('## Targets', '');
  L.push(
    table(
      ['target', 'measured', 'verdict'],
      Object.keys(TARGETS).map((k) => [TARGETS[k].text, flat[k], verdict(flat, k)]),
    ),
    '',
  );

  if (r.latency) {
    const c = cfg.sockets;
    L.push("## 1. Delivery latency (message:send → receiver's message:new)", '');
    L.push(
      `N/2 sender→receiver pairs of socket.io-client connections (websocket transport), each sender sending ${c.latency.ratePerSender} messages/s of ${c.latency.size} characters for ${c.latency.durationMs / 1000} s in ${c.latency.rounds ?? 1} alternating slice(s) per target (chat, relay, chat, relay…, so that outside noise falls on both), spread over ${c.workers} load process(es) (each pair inside one process, one clock). The bare relay (bench/relay-server.mjs: Socket.IO, same options, same events and JSON, no auth, no database) runs in its own process in the same run. Both push message:new to the receiver's sockets and the sender's other sockets, not back to the sending socket (it has the ack), as the chat server does.`,
      '',
    );
    const loop = (x) => (x.event_loop_ms ? `${x.event_loop_ms.p99} / ${x.event_loop_ms.max}` : '—');
    /** One target's row of the latency table (the chat server or the bare relay, at one load). */
    const latencyRow = (row, name, x) => [
      row.clients,
      row.offered_msgs_per_s,
      name,
      x.latency_ms.p50,
      x.latency_ms.p95,
      x.latency_ms.p99,
      x.latency_ms.max,
      x.sent,
      x.delivered,
      x.lost,
      x.ack_errors,
      loop(x),
    ];
    L.push(
      table(
        [
          'clients',
          'offered msg/s',
          'target',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'max ms',
          'sent',
          'delivered',
          'lost',
          'ack errors',
          "target's event-loop delay p99 / max ms",
        ],
        r.latency.latency.flatMap((row) => [
          latencyRow(row, 'chat server', row.chat),
          latencyRow(row, 'bare relay', row.relay),
          [
            row.clients,
            '',
            '**ratio**',
            ratio(row.chat.latency_ms.p50, row.relay.latency_ms.p50),
            ratio(row.chat.latency_ms.p95, row.relay.latency_ms.p95),
            ratio(row.chat.latency_ms.p99, row.relay.latency_ms.p99),
            ratio(row.chat.latency_ms.max, row.relay.latency_ms.max),
            '',
            '',
            '',
            '',
            '',
          ],
        ]),
      ),
      '',
    );
    const tp = r.latency.throughput[0];
    L.push('## 2. Throughput (persisted and delivered, zero loss checked)', '');
    L.push(
      `Closed loop: ${tp.clients} clients (${tp.clients / 2} pairs over ${c.workers} load processes), each sender keeps ${tp.window} messages in flight and sends the next when the receiver gets one; ${c.throughput.warmupMs / 1000} s warm-up, then deliveries to receivers are counted for ${tp.duration_s} s. After the load stops every sent message must be acked and delivered (lost = 0); for the chat server the rows added to the database must equal the acked sends.`,
      '',
    );
    L.push(
      table(
        [
          'target',
          'msgs/s delivered',
          'sent',
          'acked',
          'delivered',
          'lost',
          'persisted = acked',
          'p50 ms',
          'p99 ms',
          'event-loop delay p99 / max ms',
          'RSS after, MB',
        ],
        [
          [
            'chat server',
            tp.chat.rate,
            tp.chat.sent,
            tp.chat.acked,
            tp.chat.delivered,
            tp.chat.lost,
            tp.chat.persisted_matches_acked ? `yes (${tp.chat.persisted})` : `NO (${tp.chat.persisted})`,
            tp.chat.latency_ms.p50,
            tp.chat.latency_ms.p99,
            loop(tp.chat),
            tp.chat.rss_mb,
          ],
          [
            'bare relay',
            tp.relay.rate,
            tp.relay.sent,
            tp.relay.acked,
            tp.relay.delivered,
            tp.relay.lost,
            'n/a',
            tp.relay.latency_ms.p50,
            tp.relay.latency_ms.p99,
            loop(tp.relay),
            tp.relay.rss_mb,
          ],
          ['**ratio**', ratio(tp.chat.rate, tp.relay.rate), '', '', '', '', '', '', '', '', ''],
        ],
      ),
      '',
    );
    L.push(
      "The relay's figure is bounded by the load generators sharing the 2 cores with it (each message costs the clients an encode, an ack decode and two message:new decodes), so the ratio understates the relay's own ceiling; the chat server's process sits at 100% of one core during its run (see the profile).",
      '',
    );
  }

  if (r.memory) {
    L.push('## 3. Memory per idle authenticated connection', '');
    L.push(
      `A fresh server process; ${r.memory.workers} load processes open authenticated websocket connections (JWT minted for users inserted into its database) and leave them idle. RSS is read by the server process itself after a forced full GC (bench/lib/server-probe.cjs, preloaded with \`node -r\`, answers over IPC), against a baseline taken after 20 connections came and went. File descriptors: soft limit ${m.nofile_soft}; a child is started under \`ulimit -n\` raised when it needs more.`,
      '',
    );
    L.push(
      table(
        ['sockets', 'RSS MB', 'baseline RSS MB', 'KB per connection (RSS)', 'KB per connection (JS heap)', 'connect time s', 'connects/s'],
        r.memory.rows.map((row) => [
          row.sockets,
          row.rss_mb,
          row.base_rss_mb,
          row.per_connection_kb,
          row.heap_per_connection_kb,
          round(row.connect_ms / 1000, 1),
          row.connects_per_s,
        ]),
      ),
      '',
    );
    if (!r.memory.rows.some((row) => row.sockets === 10000)) L.push(`10,000 sockets: not run in ${r.mode} mode (full mode only).`, '');
  }

  if (r.history) {
    const h = r.history;
    L.push('## 4. History', '');
    L.push(
      `${h.messages.toLocaleString('en-US')} messages across ${h.conversations} conversations (interleaved ids, as real traffic), bulk-inserted with better-sqlite3 in one transaction (${h.insert_ms} ms; database ${h.db_mb} MB) into a file the server's migrations created; one user has ${h.partners_of_hub} partners. Requests over REST (fetch, keep-alive) to the server process, sequential, random conversations, each page checked to hold 50 messages.`,
      '',
    );
    L.push(
      table(
        ['query', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'n'],
        [
          ['newest page (HTTP)', ...Object.values(h.newest_page_ms)],
          ['deep page, `before` cursor (HTTP)', ...Object.values(h.deep_page_ms)],
          ['newest page: MessageService in-process (server code, no HTTP)', ...Object.values(h.service_ms.newest)],
          ['deep page: MessageService in-process', ...Object.values(h.service_ms.deep)],
          ['newest page: same SQL on raw better-sqlite3', ...Object.values(h.raw_sql_ms.newest)],
          ['deep page: same SQL on raw better-sqlite3', ...Object.values(h.raw_sql_ms.deep)],
          [`conversation list, ${h.partners_of_hub} partners (HTTP)`, ...Object.values(h.conversations_list_ms)],
        ],
      ),
      '',
    );
    L.push(
      '### EXPLAIN QUERY PLAN',
      '',
      'The page query, as MessageService generates it (captured at the driver):',
      '',
      '```sql',
      h.explains.newest_page.sql,
      '```',
      '',
      '```',
      h.explains.newest_page.plan,
      '```',
      '',
      'Deep page (`before`):',
      '',
      '```',
      h.explains.deep_page.plan,
      '```',
      '',
    );
    L.push('Conversation list:', '');
    for (const q of h.explains.conversations) L.push('```sql', q.sql, '```', '', '```', q.plan, '```', '');
  }

  if (r.writes) {
    const w = r.writes;
    L.push('## 5. Single-message writes: repository code vs raw driver', '');
    L.push(
      `${w.n} sequential sends, each its own transaction (autocommit), ${w.journal_mode}, synchronous=${w.synchronous}, one process, no sockets.`,
      '',
    );
    L.push(
      table(
        ['path', 'inserts/s'],
        [
          ['MessageService.send (one INSERT … RETURNING through TypeORM DataSource.query; FK checks the receiver), no-op events', w.orm_per_s],
          ['MessageService.send with a client_id', w.orm_client_id_per_s],
          ['raw better-sqlite3 prepared INSERT', w.raw_per_s],
          ['raw: prepared receiver check + INSERT (same work as the service)', w.raw_with_receiver_check_per_s],
          ['raw: same, group commit of 100 per transaction', w.raw_group_commit_100_per_s],
          ['**server code / raw (same work)**', w.orm_vs_raw_ratio],
        ],
      ),
      '',
    );
    if (w.group_plain_cpu_us) {
      L.push(
        'Issue 16: group sends (six members) through MessageService.send alone (no socket), short passes alternating; median CPU time per send of the process.',
        '',
        table(
          ['path', 'CPU per send'],
          [
            ['plain group send', v(w.group_plain_cpu_us, ' µs')],
            ['reply (`reply_to_id`) with one `@mention`', v(w.group_reply_mention_cpu_us, ' µs')],
            ['**reply+mention / plain**', w.reply_mention_cost_ratio],
          ],
        ),
        '',
      );
    }
  }

  if (r.send_path) {
    const p = r.send_path;
    L.push('## 5a. Issue 16: the send path with a reply and a mention against a plain send', '');
    L.push(
      `\`npm run bench -- --only send_path\`: a real server process (SQLite), ${p.members} group members connected by Socket.IO; the sender emits \`message:send\` and waits for each acknowledgement while the other members receive \`message:new\` (all delivered: ${p.delivered_all ? 'yes' : 'NO'}). ${p.passes} passes of ${p.n} sends each way, alternating; the figure is the median of the server process's own CPU time per send (/proc utime + stime), with wall time per send beside it.`,
      '',
      table(
        ['path', 'server CPU per send', 'wall time per send'],
        [
          ['plain group send', v(p.plain_server_cpu_us, ' µs'), v(p.plain_wall_us, ' µs')],
          ['reply (`reply_to_id`) with one `@mention`', v(p.reply_mention_server_cpu_us, ' µs'), v(p.reply_mention_wall_us, ' µs')],
          ['**reply+mention / plain** (target ≤ 1.10)', `**${p.cost_ratio}**`, p.wall_ratio],
        ],
      ),
      '',
    );
  }

  if (r.sessions) {
    const s = r.sessions;
    L.push('## 5d. Issue 19: the session check on every authenticated request', '');
    L.push(
      `\`npm run bench -- --only sessions\`: every token names a session, looked up by primary key with its user (one statement) on each authenticated request and socket handshake, so a revoked session stops at once on every process. Before sessions the same request looked the user up by primary key: the baseline. In-process on the server's own query classes (SQLite, 1000 users with 2000 sessions), ${s.passes} alternating passes of ${s.n} lookups each, median µs per lookup; then a real server process answering ${s.requests} sequential \`GET /api/me\` (JWT, session check, rate limit, JSON).`,
      '',
      table(
        ['what', 'per request'],
        [
          ['baseline: user by primary key (before sessions)', v(s.user_lookup_us, ' µs')],
          ['session by primary key, joined to its user (now)', v(s.session_lookup_us, ' µs')],
          ['**added by the session check**', `**${v(s.added_us, ' µs')}**`],
          ['whole `GET /api/me`: server CPU', v(s.me_server_cpu_us, ' µs')],
          ['whole `GET /api/me`: wall time', v(s.me_wall_us, ' µs')],
        ],
      ),
      '',
    );
  }

  if (r.blocks) {
    const b = r.blocks;
    L.push('## 5e. Issue 19: the block checks on the send path', '');
    L.push(
      `\`npm run bench -- --only blocks\`: blocks are not cached (a cache would need invalidating on every process), so a direct send looks the pair up both ways by primary key, a group send asks who blocked its sender (\`idx_blocks_blocked\`), and a page of history with others' messages asks whom the reader blocked. In-process on the server's own query classes (SQLite, ${b.users} users with ${b.blocks} blocks, ${b.blocks / b.users} each way per user: far fuller than a real table), ${b.passes} alternating passes of ${b.n} calls each, median µs per call, beside the user lookup by primary key every authenticated request already makes.`,
      '',
      table(
        ['what', 'per call'],
        [
          ['reference: user by primary key (every request)', v(b.user_lookup_us, ' µs')],
          ['**direct send**: any block between the two, either way (no block found)', `**${v(b.direct_send_check_us, ' µs')}**`],
          [`**group send**: who blocked the sender (${b.blocks / b.users} found)`, `**${v(b.group_send_check_us, ' µs')}**`],
          [`history page: whom the reader blocked (${b.blocks / b.users} found)`, v(b.history_page_check_us, ' µs')],
        ],
      ),
      '',
    );
  }

  if (r.export) {
    const e = r.export;
    L.push("## 5f. Issue 19: exporting a person's whole history", '');
    L.push(
      `\`npm run bench -- --only export\`: \`GET /api/me/export\` for one person with ${e.messages} messages (sent and received, in ${e.conversations} conversations), over REST against the compiled server process on SQLite; the file is read to the end and parsed to check it holds every message. The export is streamed page by page, so the server's memory should not follow the history's size: its RSS, read from /proc every 10 ms (no GC forced), against its RSS at rest just before.`,
      '',
      table(
        ['what', 'value'],
        [
          ['file', v(e.file_mb, ' MB')],
          ['first byte', v(e.first_byte_ms, ' ms')],
          ['**whole export**', `**${v(e.total_ms, ' ms')}** (${v(e.messages_per_s)} messages/s)`],
          ['server RSS at rest', v(e.server_rss_rest_mb, ' MB')],
          ['**server RSS peak during the export**', `**${v(e.server_rss_peak_mb, ' MB')}** (+${v(e.server_rss_growth_mb, ' MB')})`],
        ],
      ),
      '',
    );
  }

  if (r.calls) {
    const c = r.calls;
    L.push("## 5c. Issue 17: a video call's set-up time", '');
    L.push(
      c.skipped
        ? `Skipped: ${c.skipped === true ? c.reason : c.skipped}.`
        : `\`npm run bench -- --only calls\`: ${c.calls} 1:1 video calls one after another between two Chromium pages (Debian's, fake camera and microphone), the compiled server on SQLite, all inside a private network namespace (loopback only: no TURN, no real network). From the caller's "Start video call" click to the first remote video frame decoded (the caller's page, getStats every 5 ms); the callee's "Accept" is pressed by the driver as soon as the ring shows, so a person adds their reaction time. The first call is the slowest (the call screen's chunk, the first getUserMedia).`,
      '',
    );
    if (!c.skipped) {
      L.push(
        table(
          ['invite → first remote frame', 'p50', 'p95', 'max'],
          [['1:1 video call', v(c.call_setup_p50_ms, ' ms'), v(c.call_setup_p95_ms, ' ms'), v(c.call_setup_max_ms, ' ms')]],
        ),
        '',
        `Samples (ms, in order): ${c.samples_ms.join(', ')}.`,
        '',
      );
    }
  }

  if (r.attachments) {
    const a = r.attachments;
    const ms = (x) => v(round(x?.p50, 1), ' ms');
    L.push('## 5b. Attachments: uploads, thumbnails, server memory while uploads stream', '');
    L.push(
      `\`npm run bench -- --only attachments\`: a real server process (SQLite, ${a.storage}), random-byte files of ${a.file_mb} MB (stored as \`file\`, no image work) sent as multipart over HTTP from this process; ${a.concurrent} at once for the concurrent rows. The server's RSS is read from /proc every 10 ms while those uploads stream (${a.rss_samples} samples over ${a.streamed_mb} MB). Photo: a ${a.photo} of noise (${a.photo_mb} MB), through the server's own sharp code in this process, and uploaded whole (re-encode without metadata + thumbnail + storage).`,
      '',
    );
    L.push(
      table(
        ['measure', 'value'],
        [
          [`upload, 1 × ${a.file_mb} MB (best of ${a.upload_1_ms.n})`, v(a.upload_1_mb_per_s, ' MB/s')],
          [`upload, ${a.concurrent} × ${a.file_mb} MB at once (best of ${a.upload_concurrent_ms.n})`, v(a.upload_concurrent_mb_per_s, ' MB/s')],
          ['server RSS before the concurrent uploads', v(a.rss_baseline_mb, ' MB')],
          ['server RSS peak while they stream', v(a.rss_peak_mb, ' MB')],
          ['**RSS growth** (peak − before)', v(a.rss_growth_mb, ' MB')],
          ['server RSS after a full GC, before / after', `${v(a.rss_after_gc_before_mb)} / ${v(a.rss_after_gc_after_mb)} MB`],
          [`thumbnail (≤ 480 px WebP) of the photo, p50 of ${a.thumbnail_ms.n}`, ms(a.thumbnail_ms)],
          ['re-encode of the photo without metadata, p50', ms(a.reencode_ms)],
          ['whole photo upload over HTTP, p50', ms(a.photo_upload_ms)],
        ],
      ),
      '',
    );
  }

  L.push('## 6. Interface (Chromium)', '');
  if (r.ui && !r.ui.skipped) {
    L.push(
      table(
        ['measure', 'value'],
        Object.entries(r.ui)
          .filter(([k]) => k !== 'notes' && k !== 'mount_compare' && !/^message_list_\d+_/.test(k))
          .map(([k, x]) => [k, x]),
      ),
      '',
    );
    if (r.ui.notes) L.push(r.ui.notes, '');
    if (r.ui.mount_compare?.length) {
      L.push(
        'MessageList against @chatscope/chat-ui-kit-react (not virtualized), same messages, each kit and size on a fresh page: the first mount there (styles injected, code run for the first time) and the median of the mounts after it (ms to settled, as above).',
        '',
        table(
          ['kit', 'messages', 'first mount ms', 'median mount ms', 'DOM nodes'],
          r.ui.mount_compare.map((row) => [
            row.kit === 'ours' ? 'ui-kit MessageList' : 'chatscope MessageList',
            row.messages,
            row.first_ms,
            row.median_ms,
            row.dom_nodes,
          ]),
        ),
        '',
      );
    }
  } else {
    L.push(`Not measured: ${r.ui?.reason ?? r.errors.ui ?? 'not run in this mode'}. The keys are null in benchmarks.json.`, '');
  }

  if (r.lighthouse && !r.lighthouse.skipped) {
    L.push('### Lighthouse (mobile)', '');
    L.push(
      table(
        ['measure', 'value'],
        Object.entries(r.lighthouse).map(([k, x]) => [k, x]),
      ),
      '',
    );
  }

  if (r.sizes) {
    const s = r.sizes;
    L.push('## 7. Sizes', '');
    L.push(
      table(
        ['bundle', 'min KB', 'gzip KB', 'budget KB'],
        [
          [
            'ui-kit (dist bundled by esbuild, peers react/react-dom/styled-components and the lazily loaded emoji picker external)',
            s.ui_kit_min_kb,
            s.ui_kit_gzip_kb ?? `null: ${s.reason ?? ''}`,
            s.budgets.ui_kit_gzip_kb,
          ],
          [
            "ui-kit emoji picker, loaded on demand (organisms/EmojiPicker and its emoji data, less what the kit's bundle already holds)",
            s.ui_kit_emoji_picker_min_kb ?? '',
            s.ui_kit_emoji_picker_gzip_kb ?? 'null: ui-kit/dist has no organisms/EmojiPicker',
            s.budgets.ui_kit_emoji_picker_gzip_kb,
          ],
          [
            "app JS (app/dist/**/*.js, each gzipped; the emoji picker's chunk, loaded on demand, and the service worker apart below)",
            s.app_js_kb,
            s.app_js_gzip_kb ?? 'null: app/dist does not exist yet (the app is not built)',
            s.budgets.app_js_gzip_kb,
          ],
          ["app's emoji picker chunk (loaded when someone opens it)", '', s.app_emoji_picker_js_gzip_kb ?? '—', ''],
          [
            'service worker (app/dist/sw.js: precaching, offline pages, push notifications)',
            '',
            s.app_service_worker_gzip_kb ?? '—',
            s.budgets.app_service_worker_gzip_kb,
          ],
          [
            `log-in page JS (${(s.app_login_js_files ?? []).join(', ')}, each gzipped)`,
            '',
            s.app_login_js_gzip_kb ?? 'null: app/dist/.vite/manifest.json does not exist yet (the app is not built)',
            s.budgets.app_login_js_gzip_kb,
          ],
          [
            'Ionic app JS (mobile/dist/**/*.js, each gzipped; its settings, group and search screens are chunks of their own)',
            '',
            s.mobile_js_gzip_kb ?? 'null: mobile/dist does not exist yet (the mobile app is not built)',
            '',
          ],
          [
            `Ionic app's first screen (index.html's entry and the ${s.mobile_first_load_js_files ?? 0} chunks it loads, each gzipped)`,
            '',
            s.mobile_first_load_js_gzip_kb ?? '—',
            s.budgets.mobile_first_load_js_gzip_kb,
          ],
        ],
      ),
      '',
    );
    if (s.ui_kit_min_by_package_kb)
      L.push(
        'ui-kit minified bytes by package: ' +
          Object.entries(s.ui_kit_min_by_package_kb)
            .map(([k, x]) => `${k} ${x} KB`)
            .join(', ') +
          '. The same budgets are enforced by `tests/bench/size-budget.test.ts` in `npm test`.',
        '',
      );
  }

  if (r.profile) {
    const p = r.profile;
    L.push('## Profile: chat server under the throughput load', '');
    L.push(
      `\`node --cpu-prof\` on the server process during a closed-loop throughput run (${p.rate_under_profiler} msgs/s under the profiler); ${p.busy_ms} ms busy of ${p.total_ms} ms. Self time by package:`,
      '',
    );
    L.push(
      table(
        ['package', 'self ms', '% of busy'],
        p.packages.map((x) => [x.name, x.ms, x.pct]),
      ),
      '',
    );
    L.push('Top functions by self time:', '');
    L.push(
      table(
        ['function', 'self ms', '%'],
        p.functions.map((x) => [`\`${x.name}\``, x.ms, x.pct]),
      ),
      '',
    );
  }

  const notesFile = path.join(path.dirname(new URL(import.meta.url).pathname), 'FINDINGS.md');
  if (fs.existsSync(notesFile)) L.push(fs.readFileSync(notesFile, 'utf8').trim(), '');

  const md = path.join(outDir, 'benchmarks.md');
  const json = path.join(outDir, 'benchmarks.json');
  fs.writeFileSync(md, L.join('\n') + '\n');
  fs.writeFileSync(json, JSON.stringify(flat, null, 2) + '\n');
  fs.writeFileSync(path.join(outDir, '.benchmarks-raw.json'), '');
  fs.rmSync(path.join(outDir, '.benchmarks-raw.json'));
  return { md, json, flat };
}
