// Renders the web app's icons (app/public/icons) from one drawing: a speech bubble on the light
// theme's primary colour. Run by hand when the drawing changes (`node app/scripts/make-icons.mjs`);
// the PNGs are committed so a build needs no image tools.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "public", "icons");
const PRIMARY = "#1d5fd0";

/** `scale`: the bubble's share of the icon (a maskable icon keeps it inside the 80 % safe circle). */
function drawing(size, { scale, rounded }) {
  const s = size * scale;
  const o = (size - s) / 2;
  const u = s / 100;
  const corner = rounded ? size * 0.22 : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${corner}" fill="${PRIMARY}"/>
  <g transform="translate(${o} ${o}) scale(${u})">
    <path d="M14 18h72a8 8 0 0 1 8 8v40a8 8 0 0 1-8 8H42L24 90V74H14a8 8 0 0 1-8-8V26a8 8 0 0 1 8-8z" fill="#fff"/>
    <circle cx="32" cy="46" r="6" fill="${PRIMARY}"/><circle cx="50" cy="46" r="6" fill="${PRIMARY}"/><circle cx="68" cy="46" r="6" fill="${PRIMARY}"/>
  </g>
</svg>`;
}

const icons = [
  { file: "icon-192.png", size: 192, scale: 0.7, rounded: true },
  { file: "icon-512.png", size: 512, scale: 0.7, rounded: true },
  { file: "maskable-512.png", size: 512, scale: 0.56, rounded: false },
  { file: "apple-touch-icon.png", size: 180, scale: 0.66, rounded: false },
];
fs.mkdirSync(OUT, { recursive: true });
for (const icon of icons) {
  await sharp(Buffer.from(drawing(icon.size, icon)))
    .png({ compressionLevel: 9 })
    .toFile(path.join(OUT, icon.file));
}
console.log(`wrote ${icons.length} icons to ${OUT}`);
