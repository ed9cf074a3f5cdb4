import type { OutgoingMail } from "./mailer";

/** The mails' wording: plain text, one link each, and what to do if the mail was not expected. */
export function passwordResetMail(to: string, link: string, minutes: number): OutgoingMail {
  return {
    to,
    subject: "Reset your password",
    text: [
      "Someone (hopefully you) asked to reset the password of the chat account with this address.",
      "",
      `Choose a new password here within ${minutes} minutes; the link works once:`,
      link,
      "",
      "Every device signed in to the account will be signed out.",
      "If you did not ask for this, ignore this mail: your password stays as it is.",
    ].join("\n"),
  };
}

export function verificationMail(to: string, link: string): OutgoingMail {
  return {
    to,
    subject: "Confirm your email address",
    text: [
      "Confirm that this address belongs to your chat account by opening this link:",
      link,
      "",
      "If you did not sign up or change your address, ignore this mail.",
    ].join("\n"),
  };
}
