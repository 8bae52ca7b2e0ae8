# Installs the Logstag agent as a Windows service with WinSW. Run in an elevated PowerShell from
# a folder holding logstag-agent.exe, WinSW-x64.exe and logstag-agent.xml.
$ErrorActionPreference = "Stop"
$Target = "$Env:ProgramFiles\Logstag Agent"
$Data = "$Env:ProgramData\Logstag"

New-Item -ItemType Directory -Force -Path $Target, $Data | Out-Null
Copy-Item logstag-agent.exe "$Target\logstag-agent.exe" -Force
Copy-Item WinSW-x64.exe "$Target\logstag-agent-service.exe" -Force
Copy-Item logstag-agent.xml "$Target\logstag-agent-service.xml" -Force

if (-not (Test-Path "$Data\agent.toml")) {
  & "$Target\logstag-agent.exe" init --out "$Data\agent.toml"
}
# LocalService writes the spool under ProgramData\Logstag; only it and administrators read it.
icacls $Data /inheritance:r /grant:r "Administrators:(OI)(CI)F" "SYSTEM:(OI)(CI)F" "LOCAL SERVICE:(OI)(CI)M" | Out-Null

& "$Target\logstag-agent-service.exe" install
Write-Host "Installed. Edit $Data\agent.toml, check it with:"
Write-Host "  & '$Target\logstag-agent.exe' check -c '$Data\agent.toml'"
Write-Host "then: Start-Service logstag-agent"
