import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

interface WorkloadConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  /** The demo agent's role: it may read the shop's sequences to see their headroom. */
  monitorRole?: string;
}

const CUSTOMERS = 2_000;
const PRODUCTS = 500;

const SCHEMA = [
  `create table if not exists customers (
     id int primary key, name text not null, email text not null, created_at timestamptz not null default now())`,
  `create table if not exists products (
     id int primary key, name text not null, price numeric(10,2) not null, stock int not null)`,
  `create table if not exists orders (
     id bigserial primary key, customer_id int not null references customers (id),
     status text not null default 'new', created_at timestamptz not null default now())`,
  `create table if not exists order_items (
     order_id bigint not null references orders (id), product_id int not null references products (id),
     quantity int not null, primary key (order_id, product_id))`,
  "create index if not exists orders_customer_idx on orders (customer_id)",
  `insert into customers (id, name, email)
     select i, 'customer ' || i, 'c' || i || '@example.test' from generate_series(1, ${CUSTOMERS}) i
     on conflict do nothing`,
  `insert into products (id, name, price, stock)
     select i, 'product ' || i, (i % 90) + 9.99, 1000 from generate_series(1, ${PRODUCTS}) i
     on conflict do nothing`,
];

const pick = (n: number) => 1 + Math.floor(Math.random() * n);

/** The connection the backend wrote for the demo (see the backend's demo-agent bootstrap). */
export function readWorkloadConnection(dataDir: string): WorkloadConnection | undefined {
  const file = join(dataDir, "demo-workload.json");
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as WorkloadConnection;
}

async function client(c: WorkloadConnection, name: string): Promise<pg.Client> {
  const { monitorRole: _, ...connection } = c;
  const cl = new pg.Client({ ...connection, application_name: name });
  cl.on("error", () => {}); // the server stops before the workload at Ctrl-C
  await cl.connect();
  return cl;
}

/**
 * A small shop's traffic on its own database: lookups and joins, orders written with their
 * items, stock updates, now and then a session waiting on another's row lock and a slow report.
 */
export async function startPostgresWorkload(c: WorkloadConnection): Promise<() => void> {
  const web = await client(c, "demo-web");
  const worker = await client(c, "demo-worker");
  const reports = await client(c, "demo-reports");
  const holder = await client(c, "demo-admin");
  for (const statement of SCHEMA) await web.query(statement);
  if (c.monitorRole) {
    const role = `"${c.monitorRole.replaceAll('"', '""')}"`;
    await web.query(`grant select on all sequences in schema public to ${role}`);
  }

  const tick = async () => {
    await web.query("select id, name, email from customers where id = $1", [pick(CUSTOMERS)]);
    await web.query("select id, name, price, stock from products where id = any($1::int[])", [
      [pick(PRODUCTS), pick(PRODUCTS), pick(PRODUCTS)],
    ]);
    await web.query(
      `select o.id, o.status, sum(i.quantity) as items
       from orders o join order_items i on i.order_id = o.id
       where o.customer_id = $1 group by o.id order by o.id desc limit 10`,
      [pick(CUSTOMERS)],
    );
    await worker.query("begin");
    const { rows } = await worker.query<{ id: string }>(
      "insert into orders (customer_id) values ($1) returning id",
      [pick(CUSTOMERS)],
    );
    const product = pick(PRODUCTS);
    await worker.query(
      "insert into order_items (order_id, product_id, quantity) values ($1, $2, $3)",
      [rows[0]?.id, product, pick(3)],
    );
    await worker.query("update products set stock = stock - 1 where id = $1", [product]);
    await worker.query("commit");
    if (Math.random() < 0.1) {
      await worker.query(
        "update orders set status = 'shipped' where status = 'new' and created_at < now() - interval '1 minute'",
      );
    }
  };
  // A maintenance session holds a product row for a few seconds; the worker's next update waits.
  const lockWait = async () => {
    await holder.query("begin");
    await holder.query("update products set price = price where id = 1");
    const waiting = worker.query("update products set stock = stock where id = 1");
    await holder.query("select pg_sleep(4)");
    await holder.query("commit");
    await waiting;
  };
  const slowReport = async () => {
    await reports.query(
      `select p.id, p.name, count(*) as orders, sum(i.quantity * p.price) as revenue
       from order_items i join products p on p.id = i.product_id
       cross join generate_series(1, 40) g
       group by p.id, p.name order by revenue desc limit 20`,
    );
    await reports.query("select pg_sleep(1.5)");
  };

  let busy = false;
  const guarded = (work: () => Promise<void>) => () => {
    if (busy) return;
    busy = true;
    void work()
      .catch(() => worker.query("rollback").catch(() => {}))
      .finally(() => {
        busy = false;
      });
  };
  const timers = [
    setInterval(guarded(tick), 300),
    setInterval(guarded(lockWait), 45_000),
    setInterval(() => void slowReport().catch(() => {}), 30_000),
  ];
  void slowReport().catch(() => {});
  return () => {
    for (const t of timers) clearInterval(t);
    for (const cl of [web, worker, reports, holder]) void cl.end().catch(() => {});
  };
}
