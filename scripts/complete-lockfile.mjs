// Adds lockfile entries for platform packages that the registry this project is built
// against does not serve (only Linux builds are mirrored here). npm writes no entry for an
// optional dependency it cannot fetch, and `npm ci` then refuses the lockfile as out of
// sync (npm/cli issues #8767, #9846). Each added entry carries its os/cpu/libc, so every
// install skips it on Linux exactly as it would skip the real package.
// Run after changing dependencies: `npm install && node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const OS = [
  "android",
  "darwin",
  "win32",
  "linux",
  "freebsd",
  "openbsd",
  "netbsd",
  "sunos",
  "aix",
  "openharmony",
  "cygwin",
];
const CPU = [
  "arm64",
  "x64",
  "ia32",
  "arm",
  "ppc64",
  "s390x",
  "riscv64",
  "loong64",
  "mips64el",
  "wasm32",
];

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = OS.find((candidate) => parts.includes(candidate));
  const cpu =
    CPU.find((candidate) => parts.includes(candidate) || parts.includes(`${candidate}eabi`)) ??
    (parts.includes("gnueabihf") || parts.includes("musleabihf") ? "arm" : undefined);
  const libc = parts.some((part) => part.startsWith("musl"))
    ? "musl"
    : parts.some((part) => part.startsWith("gnu"))
      ? "glibc"
      : undefined;
  return { os, cpu, libc };
}

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;
let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  if (location === "" || entry.optionalDependencies === undefined) continue;
  for (const [name, spec] of Object.entries(entry.optionalDependencies)) {
    const nested = `${location}/node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] !== undefined || packages[hoisted]?.version === spec) continue;
    const { os, cpu, libc } = platformOf(name);
    if (
      os === undefined ||
      (os === "linux" && (cpu === "x64" || cpu === undefined) && libc !== "musl")
    )
      continue;
    const target = packages[hoisted] === undefined ? hoisted : nested;
    packages[target] = {
      version: spec,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(entry.dev ? { dev: true } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      os: [os],
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) =>
    a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0,
  ),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} lockfile entries for platform packages the registry does not serve`);
