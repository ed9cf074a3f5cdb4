import { sanitizeFileName } from "./file-name";

describe("sanitizeFileName", () => {
  it.each([
    ["report.pdf", "report.pdf"],
    ["../../etc/passwd", "passwd"],
    ["C:\\Windows\\win.ini", "win.ini"],
    ["bell\u0007tab\tnl\n.txt", "belltab_nl_.txt"],
    ["nel\u0085del\u007f.txt", "neldel.txt"],
    ["invoice\u202Efdp.exe", "invoice_fdp.exe"],
    ['a<b>c:"d|e?f*.txt', "a_b_c__d_e_f_.txt"],
    ["  .hidden. ", "hidden"],
    ["", "file"],
    ["...", "file"],
    [undefined, "file"],
  ])("%j → %j", (declared, expected) => {
    expect(sanitizeFileName(declared)).toBe(expected);
  });

  it("cuts names to 255 code points, keeping the extension", () => {
    const name = sanitizeFileName(`${"é".repeat(400)}.tar.gz`);
    expect([...name]).toHaveLength(255);
    expect(name.endsWith("é.gz")).toBe(true);
  });
});
