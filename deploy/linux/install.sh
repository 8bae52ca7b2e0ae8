#!/bin/sh
# Installs the Logstag agent from the unpacked tarball as a systemd service. Run as root from
# the directory this script is in. Safe to run again for an upgrade: the configuration is kept.
set -eu
cd "$(dirname "$0")"

if ! id logstag-agent >/dev/null 2>&1; then
  useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin logstag-agent
fi
install -d -m 0755 /opt/logstag-agent
install -m 0755 logstag-agent /opt/logstag-agent/logstag-agent
install -d -m 0750 -o root -g logstag-agent /etc/logstag-agent
if [ ! -f /etc/logstag-agent/agent.toml ]; then
  install -m 0640 -o root -g logstag-agent agent.toml.example /etc/logstag-agent/agent.toml
  echo "wrote /etc/logstag-agent/agent.toml: edit it, then: systemctl enable --now logstag-agent"
fi
install -m 0644 logstag-agent.service /etc/systemd/system/logstag-agent.service
systemctl daemon-reload
echo "installed; check the configuration with:"
echo "  sudo -u logstag-agent /opt/logstag-agent/logstag-agent check -c /etc/logstag-agent/agent.toml"
