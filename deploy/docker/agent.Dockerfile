# The Logstag agent as a container: built as a single executable, run as a non-root user.
# Build from the repository root:  docker build -f deploy/docker/agent.Dockerfile -t logstag-agent .
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY packages ./packages
COPY apps/agent ./apps/agent
COPY apps/backend/package.json ./apps/backend/package.json
COPY apps/web/package.json ./apps/web/package.json
RUN npm ci --workspace @logstag/agent --include-workspace-root --ignore-scripts \
 && npm run build:executable -w @logstag/agent \
 && cp apps/agent/dist/logstag-agent-linux-* /logstag-agent

FROM node:20-bookworm-slim
COPY --from=build /logstag-agent /usr/local/bin/logstag-agent
# The spool survives container restarts when /var/lib/logstag-agent is a volume.
RUN mkdir -p /etc/logstag-agent /var/lib/logstag-agent \
 && chown node:node /var/lib/logstag-agent && chmod 0700 /var/lib/logstag-agent
USER node
# NODE_OPTIONS and MALLOC_ARENA_MAX as in the systemd unit: they keep the peak memory down.
ENV LOGSTAG_AGENT_CONFIG=/etc/logstag-agent/agent.toml \
    STATE_DIRECTORY=/var/lib/logstag-agent \
    NODE_OPTIONS=--max-semi-space-size=2 \
    MALLOC_ARENA_MAX=2
VOLUME ["/var/lib/logstag-agent"]
# Healthy while the agent answers on its metrics port ([metrics] listen = "127.0.0.1:9464").
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:9464/metrics').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/local/bin/logstag-agent"]
CMD ["run"]
