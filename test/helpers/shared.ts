import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** `../shared` beside the repository, where the seeds and corpora live. */
export const sharedDir = resolve(here, "../../../shared");

/** True when `../shared` is present; evaluation tests skip with a message otherwise. */
export const hasShared = existsSync(join(sharedDir, "corpora"));

/** The reason printed by tests that skip because `../shared` is absent. */
export const sharedMissing = `../shared not found at ${sharedDir}: skipping tests that read the seeds and corpora`;

if (!hasShared) {
  console.warn(sharedMissing);
}
