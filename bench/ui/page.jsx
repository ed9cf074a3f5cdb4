// The page the UI bench loads in Chromium: mounts ui-kit's MessageList / ChatList with generated data
// and measures mount-to-settled time and frames while scrolling. Bundled by bench/suites/ui.mjs.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { ChatThemeProvider, MessageList, ChatList } from 'ui-kit-entry';
import { MainContainer, ChatContainer, MessageList as ScopeMessageList, Message as ScopeMessage } from '@chatscope/chat-ui-kit-react';
import '@chatscope/chat-ui-kit-styles/dist/default/styles.min.css';

const rootEl = document.getElementById('root');
let root = null;

const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));

/** Renders, then waits until 3 consecutive frames pass without a DOM mutation; returns ms to the last mutating frame. */
async function mountAndSettle(element) {
  if (root) root.unmount();
  root = createRoot(rootEl);
  let mutated = false;
  const observer = new MutationObserver(() => (mutated = true));
  observer.observe(rootEl, { subtree: true, childList: true, attributes: true, characterData: true });
  const t0 = performance.now();
  flushSync(() => root.render(element));
  let settledAt = await frame();
  let quiet = 0;
  mutated = false;
  for (let i = 0; i < 300 && quiet < 3; i++) {
    const t = await frame();
    if (mutated) {
      settledAt = t;
      quiet = 0;
      mutated = false;
    } else quiet++;
  }
  observer.disconnect();
  return { mount_ms: settledAt - t0, dom_nodes: rootEl.querySelectorAll('*').length };
}

/** Scrolls `selector` from one end to the other in `steps` frames; counts long frames. */
async function scrollThrough(selector, steps, fromBottom) {
  const el = rootEl.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  const long = [];
  let loaf = 0;
  let po = null;
  if (PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) {
    po = new PerformanceObserver((list) => (loaf += list.getEntries().length));
    po.observe({ type: 'long-animation-frame' });
  }
  const max = el.scrollHeight - el.clientHeight;
  let prev = await frame();
  const deltas = [];
  for (let i = 1; i <= steps; i++) {
    el.scrollTop = fromBottom ? max - (max * i) / steps : (max * i) / steps;
    const t = await frame();
    deltas.push(t - prev);
    if (t - prev > 50) long.push(t - prev);
    prev = t;
  }
  await frame();
  po?.disconnect();
  deltas.sort((a, b) => a - b);
  return {
    frames: steps,
    scrolled_px: Math.round(max),
    frames_over_50ms: long.length,
    frames_over_33ms: deltas.filter((d) => d > 33.4).length,
    long_animation_frames: po ? loaf : null,
    frame_p50_ms: deltas[Math.floor(deltas.length * 0.5)],
    frame_p99_ms: deltas[Math.min(deltas.length - 1, Math.floor(deltas.length * 0.99))],
    frame_max_ms: deltas[deltas.length - 1],
  };
}

const words = 'hello there this is a chat message with some words to wrap across lines in the bubble'.split(' ');
function messages(n) {
  const start = Date.parse('2026-01-01T08:00:00Z');
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    authorId: i % 3 === 0 ? 1 : 2,
    text: words.slice(0, 3 + ((i * 7) % words.length)).join(' '),
    timestamp: new Date(start + i * 97_000).toISOString(),
    status: i % 3 === 0 ? 'read' : undefined,
  }));
}
function chats(n) {
  const start = Date.parse('2026-11-20T08:00:00Z');
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    name: `Person ${i + 1}`,
    lastMessage: words.slice(0, 4 + (i % 10)).join(' '),
    lastMessageAt: new Date(start - i * 600_000).toISOString(),
    unreadCount: i % 7 === 0 ? i % 13 : 0,
    presence: i % 5 === 0 ? 'online' : 'offline',
  }));
}

function ours(data) {
  return (
    <ChatThemeProvider>
      <div style={{ height: '700px', display: 'flex', flexDirection: 'column' }}>
        <MessageList messages={data} currentUserId={1} label="Bench" conversationKey="bench" />
      </div>
    </ChatThemeProvider>
  );
}

// The same messages in @chatscope/chat-ui-kit-react (not virtualized: every message is in the DOM).
function chatscope(data) {
  return (
    <div style={{ height: '700px' }}>
      <MainContainer>
        <ChatContainer>
          <ScopeMessageList>
            {data.map((m) => (
              <ScopeMessage
                key={m.id}
                model={{
                  message: m.text,
                  sentTime: m.timestamp,
                  sender: String(m.authorId),
                  direction: m.authorId === 1 ? 'outgoing' : 'incoming',
                  position: 'single',
                }}
              />
            ))}
          </ScopeMessageList>
        </ChatContainer>
      </MainContainer>
    </div>
  );
}

window.bench = {
  /** One mount of `n` messages in `kit` ('ours' | 'chatscope'); the first call on a page is the cold one. */
  async mountMessages(kit, n) {
    const data = messages(n);
    return mountAndSettle(kit === 'chatscope' ? chatscope(data) : ours(data));
  },
  async messageList(n, steps) {
    const data = messages(n);
    const mount = await mountAndSettle(
      <ChatThemeProvider>
        <div style={{ height: '700px', display: 'flex', flexDirection: 'column' }}>
          <MessageList messages={data} currentUserId={1} label="Bench" conversationKey="bench" />
        </div>
      </ChatThemeProvider>,
    );
    const scroll = await scrollThrough('[role=log]', steps, true);
    return { ...mount, scroll };
  },
  async chatList(n, steps) {
    const data = chats(n);
    const mount = await mountAndSettle(
      <ChatThemeProvider>
        <div style={{ height: '700px', width: '360px', display: 'flex', flexDirection: 'column' }}>
          <ChatList chats={data} label="Chats" />
        </div>
      </ChatThemeProvider>,
    );
    const scroll = await scrollThrough('[role=listbox]', steps, false);
    return { ...mount, scroll };
  },
};
window.benchReady = true;
