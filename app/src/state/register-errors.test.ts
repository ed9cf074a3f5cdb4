import { registerFieldError } from "./register-errors";

describe("registerFieldError", () => {
  it("words the server's conflicts as sentences under their field", () => {
    expect(registerFieldError(409, "username is already taken")).toEqual({ field: "username", text: "That username is taken. Try another one." });
    expect(registerFieldError(409, "email is already registered")).toEqual({
      field: "email",
      text: "An account with this email already exists. Log in instead?",
    });
  });

  it("turns a validation message into a sentence for its field", () => {
    expect(registerFieldError(400, "password must be at least 8 characters")).toEqual({
      field: "password",
      text: "Password must be at least 8 characters.",
    });
    expect(registerFieldError(400, "email must be a valid email address")).toEqual({ field: "email", text: "Email must be a valid email address." });
  });

  it("leaves other refusals to the form-level alert", () => {
    expect(registerFieldError(400, "expected a JSON object")).toBeNull();
    expect(registerFieldError(429, "Too many requests for username")).toBeNull();
  });
});
