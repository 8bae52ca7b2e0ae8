import { describe, expect, it } from "vitest";
import { mapClients } from "./map-clients.ts";

/** Lines as Redis 7.0 and Valkey 8.0 print them (captured), and a 6.0-style line. */
const REDIS_7 = [
  "id=7 addr=127.0.0.1:41522 laddr=127.0.0.1:16379 fd=8 name= age=190 idle=0 flags=S db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=20474 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=1 omem=20504 tot-mem=42776 events=r cmd=replconf user=default redir=-1 resp=2",
  "id=20 addr=127.0.0.1:45770 laddr=127.0.0.1:16379 fd=9 name=logstag-agent age=0 idle=0 flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=26 qbuf-free=20448 argv-mem=10 multi-mem=0 rbs=16384 rbp=16384 obl=0 oll=0 omem=0 tot-mem=37658 events=r cmd=client|list user=logstag redir=-1 resp=2",
  "id=21 addr=10.1.2.3:5000 laddr=127.0.0.1:16379 fd=10 name=worker-1 age=30 idle=12 flags=b db=2 sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=10 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=0 omem=0 tot-mem=2000 events=r cmd=blpop user=app redir=-1 resp=2",
];
const VALKEY_8 =
  "id=4 addr=127.0.0.1:43324 laddr=127.0.0.1:16380 fd=11 name= age=5 idle=1 flags=x db=0 sub=1 psub=2 ssub=0 multi=3 watch=0 qbuf=0 qbuf-free=0 argv-mem=10 multi-mem=0 rbs=16384 rbp=16384 obl=0 oll=0 omem=0 tot-mem=17306 events=r cmd=exec user=default redir=-1 resp=2 lib-name= lib-ver= tot-net-in=26 tot-net-out=0 tot-cmds=0";
const REDIS_6_0 =
  "id=3 addr=127.0.0.1:5001 fd=8 name= age=1 idle=1 flags=N db=0 sub=0 psub=0 multi=-1 qbuf=0 qbuf-free=0 obl=0 oll=0 omem=0 events=r cmd=NULL user=default";

describe("mapClients", () => {
  it("leaves out the agent's own connection by id, not by name", () => {
    const snapshot = mapClients(`${REDIS_7.join("\n")}\n`, 20);
    expect(snapshot.rows.map((r) => r.id)).toEqual([7, 21]);
    const other = mapClients(REDIS_7.join("\n"), 999);
    expect(other.rows.map((r) => r.name)).toContain("logstag-agent");
  });

  it("maps a blocked client, with the command name only", () => {
    const [, blocked] = mapClients(REDIS_7.join("\n"), 20).rows;
    expect(blocked).toEqual({
      id: 21,
      name: "worker-1",
      addr: "10.1.2.3:5000",
      db: 2,
      ageSeconds: 30,
      idleSeconds: 12,
      flags: "b",
      blocked: true,
      cmd: "blpop",
      user: "app",
      multi: -1,
      subscriptions: 0,
      queryBufferBytes: 0,
      outputMemoryBytes: 0,
      totalMemoryBytes: 2000,
    });
  });

  it("reads Valkey's extra fields and a 6.0 line without ssub and tot-mem", () => {
    const [valkey] = mapClients(VALKEY_8, 0).rows;
    expect(valkey).toMatchObject({ subscriptions: 3, multi: 3, cmd: "exec", blocked: false });
    const [old] = mapClients(REDIS_6_0, 0).rows;
    expect(old).toMatchObject({ cmd: null, totalMemoryBytes: null, name: null, user: "default" });
  });

  it("caps the rows and says so", () => {
    const many = Array.from(
      { length: 2100 },
      (_, i) => `id=${i + 1} addr=a:${i} idle=${i} flags=N`,
    );
    const snapshot = mapClients(many.join("\n"), 0);
    expect(snapshot.rows).toHaveLength(2000);
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.rows[0]?.idleSeconds).toBe(0);
  });
});
