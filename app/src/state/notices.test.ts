import type { GroupJson } from "@chat-app/client";
import type { GroupNoticeJson } from "@chat-app/protocol";
import { i18n, loadLanguage, t } from "../i18n/i18n";
import { fileCatalog } from "../i18n/test-catalogs";
import { noticeSentence, shownText } from "./notices";
import { membersNamed } from "./summaries";

const ME = 1;
const alice = { id: ME, username: "alice" };
const bob = { id: 2, username: "bob" };
const carol = { id: 3, username: "carol" };
const dave = { id: 4, username: "dave" };

describe("noticeSentence", () => {
  it.each<[GroupNoticeJson, string]>([
    [{ event: "created", actor: alice, name: "Trip" }, "You created the group “Trip”"],
    [{ event: "created", actor: bob, name: "Trip" }, "bob created the group “Trip”"],
    [{ event: "added", actor: bob, users: [alice] }, "bob added you"],
    [{ event: "added", actor: alice, users: [bob, carol] }, "You added bob and carol"],
    [{ event: "added", actor: bob, users: [carol, alice, dave] }, "bob added carol, you, and dave"],
    [{ event: "removed", actor: alice, users: [dave] }, "You removed dave"],
    [{ event: "left", actor: carol }, "carol left"],
    [{ event: "renamed", actor: bob, name: "Hike" }, "bob renamed the group to “Hike”"],
    [{ event: "promoted", actor: bob, users: [alice] }, "bob made you an admin"],
    [{ event: "promoted", actor: alice, users: [bob, carol] }, "You made bob and carol admins"],
    [{ event: "demoted", actor: alice, users: [bob] }, "You removed bob as admin"],
  ])("words %j for the reader", (notice, sentence) => {
    expect(noticeSentence(notice, ME, t)).toBe(sentence);
  });

  it.each<[GroupNoticeJson, string, string]>([
    [{ event: "added", actor: bob, users: [alice] }, "bob te añadió", "أضافك bob"],
    [{ event: "added", actor: alice, users: [bob, carol] }, "Añadiste a bob y carol", "أضفتَ bob وcarol"],
    [{ event: "added", actor: bob, users: [carol, alice, dave] }, "bob añadió a carol, ti y dave", "أضاف bob carol وأنت وdave"],
    [{ event: "promoted", actor: bob, users: [carol] }, "bob hizo administrador a carol", "جعل bob carol مشرفًا"],
    [{ event: "promoted", actor: alice, users: [bob, carol] }, "Hiciste administradores a bob y carol", "جعلتَ bob وcarol مشرفَين"],
    [{ event: "left", actor: alice }, "Saliste del grupo", "غادرتَ"],
  ])("words %j in Spanish and Arabic", async (notice, spanish, arabic) => {
    try {
      await loadLanguage("es", fileCatalog);
      expect(noticeSentence(notice, ME, t)).toBe(spanish);
      await loadLanguage("ar", fileCatalog);
      expect(i18n.locale).toBe("ar");
      expect(noticeSentence(notice, ME, t)).toBe(arabic);
    } finally {
      await loadLanguage("en", fileCatalog);
    }
  });

  it("names people as `nameOf` says (their display names now), the reader still 'you'", () => {
    const group = {
      id: 9,
      name: "Trip",
      members: [
        { id: bob.id, username: "bob", display_name: "Bob Marley", role: "member" },
        { id: carol.id, username: "carol", display_name: null, role: "member" },
      ],
    } as unknown as GroupJson;
    const nameOf = membersNamed(group)!;
    expect(noticeSentence({ event: "added", actor: bob, users: [carol, alice, dave] }, ME, t, nameOf)).toBe("Bob Marley added carol, you, and dave");
    expect(shownText({ kind: "system", notice: { event: "left", actor: bob }, message_content: "bob left" }, ME, t, nameOf)).toBe("Bob Marley left");
    expect(membersNamed(undefined)).toBeUndefined();
  });

  it("leaves what people wrote as it is, markup included", () => {
    expect(shownText({ message_content: "<b>hi</b>" }, ME, t)).toBe("<b>hi</b>");
    expect(shownText({ kind: "text", notice: null, message_content: "plain" }, ME, t)).toBe("plain");
    expect(shownText({ kind: "system", notice: { event: "left", actor: bob }, message_content: "bob left" }, ME, t)).toBe("bob left");
  });

  it.each<[string, { outcome: "missed" | "declined" | "ended"; media: "audio" | "video"; caller_id: number; duration_ms?: number }, string]>([
    ["a missed call to me", { outcome: "missed", media: "video", caller_id: bob.id }, "Missed video call"],
    ["my unanswered call", { outcome: "missed", media: "video", caller_id: ME }, "Video call, no answer"],
    ["my call, declined", { outcome: "declined", media: "audio", caller_id: ME }, "Audio call declined"],
    ["a call I declined", { outcome: "declined", media: "audio", caller_id: bob.id }, "You declined an audio call"],
    ["an answered call", { outcome: "ended", media: "audio", caller_id: bob.id, duration_ms: 65_400 }, "Audio call, 1:05"],
  ])("words a call's row for the reader: %s", (_, fields, sentence) => {
    const notice = { type: "call" as const, ...fields };
    expect(shownText({ kind: "system", notice, message_content: "the server's English" }, ME, t)).toBe(sentence);
  });
});
