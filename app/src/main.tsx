import { createRoot } from "react-dom/client";
import { App } from "./App";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(<App />);
// For the browser tests and the first-render measurement.
requestAnimationFrame(() => performance.mark("app-first-render"));
