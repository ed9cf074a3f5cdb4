import { detectType } from "./detect-type";

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const PNG = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

describe("detectType", () => {
  it("knows images, audio and files by their bytes", async () => {
    expect(await detectType(bytes(PNG), false)).toEqual({ kind: "image", contentType: "image/png", imageFormat: "png" });
    expect(await detectType(bytes("RIFF\x24\0\0\0WAVEfmt "), false)).toEqual({ kind: "audio", contentType: "audio/wav" });
    expect(await detectType(bytes("%PDF-1.7\n"), false)).toEqual({ kind: "file", contentType: "application/pdf" });
  });

  it("never calls markup or script an image, nor serves it with its own type", async () => {
    for (const text of ["<svg xmlns='http://www.w3.org/2000/svg'/>", "<!doctype html><script>1</script>", "<?xml version='1.0'?><a/>", "alert(1)"]) {
      expect(await detectType(bytes(text), false)).toEqual({ kind: "file", contentType: "application/octet-stream" });
    }
  });

  it("takes HEIC as an image only when the image library reads it", async () => {
    const heic = bytes("\0\0\0\x18ftypheic\0\0\0\0mif1heic");
    expect((await detectType(heic, false)).kind).toBe("file");
    expect(await detectType(heic, true)).toEqual({ kind: "image", contentType: "image/heic", imageFormat: "heif" });
  });
});
