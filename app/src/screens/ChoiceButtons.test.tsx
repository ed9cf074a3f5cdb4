/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ChoiceButtons } from "./ChoiceButtons";

describe("ChoiceButtons", () => {
  it("groups the options under their legend, presses the chosen one, and reports a choice", async () => {
    const onChoose = jest.fn();
    render(
      <ChoiceButtons
        legend="Language"
        options={["en", "ar"] as const}
        chosen="en"
        onChoose={onChoose}
        labelOf={(option) => (option === "en" ? "English" : "العربية")}
        langOf={(option) => option}
      />,
    );
    const group = screen.getByRole("group", { name: "Language" });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    const arabic = screen.getByRole("button", { name: "العربية" });
    expect(arabic).toHaveAttribute("aria-pressed", "false");
    expect(arabic).toHaveAttribute("lang", "ar");
    await userEvent.click(arabic);
    expect(onChoose).toHaveBeenCalledWith("ar");
  });
});
