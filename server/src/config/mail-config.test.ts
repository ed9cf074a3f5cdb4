import { parseMail } from "./mail-config";

describe("SMTP_URL, MAIL_FROM, PUBLIC_URL", () => {
  it("unset: no mail (reset and verification answer 501); MAIL_FROM alone is a mistake, PUBLIC_URL alone is fine", () => {
    expect(parseMail(undefined, undefined, undefined)).toBeNull();
    expect(parseMail(undefined, undefined, "https://chat.example.com")).toBeNull();
    expect(() => parseMail(undefined, "a@b.c", undefined)).toThrow("MAIL_FROM: set SMTP_URL too");
  });

  it("smtp:// or smtps://, with the links' base and a From defaulting to no-reply@ its host", () => {
    expect(parseMail("smtps://u:p@mail.example.com:465", undefined, "https://chat.example.com/")).toEqual({
      smtpUrl: "smtps://u:p@mail.example.com:465",
      from: "no-reply@chat.example.com",
      publicUrl: "https://chat.example.com",
    });
    expect(parseMail("smtp://mail.example.com:587", "Chat <hello@example.com>", "https://example.com/chat")?.from).toBe("Chat <hello@example.com>");
    expect(parseMail("smtp://mail.example.com", undefined, "https://example.com/chat/")?.publicUrl).toBe("https://example.com/chat");
  });

  it("refuses what cannot work, naming the variable", () => {
    expect(() => parseMail("http://mail.example.com", undefined, "https://chat.example.com")).toThrow("SMTP_URL: must be an smtp:// or smtps:// URL");
    expect(() => parseMail("smtp://mail.example.com", undefined, undefined)).toThrow("PUBLIC_URL: required with SMTP_URL");
    expect(() => parseMail("smtp://mail.example.com", undefined, "chat.example.com")).toThrow("PUBLIC_URL:");
    expect(() => parseMail("smtp://mail.example.com", undefined, "ftp://chat.example.com")).toThrow("PUBLIC_URL: must be an http:// or https:// URL");
    expect(() => parseMail("smtp://mail.example.com", undefined, "https://chat.example.com/?a=1")).toThrow("PUBLIC_URL: must have no query");
    expect(() => parseMail("smtp://mail.example.com", "not an address", "https://chat.example.com")).toThrow("MAIL_FROM:");
    expect(() => parseMail("smtp://mail.example.com", "a@b.c\r\nBcc: x@y.z", "https://chat.example.com")).toThrow("MAIL_FROM:");
  });
});
