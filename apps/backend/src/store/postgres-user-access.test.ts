import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBlockingDir } from "./postgres-user-access.ts";

// Nobody owns these ids, so only the "others" permission bits can let this user in.
const stranger = { uid: 65_001, gid: 65_001 };
let base: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), "logstag-access-"));
  await chmod(base, 0o755);
  await mkdir(join(base, "open/inner"), { recursive: true, mode: 0o755 });
  await mkdir(join(base, "closed/inner"), { recursive: true });
  await chmod(join(base, "closed"), 0o700);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe("findBlockingDir", () => {
  it("names the first directory another user cannot enter", async () => {
    expect(await findBlockingDir(join(base, "closed/inner/pg"), stranger)).toBe(
      join(base, "closed"),
    );
  });

  it("lets through paths whose every directory others may enter, missing ones included", async () => {
    expect(await findBlockingDir(join(base, "open/inner/not-yet/pg"), stranger)).toBeUndefined();
  });

  it("lets the owner of a private directory in", async () => {
    const me = { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
    expect(await findBlockingDir(join(base, "closed/inner"), me)).toBeUndefined();
  });
});
