import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** Debian's chromium, which `.ci/run` installs; never a browser downloaded by a test tool. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** True when the browser is there; browser tests skip with {@link chromiumMissing} otherwise. */
export const hasChromium = existsSync(chromiumPath);

/** Why browser tests skip; in CI (`CI=true`) a missing browser fails them instead. */
export const chromiumMissing = `no chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH): skipping the browser tests`;

/**
 * Starts headless Chromium the way this machine allows: no sandbox (tests run as root),
 * no GPU, no QUIC, no background networking or component updates (the network is closed
 * and every such connection would be refused), in a fresh profile folder removed on close.
 */
export async function launchChromium(): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> {
  const profile = mkdtempSync(join(tmpdir(), "corroborate-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
