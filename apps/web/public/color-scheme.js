// The saved or system scheme before the app loads, so a dark page never flashes white.
// A file rather than an inline script: the Content-Security-Policy allows scripts from Logstag only.
try {
  const saved = localStorage.getItem("logstag-color-scheme");
  const system = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  const scheme = saved === "light" || saved === "dark" ? saved : system;
  document.documentElement.setAttribute("data-mantine-color-scheme", scheme);
} catch {}
