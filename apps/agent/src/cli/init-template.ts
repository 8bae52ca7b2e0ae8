/** Engines `init` can write a starter target for. */
export const INIT_ENGINES = ["postgres", "redis", "valkey"] as const;
export type InitEngine = (typeof INIT_ENGINES)[number];

const HEAD = `# Logstag agent configuration. Reference: the agent README (docs/agent.md).
# Check it with: logstag-agent validate -c agent.toml, then logstag-agent check -c agent.toml

[agent]
# name = "db-host-1"              # how this agent appears in Logstag (default: host name)

[backend]
url = "https://logstag.example.com" # http:// is accepted for 127.0.0.1 / localhost only
api_key_env = "LOGSTAG_AGENT_KEY"   # or api_key = "enc:v1:…" (logstag-agent encrypt)

# [secrets]
# key_file = "/etc/logstag/agent.key" # for enc:v1:… values (logstag-agent keygen)

# [intervals]                      # collection intervals of all targets
# high = "10s"
# medium = "60s"
# low = "10m"

# [spool]                          # where payloads wait while the backend is unreachable
# dir = "/var/lib/logstag-agent/spool"
# max_size = "256MiB"              # beyond this the oldest payloads are dropped (and counted)
# max_age = "48h"

# [metrics]                        # Prometheus endpoint of the agent itself (off by default)
# listen = "127.0.0.1:9464"
`;

const TARGETS: Record<InitEngine, string> = {
  postgres: `
[[targets]]
name = "postgres-main"
engine = "postgres"
host = "127.0.0.1"
port = 5432
database = "postgres"
user = "logstag"                   # CREATE ROLE logstag LOGIN PASSWORD '…' IN ROLE pg_monitor;
password_env = "LOGSTAG_PG_PASSWORD" # or password = "enc:v1:…"
# sslmode = "verify-full"          # default for remote hosts; "disable" only by explicit choice
# sslrootcert = "/etc/logstag/db-ca.pem"
`,
  redis: `
[[targets]]
name = "redis-main"
engine = "redis"
host = "127.0.0.1"
port = 6379
# username = "logstag"             # least-privilege ACL user: see docs/engines/redis.md
# password_env = "LOGSTAG_REDIS_PASSWORD"
# tls = true
`,
  valkey: `
[[targets]]
name = "valkey-main"
engine = "valkey"
host = "127.0.0.1"
port = 6379
# username = "logstag"             # least-privilege ACL user: see docs/engines/redis.md
# password_env = "LOGSTAG_VALKEY_PASSWORD"
# tls = true
`,
};

export function starterConfig(engines: readonly InitEngine[]): string {
  return HEAD + engines.map((e) => TARGETS[e]).join("");
}
